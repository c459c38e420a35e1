"""Change notifications: what an operation changed, for the views that show it.

The Anki pattern: a widget asks for an operation, the operation tells every subscriber what
it changed, and each view refreshes only when the change concerns what it shows. No Qt here;
the ui adapts a subscriber to its own event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# what changed (Change.kind)
EVALUATOR = "evaluator"
CASE_CREATED = "case.created"
CASE_EDITED = "case.edited"
CASE_DELETED = "case.deleted"  # the case list drops it; views of it close
ASSESSMENT_CREATED = "assessment.created"
ANSWERED = "assessment.answered"
LOCKED = "assessment.locked"
AMENDED = "assessment.amended"
SIGNED = "assessment.signed"
VOIDED = "assessment.voided"  # kept and shown struck through; out of totals and trends
EXPORTED = "assessment.exported"
PASSPHRASE_CHANGED = "database.passphrase"


@dataclass(frozen=True)
class Change:
    """One operation's effect: its kind and the case (and assessment) it touched."""

    kind: str
    case_pk: int | None = None
    assessment_id: int | None = None

    @property
    def touches_case(self) -> bool:
        """True when what a case view shows (profile, assessments, totals) may differ."""
        return self.case_pk is not None


Subscriber = Callable[[Change], None]


class ChangeHub:
    """Subscribers are called in the order they subscribed, after the change is committed."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Add a subscriber; returns the function that removes it again."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def emit(self, change: Change) -> None:
        for subscriber in list(self._subscribers):
            subscriber(change)
