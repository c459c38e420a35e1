"""What an evaluator says about a report beyond the scores: its context and their judgement.

Entered once per case (and remembered for the next report of that case): the referral
question, who asked, the jurisdiction, notification and consent, the records, interviews and
collateral contacts the opinion rests on, the evaluator's training in each instrument, the
responsivity factors, a combined level the evaluator derived by hand from an official table
(their statement, never Tally's computation), and departures from an instrument's category
with a reason. The store keeps it; the reports print it. Plain values only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class DatedEntry:
    """One record reviewed, interview or collateral contact."""

    what: str
    date: str = ""  # ISO date, or a range "2026-01-10 to 2026-02-03"
    detail: str = ""  # interview duration, the contact's role, ...


@dataclass(frozen=True)
class Departure:
    """The evaluator departs from an instrument's category, and says why."""

    form_id: str
    opinion: str
    reason: str


@dataclass(frozen=True)
class RatingPeriod:
    """The period a dynamic rating describes (ISO dates, inclusive)."""

    start: str
    end: str


@dataclass(frozen=True)
class ReportContext:
    referral_question: str = ""
    jurisdiction: str = ""
    jurisdiction_country: str = ""  # ISO 3166 alpha-2 where known, e.g. "US", "CA", "GB"
    requested_by: str = ""
    notification: str = ""  # notification of the purpose and limits; consent where sought
    records: tuple[DatedEntry, ...] = ()
    interviews: tuple[DatedEntry, ...] = ()
    collateral: tuple[DatedEntry, ...] = ()
    responsivity: str = ""
    combined_level: str = ""  # the evaluator's own, derived by hand from an official table
    combined_level_source: str = ""  # the table it was read from (citation)
    departures: tuple[Departure, ...] = ()
    profile: str = "court"  # court or working
    training: dict[str, str] = field(default_factory=dict)  # form id -> training received
    periods: dict[str, RatingPeriod] = field(default_factory=dict)  # assessment uid -> period

    @property
    def in_united_states(self) -> bool:
        text = f" {self.jurisdiction} ".lower()
        return self.jurisdiction_country.upper() == "US" or any(
            word in text for word in (" united states", " usa ", " u.s.", " us federal"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, value: dict[str, Any] | None) -> ReportContext:
        """From stored JSON; unknown keys are ignored, so an older Tally reads a newer row."""
        if not value:
            return cls()
        entries = {k: tuple(DatedEntry(**{f: str(x.get(f, "")) for f in ("what", "date",
                                                                           "detail")})
                            for x in value.get(k, ()) if isinstance(x, dict))
                   for k in ("records", "interviews", "collateral")}
        departures = tuple(Departure(str(d.get("form_id", "")), str(d.get("opinion", "")),
                                     str(d.get("reason", "")))
                           for d in value.get("departures", ()) if isinstance(d, dict))
        periods = {str(uid): RatingPeriod(str(p.get("start", "")), str(p.get("end", "")))
                   for uid, p in (value.get("periods") or {}).items() if isinstance(p, dict)}
        text = {k: str(value.get(k, "") or "") for k in (
            "referral_question", "jurisdiction", "jurisdiction_country", "requested_by",
            "notification", "responsivity", "combined_level", "combined_level_source")}
        profile = value.get("profile") if value.get("profile") in ("court", "working") \
            else "court"
        training = {str(k): str(v) for k, v in (value.get("training") or {}).items()}
        return cls(**text, **entries, departures=departures,  # type: ignore[arg-type]
                   profile=str(profile), training=training, periods=periods)
