"""Which CASIC assessment a CPORT assessment takes item 5 from, and the evaluator's statement
that decides whether it may (#11).

One row per CPORT assessment version: the CASIC assessment it is linked to, and the gate
recorded by the evaluator (1: no admission and no diagnosis is on file, so the CASIC decides
the item; 0: there is one; NULL: not recorded yet). While the CPORT is a draft the link
follows its CASIC's amendment chain to the newest version; when the CPORT is locked the row
is frozen with the exact CASIC version used (its id, uid, version and total), and triggers
refuse any later change, so an amended CASIC never changes a locked CPORT. An amendment of
the CPORT starts with a copy of the link. Every change is audited in the same transaction.

Which forms feed which item is data (a companion form's `[feeds]`): the store keeps the link
and leaves scoring to the operations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tally.store import lifecycle
from tally.store.errors import StoreError

if TYPE_CHECKING:
    from tally.store.store import Store

_DELETING = ("EXISTS (SELECT 1 FROM case_deletions WHERE case_pk = "
             "(SELECT case_pk FROM assessments WHERE id = OLD.cport_id))")
_FROZEN = "(SELECT status FROM assessments WHERE id = {}) IS NOT 'draft'"

# Appended as its own migration (schema version 10): one new table and its triggers; no
# existing table or trigger changes. Like 7-9 it can run again over itself.
CASIC_LINKS_SQL = f"""
CREATE TABLE IF NOT EXISTS casic_links (
    cport_id INTEGER PRIMARY KEY REFERENCES assessments(id),
    casic_id INTEGER NOT NULL REFERENCES assessments(id),
    no_admission_no_diagnosis INTEGER CHECK (no_admission_no_diagnosis IN (0, 1)),
    casic_uid TEXT,
    casic_version INTEGER,
    casic_total INTEGER,
    linked_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS casic_links_casic ON casic_links(casic_id);
DROP TRIGGER IF EXISTS casic_links_frozen_insert;
CREATE TRIGGER casic_links_frozen_insert BEFORE INSERT ON casic_links
WHEN {_FROZEN.format('NEW.cport_id')}
BEGIN SELECT RAISE(ABORT, 'the CASIC link of a locked assessment cannot change'); END;
DROP TRIGGER IF EXISTS casic_links_frozen_update;
CREATE TRIGGER casic_links_frozen_update BEFORE UPDATE ON casic_links
WHEN {_FROZEN.format('OLD.cport_id')}
BEGIN SELECT RAISE(ABORT, 'the CASIC link of a locked assessment cannot change'); END;
DROP TRIGGER IF EXISTS casic_links_frozen_delete;
CREATE TRIGGER casic_links_frozen_delete BEFORE DELETE ON casic_links
WHEN {_FROZEN.format('OLD.cport_id')} AND NOT {_DELETING}
BEGIN SELECT RAISE(ABORT, 'the CASIC link of a locked assessment cannot change'); END;
"""

_COLUMNS = ("cport_id, casic_id, no_admission_no_diagnosis, casic_uid, casic_version, "
            "casic_total, linked_by, updated_at")


@dataclass(frozen=True)
class CasicLink:
    """A CPORT assessment's link. `gate`: True (no admission, no diagnosis), False, or None
    (not recorded). `casic_uid`/`casic_version`/`casic_total` are set when the CPORT locks."""

    cport_id: int
    casic_id: int
    gate: bool | None
    casic_uid: str | None
    casic_version: int | None
    casic_total: int | None
    linked_by: str
    updated_at: str

    @property
    def frozen(self) -> bool:
        return self.casic_uid is not None


def _row(r: Any) -> CasicLink:
    return CasicLink(r[0], r[1], None if r[2] is None else bool(r[2]), r[3], r[4], r[5], r[6],
                     r[7])


def get_link(conn: Any, cport_id: int) -> CasicLink | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM casic_links WHERE cport_id = ?",
                       (cport_id,)).fetchone()
    return None if row is None else _row(row)


def linked_to(conn: Any, casic_id: int) -> list[CasicLink]:
    """The links to any version of this CASIC's amendment chain, oldest CPORT first."""
    rows = conn.execute(
        f"SELECT {', '.join('l.' + c.strip() for c in _COLUMNS.split(','))} "
        "FROM casic_links l JOIN assessments c ON c.id = l.casic_id "
        "WHERE c.chain_uid = (SELECT chain_uid FROM assessments WHERE id = ?) "
        "ORDER BY l.cport_id", (casic_id,))
    return [_row(r) for r in rows]


def current_version(conn: Any, casic_id: int) -> int:
    """The newest version of the CASIC's amendment chain (what a draft CPORT reads)."""
    return int(conn.execute(
        "SELECT b.id FROM assessments a JOIN assessments b ON b.chain_uid = a.chain_uid "
        "WHERE a.id = ? ORDER BY b.version DESC LIMIT 1", (casic_id,)).fetchone()[0])


def _audit_value(link: CasicLink | None) -> dict[str, Any] | None:
    if link is None:
        return None
    return {"casic_id": link.casic_id, "no_admission_no_diagnosis": link.gate,
            "casic_uid": link.casic_uid, "casic_version": link.casic_version,
            "casic_total": link.casic_total}


def link(store: Store, cport_id: int, casic_id: int) -> CasicLink:
    """Link a draft to a CASIC assessment of the same case (replacing any link it had; the
    gate recorded stays). The caller has checked that the forms belong together."""
    from tally.store.clock import now_iso

    now = now_iso()
    with store._write() as conn:
        lifecycle.require_draft(store._status(cport_id), "link a CASIC")
        if cport_id == casic_id:
            raise StoreError("an assessment cannot be linked to itself")
        status = store._status(casic_id)
        if status == lifecycle.VOID:
            raise StoreError("a void CASIC cannot be linked")
        cases = {r[0] for r in conn.execute(
            "SELECT case_pk FROM assessments WHERE id IN (?, ?)", (cport_id, casic_id))}
        if len(cases) != 1:
            raise StoreError("the CASIC belongs to another case")
        before = get_link(conn, cport_id)
        gate = None if before is None else before.gate
        conn.execute(
            "INSERT INTO casic_links (cport_id, casic_id, no_admission_no_diagnosis, "
            "linked_by, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (cport_id) DO UPDATE "
            "SET casic_id = excluded.casic_id, linked_by = excluded.linked_by, "
            "updated_at = excluded.updated_at",
            (cport_id, current_version(conn, casic_id), gate, store.who(), now))
        after = get_link(conn, cport_id)
        assert after is not None
        store._audit("casic_link.set", "assessment", cport_id, _audit_value(before),
                     _audit_value(after), at=now)
    return after


def unlink(store: Store, cport_id: int) -> None:
    """Remove a draft's link (and the gate recorded with it)."""
    from tally.store.clock import now_iso

    now = now_iso()
    with store._write() as conn:
        lifecycle.require_draft(store._status(cport_id), "unlink the CASIC")
        before = get_link(conn, cport_id)
        if before is None:
            return
        conn.execute("DELETE FROM casic_links WHERE cport_id = ?", (cport_id,))
        store._audit("casic_link.remove", "assessment", cport_id, _audit_value(before), None,
                     at=now)


def set_gate(store: Store, cport_id: int, no_admission_no_diagnosis: bool | None) -> None:
    """Record the evaluator's statement on a linked draft (None: not recorded)."""
    from tally.store.clock import now_iso

    now = now_iso()
    with store._write() as conn:
        lifecycle.require_draft(store._status(cport_id), "record the CASIC statement")
        before = get_link(conn, cport_id)
        if before is None:
            raise StoreError("link a CASIC before recording the statement")
        if before.gate is no_admission_no_diagnosis:
            return
        value = None if no_admission_no_diagnosis is None else int(no_admission_no_diagnosis)
        conn.execute(
            "UPDATE casic_links SET no_admission_no_diagnosis = ?, linked_by = ?, "
            "updated_at = ? WHERE cport_id = ?", (value, store.who(), now, cport_id))
        store._audit("casic_link.gate", "assessment", cport_id,
                     {"no_admission_no_diagnosis": before.gate},
                     {"no_admission_no_diagnosis": no_admission_no_diagnosis}, at=now)


def freeze(store: Store, cport_id: int, casic_id: int, casic_total: int | None) -> None:
    """Inside the lock of the CPORT (before its status changes): fix the exact CASIC version
    used and its total. The triggers keep the row as it is from then on."""
    from tally.store.clock import now_iso

    now = now_iso()
    with store._write() as conn:
        before = get_link(conn, cport_id)
        if before is None:
            raise StoreError("no CASIC is linked")
        uid, version = conn.execute(
            "SELECT uid, version FROM assessments WHERE id = ?", (casic_id,)).fetchone()
        conn.execute(
            "UPDATE casic_links SET casic_id = ?, casic_uid = ?, casic_version = ?, "
            "casic_total = ?, updated_at = ? WHERE cport_id = ?",
            (casic_id, uid, version, casic_total, now, cport_id))
        after = get_link(conn, cport_id)
        store._audit("casic_link.freeze", "assessment", cport_id, _audit_value(before),
                     _audit_value(after), at=now)


def copy_link(store: Store, from_id: int, to_id: int, now: str) -> None:
    """An amendment's new draft starts linked as the version it replaces was (the exact
    CASIC version, the same gate), not yet frozen."""
    conn = store.conn
    old = get_link(conn, from_id)
    if old is None:
        return
    conn.execute(
        "INSERT INTO casic_links (cport_id, casic_id, no_admission_no_diagnosis, linked_by, "
        "updated_at) SELECT ?, casic_id, no_admission_no_diagnosis, ?, ? FROM casic_links "
        "WHERE cport_id = ?", (to_id, store.who(), now, from_id))
    store._audit("casic_link.set", "assessment", to_id, None,
                 _audit_value(get_link(conn, to_id)), at=now)


def forget(store: Store, assessment_id: int) -> None:
    """A draft is deleted: its own link, and the links of draft CPORTs to it, go (audited)."""
    conn = store.conn
    for found in [get_link(conn, assessment_id)] + [
            _row(r) for r in conn.execute(
                f"SELECT {_COLUMNS} FROM casic_links WHERE casic_id = ?", (assessment_id,))]:
        if found is None:
            continue
        conn.execute("DELETE FROM casic_links WHERE cport_id = ?", (found.cport_id,))
        store._audit("casic_link.remove", "assessment", found.cport_id, _audit_value(found),
                     None)


def problems(conn: Any) -> list[str]:
    """What a link must have once its CPORT left draft, whoever wrote to the file: the exact
    CASIC version frozen (uid and version of the row it names), and its freeze audited."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'casic_links'").fetchone():
        return []
    found = [
        f"assessment {cport} is locked but its CASIC link was not frozen with the CASIC used"
        for (cport,) in conn.execute(
            "SELECT l.cport_id FROM casic_links l JOIN assessments a ON a.id = l.cport_id "
            "LEFT JOIN assessments c ON c.id = l.casic_id WHERE a.status <> 'draft' AND ("
            "l.casic_uid IS NOT c.uid OR l.casic_version IS NOT c.version) ORDER BY l.cport_id")
    ]
    found += [
        f"assessment {cport}: its CASIC link's freeze is not in the audit trail"
        for (cport,) in conn.execute(
            "SELECT l.cport_id FROM casic_links l WHERE l.casic_uid IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM audit WHERE entity = 'assessment' AND entity_id = l.cport_id "
            "AND action = 'casic_link.freeze') ORDER BY l.cport_id")
    ]
    return found


__all__ = [
    "CASIC_LINKS_SQL",
    "CasicLink",
    "copy_link",
    "current_version",
    "forget",
    "freeze",
    "get_link",
    "link",
    "linked_to",
    "problems",
    "set_gate",
    "unlink",
]
