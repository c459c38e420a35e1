"""Case facts the scoring core understands: ISO dates, counts and yes/no flags.

These are the `facts` of the scoring contract (DESIGN.md). Unknown facts are ignored with a
warning rather than refused, so a caller that sends more than Tally needs still gets a result.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

FACT_TYPES: dict[str, str] = {
    "date_of_birth": "date",
    "release_date": "date",  # Static-99R and RM2000/S age
    "index_investigation_date": "date",  # CPORT age
    "assessment_date": "date",
    "casic_total": "count",  # CPORT item 5 when there is no admission or diagnosis
    "csem_only": "flag",  # every sexual offence is a CSEM offence (the talk's typology)
    "csem_production": "flag",  # produced CSEM with a live child
    "contact_sexual_offence": "flag",  # any contact sexual offence, index included
    "victim_13_or_younger": "flag",  # any victim aged 13 or younger at the offence (STABLE item 3)
}


class InputError(ValueError):
    """Bad input to the scoring core; str() is one clear line for the user."""


def parse_date(value: Any, name: str) -> date:
    if not isinstance(value, str):
        raise InputError(f"fact '{name}' must be an ISO date (YYYY-MM-DD), got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"fact '{name}' must be an ISO date (YYYY-MM-DD), got {value!r}"
        ) from None


def completed_years(born: date, on: date) -> int:
    """Age in completed years: a birthday on `on` itself counts as reached."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def parse_facts(raw: Mapping[str, Any] | None) -> tuple[dict[str, Any], list[str]]:
    """Typed facts and warnings for ignored ones. Raises InputError on a malformed value."""
    if raw is None:
        return {}, []
    if not isinstance(raw, Mapping):
        raise InputError("'facts' must be an object")
    facts: dict[str, Any] = {}
    warnings: list[str] = []
    for name, value in raw.items():
        kind = FACT_TYPES.get(name)
        if value is None:
            continue
        if kind is None:
            warnings.append(f"Unknown fact '{name}' was ignored.")
        elif kind == "date":
            facts[name] = parse_date(value, name)
        elif kind == "count":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(
                    f"fact '{name}' must be a whole number of 0 or more, got {value!r}"
                )
            facts[name] = value
        else:
            if not isinstance(value, bool):
                raise InputError(f"fact '{name}' must be true or false, got {value!r}")
            facts[name] = value
    return facts, warnings
