"""The scored state of an assessment, recomputed from the session after each change.

Derived items are never trusted from storage: the scoring core derives them from the case
facts every time (as `AssessmentRecord.scoring_input` does for reports), and only answers
entered by hand (including overrides) are passed in as items. This keeps what the wizard
shows and what a report prints the same number.
"""

from __future__ import annotations

from enum import StrEnum

from tally.core.consistency import Finding, evaluate
from tally.core.facts import InputError
from tally.core.model import Form, Item
from tally.core.record import AnswerRecord
from tally.core.scoring import DERIVED, NOT_SCORED, Result, score
from tally.ui.assessment.session import AssessmentSession


class ItemState(StrEnum):
    ANSWERED = "answered"
    DERIVED = "derived"
    OVERRIDDEN = "overridden"  # a derivable item scored by hand, with a reason
    MISSING = "missing"
    NOT_SCORED = "not_scored"  # the case facts rule the item out (STABLE-2007 item 3)


class AssessmentState:
    def __init__(self, form: Form, session: AssessmentSession) -> None:
        self.form = form
        self.session = session
        self.answers: dict[str, AnswerRecord] = {}
        self.facts: dict = {}
        self.fact_problem = ""
        self.result: Result = score(form)
        self._facts_only: Result | None = None
        self._facts_seen: dict | None = None
        self.findings: list[Finding] = []  # consistency checks that fire (forms' data)
        self.refresh()

    def refresh(self) -> Result:
        self.answers = self.session.answers()
        self.facts = self.session.facts()
        entered = self.entered()
        try:
            self.result = score(self.form, entered, self.facts)
            self.fact_problem = ""
        except InputError as exc:  # a malformed case fact must not stop the evaluator
            self.fact_problem = str(exc)
            self.result = score(self.form, entered, None)
        if self.facts != self._facts_seen:  # facts rarely change: derive them once per change
            self._facts_seen = dict(self.facts)
            self._facts_only = None if self.fact_problem else score(self.form, {}, self.facts)
        if self.form.consistency:
            others = getattr(self.session, "others", None)  # the case's other instruments
            self.findings = evaluate(
                self.form, {i: r.points for i, r in self.result.items.items()}, self.facts,
                others() if others is not None else {})
        return self.result

    def entered(self) -> dict[str, int]:
        return {
            item_id: a.points
            for item_id, a in self.answers.items()
            if a.origin == "entered" and a.points is not None and self.form.has_item(item_id)
        }

    def derived_points(self, item: Item) -> tuple[int | None, str]:
        """What the facts alone give this item (ignoring any hand-entered score) and how."""
        if item.derive is None:
            return None, ""
        if self._facts_only is None:
            return None, self.fact_problem
        found = self._facts_only.items[item.id]
        return found.points, found.how

    def points(self, item_id: str) -> int | None:
        return self.result.items[item_id].points

    def state(self, item_id: str) -> ItemState:
        found = self.result.items[item_id]
        if found.origin == NOT_SCORED:
            return ItemState.NOT_SCORED
        if found.points is None:
            return ItemState.MISSING
        if found.origin == DERIVED:
            return ItemState.DERIVED
        answer = self.answers.get(item_id)
        if answer is not None and answer.override_reason:
            return ItemState.OVERRIDDEN
        return ItemState.ANSWERED

    def first_missing(self) -> str | None:
        return self.result.missing[0] if self.result.missing else None
