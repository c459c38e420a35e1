"""A practice attempt as the assessment wizard sees it (tally.ui.assessment.AssessmentSession).

The trainee scores blind with the same wizard evaluators use; every answer is autosaved in the
training tables. Submitting (the wizard's lock, shown as "Submit for feedback") compares the
answers with the reference and freezes the attempt.

The case's `casic_total` is withheld from the wizard: for CPORT item 5 the trainee scores the
item from the vignette (working out the CASIC there), not handed the reference's count. A
practice attempt links no CASIC assessment (that is a case's, operations.casic).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tally.core.model import Form
from tally.core.record import AnswerRecord, VersionNote
from tally.training.cases import ReferenceScoring, TrainingCase
from tally.training.compare import Feedback, compare
from tally.training.storage import Attempt, TrainingStore, TrainingStoreError

DRAFT, SUBMITTED = "draft", "submitted"
HIDDEN_FACTS = ("casic_total",)  # facts the trainee must work out from the vignette


def practice_facts(case: TrainingCase, ref: ReferenceScoring) -> dict[str, Any]:
    facts = case.facts_for(ref)
    for name in HIDDEN_FACTS:
        facts.pop(name, None)
    return facts


class PracticeSession:
    """One practice attempt; implements the wizard's AssessmentSession protocol."""

    def __init__(
        self,
        store: TrainingStore,
        attempt: Attempt,
        case: TrainingCase,
        reference: ReferenceScoring,
        form: Form,
    ) -> None:
        if (attempt.case_id, attempt.reference_key) != (case.id, reference.key):
            raise TrainingStoreError("the attempt belongs to another case or scoring")
        self.store = store
        self.attempt = attempt
        self.case = case
        self.reference = reference
        self.form = form
        self._answers = store.answers(attempt.id)
        self._facts = practice_facts(case, reference) | store.facts(attempt.id)
        self._position = store.position(attempt.id)
        self.feedback: Feedback | None = None

    @classmethod
    def start(
        cls,
        store: TrainingStore,
        trainee_id: int,
        case: TrainingCase,
        reference: ReferenceScoring,
        form: Form,
        *,
        resume: bool = True,
    ) -> PracticeSession:
        """Resume the trainee's unfinished attempt on this scoring, or start a new one."""
        attempt = store.open_attempt(trainee_id, case.id, reference.key) if resume else None
        if attempt is None:
            attempt = store.start_attempt(
                trainee_id, case.id, reference.key, reference.form_id, form.version
            )
        return cls(store, attempt, case, reference, form)

    # -- AssessmentSession ----------------------------------------------------------------
    @property
    def form_id(self) -> str:
        return self.reference.form_id

    def facts(self) -> dict[str, Any]:
        return dict(self._facts)

    def answers(self) -> dict[str, AnswerRecord]:
        return dict(self._answers)

    def set_answer(
        self,
        item_id: str,
        points: int | None,
        *,
        rationale: str | None = None,
        sources: Iterable[str] | None = None,
        origin: str = "entered",
        override_reason: str | None = None,
        derivation: str | None = None,
    ) -> None:
        if item_id not in self.form.items_by_id:
            raise TrainingStoreError(f"'{item_id}' is not an item of {self.form.name}")
        if points is not None and points not in self.form.item(item_id).allowed:
            raise TrainingStoreError(f"{points} is not a score of item '{item_id}'")
        old = self._answers.get(item_id, AnswerRecord(item_id, None))
        new = old.updated(
            points, origin=origin, rationale=rationale, sources=sources,
            override_reason=override_reason, derivation=derivation,
        )
        self.store.set_answer(self.attempt.id, new)
        self._answers[item_id] = new

    def set_fact(self, name: str, value: Any) -> None:
        self.store.set_fact(self.attempt.id, name, value)
        self._facts[name] = value

    def position(self) -> str | None:
        return self._position

    def set_position(self, item_id: str) -> None:
        if self.read_only() or item_id == self._position:
            return
        self.store.set_position(self.attempt.id, item_id)
        self._position = item_id

    def status(self) -> str:
        return SUBMITTED if self.attempt.submitted else DRAFT

    def read_only(self) -> bool:
        return self.attempt.submitted

    def lock(self, form: Form | None = None) -> str:
        """Submit: compare with the reference and freeze the attempt. Returns the reference key."""
        self.feedback = self.compare()
        self.store.submit(self.attempt.id, self.feedback)
        self.attempt = self.store.attempt(self.attempt.id)
        return self.reference.key

    def amend(self, reason: str, take_profile_facts: bool = False) -> PracticeSession:
        raise TrainingStoreError("a submitted practice attempt cannot be amended; start a new one")

    def void(self, reason: str) -> None:
        raise TrainingStoreError("a practice attempt is not voided; start a new one")

    def void_note(self) -> None:
        return None

    def history(self) -> list[VersionNote]:
        return []

    def version(self) -> int:
        return 1

    def title(self) -> str:
        when = f" · {self.reference.date}" if self.reference.date else ""
        return f"Practice · {self.case.code}{when}"

    def previous(self) -> None:
        return None  # practice attempts are scored blind: no earlier answers are shown

    # -- training ---------------------------------------------------------------------------
    def compare(self) -> Feedback:
        points = {k: a.points for k, a in self._answers.items() if a.origin == "entered"}
        return compare(self.case, self.reference, self.form, points, self._facts)
