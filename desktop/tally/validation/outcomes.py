"""Outcomes as durations: which recorded event types count for each outcome, and days at risk.

A recorded event has one type (the most specific the records allow): sexual (any sexual,
type not known), contact_sexual, csem, violent (non-sexual violence) or any (any other
offence). An outcome is a set of those types: a contact sexual event is also sexual, violent
and any recidivism; a CSEM event is sexual and any.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

OUTCOMES: dict[str, frozenset[str]] = {
    "sexual_recidivism": frozenset({"sexual", "contact_sexual", "csem"}),
    "contact_sexual_recidivism": frozenset({"contact_sexual"}),
    "csem_recidivism": frozenset({"csem"}),
    "violent_recidivism": frozenset({"violent", "contact_sexual"}),
    "any_recidivism": frozenset({"sexual", "contact_sexual", "csem", "violent", "any"}),
}
OUTCOME_LABELS = {
    "sexual_recidivism": "any sexual recidivism",
    "contact_sexual_recidivism": "contact sexual recidivism",
    "csem_recidivism": "CSEM recidivism",
    "violent_recidivism": "violent recidivism (including contact sexual)",
    "any_recidivism": "any recidivism",
}
DEFAULT_OUTCOME = "sexual_recidivism"


@dataclass(frozen=True)
class Duration:
    days: int  # from the start of follow-up to the first event of the outcome, or to its end
    event: bool  # True when an event of the outcome ended `days`


def time_to_event(
    start: str, end: str, events: Iterable[tuple[str, str]], outcome: str
) -> Duration:
    """Days at risk for one outcome, from (event_type, ISO date) pairs inside the follow-up."""
    types = OUTCOMES[outcome]
    first = min((d for t, d in events if t in types), default=None)
    begin = date.fromisoformat(start)
    if first is not None:
        return Duration((date.fromisoformat(first) - begin).days, True)
    return Duration((date.fromisoformat(end) - begin).days, False)


def durations(
    start: str, end: str, events: Iterable[tuple[str, str]]
) -> dict[str, Duration]:
    """Every outcome's duration for one case (dates parsed once, not once per outcome)."""
    begin = date.fromisoformat(start).toordinal()
    last = date.fromisoformat(end).toordinal() - begin
    days = sorted((date.fromisoformat(d).toordinal() - begin, t) for t, d in events)
    if not days:  # most men: no event, the same duration for every outcome
        return dict.fromkeys(OUTCOMES, Duration(last, False))
    out = {}
    for name, types in OUTCOMES.items():
        first = next((n for n, t in days if t in types), None)
        out[name] = Duration(last, False) if first is None else Duration(first, True)
    return out
