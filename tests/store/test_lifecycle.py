"""draft -> locked -> signed -> amended, with the rules enforced in Python and in SQL."""

from __future__ import annotations

import pytest

from tally.core.record import SignatureManifest
from tally.store import LifecycleError, Store, StoreError
from tally.store import lifecycle as lc

from .conftest import draft, manifest


def test_lock_fixes_content_hash_and_case_snapshot(store: Store) -> None:
    aid = draft(store)
    content_hash = store.lock(aid)
    record = store.get_assessment(aid)
    assert record.status == "locked" and record.content_hash == content_hash
    assert record.content_hash_now() == content_hash and record.locked_at
    # later case edits do not change what was locked
    store.update_case(store.find_case("C-001").pk, notes="edited after lock")
    assert store.get_assessment(aid).case.notes == "notes"
    assert store.get_assessment(aid).content_hash_now() == content_hash
    with pytest.raises(LifecycleError, match="cannot lock: the assessment is already locked"):
        store.lock(aid)
    with pytest.raises(LifecycleError, match="cannot change an answer: the assessment is locked"):
        store.set_answer(aid, "item_0", 1)
    with pytest.raises(LifecycleError, match="locked"):
        store.update_assessment(aid, kind_note="x")
    with pytest.raises(LifecycleError, match="locked"):
        store.delete_assessment(aid)


def test_sign_then_amend_keeps_signed_version(store: Store) -> None:
    aid = draft(store)
    with pytest.raises(LifecycleError, match="lock it first"):
        store.sign(aid, manifest())
    locked_hash = store.lock(aid)
    store.sign(aid, manifest())
    store.sign(aid, SignatureManifest("Dr Reviewer", "2025-03-02T09:00:00-05:00", "Reviewer"))
    signed = store.get_assessment(aid)
    assert signed.status == "signed" and len(signed.signatures) == 2
    with pytest.raises(LifecycleError, match="needs a reason"):
        store.amend(aid, "  ")
    new = store.amend(aid, "item 2 re-scored after new police report")
    old_after = store.get_assessment(aid)
    assert old_after.status == "amended"
    assert old_after.content_hash == locked_hash == old_after.content_hash_now()
    assert old_after.answers == signed.answers and old_after.signatures == signed.signatures
    amended = store.get_assessment(new)
    assert (amended.status, amended.version, amended.amends_uid) == ("draft", 2, signed.uid)
    assert amended.amendment_reason == "item 2 re-scored after new police report"
    assert amended.answers == signed.answers and amended.signatures == ()
    assert [(h.version, h.status) for h in amended.history] == [(1, "amended"), (2, "draft")]
    assert old_after.history == amended.history
    store.set_answer(new, "item_2", 1)
    assert store.get_assessment(aid).answers == signed.answers
    with pytest.raises(LifecycleError, match="already amended"):
        store.amend(aid, "again")
    with pytest.raises(LifecycleError, match="cannot amend a draft"):
        store.amend(new, "why")
    actions = [e.action for e in store.audit_entries("assessment", aid)]
    assert actions[-4:] == ["lock", "sign", "sign", "amend"]
    assert store.list_cases()[0].n_assessments == 1  # one chain, two versions


def test_amend_a_locked_unsigned_version(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    new = store.amend(aid, "found an error before signing")
    assert store.assessment_meta(new).version == 2
    assert store.assessment_meta(aid).status == "amended"


def test_sign_refuses_content_changed_behind_its_back(store: Store) -> None:
    from .conftest import drop_triggers

    aid = draft(store)
    store.lock(aid)
    drop_triggers(store)
    store.conn.execute("UPDATE answers SET points = 5 WHERE assessment_id = ?", (aid,))
    store.conn.commit()
    with pytest.raises(StoreError, match="no longer matches the hash"):
        store.sign(aid, manifest())


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (SignatureManifest(" ", "2025-03-01T10:15:00+01:00", "Author"), "printed name"),
        (SignatureManifest("Dr A", "2025-03-01T10:15:00+01:00", ""), "meaning"),
        (SignatureManifest("Dr A", "yesterday", "Author"), "ISO 8601"),
        (SignatureManifest("Dr A", "2025-03-01T10:15:00", "Author"), "no UTC offset"),
    ],
)
def test_manifest_must_say_who_when_what(store: Store, bad: SignatureManifest, message: str) -> None:
    aid = draft(store)
    store.lock(aid)
    with pytest.raises(LifecycleError, match=message):
        store.sign(aid, bad)
    assert store.assessment_meta(aid).status == "locked"


def test_origin_must_be_known(store: Store) -> None:
    aid = draft(store)
    with pytest.raises(LifecycleError, match="origin"):
        store.set_answer(aid, "item_0", 1, origin="guessed")


def test_rules_table() -> None:
    lc.require_draft("draft", "x")
    lc.require_lockable("draft")
    lc.require_signable("locked")
    lc.require_signable("signed")
    lc.require_amendable("signed", "reason")
    lc.check_origin("derived")
    lc.check_manifest(manifest())
    assert set(lc.FROZEN_TRANSITIONS) == {"locked", "signed", "amended"}
    assert lc.STATUSES == ("draft", "locked", "signed", "amended")
