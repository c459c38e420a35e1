"""The validation report: per instrument and per group, for one outcome.

Input is one row per locked assessment with follow-up (built by tally.operations.validation);
output is plain results that the CLI prints as JSON or a table and the screen shows. Every
figure travels with its N and event count, and fewer than ten events marks it unstable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tally.validation import stats
from tally.validation.outcomes import Duration

GROUPS = ("all", "csem_only", "mixed", "static99r_criteria_met", "static99r_criteria_not_met")
GROUP_LABELS = {
    "all": "All",
    "csem_only": "CSEM only",
    "mixed": "Mixed (CSEM and contact)",
    "static99r_criteria_met": "Static-99R criteria met",
    "static99r_criteria_not_met": "Static-99R criteria not met",
}


def groups_of(facts: Mapping[str, Any]) -> frozenset[str]:
    """The groups of a man, from the case facts frozen with his assessment.

    CSEM-only or mixed from `csem_only` (unknown: neither). The Static-99R criteria are not
    met, as its form's check says, when all his sexual offending is CSEM with no production
    and no contact offence; they are met when his history is mixed or includes either.
    """
    found = {"all"}
    csem_only = facts.get("csem_only")
    if csem_only is True:
        found.add("csem_only")
        if facts.get("csem_production") or facts.get("contact_sexual_offence"):
            found.add("static99r_criteria_met")
        else:
            found.add("static99r_criteria_not_met")
    elif csem_only is False:
        found |= {"mixed", "static99r_criteria_met"}
    return frozenset(found)


@dataclass(frozen=True)
class AssessmentRow:
    """One locked assessment of a man with follow-up. case_key never leaves Tally."""

    case_key: int
    instrument: str
    form_version: str
    items: Mapping[str, int | None]
    total: int
    band: str | None
    groups: frozenset[str]
    durations: Mapping[str, Duration]
    index: bool = True  # the case's assessment of this instrument used for validation
    synthetic: bool = False  # its outcomes are synthetic demo data
    assessment_date: str = ""  # kept for choosing the index row; never exported


@dataclass(frozen=True)
class NormsTable:
    """Expected rates per total for one outcome and follow-up, from a form's norms table."""

    instrument: str
    outcome: str
    years: float
    rates: Mapping[int, float]
    name: str
    source: str = ""


@dataclass(frozen=True)
class GroupResult:
    instrument: str
    group: str
    outcome: str
    years: float
    n: int
    events: int
    followup_years_mean: float | None
    followup_years_total: float
    auc: stats.Auc
    c_index: float | None
    calibration: stats.Calibration | None = None
    calibration_note: str = ""
    synthetic: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def unstable(self) -> bool:
        return self.events < stats.UNSTABLE_BELOW

    def to_contract(self) -> dict[str, Any]:
        """The CLI contract's keys first, then the rest."""
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 6)

        out: dict[str, Any] = {
            "instrument": self.instrument, "group": self.group, "n": self.n,
            "events": self.events, "auc": r(self.auc.auc),
            "auc_ci": None if self.auc.ci is None else [r(self.auc.ci[0]), r(self.auc.ci[1])],
            "c_index": r(self.c_index),
            "outcome": self.outcome, "years": self.years,
            "auc_n": self.auc.n, "auc_events": self.auc.events,
            "followup_years_mean": r(self.followup_years_mean),
            "followup_years_total": r(self.followup_years_total),
            "unstable": self.unstable, "synthetic": self.synthetic,
        }
        cal = self.calibration
        if cal is None:
            out["calibration"] = None
        else:
            out["calibration"] = {
                "n": cal.n, "observed": cal.observed, "expected": r(cal.expected),
                "eo": r(cal.eo), "eo_ci": None if cal.eo_ci is None else list(map(r, cal.eo_ci)),
                "intercept": r(cal.intercept), "slope": r(cal.slope),
                "norms_intercept": r(cal.norms_intercept), "norms_slope": r(cal.norms_slope),
                "median_score": cal.median_score,
            }
        out["calibration_note"] = self.calibration_note
        out["notes"] = list(self.notes)
        return out


def choose_index(rows: Sequence[AssessmentRow], starts: Mapping[int, str]) -> list[AssessmentRow]:
    """Mark one row per case and instrument for validation: the latest assessment on or
    before the start of follow-up, else the earliest after it (re-scored dynamic tools
    would otherwise count one man several times)."""
    best: dict[tuple[int, str], AssessmentRow] = {}
    for row in rows:
        key = (row.case_key, row.instrument)
        start = starts.get(row.case_key, "")
        current = best.get(key)
        if current is None or _better(row, current, start):
            best[key] = row
    chosen = {id(r) for r in best.values()}
    return [_with_index(r, id(r) in chosen) for r in rows]


def _better(row: AssessmentRow, current: AssessmentRow, start: str) -> bool:
    row_before, cur_before = row.assessment_date <= start, current.assessment_date <= start
    if row_before != cur_before:
        return row_before
    if row_before:
        return row.assessment_date > current.assessment_date
    return row.assessment_date < current.assessment_date


def _with_index(row: AssessmentRow, index: bool) -> AssessmentRow:
    if row.index == index:
        return row
    from dataclasses import replace

    return replace(row, index=index)


@dataclass
class _Columns:
    totals: np.ndarray
    days: np.ndarray
    event: np.ndarray
    groups: dict[str, np.ndarray]
    synthetic: bool


def _columns(rows: Sequence[AssessmentRow], outcome: str) -> _Columns:
    totals = np.fromiter((r.total for r in rows), dtype=float, count=len(rows))
    days = np.fromiter((r.durations[outcome].days for r in rows), dtype=float, count=len(rows))
    event = np.fromiter((r.durations[outcome].event for r in rows), dtype=bool, count=len(rows))
    groups = {g: np.fromiter((g in r.groups for r in rows), dtype=bool, count=len(rows))
              for g in GROUPS}
    return _Columns(totals, days, event, groups, any(r.synthetic for r in rows))


def validate(
    rows: Sequence[AssessmentRow], instruments: Sequence[str], outcome: str, years: float,
    norms: Mapping[str, Sequence[NormsTable]] | None = None,
) -> list[GroupResult]:
    """Every instrument x group, in the order given; groups with no rows show n = 0."""
    norms = norms or {}
    by_instrument: dict[str, list[AssessmentRow]] = {i: [] for i in instruments}
    for row in rows:
        if row.index and row.instrument in by_instrument:
            by_instrument[row.instrument].append(row)
    results = []
    for instrument in instruments:
        cols = _columns(by_instrument[instrument], outcome)
        tables = [t for t in norms.get(instrument, ()) if t.outcome == outcome]
        for group in GROUPS:
            mask = cols.groups[group]
            results.append(_group_result(instrument, group, outcome, years, cols, mask, tables))
    return results


def _group_result(
    instrument: str, group: str, outcome: str, years: float, cols: _Columns,
    mask: np.ndarray, tables: Sequence[NormsTable],
) -> GroupResult:
    totals, days, event = cols.totals[mask], cols.days[mask], cols.event[mask]
    n, events = len(totals), int(event.sum())
    usable, positive = stats.window_sample(days, event, years)
    auc = stats.auc_with_ci(totals[usable], positive)
    c_index = stats.harrell_c(totals, days, event) if n else None
    follow = days / stats.DAYS_PER_YEAR
    notes = []
    if n and events < stats.UNSTABLE_BELOW:
        notes.append(f"{events} event(s): fewer than {stats.UNSTABLE_BELOW}, so every "
                     "estimate here is unstable")
    if n and auc.auc is None:
        notes.append("no AUC: the fixed follow-up sample has no events" if auc.events == 0
                     else "no AUC: every man in the fixed follow-up sample had an event"
                     if auc.n else f"no AUC: nobody has {years:g} years of follow-up")
    calibration, note = None, "no norms table"
    if tables:
        calibration, note = _calibrate(totals, days, event, tables[0])
    return GroupResult(
        instrument=instrument, group=group, outcome=outcome, years=years, n=n, events=events,
        followup_years_mean=float(follow.mean()) if n else None,
        followup_years_total=float(follow.sum()), auc=auc, c_index=c_index,
        calibration=calibration, calibration_note=note, synthetic=cols.synthetic,
        notes=tuple(notes),
    )


def _calibrate(
    totals: np.ndarray, days: np.ndarray, event: np.ndarray, table: NormsTable
) -> tuple[stats.Calibration | None, str]:
    usable, positive = stats.window_sample(days, event, table.years)
    where = f"against {table.name} ({table.years:g}-year rates)"
    if not usable.any():
        return None, f"no man has {table.years:g} years of follow-up to compare {where}"
    try:
        return stats.calibration(totals[usable], positive, table.rates), where
    except ValueError as exc:
        return None, f"{exc} ({where})"


def incremental_validity(
    rows: Sequence[AssessmentRow], kinds: Mapping[str, str], outcome: str
) -> list[stats.Incremental]:
    """Each dynamic tool over each static tool, on the men who have both (index rows)."""
    per_case: dict[int, dict[str, AssessmentRow]] = {}
    for row in rows:
        if row.index:
            per_case.setdefault(row.case_key, {})[row.instrument] = row
    static = sorted(i for i, k in kinds.items() if k == "static")
    dynamic = sorted(i for i, k in kinds.items() if k == "dynamic")
    results = []
    for d in dynamic:
        for s in static:
            pairs = [(c[s], c[d]) for c in per_case.values() if s in c and d in c]
            if not pairs:
                continue
            results.append(stats.cox_incremental(
                np.array([p[0].total for p in pairs], dtype=float),
                np.array([p[1].total for p in pairs], dtype=float),
                np.array([p[0].durations[outcome].days for p in pairs], dtype=float),
                np.array([p[0].durations[outcome].event for p in pairs], dtype=bool),
                s, d,
            ))
    return results
