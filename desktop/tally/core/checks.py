"""Applicability checks named by forms. Each returns the warnings that apply to an answer set.

The message text lives in the form (so it can be translated); a check only decides whether
it applies and fills in the placeholders ({age}, {date}, {count}, {limit}).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tally.core.facts import completed_years
from tally.core.model import Check, Form


def _min_age(form: Form, check: Check, facts: Mapping[str, Any], missing: list[str]):
    born, on = facts.get("date_of_birth"), facts.get(check.at)
    if born is None or on is None:
        return None
    years = completed_years(born, on)
    assert form.population.min_age is not None  # the loader guarantees it
    if years < form.population.min_age:
        return check.message.format(age=years, date=on.isoformat(), limit=form.population.min_age)
    return None


def _csem_only_without_contact(form: Form, check: Check, facts, missing):
    if facts.get("csem_only") and not facts.get("csem_production") and not facts.get(
        "contact_sexual_offence"
    ):
        return check.message
    return None


def _max_missing(form: Form, check: Check, facts, missing: list[str]):
    if len(missing) > check.limit:
        return check.message.format(count=len(missing), limit=check.limit)
    return None


RULES: dict[str, Callable[..., str | None]] = {
    "min_age": _min_age,
    "csem_only_without_contact_or_production": _csem_only_without_contact,
    "max_missing": _max_missing,
}


def run_checks(form: Form, facts: Mapping[str, Any], missing: list[str]) -> list[str]:
    found = []
    for check in form.checks:
        message = RULES[check.rule](form, check, facts, missing)
        if message:
            found.append(message)
    return found
