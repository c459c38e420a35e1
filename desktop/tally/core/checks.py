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


def _max_age(form: Form, check: Check, facts: Mapping[str, Any], missing: list[str]):
    born, on = facts.get("date_of_birth"), facts.get(check.at)
    if born is None or on is None:
        return None
    years = completed_years(born, on)
    if years >= check.limit:
        return check.message.format(age=years, date=on.isoformat(), limit=check.limit)
    return None


def _counts_all_zero(form: Form, check: Check, facts: Mapping[str, Any], missing: list[str]):
    """Every listed count recorded, and all of them 0 (a check of missing counts says nothing)."""
    if all(facts.get(name) == 0 for name in check.facts):
        return check.message
    return None


def _counts_exceed(form: Form, check: Check, facts: Mapping[str, Any], missing: list[str]):
    """The listed counts add up to more than `of` (only the recorded ones are added)."""
    limit = facts.get(check.of)
    if limit is None:
        return None
    count = sum(facts.get(name) or 0 for name in check.facts)
    if count > limit:
        return check.message.format(count=count, limit=limit)
    return None


RULES: dict[str, Callable[..., str | None]] = {
    "min_age": _min_age,
    "csem_only_without_contact_or_production": _csem_only_without_contact,
    "max_missing": _max_missing,
    "max_age": _max_age,
    "counts_all_zero": _counts_all_zero,
    "counts_exceed": _counts_exceed,
}


def run_checks(
    form: Form, facts: Mapping[str, Any], missing: list[str]
) -> list[tuple[Check, str]]:
    """Every check that applies, with its message."""
    found = []
    for check in form.checks:
        message = RULES[check.rule](form, check, facts, missing)
        if message:
            found.append((check, message))
    return found
