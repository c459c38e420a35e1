"""Follow-up outcomes of a case, as the case view and the CLI change them. No Qt.

Each call is one audited store transaction (tally.store.outcomes); a refused change raises
OutcomeError with one clear line and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tally.store.errors import StoreError as OutcomeError
from tally.store.outcomes import (
    BASES,
    END_REASONS,
    EVENT_TYPES,
    START_BASES,
    Followup,
    RecidivismEvent,
)

if TYPE_CHECKING:
    from tally.store import Store

__all__ = [
    "BASES", "END_REASONS", "EVENT_TYPES", "START_BASES", "CaseOutcomes", "Followup",
    "OutcomeError", "RecidivismEvent", "add_event", "case_outcomes", "clear_followup",
    "delete_event", "set_followup", "store_of", "update_event",
]


def store_of(source: Any) -> Store:
    """The Store behind what a caller holds: the CLI holds a Store, the GUI the Desk of
    tally.operations.desk (which keeps its store as `_store`)."""
    return getattr(source, "_store", source)


@dataclass(frozen=True)
class CaseOutcomes:
    followup: Followup | None
    events: tuple[RecidivismEvent, ...]

    @property
    def synthetic(self) -> bool:
        return bool(self.followup and self.followup.synthetic) or any(
            e.synthetic for e in self.events)


def case_outcomes(store: Any, case_pk: int) -> CaseOutcomes:
    from tally.store import outcomes

    store = store_of(store)
    return CaseOutcomes(outcomes.get_followup(store, case_pk),
                        tuple(outcomes.list_events(store, case_pk)))


def set_followup(store: Any, case_pk: int, start_date: str, start_basis: str,
                 end_date: str | None = None, end_reason: str | None = None) -> None:
    from tally.store import outcomes

    outcomes.set_followup(store_of(store), case_pk, start_date, start_basis, end_date or None,
                          end_reason or None)


def clear_followup(store: Any, case_pk: int) -> None:
    from tally.store import outcomes

    outcomes.clear_followup(store_of(store), case_pk)


def add_event(store: Any, case_pk: int, event_type: str, event_date: str, basis: str,
              source: str = "") -> int:
    from tally.store import outcomes

    return outcomes.add_event(store_of(store), case_pk, event_type, event_date, basis, source)


def update_event(store: Any, event_id: int, **fields: str) -> None:
    from tally.store import outcomes

    outcomes.update_event(store_of(store), event_id, **fields)


def delete_event(store: Any, event_id: int) -> None:
    from tally.store import outcomes

    outcomes.delete_event(store_of(store), event_id)
