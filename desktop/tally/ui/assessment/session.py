"""What the assessment wizard talks to: a small protocol (its implementation over the case
database, StoreSession, is an operation: tally.operations.session).

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
- `void(reason)` needs a non-empty reason; afterwards `status()` is "void", `void_note()`
  says when, by whom and why, and the session stays read-only.
- Optional (StoreSession has them, a practice session does not, and the wizard then shows no
  CASIC link): `casic_feed()`, `casic_candidates()`, `start_casic()`, `link_casic(id)`,
  `unlink_casic()`, `set_casic_gate(bool)`, `feeds_into()` and `refresh()` (#11).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from tally.core.model import Form
from tally.core.record import AnswerRecord, VersionNote
from tally.operations.session import PreviousAssessment, StoreSession

__all__ = ["AssessmentSession", "PreviousAssessment", "StoreSession"]


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
        """Record a case fact found while scoring (a count typed on an item's page)."""
        ...

    def position(self) -> str | None:
        """The item the wizard was on last, or None for a fresh assessment."""
        ...

    def set_position(self, item_id: str) -> None: ...

    def status(self) -> str:
        """draft, locked, signed, amended or void."""
        ...

    def read_only(self) -> bool: ...

    def lock(self, form: Form | None = None) -> str:
        """Lock the draft; returns the content hash fixed by the lock. Given the form it was
        scored with, the store keeps its score beside it."""
        ...

    def amend(self, reason: str, take_profile_facts: bool = False) -> AssessmentSession:
        """A new draft version of a locked or signed assessment, with a required reason: the
        same answers and facts, or (`take_profile_facts`) the case profile's facts now."""
        ...

    def void(self, reason: str) -> None:
        """Void a locked or signed assessment scored in error, with a required reason."""
        ...

    def void_note(self) -> Any:
        """When, by whom and why it was voided (a VoidNote); None when it is not void."""
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
