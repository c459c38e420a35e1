"""One assessment as the wizard edits it, over the Desk (or anything with the Desk's calls).

Reads once, then keeps its answers in step with every committed write, so the wizard never
re-reads the database between steps. It satisfies tally.ui.assessment.session's protocol.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tally.core.model import Form
from tally.core.record import AnswerRecord, VersionNote

DRAFT = "draft"
NOT_CURRENT = ("amended", "void")  # superseded by a newer version, or voided


@dataclass(frozen=True)
class PreviousAssessment:
    """The last earlier assessment of the same instrument for the same case (for change)."""

    assessment_date: str
    version: int
    answers: Mapping[str, AnswerRecord] = field(default_factory=dict)


class StoreSession:
    """An assessment in the encrypted case store. Reads once, then keeps its answers in step
    with every committed write, so the wizard never re-reads the database between steps."""

    def __init__(self, store: Any, assessment_id: int) -> None:
        self._store = store
        self._id = assessment_id
        self._others: dict[str, dict[str, int | None]] | None = None
        self._reload()

    def _reload(self) -> None:
        record = self._store.get_assessment(self._id)
        meta = self._store.assessment_meta(self._id)
        self._record = record
        self._meta = meta
        self._answers = {a.item_id: a for a in record.answers}
        self._position = meta.position
        self._status = record.status
        self._facts = record.facts()

    @property
    def assessment_id(self) -> int:
        return self._id

    @property
    def form_id(self) -> str:
        return self._record.form_id

    @property
    def form_hash(self) -> str:
        """The form file it is scored with (the catalog's form_of finds that very form)."""
        return self._record.form_hash

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
        old = self._answers.get(item_id, AnswerRecord(item_id, None))
        new = old.updated(
            points, origin=origin, rationale=rationale, sources=sources,
            override_reason=override_reason, derivation=derivation,
        )
        self._store.set_answer(
            self._id,
            item_id,
            points,
            rationale=new.rationale,
            sources=list(new.sources),
            origin=origin,
            override_reason=new.override_reason,
            derivation=new.derivation,
        )
        self._answers[item_id] = new

    def set_fact(self, name: str, value: Any) -> None:
        """A fact entered in the wizard: kept with the case and with this draft."""
        self._store.set_fact(self._id, name, value)
        self._facts[name] = value

    def position(self) -> str | None:
        return self._position

    def set_position(self, item_id: str) -> None:
        if self._status != DRAFT or item_id == self._position:
            return  # a locked assessment keeps the position it was locked at
        self._store.set_position(self._id, item_id)
        self._position = item_id

    def status(self) -> str:
        return self._status

    def read_only(self) -> bool:
        return self._status != DRAFT

    def lock(self, form: Form | None = None) -> str:
        """Lock the draft; given its form, its score is kept with it (store.locked_scores)."""
        digest = self._store.lock(self._id, form)
        self._reload()
        return digest

    def amend(self, reason: str, take_profile_facts: bool = False) -> StoreSession:
        """A new draft version: the same answers and, unless `take_profile_facts`, the same
        facts as this locked version."""
        new_id = self._store.amend(self._id, reason, take_profile_facts=take_profile_facts)
        self._reload()
        return StoreSession(self._store, new_id)

    def void(self, reason: str) -> None:
        """Void this locked or signed assessment (a required reason); it stays read-only."""
        self._store.void(self._id, reason)
        self._reload()

    def void_note(self) -> Any:
        """Why, when and by whom it was voided (store.rows.VoidNote); None if it is not."""
        return self._meta.void

    def profile_diff(self, form: Form) -> Any:
        """What an amendment taking the profile's current facts would change (facts_diff)."""
        return self._store.profile_diff(self._id, form)

    # -- a companion that feeds an item (CASIC -> CPORT item 5): operations.casic ---------

    def casic_feed(self) -> Any:
        """What the linked CASIC gives this assessment's fed item (a CasicFeed), or None."""
        return self._store.casic_feed(self._id)

    def feeds_into(self) -> list[Any]:
        """The assessments this one (a CASIC) is linked to, as AssessmentMeta rows."""
        return self._store.feeds_into(self._id)

    def start_casic(self) -> int:
        casic_id = self._store.start_casic(self._id)
        self.refresh()
        return int(casic_id)

    def link_casic(self, casic_id: int) -> None:
        self._store.link_casic(self._id, casic_id)
        self.refresh()

    def unlink_casic(self) -> None:
        self._store.unlink_casic(self._id)
        self.refresh()

    def set_casic_gate(self, value: bool | None) -> None:
        self._store.set_casic_gate(self._id, value)
        self.refresh()

    def casic_candidates(self) -> list[Any]:
        """The case's current CASIC assessments (the newest version of each, never void),
        newest first: what this draft could be linked to."""
        from tally.operations.casic import feeder

        companion = feeder(self._store.catalog, self.form_id)
        if companion is None:
            return []
        found = [m for m in self._store.list_assessments(case_pk=self._meta.case_pk,
                                                         form_id=companion.id)
                 if m.status not in NOT_CURRENT]
        return sorted(found, key=lambda m: (m.assessment_date, m.created_at), reverse=True)

    def refresh(self) -> None:
        """Read the assessment again (its linked CASIC may have changed in another view)."""
        self._reload()

    def history(self) -> list[VersionNote]:
        return list(self._record.history)

    def rating_period(self) -> tuple[str, str] | None:
        """The period this (dynamic) rating covers, first and last day, or None if unrecorded."""
        return self._store.rating_period(self._id)

    def set_rating_period(self, start: str | None, end: str | None) -> None:
        """Record (both dates) or clear (both None) the period rated; a draft only. ValueError
        with one line for a period that ends after the rating was made."""
        from datetime import date

        rated = self._record.assessment_date
        try:
            late = end is not None and date.fromisoformat(end) > date.fromisoformat(rated)
        except ValueError:
            late = False  # not a date: the store says so in its own line
        if late:
            raise ValueError(f"the period rated cannot end after the assessment date ({rated})")
        self._store.set_rating_period(self._id, start, end)

    def version(self) -> int:
        return self._record.version

    def title(self) -> str:
        return f"{self._record.case.case_id} · {self._record.assessment_date}"

    def others(self) -> dict[str, dict[str, int | None]]:
        """The points of the case's other instruments (the newest current version of each),
        for the forms' consistency checks. Read once per session."""
        if self._others is None:
            newest: dict[str, Any] = {}
            for m in self._store.list_assessments(case_pk=self._meta.case_pk):
                if m.form_id == self._meta.form_id or m.status in NOT_CURRENT:
                    continue
                best = newest.get(m.form_id)
                if best is None or (m.assessment_date, m.created_at) > (
                        best.assessment_date, best.created_at):
                    newest[m.form_id] = m
            self._others = {
                form_id: {a.item_id: a.points for a in self._store.get_assessment(m.id).answers}
                for form_id, m in newest.items()
            }
        return self._others

    def previous(self) -> PreviousAssessment | None:
        mine = self._meta
        earlier = [
            m
            for m in self._store.list_assessments(case_pk=mine.case_pk, form_id=mine.form_id)
            if m.chain_uid != mine.chain_uid
            and m.status not in NOT_CURRENT  # the newest version of each chain, never a void
            and (m.assessment_date, m.created_at) < (mine.assessment_date, mine.created_at)
        ]
        if not earlier:
            return None
        last = max(earlier, key=lambda m: (m.assessment_date, m.created_at))
        record = self._store.get_assessment(last.id)
        return PreviousAssessment(
            record.assessment_date, record.version, {a.item_id: a for a in record.answers}
        )
