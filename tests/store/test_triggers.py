"""The database itself refuses changes to locked content, signatures and audit rows."""

from __future__ import annotations

from typing import Any

import pytest

from tally.store import Store

from .conftest import draft, manifest


def _refused(store: Store, sql: str, params: tuple[Any, ...] = ()) -> str:
    dbapi = pytest.importorskip("sqlcipher3.dbapi2")
    with pytest.raises(dbapi.IntegrityError) as info:
        store.conn.execute(sql, params)
    store.conn.rollback()
    return str(info.value)


@pytest.mark.parametrize("sign", [False, True])
def test_locked_answers_cannot_change(store: Store, sign: bool) -> None:
    aid = draft(store)
    store.lock(aid)
    if sign:
        store.sign(aid, manifest())
    before = store.get_assessment(aid)
    msg = _refused(store, "UPDATE answers SET points = 9 WHERE assessment_id = ?", (aid,))
    assert "cannot change" in msg
    _refused(store, "DELETE FROM answers WHERE assessment_id = ?", (aid,))
    _refused(
        store,
        "INSERT INTO answers (assessment_id, item_id, points, created_at, updated_at) "
        "VALUES (?, 'new', 1, 'x', 'x')",
        (aid,),
    )
    _refused(store, "UPDATE assessments SET form_version = '9' WHERE id = ?", (aid,))
    _refused(store, "UPDATE assessments SET status = 'draft' WHERE id = ?", (aid,))
    _refused(store, "UPDATE assessments SET case_snapshot = '{}' WHERE id = ?", (aid,))
    _refused(store, "DELETE FROM assessments WHERE id = ?", (aid,))
    assert store.get_assessment(aid) == before


def test_draft_cannot_jump_to_signed_or_lock_without_hash(store: Store) -> None:
    aid = draft(store)
    _refused(store, "UPDATE assessments SET status = 'signed' WHERE id = ?", (aid,))
    _refused(store, "UPDATE assessments SET status = 'locked' WHERE id = ?", (aid,))
    _refused(
        store,
        "INSERT INTO signatures (assessment_id, printed_name, signed_at, meaning, content_hash, "
        "created_at) VALUES (?, 'x', 'x', 'x', 'x', 'x')",
        (aid,),
    )


def test_audit_and_signatures_are_append_only(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    store.sign(aid, manifest())
    assert "append-only" in _refused(store, "UPDATE audit SET who = 'someone else'")
    assert "append-only" in _refused(store, "DELETE FROM audit WHERE id = 1")
    _refused(store, "UPDATE signatures SET printed_name = 'forged'")
    _refused(store, "DELETE FROM signatures")
    assert store.verify_audit().ok
