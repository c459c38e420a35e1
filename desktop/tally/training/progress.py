"""A trainee's progress per instrument: cases done, agreement over time, items most often
missed, agreement statistics, and the proficiency rule.

Proficiency (default: at least 80% item agreement on at least 4 cases of an instrument) counts
only the **first** submitted attempt on each reference scoring: after the feedback view a
repeat attempt is no longer blind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tally.core.agreement import cohen_kappa, icc_a1, percent_agreement

DEFAULT_MIN_AGREEMENT = 0.8
DEFAULT_MIN_CASES = 4


@dataclass(frozen=True)
class ProficiencyRule:
    min_agreement: float = DEFAULT_MIN_AGREEMENT  # share of items agreed, 0..1
    min_cases: int = DEFAULT_MIN_CASES

    def __post_init__(self) -> None:
        if not 0 < self.min_agreement <= 1:
            raise ValueError("the agreement threshold must be above 0% and at most 100%")
        if self.min_cases < 1:
            raise ValueError("the number of cases must be at least 1")

    def describe(self) -> str:
        return f"≥ {self.min_agreement:.0%} item agreement on ≥ {self.min_cases} cases"


@dataclass(frozen=True)
class AttemptResult:
    """One submitted attempt, as storage keeps it (reference values frozen at submit)."""

    attempt_id: int
    trainee_id: int
    case_id: str
    reference_key: str
    form_id: str
    submitted_at: str  # ISO 8601
    given: dict[str, int | None]
    expected: dict[str, int]
    trainee_total: int
    reference_total: int
    trainee_band: str | None
    reference_band: str | None

    @property
    def agreement(self) -> float:
        if not self.expected:
            return 0.0
        return sum(1 for k, v in self.expected.items() if self.given.get(k) == v) / len(
            self.expected
        )

    @property
    def missed(self) -> list[str]:
        return [k for k, v in self.expected.items() if self.given.get(k) != v]


@dataclass(frozen=True)
class InstrumentProgress:
    form_id: str
    attempts: int
    scorings_done: int  # distinct reference scorings attempted
    cases_done: int  # distinct cases attempted
    qualifying: int  # first attempts at or above the agreement threshold
    rule: ProficiencyRule
    timeline: tuple[tuple[str, float], ...]  # (submitted_at, item agreement), oldest first
    missed: tuple[tuple[str, int, int], ...]  # (item id, times missed, times scored), worst first
    item_agreement: float | None  # pooled over all first attempts' items
    item_kappa: float | None  # unweighted, pooled items of first attempts
    item_kappa_quadratic: float | None  # for 0/1/2 instruments
    band_kappa: float | None
    total_icc: float | None  # ICC(A,1), trainee vs reference totals over first attempts

    @property
    def proficient(self) -> bool:
        return self.qualifying >= self.rule.min_cases

    @property
    def progress(self) -> float:
        return min(1.0, self.qualifying / self.rule.min_cases)


def _safe(fn, *args, **kwargs) -> float | None:
    try:
        return fn(*args, **kwargs)
    except ValueError:  # too few data points for this statistic yet
        return None


def first_attempts(results: Iterable[AttemptResult]) -> list[AttemptResult]:
    ordered = sorted(results, key=lambda r: (r.submitted_at, r.attempt_id))
    seen: set[tuple[str, str]] = set()
    firsts = []
    for r in ordered:
        key = (r.case_id, r.reference_key)
        if key not in seen:
            seen.add(key)
            firsts.append(r)
    return firsts


def instrument_progress(
    form_id: str, results: Sequence[AttemptResult], rule: ProficiencyRule
) -> InstrumentProgress:
    mine = sorted(
        (r for r in results if r.form_id == form_id), key=lambda r: (r.submitted_at, r.attempt_id)
    )
    firsts = first_attempts(mine)
    missed: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    given: list[int] = []
    expected: list[int] = []
    for r in mine:
        for item_id in r.expected:
            scored[item_id] += 1
        missed.update(r.missed)
    for r in firsts:
        for item_id, points in r.expected.items():
            value = r.given.get(item_id)
            # an unanswered item counts as a disagreement, coded one below the lowest score
            given.append(value if value is not None else min(r.expected.values()) - 1)
            expected.append(points)
    values = sorted(set(given) | set(expected))
    zero_one_two = bool(expected) and set(expected) <= {0, 1, 2}
    bands_t = [r.trainee_band or "—" for r in firsts if r.reference_band is not None]
    bands_r = [r.reference_band for r in firsts if r.reference_band is not None]
    totals = [[r.trainee_total, r.reference_total] for r in firsts]
    return InstrumentProgress(
        form_id=form_id,
        attempts=len(mine),
        scorings_done=len(firsts),
        cases_done=len({r.case_id for r in firsts}),
        qualifying=sum(1 for r in firsts if r.agreement >= rule.min_agreement - 1e-12),
        rule=rule,
        timeline=tuple((r.submitted_at, r.agreement) for r in mine),
        missed=tuple(
            sorted(
                ((i, missed[i], scored[i]) for i in missed),
                key=lambda t: (-t[1] / t[2], -t[1], t[0]),
            )
        ),
        item_agreement=_safe(percent_agreement, given, expected),
        item_kappa=_safe(cohen_kappa, given, expected, categories=values),
        item_kappa_quadratic=(
            _safe(cohen_kappa, given, expected, weights="quadratic", categories=values)
            if zero_one_two
            else None
        ),
        band_kappa=_safe(cohen_kappa, bands_t, bands_r),
        total_icc=_safe(icc_a1, totals) if len(totals) >= 2 else None,
    )


def progress_by_instrument(
    results: Sequence[AttemptResult], rule: ProficiencyRule | None = None
) -> dict[str, InstrumentProgress]:
    rule = rule or ProficiencyRule()
    form_ids = sorted({r.form_id for r in results})
    return {f: instrument_progress(f, results, rule) for f in form_ids}
