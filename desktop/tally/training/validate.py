"""Check sample cases against the forms: every reference scoring must score, through the same
core the app uses, to the totals and bands the case file states.

Problems are returned as one line each (file, reference, item, problem) so a trainer can fix a
case file or a pack without guessing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from tally.core.derive import derive
from tally.core.facts import InputError, parse_facts
from tally.core.model import Form
from tally.core.scoring import score
from tally.training.cases import ReferenceScoring, TrainingCase


class FormSource(Protocol):
    """What the checker needs of a form catalog (tally.core.catalog.Catalog fits)."""

    def __contains__(self, form_id: object) -> bool: ...
    def get(self, form_id: str) -> Form: ...


def _file(case: TrainingCase) -> str:
    from pathlib import Path

    return Path(case.path).name if case.path else case.id


def check_reference(case: TrainingCase, ref: ReferenceScoring, form: Form) -> list[str]:
    where = f"{_file(case)}: reference {ref.label}"
    problems: list[str] = []
    for item_id in ref.items:
        if item_id not in form.items_by_id:
            problems.append(f"{where}: item '{item_id}' is not an item of {form.id}")
    for item_id in form.item_ids:
        if item_id not in ref.items:
            problems.append(f"{where}: item '{item_id}' has no reference score")
    for item_id, ref_item in ref.items.items():
        if item_id in form.items_by_id and ref_item.points not in form.item(item_id).allowed:
            allowed = ", ".join(str(p) for p in sorted(form.item(item_id).allowed))
            problems.append(
                f"{where}: item '{item_id}' scores {ref_item.points}, "
                f"which {form.id} does not allow (allowed: {allowed})"
            )
    if problems:
        return problems
    facts = case.facts_for(ref)
    try:
        result = score(form, ref.points(), facts)
        typed, _ = parse_facts(facts)
    except InputError as exc:  # pragma: no cover - items and facts were checked above
        return [f"{where}: {exc}"]
    if result.total != ref.total:
        problems.append(f"{where}: total is {result.total} by the form, the case says {ref.total}")
    got_band = result.band.id if result.band else None
    if got_band != ref.band:
        said = (f"withheld ({result.band_withheld})" if result.band_withheld
                else got_band or "none")
        problems.append(f"{where}: band is {said} by the form, the case says {ref.band or 'none'}")
    for scale_id, expected in ref.scales.items():
        got = result.scales.get(scale_id)
        if got is None:
            problems.append(f"{where}: {form.id} has no scale '{scale_id}'")
            continue
        if got.total != expected.total:
            problems.append(
                f"{where}: scale '{scale_id}' total is {got.total} by the form, "
                f"the case says {expected.total}"
            )
        got_scale_band = got.band.id if got.band else None
        if got_scale_band != expected.band:
            problems.append(
                f"{where}: scale '{scale_id}' band is {got_scale_band} by the form, "
                f"the case says {expected.band}"
            )
    for expected_warning in ref.expect_warnings:
        if not any(expected_warning.lower() in w.lower() for w in result.warnings):
            problems.append(f"{where}: the form does not warn '{expected_warning}'")
    for item in form.items:
        if item.derive is None:
            continue
        derived = derive(item.derive, typed)
        ref_item = ref.items[item.id]
        differs = derived.points is not None and derived.points != ref_item.points
        if differs and not ref_item.override:
            problems.append(
                f"{where}: item '{item.id}' is {ref_item.points} but the case facts derive "
                f"{derived.points} ({derived.how}); fix the facts or give an 'override' reason"
            )
    return problems


def check_case(case: TrainingCase, forms: FormSource) -> list[str]:
    """Problems with one case's reference scorings, one line each; empty when all agree."""
    problems: list[str] = []
    for ref in case.references:
        if ref.form_id not in forms:
            problems.append(
                f"{_file(case)}: reference {ref.label}: form '{ref.form_id}' is not installed"
            )
            continue
        problems += check_reference(case, ref, forms.get(ref.form_id))
    return problems


def check_cases(cases: Iterable[TrainingCase], forms: FormSource) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for case in cases:
        if case.id in seen:
            problems.append(
                f"{_file(case)}: case id '{case.id}' is already used by {seen[case.id]}"
            )
            continue
        seen[case.id] = _file(case)
        problems += check_case(case, forms)
    return problems
