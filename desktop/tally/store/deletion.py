"""Deleting a case for good (retention, a request to erase), and redacting its audit trail.

Everything of the case goes in one write transaction: the case row and its search index
entry, its assessments, answers, signatures, voids, kept scores, rating periods, wizard
positions, report context and follow-up. One `case.delete` entry records what went (case id,
reason, counts, the content hashes of signed reports, which entries were redacted), never the case
data itself. A signed assessment is deleted only with a reason: its report is out there.

Redaction keeps the chain verifiable. The earlier entries of the case and its assessments
hold case data in `before`/`after`; those two columns become NULL, and the row stays with its
id, time, author, action, entity and *stored* hash, so the next entry's prev_hash still links
to it and a report's audit anchor keeps its hash. `audit_redactions(entry_id, by_entry)`
records each redaction and names the case.delete entry that made it; that entry (itself
hash-checked) lists the redacted ids and a digest of their remaining columns. `audit verify`
checks a redacted entry by its link and that listing, instead of recomputing its hash, so an
edit to any remaining column, a redaction no case.delete lists, or one it lists that is not
there are still caught. Triggers allow exactly that UPDATE (before and after to NULL, every
other column unchanged, a redaction row present) and nothing else.

The frozen rows (signatures, voids, locked answers and scores, locked assessments) stay
undeletable by triggers except while `case_deletions` names their case; a row there needs a
case.delete audit entry for that case, and the deletion removes it before it commits.

Nothing readable stays in the file: the deletion runs with PRAGMA secure_delete (freed
space is zeroed), merges the search index so no segment keeps the deleted words, and then
checkpoints the WAL (TRUNCATE) so the old pages leave the -wal file too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from tally.core.record import canonical_json, sha256_hex
from tally.store.errors import LifecycleError, StoreError

if TYPE_CHECKING:
    from tally.store.store import Store

_CASE_OF = "(SELECT case_pk FROM assessments WHERE id = OLD.assessment_id)"
_DELETING = "EXISTS (SELECT 1 FROM case_deletions WHERE case_pk = {})"
_STATUS_OF = "(SELECT status FROM assessments WHERE id = OLD.assessment_id)"
_SAME = " AND ".join(
    f"NEW.{c} IS OLD.{c}"
    for c in ("id", "at", "who", "action", "entity", "entity_id", "prev_hash", "hash")
)

# Appended as its own migration (schema version 7). The triggers it replaces keep their
# names and refuse everything they refused before, except a case deletion and a redaction.
# It can run again over itself (a file whose version was set back): IF NOT EXISTS, IF EXISTS.
DELETION_SQL = f"""
CREATE TABLE IF NOT EXISTS audit_redactions (
    entry_id INTEGER PRIMARY KEY REFERENCES audit(id),
    by_entry INTEGER NOT NULL REFERENCES audit(id)
);
DROP TRIGGER IF EXISTS audit_redactions_by_deletion;
CREATE TRIGGER audit_redactions_by_deletion BEFORE INSERT ON audit_redactions
WHEN NEW.entry_id >= NEW.by_entry
  OR (SELECT action FROM audit WHERE id = NEW.by_entry) IS NOT 'case.delete'
  OR (SELECT action FROM audit WHERE id = NEW.entry_id) IS 'case.delete'
BEGIN SELECT RAISE(ABORT, 'only a case deletion redacts earlier audit entries'); END;
DROP TRIGGER IF EXISTS audit_redactions_fixed_update;
CREATE TRIGGER audit_redactions_fixed_update BEFORE UPDATE ON audit_redactions
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
DROP TRIGGER IF EXISTS audit_redactions_fixed_delete;
CREATE TRIGGER audit_redactions_fixed_delete BEFORE DELETE ON audit_redactions
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;

CREATE TABLE IF NOT EXISTS case_deletions (
    case_pk INTEGER PRIMARY KEY,
    by_entry INTEGER NOT NULL REFERENCES audit(id)
);
DROP TRIGGER IF EXISTS case_deletions_audited;
CREATE TRIGGER case_deletions_audited BEFORE INSERT ON case_deletions
WHEN (SELECT action FROM audit WHERE id = NEW.by_entry) IS NOT 'case.delete'
  OR (SELECT entity_id FROM audit WHERE id = NEW.by_entry) IS NOT NEW.case_pk
BEGIN SELECT RAISE(ABORT, 'a case is deleted only after its case.delete audit entry'); END;

DROP TRIGGER IF EXISTS audit_append_only_update;
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
WHEN NOT (NEW.before IS NULL AND NEW.after IS NULL AND {_SAME}
          AND EXISTS (SELECT 1 FROM audit_redactions WHERE entry_id = OLD.id))
BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;

DROP TRIGGER IF EXISTS signatures_fixed_delete;
CREATE TRIGGER signatures_fixed_delete BEFORE DELETE ON signatures
WHEN NOT {_DELETING.format(_CASE_OF)}
BEGIN SELECT RAISE(ABORT, 'signatures cannot be deleted'); END;
DROP TRIGGER IF EXISTS answers_frozen_delete;
CREATE TRIGGER answers_frozen_delete BEFORE DELETE ON answers
WHEN {_STATUS_OF} IS NOT 'draft' AND NOT {_DELETING.format(_CASE_OF)}
BEGIN SELECT RAISE(ABORT, 'answers of a locked or signed assessment cannot change'); END;
DROP TRIGGER IF EXISTS assessments_frozen_delete;
CREATE TRIGGER assessments_frozen_delete BEFORE DELETE ON assessments
WHEN OLD.status <> 'draft' AND NOT {_DELETING.format('OLD.case_pk')}
BEGIN SELECT RAISE(ABORT, 'a locked or signed assessment cannot be deleted'); END;
DROP TRIGGER IF EXISTS locked_scores_fixed_delete;
CREATE TRIGGER locked_scores_fixed_delete BEFORE DELETE ON locked_scores
WHEN NOT {_DELETING.format(_CASE_OF)}
BEGIN SELECT RAISE(ABORT, 'a locked score cannot be deleted'); END;
DROP TRIGGER IF EXISTS rating_periods_locked_delete;
CREATE TRIGGER rating_periods_locked_delete BEFORE DELETE ON rating_periods
WHEN {_STATUS_OF} != 'draft' AND NOT {_DELETING.format(_CASE_OF)}
BEGIN SELECT RAISE(ABORT, 'the rating period of a locked assessment cannot change'); END;
"""


@dataclass(frozen=True)
class DeletedCase:
    """What a deletion removed, for the one line the user sees."""

    case_id: str
    assessments: int  # versions, each amendment counted
    signed_content_hashes: tuple[str, ...]  # of the signed reports that exist outside the file
    audit_entry: int  # the case.delete entry
    redacted_entries: int
    wal_cleared: bool = True  # False: another window held the WAL; its old pages leave later


@dataclass(frozen=True)
class RetentionCandidate:
    case_pk: int
    case_id: str
    last_activity: date  # newest assessment's date or lock, else the case's creation
    has_signed: bool


def redaction_digest(rows: list[tuple[Any, ...]]) -> str:
    """SHA-256 over what stays of redacted entries: (id, at, who, action, entity, entity_id,
    prev_hash, hash) each, in id order. The case.delete entry holds it, so those columns stay
    covered by a recomputed hash after before/after are gone."""
    return sha256_hex(canonical_json([list(r) for r in rows]))


def _case_since(conn: Any, case_pk: int) -> int:
    """The case's own creation entry: row numbers are reused after an earlier deletion."""
    row = conn.execute(
        "SELECT max(id) FROM audit WHERE entity = 'case' AND entity_id = ? "
        "AND action = 'case.create'", (case_pk,)).fetchone()
    return int(row[0] or 0)


def _assessment_spans(conn: Any, case_pk: int, alive: list[int]) -> list[tuple[int, int, int]]:
    """(assessment id, first entry, entry after the last) of each assessment the case had:
    those alive and drafts deleted earlier (their assessment.delete entry holds the case as
    it was), found by the case key of their creation or, for amendments, the version they
    amend. An id reused by a later assessment ends the span at that one's creation."""
    since = _case_since(conn, case_pk)
    uids = {r[0] for r in conn.execute(
        "SELECT uid FROM assessments WHERE case_pk = ?", (case_pk,))}
    created = conn.execute(
        "SELECT id, entity_id, json_extract(after, '$.uid'), json_extract(after, '$.case_pk'), "
        "json_extract(after, '$.amends_uid') FROM audit WHERE action = 'assessment.create' "
        "AND entity = 'assessment' AND after IS NOT NULL AND id >= ? ORDER BY id",
        (since,)).fetchall()
    starts: dict[int, list[int]] = {}  # assessment id -> every creation entry of that id
    mine: list[tuple[int, int]] = []
    for entry, aid, uid, pk, amends in created:  # in order: an amendment follows its source
        starts.setdefault(int(aid), []).append(int(entry))
        if pk == case_pk or (amends is not None and amends in uids):
            mine.append((int(aid), int(entry)))
            uids.add(uid)
    end = 1 << 62
    spans = [(aid, entry, min([e for e in starts[aid] if e > entry], default=end))
             for aid, entry in mine]
    known = {aid for aid, _ in mine}
    spans += [(aid, since, end) for aid in alive if aid not in known]  # no creation entry
    return spans


_REDACTED_COLUMNS = "id, at, who, action, entity, entity_id, prev_hash, hash"
_NOT_YET = (
    "action <> 'case.delete' AND id NOT IN (SELECT entry_id FROM audit_redactions)"
)


def _entries_to_redact(conn: Any, case_pk: int, alive: list[int]) -> list[int]:
    """The audit entries that hold data of this case: its own, its assessments', and the
    exports of several of them at once (audited with no entity id)."""
    since = _case_since(conn, case_pk)
    ids = {r[0] for r in conn.execute(
        f"SELECT id FROM audit WHERE entity = 'case' AND entity_id = ? AND id >= ? "
        f"AND {_NOT_YET}", (case_pk, since))}
    aids: set[int] = set()
    for aid, first, end in _assessment_spans(conn, case_pk, alive):
        aids.add(aid)
        ids.update(r[0] for r in conn.execute(
            f"SELECT id FROM audit WHERE entity = 'assessment' AND entity_id = ? AND id >= ? "
            f"AND id < ? AND {_NOT_YET}", (aid, first, end)))
    if alive:
        marks = ", ".join("?" * len(alive))
        ids.update(r[0] for r in conn.execute(
            f"SELECT id FROM audit WHERE action = 'export' AND entity_id IS NULL AND id >= ? "
            f"AND {_NOT_YET} AND EXISTS (SELECT 1 FROM json_each(audit.after, "
            f"'$.assessment_ids') WHERE value IN ({marks}))", (since, *alive)))
    return sorted(ids)


def delete_case(store: Store, case_pk: int, reason: str = "") -> DeletedCase:
    """Delete the case and everything of it, redact its audit entries, leave no trace."""
    from tally.store.clock import now_iso

    reason = (reason or "").strip()
    conn = store.conn
    secure = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
    conn.execute("PRAGMA secure_delete = ON")  # freed cells and pages are zeroed
    try:
        with store._write():
            case = store.get_case(case_pk)
            aids = [r[0] for r in conn.execute(
                "SELECT id FROM assessments WHERE case_pk = ? ORDER BY id", (case_pk,))]
            marks = ", ".join("?" * len(aids))
            signed: list[str] = []
            if aids:
                signed = [r[0] for r in conn.execute(
                    f"SELECT DISTINCT content_hash FROM signatures WHERE assessment_id IN "
                    f"({marks}) ORDER BY content_hash", aids)]
            if signed and not reason:
                raise LifecycleError(
                    f"case {case.case_id} has {len(signed)} signed assessment(s); deleting it "
                    "needs a reason (its signed reports remain outside the database)")
            redact = _entries_to_redact(conn, case_pk, aids)
            kept = [conn.execute(f"SELECT {_REDACTED_COLUMNS} FROM audit WHERE id = ?",
                                 (i,)).fetchone() for i in redact]
            counts = _counts(conn, case_pk, aids, marks)
            now = now_iso()
            entry = store._audit("case.delete", "case", case_pk, None, {
                "case_id": case.case_id, "reason": reason, "counts": counts,
                "signed_content_hashes": signed, "redacted": redact,
                "redacted_digest": redaction_digest(kept),
            }, at=now)
            conn.execute("INSERT INTO case_deletions (case_pk, by_entry) VALUES (?, ?)",
                         (case_pk, entry))
            if aids:
                conn.execute(f"DELETE FROM casic_links WHERE cport_id IN ({marks}) "
                             f"OR casic_id IN ({marks})", aids + aids)
                for table in ("locked_scores", "rating_periods", "wizard_positions",
                              "signatures", "answers", "voids"):
                    conn.execute(f"DELETE FROM {table} WHERE assessment_id IN ({marks})", aids)
                conn.execute("DELETE FROM assessments WHERE case_pk = ?", (case_pk,))
            for table in ("report_contexts", "followups", "recidivism_events"):
                conn.execute(f"DELETE FROM {table} WHERE case_pk = ?", (case_pk,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_pk,))
            conn.executemany("INSERT INTO audit_redactions (entry_id, by_entry) VALUES (?, ?)",
                             [(i, entry) for i in redact])
            conn.executemany("UPDATE audit SET before = NULL, after = NULL WHERE id = ?",
                             [(i,) for i in redact])
            conn.execute("DELETE FROM case_deletions WHERE case_pk = ?", (case_pk,))
            # the external-content index keeps deleted words in old segments until merged
            conn.execute("INSERT INTO cases_fts(cases_fts) VALUES ('optimize')")
    finally:
        conn.execute(f"PRAGMA secure_delete = {secure}")
    cleared = checkpoint(store)
    return DeletedCase(case.case_id, len(aids), tuple(signed), entry, len(redact), cleared)


def _counts(conn: Any, case_pk: int, aids: list[int], marks: str) -> dict[str, int]:
    def n(sql: str, params: Any) -> int:
        return int(conn.execute(sql, params).fetchone()[0])

    by_case = {t: n(f"SELECT count(*) FROM {t} WHERE case_pk = ?", (case_pk,))
               for t in ("followups", "recidivism_events", "report_contexts", "voids")}
    if not aids:
        return {"assessments": 0, "answers": 0, "signatures": 0} | by_case
    return {
        "assessments": len(aids),
        "answers": n(f"SELECT count(*) FROM answers WHERE assessment_id IN ({marks})", aids),
        "signatures": n(f"SELECT count(*) FROM signatures WHERE assessment_id IN ({marks})",
                        aids),
    } | by_case


def checkpoint(store: Store) -> bool:
    """Move every WAL page into the (zeroed where freed) database and empty the -wal file;
    False when a reader in another window held the WAL (its pages leave at a later one)."""
    busy = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not (busy and busy[0])


def retention_candidates(store: Store, years: int, today: date) -> list[RetentionCandidate]:
    """Cases whose last activity lies more than `years` years before `today`, oldest first."""
    if isinstance(years, bool) or not isinstance(years, int) or years < 1:
        raise StoreError(f"the retention period must be a whole number of years, 1 or more; "
                         f"got {years!r}")
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February, and the year `years` back is no leap year
        cutoff = today.replace(year=today.year - years, day=28)
    rows = store.conn.execute(
        "SELECT c.id, c.case_id, max(substr(c.created_at, 1, 10), "
        "coalesce((SELECT max(max(a.assessment_date, substr(a.locked_at, 1, 10))) "
        "FROM assessments a WHERE a.case_pk = c.id), '')), "
        "EXISTS (SELECT 1 FROM assessments a JOIN signatures s ON s.assessment_id = a.id "
        "WHERE a.case_pk = c.id) FROM cases c ORDER BY c.id").fetchall()
    found = [
        RetentionCandidate(int(pk), str(case_id), date.fromisoformat(last), bool(signed))
        for pk, case_id, last, signed in rows
        if date.fromisoformat(last) < cutoff
    ]
    return sorted(found, key=lambda c: (c.last_activity, c.case_id))


def open_deletions(conn: Any) -> list[str]:
    """A case_deletions row outside a deletion would let frozen rows be deleted."""
    return [
        f"a deletion of case {pk} was left open (case_deletions)"
        for (pk,) in conn.execute("SELECT case_pk FROM case_deletions ORDER BY case_pk")
    ]


__all__ = ["DeletedCase", "RetentionCandidate", "delete_case", "retention_candidates"]
