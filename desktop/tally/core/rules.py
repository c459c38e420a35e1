"""Named scoring steps that a plain sum of items cannot express.

RM2000/S step two: aggravating factors raise the step-one category. The thresholds and the
number of levels come from the form; only the arithmetic of "raise, never past the top" is
here. OSP/DC and OSP/IIC: the logistic, the first-match hierarchy and the risk reduction;
their coefficients, tiers, years and dates come from the form.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from tally.core.facts import completed_years
from tally.core.model import Band, Evidence, Probability, Reduction, Rule, Scale, Tier


@dataclass(frozen=True)
class RaisedBand:
    band: Band
    levels: int  # how many levels the factors raised the base band
    evidence: Evidence  # the weakest evidence behind the final band


def raise_by_factors(rule: Rule, base: Scale, base_band: Band, factors: int) -> RaisedBand:
    """The final category: base band raised by the largest step the factor count reaches."""
    levels, evidence = 0, base_band.provenance.evidence
    for step in rule.steps:
        if factors >= step.min_factors:
            levels = step.levels
            evidence = Evidence.weakest(base_band.provenance.evidence, step.provenance.evidence)
    order = list(base.bands)
    start = order.index(base_band)
    target = start + levels
    if target > len(order) - 1:
        target = len(order) - 1
        evidence = Evidence.weakest(evidence, rule.cap_provenance.evidence)
    return RaisedBand(order[target], target - start, evidence)


RULES = {"rm2000s_aggravating": raise_by_factors}


# --- OSP/DC and OSP/IIC (the Ministry of Justice's published code): probability and reduction


def logistic(prob: Probability, total: int) -> float:
    """e^z / (1 + e^z) with z = intercept + slope x total, as the published code computes it
    (so the last digit agrees with it); `zero_total` replaces the formula at a total of 0."""
    if total == 0 and prob.zero_total is not None:
        return prob.zero_total
    e = math.exp(prob.intercept + prob.slope * total)
    return e / (1.0 + e)


def first_match(prob: Probability, points: Mapping[str, int]) -> tuple[int, Tier]:
    """The first tier (1-based number and tier) whose conditions all hold."""
    for number, tier in enumerate(prob.tiers, 1):
        if all(points[c.item] >= c.min for c in tier.when):
            return number, tier
    raise AssertionError("the loader ends every hierarchy with an otherwise")  # pragma: no cover


@dataclass(frozen=True)
class Reduced:
    band: Band
    applied: bool
    how: str  # why it was or was not applied, one English sentence (the CLI's contract)
    missing: tuple[str, ...] = ()  # facts that kept it from being considered
    # the same as data, for a screen or a report to say in its own words: `why` is one of
    # lowest, not_considered, blocked, too_recent, lowered; `values` what the sentence names
    why: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)


def osp_risk_reduction(rule: Reduction, scale: Scale, band: Band, facts: Mapping[str, Any]):
    """Lower the band `levels` when no blocking flag is set and every given date lies `years`
    full years before the assessment date (an absent optional date is skipped, as in the
    published code). Never below the lowest band; the lowest band is never reduced."""
    order = list(scale.bands)
    start = order.index(band)
    if start == 0:
        return Reduced(band, False, f"no reduction from the lowest band ({band.label})",
                       why="lowest", values={"band": band.label})
    needed = [rule.at, *rule.required, rule.blocked_by]
    absent = tuple(name for name in needed if name not in facts)
    if absent:
        return Reduced(band, False, f"reduction not considered: needs {', '.join(absent)}", absent,
                       why="not_considered", values={"facts": absent})
    if facts[rule.blocked_by]:
        return Reduced(band, False, f"no reduction: {rule.blocked_by} is yes",
                       why="blocked", values={"fact": rule.blocked_by})
    on = facts[rule.at]
    for name in (*rule.required, *rule.dates):
        if name not in facts:
            continue
        years = completed_years(facts[name], on)
        if years < rule.years:
            return Reduced(
                band, False,
                f"no reduction: {name} is {years} full year(s) before {rule.at}, "
                f"fewer than {rule.years}",
                why="too_recent",
                values={"fact": name, "years": years, "at": rule.at, "needed": rule.years},
            )
    target = order[max(0, start - rule.levels)]
    since = tuple(n for n in (*rule.required, *rule.dates) if n in facts)
    return Reduced(
        target, True,
        f"lowered from {band.label} to {target.label}: {rule.years} full years or more since "
        + ", ".join(since),
        why="lowered",
        values={"from": band.label, "to": target.label, "years": rule.years, "facts": since},
    )


def percent(probability: float) -> str:
    """A probability as the published service prints it: x 100, two places, half up."""
    value = (Decimal(probability) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{value}%"


def tier_text(tier: Tier) -> str:
    """One hierarchy rule in words, e.g. 'indecent_image_sanctions 2+ and ...', or 'otherwise'."""
    if not tier.when:
        return "otherwise"
    return " and ".join(f"{c.item} {c.min}+" for c in tier.when)


PROBABILITY = {"logistic": logistic, "first_match": first_match}
REDUCTIONS = {"osp_risk_reduction": osp_risk_reduction}
