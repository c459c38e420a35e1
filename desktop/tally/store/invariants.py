"""What must hold in every Tally database, whoever wrote to it: checked by `audit verify`
and before a backup is restored.

The triggers stop a script that bypasses the Store from changing a locked assessment, but
whoever holds the passphrase can drop them, or use the transitions they allow (mark a locked
assessment signed with no signature). These checks find what such an edit leaves behind:
each problem is one line naming the row.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from tally.store.lifecycle import AMENDED, DRAFT, SIGNED

MAX_NAMED = 20  # problems listed one by one; the rest are counted


@cache
def expected_triggers(version: int) -> dict[str, str]:
    """Trigger name -> SQL as the migrations up to `version` create them (run in memory)."""
    from tally.store.connection import driver
    from tally.store.schema import MIGRATIONS

    conn = driver().connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        return {name: _normal(sql) for name, sql in rows}
    finally:
        conn.close()


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def trigger_problems(conn: Any) -> list[str]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    expected = expected_triggers(version)
    found = {
        name: _normal(sql)
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    }
    missing = sorted(set(expected) - set(found))
    problems = [f"the trigger {name} is missing" for name in missing[:1]]
    if len(missing) > 1:  # a script that drops them drops them all: one line, not twenty
        problems = [f"{len(missing)} triggers are missing: {', '.join(missing)}"]
    problems += [
        f"the trigger {name} was changed" for name in sorted(expected)
        if name in found and found[name] != expected[name]
    ]
    problems += [
        f"an unknown trigger {name} was added" for name in sorted(set(found) - set(expected))
    ]
    return problems


def lifecycle_problems(conn: Any) -> list[str]:
    """Signed => signature rows, amended => a newer version, void => its audit entry and no
    newer version, hashes recomputed from answers."""
    from tally.store.store import Store

    problems = [
        f"assessment {aid} is signed but has no signature"
        for (aid,) in conn.execute(
            "SELECT id FROM assessments a WHERE status = ? AND NOT EXISTS "
            "(SELECT 1 FROM signatures s WHERE s.assessment_id = a.id) ORDER BY id", (SIGNED,))
    ]
    problems += [
        f"assessment {aid} has a signature but is {status}"
        for aid, status in conn.execute(
            "SELECT DISTINCT a.id, a.status FROM assessments a JOIN signatures s "
            "ON s.assessment_id = a.id WHERE a.status NOT IN ('signed', 'amended') ORDER BY a.id")
    ]
    problems += [
        f"assessment {aid} is amended but no newer version exists"
        for (aid,) in conn.execute(
            "SELECT id FROM assessments a WHERE status = ? AND NOT EXISTS "
            "(SELECT 1 FROM assessments b WHERE b.amends_uid = a.uid "
            "AND b.version = a.version + 1) ORDER BY id", (AMENDED,))
    ]
    problems += [
        f"assessment {aid} is {status} but its lock is not in the audit trail"
        for aid, status in conn.execute(
            "SELECT id, status FROM assessments a WHERE status <> ? AND NOT EXISTS "
            "(SELECT 1 FROM audit WHERE entity = 'assessment' AND entity_id = a.id "
            "AND action = 'lock') ORDER BY id", (DRAFT,))
    ]
    problems += [
        f"assessment {aid}: a signature was made over other content than the locked content"
        for (aid,) in conn.execute(
            "SELECT DISTINCT a.id FROM assessments a JOIN signatures s ON s.assessment_id = a.id "
            "WHERE s.content_hash <> a.content_hash ORDER BY a.id")
    ]
    from tally.store import voids
    from tally.store.deletion import open_deletions

    problems += voids.problems(conn)
    from tally.store import casic_links

    problems += casic_links.problems(conn)

    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'case_deletions'").fetchone():
        problems += open_deletions(conn)
    reader = Store(Path(":invariants:"), conn)
    for (aid,) in conn.execute(
        "SELECT id FROM assessments WHERE status <> ? ORDER BY id", (DRAFT,)
    ).fetchall():
        record = reader.get_assessment(aid)
        if record.content_hash_now() != record.content_hash:
            problems.append(
                f"assessment {aid}: its answers no longer match the content hash fixed at lock"
            )
    return problems


def problems(conn: Any) -> list[str]:
    """Every broken invariant, the assessments' first (what a tamper did), then the triggers
    (what let it); empty when the database is as Tally left it."""
    return lifecycle_problems(conn) + trigger_problems(conn)


def summary(found: list[str]) -> str:
    """One line for the user: the first problems named, the rest counted."""
    shown = "; ".join(found[:3])
    more = len(found) - 3
    return shown + (f"; and {more} more" if more > 0 else "")
