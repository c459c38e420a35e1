"""Follow-up outcomes of a case: when follow-up started and ended, and recidivism events.

They live in their own tables (never in the case facts), so an assessment's locked snapshot
and every report leave them out. Each change is one transaction with its audit entry, like
every other write. Dates are ISO dates; the store refuses an event outside the follow-up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from tally.store.clock import now_iso
from tally.store.errors import StoreError
from tally.store.locked_scores import ENGINE, LockedScore, parse_row

if TYPE_CHECKING:
    from tally.store.store import Store

EVENT_TYPES = ("sexual", "contact_sexual", "csem", "violent", "any")
BASES = ("charge", "conviction")
START_BASES = ("release", "community_assessment")
END_REASONS = ("records_check", "death", "deportation")


@dataclass(frozen=True)
class Followup:
    case_pk: int
    start_date: str
    start_basis: str  # release, or community_assessment (assessed while in the community)
    end_date: str | None = None
    end_reason: str | None = None  # records_check, death, deportation
    synthetic: bool = False


@dataclass(frozen=True)
class RecidivismEvent:
    id: int
    case_pk: int
    event_type: str  # sexual (any sexual), contact_sexual, csem, violent, any
    event_date: str
    basis: str  # charge or conviction
    source: str = ""
    synthetic: bool = False


def _day(text: Any, what: str) -> date:
    try:
        value = date.fromisoformat(str(text))
    except ValueError:
        raise StoreError(f"{what}: write the date as YYYY-MM-DD, got {text!r}") from None
    if value > date.today():
        raise StoreError(f"{what} cannot be in the future ({value.isoformat()})")
    return value


def _one_of(value: Any, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise StoreError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")
    return str(value)


def _followup(row: Any) -> Followup:
    return Followup(row[0], row[1], row[2], row[3], row[4], bool(row[5]))


def _event(row: Any) -> RecidivismEvent:
    return RecidivismEvent(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))


_FOLLOWUP_COLUMNS = "case_pk, start_date, start_basis, end_date, end_reason, synthetic"
_EVENT_COLUMNS = "id, case_pk, event_type, event_date, basis, source, synthetic"


def get_followup(store: Store, case_pk: int) -> Followup | None:
    row = store.conn.execute(
        f"SELECT {_FOLLOWUP_COLUMNS} FROM followups WHERE case_pk = ?", (case_pk,)
    ).fetchone()
    return _followup(row) if row else None


def list_events(store: Store, case_pk: int) -> list[RecidivismEvent]:
    """The case's events, oldest first."""
    rows = store.conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM recidivism_events WHERE case_pk = ? "
        "ORDER BY event_date, id", (case_pk,),
    ).fetchall()
    return [_event(r) for r in rows]


def get_event(store: Store, event_id: int) -> RecidivismEvent:
    row = store.conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM recidivism_events WHERE id = ?", (event_id,)
    ).fetchone()
    if row is None:
        raise StoreError(f"no recidivism event with id {event_id}")
    return _event(row)


def all_outcomes(store: Store) -> tuple[dict[int, Followup], dict[int, list[RecidivismEvent]]]:
    """Every follow-up and every event, by case key (two queries, for validation)."""
    followups = {
        r[0]: _followup(r)
        for r in store.conn.execute(f"SELECT {_FOLLOWUP_COLUMNS} FROM followups")
    }
    events: dict[int, list[RecidivismEvent]] = {}
    for r in store.conn.execute(
        f"SELECT {_EVENT_COLUMNS} FROM recidivism_events ORDER BY case_pk, event_date, id"
    ):
        events.setdefault(r[1], []).append(_event(r))
    return followups, events


def set_followup(
    store: Store, case_pk: int, start_date: str, start_basis: str,
    end_date: str | None = None, end_reason: str | None = None, *, synthetic: bool = False,
) -> None:
    """Record (or replace) the case's follow-up period; audited with before and after."""
    store.get_case(case_pk)
    start = _day(start_date, "the start of follow-up")
    _one_of(start_basis, START_BASES, "the start of follow-up")
    if (end_date is None) != (end_reason is None):
        raise StoreError("the end of follow-up needs both a date and a reason (or neither)")
    if end_date is not None:
        end = _day(end_date, "the end of follow-up")
        _one_of(end_reason, END_REASONS, "the reason follow-up ended")
        if end < start:
            raise StoreError("follow-up cannot end before it starts")
    after = Followup(case_pk, start.isoformat(), start_basis,
                     None if end_date is None else end.isoformat(), end_reason, synthetic)
    now = now_iso()
    with store._write() as conn:
        before = get_followup(store, case_pk)
        if before == after:
            return
        for event in list_events(store, case_pk):
            _check_in_followup(after, event.event_date)
        conn.execute(
            f"INSERT INTO followups ({_FOLLOWUP_COLUMNS}, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_pk) DO UPDATE SET "
            "start_date = excluded.start_date, start_basis = excluded.start_basis, "
            "end_date = excluded.end_date, end_reason = excluded.end_reason, "
            "synthetic = excluded.synthetic, updated_at = excluded.updated_at",
            (case_pk, after.start_date, after.start_basis, after.end_date, after.end_reason,
             int(synthetic), now, now),
        )
        store._audit("followup.set", "case", case_pk,
                     _plain(before) if before else None, _plain(after), at=now)


def clear_followup(store: Store, case_pk: int) -> None:
    """Remove the follow-up period; refused while the case has events."""
    with store._write() as conn:
        before = get_followup(store, case_pk)
        if before is None:
            return
        if list_events(store, case_pk):
            raise StoreError("delete the case's recidivism events before its follow-up period")
        conn.execute("DELETE FROM followups WHERE case_pk = ?", (case_pk,))
        store._audit("followup.clear", "case", case_pk, _plain(before), None)


def _check_in_followup(followup: Followup | None, event_date: str) -> None:
    if followup is None:
        raise StoreError("record the start of follow-up before a recidivism event")
    if event_date < followup.start_date:
        raise StoreError(
            f"an event on {event_date} falls before follow-up started ({followup.start_date})"
        )
    if followup.end_date is not None and event_date > followup.end_date:
        raise StoreError(
            f"an event on {event_date} falls after follow-up ended ({followup.end_date})"
        )


def _event_values(event_type: str, event_date: str, basis: str, source: str) -> dict[str, str]:
    return {
        "event_type": _one_of(event_type, EVENT_TYPES, "the event type"),
        "event_date": _day(event_date, "the event date").isoformat(),
        "basis": _one_of(basis, BASES, "the basis of the event"),
        "source": (source or "").strip(),
    }


def add_event(
    store: Store, case_pk: int, event_type: str, event_date: str, basis: str,
    source: str = "", *, synthetic: bool = False,
) -> int:
    values = _event_values(event_type, event_date, basis, source)
    now = now_iso()
    with store._write() as conn:
        _check_in_followup(get_followup(store, case_pk), values["event_date"])
        event_id = conn.execute(
            "INSERT INTO recidivism_events (case_pk, event_type, event_date, basis, source, "
            "synthetic, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (case_pk, values["event_type"], values["event_date"], values["basis"],
             values["source"], int(synthetic), now, now),
        ).lastrowid
        store._audit("event.add", "case", case_pk, None,
                     values | {"id": event_id, "synthetic": synthetic}, at=now)
    return int(event_id)


def update_event(
    store: Store, event_id: int, *, event_type: str | None = None,
    event_date: str | None = None, basis: str | None = None, source: str | None = None,
) -> None:
    old = get_event(store, event_id)
    values = _event_values(
        event_type if event_type is not None else old.event_type,
        event_date if event_date is not None else old.event_date,
        basis if basis is not None else old.basis,
        source if source is not None else old.source,
    )
    before = {k: getattr(old, k) for k in values}
    changed = {k: v for k, v in values.items() if before[k] != v}
    if not changed:
        return
    now = now_iso()
    with store._write() as conn:
        _check_in_followup(get_followup(store, old.case_pk), values["event_date"])
        sets = ", ".join(f"{k} = ?" for k in changed)
        conn.execute(f"UPDATE recidivism_events SET {sets}, updated_at = ? WHERE id = ?",
                     (*changed.values(), now, event_id))
        store._audit("event.update", "case", old.case_pk,
                     {"id": event_id} | {k: before[k] for k in changed},
                     {"id": event_id} | changed, at=now)


def delete_event(store: Store, event_id: int) -> None:
    old = get_event(store, event_id)
    with store._write() as conn:
        conn.execute("DELETE FROM recidivism_events WHERE id = ?", (event_id,))
        store._audit("event.delete", "case", old.case_pk, _plain(old), None)


def _plain(value: Followup | RecidivismEvent) -> dict[str, Any]:
    return asdict(value)


@dataclass(frozen=True)
class LockedInput:
    """What scoring a current locked assessment needs, read in bulk for validation."""

    assessment_id: int
    case_pk: int
    form_id: str
    form_version: str
    assessment_date: str
    case: dict[str, Any]  # the case snapshot frozen at lock
    items: dict[str, int | None]  # entered answers (derived ones are derived again)
    form_hash: str = ""
    locked: LockedScore | None = None  # its score kept at lock by this Tally (items then {})


def locked_inputs(store: Store, case_pks: set[int] | None = None,
                  installed: Mapping[str, str] | None = None) -> list[LockedInput]:
    """Every current locked or signed assessment (never drafts, superseded versions or voids)
    with the score kept at lock when this Tally wrote it from the form installed now
    (`installed`: form id -> content hash; None: no kept score is used), else its entered
    answers, to be scored again: two
    queries however many there are (SQLite gathers each assessment's answers as JSON, and
    only for those with no kept score), and each distinct case snapshot parsed once."""
    import json

    snapshots: dict[str, dict[str, Any]] = {}
    out = []
    for row in store.conn.execute(
        "SELECT a.id, a.case_pk, a.form_id, a.form_version, a.assessment_date, "
        "a.case_snapshot, a.form_hash, s.total, s.band, s.complete, s.items "
        "FROM assessments a LEFT JOIN locked_scores s ON s.assessment_id = a.id "
        "AND s.form_hash = a.form_hash AND s.engine = ? "
        "WHERE a.status IN ('locked', 'signed') "
        "AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.assessment_id = a.id) "
        "ORDER BY a.id", (ENGINE,)
    ):
        if case_pks is not None and row[1] not in case_pks:
            continue
        text = row[5] or "{}"
        case = snapshots.get(text)
        if case is None:
            case = snapshots[text] = json.loads(text)
        kept = None
        if row[10] is not None and installed is not None and installed.get(row[2]) == row[6]:
            kept = parse_row(row[7], row[8], row[9], row[10])
        out.append(LockedInput(row[0], row[1], row[2], row[3], row[4], case, {}, row[6], kept))
    unscored = [item.assessment_id for item in out if item.locked is None]
    if not unscored:
        return out
    answers = dict(store.conn.execute(
        "SELECT assessment_id, json_group_object(item_id, points) FROM answers "
        "WHERE origin = 'entered' AND assessment_id IN (SELECT value FROM json_each(?)) "
        "GROUP BY assessment_id", (json.dumps(unscored),)
    ))
    return [
        item if item.locked is not None or item.assessment_id not in answers
        else replace(item, items=json.loads(answers[item.assessment_id]))
        for item in out
    ]
