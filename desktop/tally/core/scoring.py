"""Score one answer set against a form: pure, no I/O.

`score(form, items, facts)` validates the input, fills derivable items from facts (an item
given explicitly wins), sums every scale, finds bands, applies the form's named rule and its
applicability checks. `Result.to_contract()` is the JSON object of the scoring contract.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tally.core import checks, messages, rules
from tally.core.derive import derive
from tally.core.facts import InputError, parse_facts
from tally.core.model import Band, Evidence, Form

ENTERED, DERIVED, MISSING, NOT_SCORED = "entered", "derived", "missing", "not_scored"

# Scores kept at lock (store.locked_scores) are reused only by the same revision. Raise it
# with any change to tally.core (tests/core/test_scoring_revision.py pins the sources, so a
# change that forgets it fails the suite): the version number alone does not change between
# releases, and a kept score from older code must never be read as today's.
SCORING_REVISION = 7


@dataclass(slots=True)  # not frozen: frozen init costs a third of batch scoring
class ItemResult:
    id: str
    points: int | None
    origin: str  # entered, derived, missing or not_scored (the case facts rule it out)
    how: str = ""  # how a derived value was reached, or why it could not be


@dataclass(slots=True)  # not frozen: frozen init costs a third of batch scoring
class ScaleResult:
    id: str
    total: int
    band: Band | None
    complete: bool
    missing: tuple[str, ...]
    has_bands: bool
    min_total: int = 0  # the possible range, without items that are not scored
    max_total: int = 0
    not_scored: tuple[str, ...] = ()

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {"total": self.total}
        if self.has_bands:
            out["band"] = self.band.id if self.band else None
        return out


@dataclass(slots=True)
class Prediction:
    """What a form's probability rule gave: the fraction, which tier decided (first_match),
    and for OSP/DC the risk reduction (band before it, whether applied, and why)."""

    probability: float
    tier: int | None = None
    note: str = ""  # the tier's note, said beside the result
    base_band: Band | None = None  # the band before any reduction
    reduced: rules.Reduced | None = None


@dataclass(slots=True)  # not frozen: frozen init costs a third of batch scoring
class Result:
    form: Form
    total: int
    band: Band | None
    band_evidence: Evidence | None
    complete: bool
    missing: tuple[str, ...]
    scales: dict[str, ScaleResult]
    warnings: tuple[str, ...]
    items: dict[str, ItemResult] = field(default_factory=dict)
    raised_levels: int = 0  # RM2000/S: levels added by aggravating factors
    not_scored: tuple[str, ...] = ()  # items the case facts rule out (STABLE-2007 item 3)
    prediction: Prediction | None = None  # forms with a [probability] (OSP/DC, OSP/IIC)
    band_withheld: str = ""  # reason id of the check that withholds every level
    band_withheld_why: str = ""  # that check's message (also among the warnings)

    def to_contract(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "form": self.form.id,
            "total": self.total,
            "band": self.band.id if self.band else None,
            "complete": self.complete,
            "missing": list(self.missing),
        }
        if self.not_scored:
            out["not_scored"] = list(self.not_scored)
        prob = self.form.probability
        if prob is not None:
            found = self.prediction
            if not prob.has_total:
                out["total"] = None
            out["probability"] = found.probability if found else None
            if self.form.reduction is not None:
                out["band_reduced"] = found.reduced.applied if found and found.reduced else None
        if len(self.scales) > 1:
            out["scales"] = {sid: s.to_contract() for sid, s in self.scales.items()}
        if self.warnings:
            out["warnings"] = list(self.warnings)
        if self.band_withheld:
            out["band_withheld"] = self.band_withheld
        return out


def _points(form: Form, items: Mapping[str, Any] | None) -> dict[str, int]:
    if items is None:
        return {}
    if not isinstance(items, Mapping):
        raise InputError("'items' must be an object of item id to score")
    given: dict[str, int] = {}
    index = form.items_by_id
    for item_id, value in items.items():
        item = index.get(item_id)
        if item is None:
            raise InputError(f"unknown item '{item_id}' for form '{form.id}'")
        if value is None:
            continue
        if value.__class__ is not int or value not in item.allowed:  # bool is not a score
            allowed = ", ".join(str(p) for p in sorted(item.allowed))
            raise InputError(
                f"item '{item_id}' of '{form.id}' does not allow {value!r} (allowed: {allowed})"
            )
        given[item_id] = value
    return given


def score(
    form: Form, items: Mapping[str, Any] | None = None, facts: Mapping[str, Any] | None = None
) -> Result:
    """Score answers (item id -> points as printed on the form) with case facts."""
    given = _points(form, items)
    typed_facts, warnings = parse_facts(facts)
    item_results: dict[str, ItemResult] = {}
    for item in form.items:
        if item.scored_when is not None and not item.scored_when.applies(typed_facts):
            item_results[item.id] = ItemResult(
                item.id, None, NOT_SCORED, item.scored_when.explanation
            )
            if item.id in given:
                warnings.append(messages.say(messages.ENTERED_NOT_SCORED, item=item.name))
        elif item.id in given:
            item_results[item.id] = ItemResult(item.id, given[item.id], ENTERED)
        elif item.derive is not None:
            found = derive(item.derive, typed_facts)
            if found.points is None:
                item_results[item.id] = ItemResult(item.id, None, MISSING, found.how)
                if not found.quiet:
                    warnings.append(
                        messages.say(messages.NOT_DERIVED, item=item.name, how=found.how))
            else:
                item_results[item.id] = ItemResult(item.id, found.points, DERIVED, found.how)
        else:
            item_results[item.id] = ItemResult(item.id, None, MISSING)

    not_scored = tuple(i for i in form.item_ids if item_results[i].origin == NOT_SCORED)
    missing = tuple(
        i for i in form.item_ids if item_results[i].points is None and i not in not_scored
    )
    complete = not missing
    scales: dict[str, ScaleResult] = {}
    for scale in form.scales:
        total = 0
        scale_missing, scale_skipped = [], []
        lo, hi = scale.min_total, scale.max_total
        for item_id in scale.items:
            points = item_results[item_id].points
            if item_id in not_scored:
                scale_skipped.append(item_id)
                item = form.item(item_id)
                lo, hi = lo - item.min_points, hi - item.max_points
            elif points is None:
                scale_missing.append(item_id)
            else:
                total += points
        scale_complete = not scale_missing
        # bands are cut-offs for the whole scale: a shorter version has none of its own
        band = scale.band_for(total) if scale_complete and not scale_skipped else None
        scales[scale.id] = ScaleResult(
            scale.id, total, band, scale_complete, tuple(scale_missing), bool(scale.bands),
            lo, hi, tuple(scale_skipped),
        )

    primary = scales[form.primary_scale]
    band, evidence, raised = None, None, 0
    if complete and form.rule is not None and not scales[form.rule.base_scale].not_scored:
        base = form.scale(form.rule.base_scale)
        base_band = scales[base.id].band
        assert base_band is not None  # complete scales with bands always have one
        outcome = rules.RULES[form.rule.name](
            form.rule, base, base_band, scales[form.rule.factor_scale].total
        )
        band, evidence, raised = outcome.band, outcome.evidence, outcome.levels
    elif complete and primary.band is not None:
        band, evidence = primary.band, primary.band.provenance.evidence
    prediction = None
    if complete and form.probability is not None:
        prediction, band, evidence = _predict(form, primary.total, band, item_results,
                                              typed_facts, warnings)

    withheld, why = "", ""
    for check, message in checks.run_checks(form, typed_facts, list(missing)):
        warnings.append(message)
        if check.withhold_band and not withheld:
            withheld, why = check.withhold_band, message
    if withheld:  # the instrument does not apply: a total, but no level anywhere
        band, evidence, raised = None, None, 0
        for scale_result in scales.values():
            scale_result.band = None
    return Result(
        form=form,
        total=primary.total,
        band=band,
        band_evidence=evidence,
        complete=complete,
        missing=missing,
        scales=scales,
        warnings=tuple(warnings),
        items=item_results,
        raised_levels=raised,
        not_scored=not_scored,
        prediction=prediction,
        band_withheld=withheld,
        band_withheld_why=why,
    )


def _predict(form: Form, total: int, band: Band | None, items: dict[str, ItemResult],
             facts: Mapping[str, Any], warnings: list[str]):
    """OSP/DC: logistic probability of the total, then the risk reduction of its band.
    OSP/IIC: the first tier of the hierarchy that matches gives band and probability."""
    prob = form.probability
    assert prob is not None
    if prob.rule == "first_match":
        # complete results only: every item has its points (a gap would fail loudly here)
        points = {i: r.points for i, r in items.items() if r.points is not None}
        number, tier = rules.first_match(prob, points)
        if tier.note:
            warnings.append(tier.note)
        found = Prediction(tier.probability, tier=number, note=tier.note)
        return found, tier.band, tier.provenance.evidence
    assert band is not None and prob.provenance is not None  # logistic forms band every total
    found = Prediction(rules.logistic(prob, total), base_band=band)
    evidence = band.provenance.evidence
    if form.reduction is not None:
        reduced = rules.REDUCTIONS[form.reduction.rule](
            form.reduction, form.primary, band, facts
        )
        found.reduced = reduced
        if reduced.missing:
            warnings.append(messages.say(messages.REDUCTION_NEEDS,
                                         facts=", ".join(reduced.missing)))
        if reduced.applied:
            band = reduced.band
            evidence = Evidence.weakest(evidence, form.reduction.provenance.evidence)
    return found, band, evidence


def score_answers(form: Form, answers: Any) -> Result:
    """Score one contract input object: {"items": {...}, "facts": {...}}."""
    if not isinstance(answers, Mapping):
        raise InputError("input must be a JSON object with 'items' and optionally 'facts'")
    unknown = set(answers) - {"items", "facts"}
    if unknown:
        raise InputError(f"unknown key(s) {', '.join(sorted(unknown))}: expected 'items', 'facts'")
    return score(form, answers.get("items"), answers.get("facts"))
