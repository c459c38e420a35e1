"""What the assessment wizard talks to: a small protocol, and its implementation over the store.

The wizard never touches the database itself. Everything it reads or writes goes through an
`AssessmentSession`, so the same wizard scores a real case (`StoreSession`, every change a
committed transaction) and a training case (a practice session kept by the training package).

Contract for implementers:

- `set_answer` returns only after the change is durable (autosave: there is no save button);
  it raises an exception with a one-line message when the change is refused, and then nothing
  changed.
- `answers()` reflects every `set_answer` that returned; `facts()` every `set_fact`.
- After `lock()` `read_only()` is true and `set_answer` refuses.
- `amend(reason)` needs a non-empty reason and returns a new session for the new draft version;
  the old one stays as it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from tally.core.record import AnswerRecord, VersionNote

DRAFT = "draft"


@dataclass(frozen=True)
class PreviousAssessment:
    """The last earlier assessment of the same instrument for the same case (for change)."""

    assessment_date: str
    version: int
    answers: Mapping[str, AnswerRecord] = field(default_factory=dict)


@runtime_checkable
class AssessmentSession(Protocol):
    """One assessment as the wizard sees it. See the module docstring for the contract."""

    @property
    def form_id(self) -> str:
        """The instrument's form id (a key of the catalog)."""
        ...

    def facts(self) -> dict[str, Any]:
        """Case facts for scoring and derivation (core.facts), including date_of_birth."""
        ...

    def answers(self) -> dict[str, AnswerRecord]:
        """The stored answers by item id (items never touched are absent)."""
        ...

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
        """Store one item's answer; returns after it is committed.

        None for rationale, sources, override_reason or derivation keeps the stored value;
        points None clears the score (a rationale can be kept before a score is chosen).
        """
        ...

    def set_fact(self, name: str, value: Any) -> None:
        """Record a case fact found while scoring (casic_total from the CASIC dialog)."""
        ...

    def position(self) -> str | None:
        """The item the wizard was on last, or None for a fresh assessment."""
        ...

    def set_position(self, item_id: str) -> None: ...

    def status(self) -> str:
        """draft, locked, signed or amended."""
        ...

    def read_only(self) -> bool: ...

    def lock(self) -> str:
        """Lock the draft; returns the content hash fixed by the lock."""
        ...

    def amend(self, reason: str) -> AssessmentSession:
        """A new draft version of a locked or signed assessment, with a required reason."""
        ...

    def history(self) -> list[VersionNote]:
        """Every version of this assessment's amendment chain, oldest first."""
        ...

    def version(self) -> int: ...

    def title(self) -> str:
        """A short line naming what is assessed (pseudonymous case id and date)."""
        ...

    def previous(self) -> PreviousAssessment | None:
        """The previous assessment of the same instrument for the same case, if any."""
        ...


class StoreSession:
    """An assessment in the encrypted case store. Reads once, then keeps its answers in step
    with every committed write, so the wizard never re-reads the database between steps."""

    def __init__(self, store: Any, assessment_id: int) -> None:
        self._store = store
        self._id = assessment_id
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
        case = self._store.get_case(self._meta.case_pk)
        self._store.update_case(self._meta.case_pk, facts={**case.facts, name: value})
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

    def lock(self) -> str:
        digest = self._store.lock(self._id)
        self._reload()
        return digest

    def amend(self, reason: str) -> StoreSession:
        new_id = self._store.amend(self._id, reason)
        self._reload()
        return StoreSession(self._store, new_id)

    def history(self) -> list[VersionNote]:
        return list(self._record.history)

    def version(self) -> int:
        return self._record.version

    def title(self) -> str:
        return f"{self._record.case.case_id} · {self._record.assessment_date}"

    def previous(self) -> PreviousAssessment | None:
        mine = self._meta
        earlier = [
            m
            for m in self._store.list_assessments(case_pk=mine.case_pk, form_id=mine.form_id)
            if m.chain_uid != mine.chain_uid
            and m.status != "amended"  # only the newest version of each chain counts
            and (m.assessment_date, m.created_at) < (mine.assessment_date, mine.created_at)
        ]
        if not earlier:
            return None
        last = max(earlier, key=lambda m: (m.assessment_date, m.created_at))
        record = self._store.get_assessment(last.id)
        return PreviousAssessment(
            record.assessment_date, record.version, {a.item_id: a for a in record.answers}
        )
