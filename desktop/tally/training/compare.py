"""Compare a trainee's attempt with a case's reference scoring, item by item.

The trainee's answers go through the same scoring core as real work (derivable items are
filled from the case facts when the trainee left them to the facts), so the total and band
the feedback shows are exactly what the app would have reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tally.core.model import Form
from tally.core.scoring import score
from tally.training.cases import ReferenceScoring, TrainingCase


@dataclass(frozen=True)
class ItemFeedback:
    item_id: str
    number: str
    name: str
    given: int | None  # None: the trainee left it unanswered
    expected: int
    rationale: str  # the reference rationale
    guidance_ref: str  # the guidance that decides it, as the case names it
    item_guidance: str  # the form's own coding guidance for the item
    given_label: str
    expected_label: str

    @property
    def agree(self) -> bool:
        return self.given == self.expected


@dataclass(frozen=True)
class Feedback:
    case_id: str
    reference_key: str
    form_id: str
    form_name: str
    items: tuple[ItemFeedback, ...]
    trainee_total: int
    reference_total: int
    trainee_band: str | None
    reference_band: str | None
    trainee_complete: bool
    note: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def agreed(self) -> int:
        return sum(1 for i in self.items if i.agree)

    @property
    def compared(self) -> int:
        return len(self.items)

    @property
    def agreement(self) -> float:
        return self.agreed / self.compared if self.items else 0.0

    @property
    def total_difference(self) -> int:
        """Trainee total minus reference total (positive: scored higher than the reference)."""
        return self.trainee_total - self.reference_total

    @property
    def band_agrees(self) -> bool:
        return self.trainee_band == self.reference_band

    @property
    def disagreements(self) -> tuple[ItemFeedback, ...]:
        return tuple(i for i in self.items if not i.agree)


def _label(form: Form, item_id: str, points: int | None) -> str:
    if points is None:
        return "not answered"
    try:
        return form.item(item_id).label_for(points)
    except KeyError:
        return str(points)


def compare(
    case: TrainingCase,
    ref: ReferenceScoring,
    form: Form,
    answers: Mapping[str, int | None],
    facts: Mapping[str, Any] | None = None,
) -> Feedback:
    """Item-by-item feedback for `answers` (item id -> points) against the reference.

    `facts` are the facts the trainee scored with (default: the case's own); an item the
    trainee left to be derived is derived from them, exactly as the wizard showed it.
    """
    given = {k: v for k, v in answers.items() if v is not None and k in form.items_by_id}
    result = score(form, given, case.facts_for(ref) if facts is None else facts)
    items = []
    for item in form.items:
        expected = ref.items[item.id]
        points = result.items[item.id].points
        items.append(
            ItemFeedback(
                item_id=item.id,
                number=item.number,
                name=item.name,
                given=points,
                expected=expected.points,
                rationale=expected.rationale,
                guidance_ref=expected.guidance,
                item_guidance=item.guidance,
                given_label=_label(form, item.id, points),
                expected_label=_label(form, item.id, expected.points),
            )
        )
    return Feedback(
        case_id=case.id,
        reference_key=ref.key,
        form_id=form.id,
        form_name=form.name,
        items=tuple(items),
        trainee_total=result.total,
        reference_total=ref.total,
        trainee_band=result.band.id if result.band else None,
        reference_band=ref.band,
        trainee_complete=result.complete,
        note=ref.note,
        warnings=result.warnings,
    )
