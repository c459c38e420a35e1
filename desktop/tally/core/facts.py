"""Case facts the scoring core understands: ISO dates, counts and yes/no flags.

These are the `facts` of the scoring contract (DESIGN.md). Unknown facts are ignored with a
warning rather than refused, so a caller that sends more than Tally needs still gets a result.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from tally.core import messages

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
    # OSP/DC and OSP/IIC (the MoJ's published code): OASys criminal-history counts and dates
    "contact_adult_sexual_sanction_count": "count",
    "contact_child_sexual_sanction_count": "count",
    "noncontact_sexual_offence_count": "count",  # indecent-image offences excluded
    "indecent_image_sanction_count": "count",
    "sanction_count_all_offences": "count",  # at least 1 (the published validator's range)
    "followup_start_date": "date",
    "most_recent_sexual_offence_date": "date",
    "last_sexual_sanction_date": "date",  # the name for the date above (see ALIASES)
    "most_recent_offence_date": "date",
    "stranger_victim_current": "flag",
    "in_custody": "flag",  # OASys supervision status "custody" (remand is not custody)
    # counts the instruments' tables turn into points (forms: derive rule count_table)
    "prior_sex_charge_count": "count",  # Static-99R prior sex offences
    "prior_sex_conviction_count": "count",
    "prior_sentencing_date_count": "count",  # Static-99R prior sentencing dates
    "sexual_appearance_count": "count1",  # RM2000/S, the index appearance included
    "criminal_appearance_count": "count1",
    "boy_content_csem_percent": "percent",  # CPORT items 6 and 7
    "boy_content_other_percent": "percent",
}
COUNT_KINDS = ("count", "count1", "percent")  # facts a count table may read
LOWEST = {"count": 0, "count1": 1, "percent": 0}  # the least value of each kind

# Counts with a narrower range than "0 or more": (lowest, highest), from the published
# validator (CommonValidator: total sanctions must be 1 to 999).
COUNT_RANGES: dict[str, tuple[int, int]] = {"sanction_count_all_offences": (1, 999)}

# A second name for one fact. The OSP/DC age item is measured at the date of the most recent
# sexual offence in the published code; issue 15 called that date last_sexual_sanction_date.
ALIASES: dict[str, str] = {"last_sexual_sanction_date": "most_recent_sexual_offence_date"}


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
            warnings.append(messages.say(messages.UNKNOWN_FACT, name=name))
        elif kind == "date":
            facts[name] = parse_date(value, name)
        elif kind == "count":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InputError(
                    f"fact '{name}' must be a whole number of 0 or more, got {value!r}"
                )
            if name in COUNT_RANGES:
                low, high = COUNT_RANGES[name]
                if not low <= value <= high:
                    raise InputError(
                        f"fact '{name}' must be a whole number from {low} to {high}, got {value!r}"
                    )
            facts[name] = value
        elif kind == "count1":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InputError(
                    f"fact '{name}' must be a whole number of 1 or more (the index "
                    f"counts), got {value!r}"
                )
            facts[name] = value
        elif kind == "percent":
            if (isinstance(value, bool) or not isinstance(value, int | float)
                    or not 0 <= value <= 100):  # NaN fails the range test too
                raise InputError(f"fact '{name}' must be a percentage from 0 to 100, got {value!r}")
            facts[name] = value
        else:
            if not isinstance(value, bool):
                raise InputError(f"fact '{name}' must be true or false, got {value!r}")
            facts[name] = value
    for alias, name in ALIASES.items():
        if alias in facts:
            _merge_alias(facts, warnings, alias, name)
    return facts, warnings


def _merge_alias(facts: dict[str, Any], warnings: list[str], alias: str, name: str) -> None:
    value = facts.pop(alias)
    if name in facts and facts[name] != value:
        raise InputError(
            f"facts '{alias}' and '{name}' name one date and must agree, "
            f"got {value.isoformat()} and {facts[name].isoformat()}"
        )
    facts[name] = value
    warnings.append(messages.say(messages.DATE_ALIAS, alias=alias, name=name))
