"""Named scoring steps that a plain sum of items cannot express.

RM2000/S step two: aggravating factors raise the step-one category. The thresholds and the
number of levels come from the form; only the arithmetic of "raise, never past the top" is
here.
"""

from __future__ import annotations

from dataclasses import dataclass

from tally.core.model import Band, Evidence, Rule, Scale


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
