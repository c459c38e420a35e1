"""What the store keeps for reports beyond the assessments: the report context of a case,
the evaluator's training per instrument, and the period each dynamic rating covers.

A case's context is entered once and remembered for its next report; it is replaced as a
whole and audited. Training belongs to the evaluator profile. A rating period belongs to the
rating: it can be set only while the assessment is a draft (a trigger refuses a change once
it is locked), and an amendment copies it to the new version.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from tally.core.record import canonical_json
from tally.store import lifecycle
from tally.store.clock import now_iso
from tally.store.errors import StoreError

if TYPE_CHECKING:
    from tally.store.store import Store

# Appended as its own migration (schema version 3, after the outcomes): three new tables,
# nothing existing changes.
REPORT_CONTEXT_SQL = """
CREATE TABLE report_contexts (
    case_pk INTEGER PRIMARY KEY REFERENCES cases(id),
    context TEXT NOT NULL CHECK (json_valid(context)),
    updated_at TEXT NOT NULL
);
CREATE TABLE evaluator_training (
    evaluator_id INTEGER NOT NULL REFERENCES evaluators(id),
    form_id TEXT NOT NULL,
    training TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (evaluator_id, form_id)
);
CREATE TABLE rating_periods (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TRIGGER rating_periods_locked_update BEFORE UPDATE ON rating_periods
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the rating period of a locked assessment cannot change'); END;
CREATE TRIGGER rating_periods_locked_insert BEFORE INSERT ON rating_periods
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the rating period of a locked assessment cannot change'); END;
CREATE TRIGGER rating_periods_locked_delete BEFORE DELETE ON rating_periods
WHEN (SELECT status FROM assessments WHERE id = OLD.assessment_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the rating period of a locked assessment cannot change'); END;
"""


def get_context(store: Store, case_pk: int) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT context FROM report_contexts WHERE case_pk = ?", (case_pk,)).fetchone()
    return json.loads(row[0]) if row else None


def set_context(store: Store, case_pk: int, context: dict[str, Any]) -> None:
    """Remember the report context of a case (replaced as a whole; audited)."""
    store.get_case(case_pk)  # an unknown case raises StoreError
    text = canonical_json(context).decode()
    after = json.loads(text)
    now = now_iso()
    with store._write() as conn:
        before = get_context(store, case_pk)
        if before == after:
            return
        conn.execute(
            "INSERT INTO report_contexts (case_pk, context, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (case_pk) DO UPDATE SET context = excluded.context, "
            "updated_at = excluded.updated_at", (case_pk, text, now))
        store._audit("report_context.set", "case", case_pk, before, after, at=now)


def get_training(store: Store) -> dict[str, str]:
    """The current evaluator's training per instrument (form id -> text)."""
    eid = store.evaluator_id()
    if eid is None:
        return {}
    return dict(store.conn.execute(
        "SELECT form_id, training FROM evaluator_training WHERE evaluator_id = ? "
        "ORDER BY form_id", (eid,)).fetchall())


def set_training(store: Store, form_id: str, training: str) -> None:
    """Record (or, with empty text, remove) the evaluator's training in one instrument."""
    eid = store.evaluator_id()
    if eid is None:
        raise StoreError("set up the evaluator profile before recording training")
    text = training.strip()
    now = now_iso()
    with store._write() as conn:
        before = get_training(store).get(form_id)
        if before == (text or None):
            return
        if text:
            conn.execute(
                "INSERT INTO evaluator_training (evaluator_id, form_id, training, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (evaluator_id, form_id) DO UPDATE SET "
                "training = excluded.training, updated_at = excluded.updated_at",
                (eid, form_id, text, now))
        else:
            conn.execute("DELETE FROM evaluator_training WHERE evaluator_id = ? AND form_id = ?",
                         (eid, form_id))
        store._audit("evaluator.training", "evaluator", eid, {form_id: before},
                     {form_id: text or None}, at=now)


def get_period(store: Store, assessment_id: int) -> tuple[str, str] | None:
    row = store.conn.execute(
        "SELECT period_start, period_end FROM rating_periods WHERE assessment_id = ?",
        (assessment_id,)).fetchone()
    return (row[0], row[1]) if row else None


def _check_dates(start: str, end: str) -> None:
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        raise StoreError(f"a rating period needs two dates as YYYY-MM-DD, got "
                         f"'{start}' and '{end}'") from None
    if first > last:
        raise StoreError(f"the rating period starts ({start}) after it ends ({end})")


def set_period(store: Store, assessment_id: int, start: str | None, end: str | None) -> None:
    """The period a draft rating covers (inclusive ISO dates); None for both clears it."""
    if (start is None) != (end is None):
        raise StoreError("a rating period needs both its first and its last day")
    if start is not None and end is not None:
        _check_dates(start, end)
    now = now_iso()
    with store._write() as conn:
        lifecycle.require_draft(store._status(assessment_id), "change the rating period")
        before = get_period(store, assessment_id)
        after = (start, end) if start is not None else None
        if before == after:
            return
        if after is None:
            conn.execute("DELETE FROM rating_periods WHERE assessment_id = ?", (assessment_id,))
        else:
            conn.execute(
                "INSERT INTO rating_periods (assessment_id, period_start, period_end, "
                "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET "
                "period_start = excluded.period_start, period_end = excluded.period_end, "
                "updated_at = excluded.updated_at", (assessment_id, start, end, now))
        store._audit("rating_period.set", "assessment", assessment_id,
                     list(before) if before else None, list(after) if after else None, at=now)


def copy_period(conn: Any, from_id: int, to_id: int, now: str) -> None:
    """An amendment's new draft keeps the period of the version it replaces."""
    conn.execute(
        "INSERT INTO rating_periods (assessment_id, period_start, period_end, updated_at) "
        "SELECT ?, period_start, period_end, ? FROM rating_periods WHERE assessment_id = ?",
        (to_id, now, from_id))
