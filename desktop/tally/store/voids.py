"""Voiding an assessment scored in error: kept and audited, never exported, never counted.

A void is recorded beside the assessment, the way a signature is: which assessment, what it
was (locked or signed), why, who and when. The assessment's row and answers stay exactly as
they were locked, so its content hash still verifies and `signed => a signature` still
holds; the store hands the assessment out with the status `void` (rows, records, the
lifecycle checks), so every reader that offers only locked or signed work leaves it out.

Why a table and not a fifth value of `assessments.status`: that column's CHECK lists four
statuses, and SQLite changes a CHECK only by rebuilding the table, which drops the
triggers the lifecycle rests on (DESIGN.md). A void also keeps what the assessment was.

Only the newest version of an amendment chain can be voided (a locked or signed one; an
amended version is already superseded, and a draft is changed or deleted instead), so a chain
has at most one void, and a voided chain counts for nothing in the case's totals. A void is
final: the triggers refuse any change to a voided assessment (no signature, no amendment, no
status move), any change to the void itself, and its deletion except with its case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tally.store import lifecycle
from tally.store.rows import VoidNote

if TYPE_CHECKING:
    from tally.store.store import Store

# Appended as its own migration (schema version 8): one new table and its triggers; no
# existing table or trigger changes. Like 7 it can run again over itself (a file whose
# version was set back): IF NOT EXISTS, IF EXISTS.
VOIDS_SQL = """
CREATE TABLE IF NOT EXISTS voids (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id),
    case_pk INTEGER NOT NULL REFERENCES cases(id),
    was TEXT NOT NULL CHECK (was IN ('locked', 'signed')),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    voided_by TEXT NOT NULL,
    evaluator_id INTEGER REFERENCES evaluators(id),
    voided_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS voids_case ON voids(case_pk);
DROP TRIGGER IF EXISTS voids_only_frozen;
CREATE TRIGGER voids_only_frozen BEFORE INSERT ON voids
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) IS NOT NEW.was
  OR (SELECT case_pk FROM assessments WHERE id = NEW.assessment_id) IS NOT NEW.case_pk
BEGIN SELECT RAISE(ABORT, 'only a locked or signed assessment can be voided, as it is'); END;
DROP TRIGGER IF EXISTS voids_fixed_update;
CREATE TRIGGER voids_fixed_update BEFORE UPDATE ON voids
BEGIN SELECT RAISE(ABORT, 'a void cannot be changed'); END;
DROP TRIGGER IF EXISTS voids_fixed_delete;
CREATE TRIGGER voids_fixed_delete BEFORE DELETE ON voids
WHEN NOT EXISTS (SELECT 1 FROM case_deletions WHERE case_pk = OLD.case_pk)
BEGIN SELECT RAISE(ABORT, 'a void cannot be undone'); END;
DROP TRIGGER IF EXISTS assessments_void_fixed;
CREATE TRIGGER assessments_void_fixed BEFORE UPDATE ON assessments
WHEN EXISTS (SELECT 1 FROM voids WHERE assessment_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'a void assessment cannot change'); END;
DROP TRIGGER IF EXISTS signatures_not_void;
CREATE TRIGGER signatures_not_void BEFORE INSERT ON signatures
WHEN EXISTS (SELECT 1 FROM voids WHERE assessment_id = NEW.assessment_id)
BEGIN SELECT RAISE(ABORT, 'a void assessment cannot be signed'); END;
"""

# The status the store reports: `void` over the stored one when a void row exists (with
# `voids v` joined on the assessment `a`).
STATUS_SQL = "CASE WHEN v.assessment_id IS NULL THEN a.status ELSE 'void' END"
NOTE_COLUMNS = "v.was, v.reason, v.voided_by, v.voided_at"


def note(was: str | None, reason: str, voided_by: str, voided_at: str) -> VoidNote | None:
    """The VoidNote of NOTE_COLUMNS (None when the assessment is not void)."""
    return None if was is None else VoidNote(was, reason, voided_by, voided_at)


def void(store: Store, assessment_id: int, reason: str) -> VoidNote:
    """Void a locked or signed assessment with a reason, in one transaction with its audit
    entry. The assessment and its answers stay as they are."""
    from tally.store.clock import now_iso

    reason = (reason or "").strip()
    now = now_iso()
    with store._write() as conn:
        status = store._status(assessment_id)
        lifecycle.require_voidable(status, reason)
        row = conn.execute(
            "SELECT case_pk, content_hash, version FROM assessments WHERE id = ?",
            (assessment_id,)).fetchone()
        who = store.who()
        conn.execute(
            "INSERT INTO voids (assessment_id, case_pk, was, reason, voided_by, evaluator_id, "
            "voided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (assessment_id, row[0], status, reason, who, store.evaluator_id(), now))
        store._audit(
            "void", "assessment", assessment_id, {"status": status},
            {"status": lifecycle.VOID, "reason": reason, "content_hash": row[1],
             "version": row[2]}, at=now)
    return VoidNote(status, reason, who, now)


def problems(conn: Any) -> list[str]:
    """What a void must have, whoever wrote to the file: its audit entry, the stored status
    it was voided from, and no newer version of its chain."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'voids'").fetchone():
        return []
    found = [
        f"assessment {aid} is void but its void is not in the audit trail"
        for (aid,) in conn.execute(
            "SELECT v.assessment_id FROM voids v WHERE NOT EXISTS (SELECT 1 FROM audit "
            "WHERE entity = 'assessment' AND entity_id = v.assessment_id AND action = 'void') "
            "ORDER BY v.assessment_id")
    ]
    found += [
        f"assessment {aid} is void but its status changed from {was} to {status}"
        for aid, was, status in conn.execute(
            "SELECT v.assessment_id, v.was, a.status FROM voids v JOIN assessments a "
            "ON a.id = v.assessment_id WHERE a.status IS NOT v.was ORDER BY v.assessment_id")
    ]
    found += [
        f"assessment {aid} is void but a newer version of it exists"
        for (aid,) in conn.execute(
            "SELECT v.assessment_id FROM voids v JOIN assessments a ON a.id = v.assessment_id "
            "WHERE EXISTS (SELECT 1 FROM assessments b WHERE b.chain_uid = a.chain_uid "
            "AND b.version > a.version) ORDER BY v.assessment_id")
    ]
    return found


__all__ = ["VOIDS_SQL", "VoidNote", "problems", "void"]
