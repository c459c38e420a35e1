"""The audit trail: append-only entries, each chained to the previous one by SHA-256.

hash(n) = SHA-256(hash(n-1) + canonical JSON of entry n), with 64 zeros before the first.
The entry includes its own id, so deleting, reordering or editing any row breaks the chain at
that row; the audit_head row (kept by a trigger) catches entries cut off the end.

A case deletion redacts the entries of its case (store.deletion): their before/after become
NULL, so their hash cannot be recomputed. Such an entry is checked by its link instead (the
next entry's prev_hash is its stored hash) and by the case.delete entry that redacted it,
which is hash-checked and lists it with a digest of the columns that remain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tally.core.record import canonical_json, sha256_hex

GENESIS = "0" * 64
_BODY_KEYS = ("id", "at", "who", "action", "entity", "entity_id", "before", "after")
_COLUMNS = "id, at, who, action, entity, entity_id, before, after, prev_hash, hash"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    who: str
    action: str  # e.g. case.create, answer.set, lock, sign, amend, export
    entity: str  # case, assessment, evaluator, database, export
    entity_id: int | None
    before: Any  # the value before the change (None for a creation)
    after: Any
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    checked: int
    first_broken: int | None
    message: str


def encode(value: Any) -> str | None:
    return None if value is None else canonical_json(value).decode()


def entry_hash(prev_hash: str, row: tuple[Any, ...]) -> str:
    """The chained hash of a stored row (id, at, who, action, entity, entity_id, before, after)."""
    body = dict(zip(_BODY_KEYS, row, strict=True))
    return sha256_hex(prev_hash.encode("ascii") + canonical_json(body))


def append(
    conn: Any, *, at: str, who: str, action: str, entity: str, entity_id: int | None,
    before: Any = None, after: Any = None,
) -> int:
    """Add one entry inside the caller's write transaction; returns its id."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    new_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row = (new_id, at, who, action, entity, entity_id, encode(before), encode(after))
    conn.execute(
        f"INSERT INTO audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*row, prev, entry_hash(prev, row)),
    )
    return new_id


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    before = None if row[6] is None else json.loads(row[6])
    after = None if row[7] is None else json.loads(row[7])
    return AuditEntry(row[0], row[1], row[2], row[3], row[4], row[5], before, after, row[8], row[9])


def entries(conn: Any, entity: str | None = None, entity_id: int | None = None) -> list[AuditEntry]:
    where: list[str] = []
    params: list[Any] = []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    sql = f"SELECT {_COLUMNS} FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_entry(r) for r in conn.execute(sql + " ORDER BY id", params)]


def _redactions(conn: Any) -> dict[int, int]:
    """entry id -> the case.delete entry that redacted it (none before schema 7)."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_redactions'"
    ).fetchone():
        return {}
    return {int(e): int(b) for e, b in conn.execute(
        "SELECT entry_id, by_entry FROM audit_redactions")}


def verify(conn: Any) -> AuditReport:
    """Walk the whole chain; the first row whose link or content does not hold is named."""
    from tally.store.deletion import redaction_digest

    redactions = _redactions(conn)
    waiting: dict[int, tuple[Any, ...]] = {}  # redacted entries, until their case.delete
    prev, expected_id, checked = GENESIS, 1, 0
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY id"):
        entry_id = row[0]
        if entry_id != expected_id:
            return _broken(checked, expected_id, f"audit entry {expected_id} is missing")
        if row[8] != prev:
            return _broken(
                checked, entry_id,
                f"audit entry {entry_id} does not link to entry {entry_id - 1} (chain broken)",
            )
        if entry_id in redactions and row[6] is None and row[7] is None:
            waiting[entry_id] = (*row[:6], row[8], row[9])
        elif entry_hash(prev, row[:8]) != row[9]:
            return _broken(checked, entry_id, f"audit entry {entry_id} was altered after writing")
        elif row[3] == "case.delete":
            listed = (json.loads(row[7]) if row[7] else {}).get("redacted", [])
            mine = sorted(e for e, by in redactions.items() if by == entry_id)
            if listed != mine or any(e not in waiting for e in mine):
                first = min(set(listed) ^ set(mine) or set(mine) - set(waiting) or {entry_id})
                return _broken(checked, first, f"audit entry {first}: its redaction does not "
                               f"match the case deletion in entry {entry_id}")
            digest = json.loads(row[7]).get("redacted_digest") if mine else None
            if mine and redaction_digest([waiting.pop(e) for e in mine]) != digest:
                return _broken(checked, mine[0], f"audit entries {', '.join(map(str, mine))}, "
                               f"redacted by entry {entry_id}, were altered after redaction")
        prev, expected_id, checked = row[9], entry_id + 1, checked + 1
    if waiting:  # emptied, and no case deletion vouches for it
        first = min(waiting)
        return _broken(checked, first, f"audit entry {first} was emptied without a case "
                       "deletion that lists it")
    head = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE one = 1").fetchone()
    last_id = expected_id - 1
    if head is None or head[0] != last_id or (last_id and head[1] != prev):
        recorded = head[0] if head else "none"
        return _broken(
            checked, last_id + 1,
            f"audit entries after {last_id} are missing (the head records entry {recorded})",
        )
    return AuditReport(True, checked, None, f"audit chain intact: {checked} entries")


def _broken(checked: int, entry_id: int, message: str) -> AuditReport:
    return AuditReport(False, checked, entry_id, message)
