"""Voiding an assessment scored in error: kept and audited, never exported, never counted,
final; the rules in Python, in the triggers, and in `audit verify`'s invariants."""

from __future__ import annotations

import pytest

from tally.store import LifecycleError, Store
from tally.store.outcomes import locked_inputs
from tally.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate

from .conftest import PASS, draft, drop_triggers, manifest

REASON = "scored for the wrong case (file mix-up)"


def _raw_fails(store: Store, sql: str, params: tuple = (), match: str = "") -> None:
    conn = store.conn
    with pytest.raises(Exception, match=match):
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(sql, params)
        finally:
            conn.execute("ROLLBACK")


def test_void_a_locked_assessment_keeps_it_whole_and_audited(store: Store) -> None:
    aid = draft(store)
    content_hash = store.lock(aid)
    before = store.get_assessment(aid)
    note = store.void(aid, f"  {REASON}  ")
    assert (note.was, note.reason, note.voided_by) == ("locked", REASON, "Dr Test Evaluator")
    assert note.voided_at[:4].isdigit() and "+" in note.voided_at[19:]
    record = store.get_assessment(aid)
    assert record.status == "void"
    assert record.answers == before.answers and record.case == before.case
    assert record.content_hash == content_hash == record.content_hash_now()
    assert [(h.version, h.status, h.changed_at) for h in record.history] == [
        (1, "void", note.voided_at)]
    meta = store.assessment_meta(aid)
    assert meta.status == "void" and meta.void == note == store.void_note(aid)
    assert [m.status for m in store.list_assessments()] == ["void"]
    entry = store.audit_entries("assessment", aid)[-1]
    assert (entry.action, entry.who, entry.before) == ("void", "Dr Test Evaluator",
                                                       {"status": "locked"})
    assert entry.after == {"status": "void", "reason": REASON, "content_hash": content_hash,
                           "version": 1}
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_a_signed_assessment_is_voided_with_its_signature_kept(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    store.sign(aid, manifest())
    note = store.void(aid, REASON)
    assert note.was == "signed"
    record = store.get_assessment(aid)
    assert record.status == "void" and len(record.signatures) == 1
    stored = store.conn.execute("SELECT status FROM assessments WHERE id = ?", (aid,))
    assert stored.fetchone()[0] == "signed"  # what it was stays; the void is beside it
    assert store.invariant_problems() == []


def test_a_void_is_final_and_refused_everything(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    store.void(aid, REASON)
    with pytest.raises(LifecycleError, match="cannot void: the assessment is already void"):
        store.void(aid, "again")
    with pytest.raises(LifecycleError, match="cannot amend: the assessment was voided"):
        store.amend(aid, "a correction")
    with pytest.raises(LifecycleError, match="cannot sign: the assessment was voided"):
        store.sign(aid, manifest())
    with pytest.raises(LifecycleError, match="cannot change an answer: the assessment was "
                                             "voided"):
        store.set_answer(aid, "item_0", 1)
    with pytest.raises(LifecycleError, match="already void"):
        store.lock(aid)
    with pytest.raises(LifecycleError, match="voided"):
        store.delete_assessment(aid)
    with pytest.raises(LifecycleError, match="a void is never exported"):
        store.record_export([aid], "a" * 64, "b" * 64, "/tmp/r.pdf")
    assert store.audit_entries("assessment", aid)[-1].action == "void"  # nothing else written


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_void_needs_a_reason(store: Store, reason) -> None:
    aid = draft(store)
    store.lock(aid)
    with pytest.raises(LifecycleError, match="voiding an assessment needs a reason"):
        store.void(aid, reason)
    assert store.assessment_meta(aid).status == "locked" and store.void_note(aid) is None


def test_only_the_newest_locked_or_signed_version_is_voided(store: Store) -> None:
    aid = draft(store)
    with pytest.raises(LifecycleError, match="cannot void a draft: change it, or delete it"):
        store.void(aid, REASON)
    store.lock(aid)
    new = store.amend(aid, "item 1 re-scored")
    with pytest.raises(LifecycleError, match="this version was amended; void the newest"):
        store.void(aid, REASON)
    with pytest.raises(LifecycleError, match="cannot void a draft"):
        store.void(new, REASON)
    store.lock(new)
    store.void(new, REASON)
    assert [(h.version, h.status) for h in store.get_assessment(aid).history] == [
        (1, "amended"), (2, "void")]
    assert store.invariant_problems() == []


def test_the_triggers_refuse_what_bypasses_the_store(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    other = draft(store, "C-002")
    pk = store.assessment_meta(aid).case_pk
    insert = ("INSERT INTO voids (assessment_id, case_pk, was, reason, voided_by, voided_at) "
              "VALUES (?, ?, ?, 'r', 'x', '2025-01-01T00:00:00+00:00')")
    _raw_fails(store, insert, (other, store.assessment_meta(other).case_pk, "locked"),
               "only a locked or signed assessment can be voided")  # a draft
    _raw_fails(store, insert, (aid, pk, "signed"), "can be voided")  # not what it was
    _raw_fails(store, insert, (aid, pk + 1, "locked"), "can be voided")  # another case
    _raw_fails(store, insert.replace("'r'", "' '"), (aid, pk, "locked"), "CHECK")
    store.void(aid, REASON)
    _raw_fails(store, "UPDATE voids SET reason = 'other'", (), "a void cannot be changed")
    _raw_fails(store, "DELETE FROM voids", (), "a void cannot be undone")
    _raw_fails(store, "UPDATE assessments SET status = 'amended' WHERE id = ?", (aid,),
               "a void assessment cannot change")
    _raw_fails(store, "UPDATE assessments SET status = 'signed' WHERE id = ?", (aid,),
               "a void assessment cannot change")
    _raw_fails(store, "INSERT INTO signatures (assessment_id, printed_name, signed_at, meaning, "
               "content_hash, created_at) VALUES (?, 'x', 'y', 'z', 'h', 'now')", (aid,),
               "a void assessment cannot be signed")
    assert store.void_note(aid).reason == REASON and store.invariant_problems() == []


def test_audit_verify_finds_a_void_made_outside_tally(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    newer = draft(store, "C-002")
    store.lock(newer)
    store.void(newer, REASON)
    drop_triggers(store)
    conn = store.conn
    pk = store.assessment_meta(aid).case_pk
    conn.execute("INSERT INTO voids (assessment_id, case_pk, was, reason, voided_by, voided_at) "
                 "VALUES (?, ?, 'locked', 'r', 'x', 'now')", (aid, pk))
    conn.execute("UPDATE assessments SET status = 'signed' WHERE id = ?", (newer,))
    uid = store.assessment_meta(newer).uid
    chain = store.assessment_meta(newer).chain_uid
    conn.execute(
        "INSERT INTO assessments (uid, chain_uid, case_pk, form_id, form_version, form_hash, "
        "assessment_date, evaluator, status, version, amends_uid, created_at, updated_at) "
        "SELECT 'u2', ?, case_pk, form_id, form_version, form_hash, assessment_date, "
        "evaluator, 'draft', 2, ?, created_at, updated_at FROM assessments WHERE id = ?",
        (chain, uid, newer))
    conn.commit()
    found = store.invariant_problems()
    assert f"assessment {aid} is void but its void is not in the audit trail" in found
    assert f"assessment {newer} is void but its status changed from locked to signed" in found
    assert f"assessment {newer} is void but a newer version of it exists" in found
    assert any("triggers are missing" in p for p in found)


def test_a_void_leaves_the_case_totals_and_the_validation_inputs(store: Store) -> None:
    kept = draft(store)
    store.lock(kept)
    case_pk = store.assessment_meta(kept).case_pk
    wrong = store.create_assessment(case_pk, "stable2007", "1.0", "f" * 64, "2025-02-02")
    store.lock(wrong)
    amended = store.create_assessment(case_pk, "acute2007", "1.0", "f" * 64, "2025-02-03")
    store.lock(amended)
    v2 = store.amend(amended, "a correction")
    store.lock(v2)
    assert store.get_case(case_pk).n_assessments == 3
    store.void(wrong, REASON)
    store.void(v2, REASON)  # the whole amendment chain goes with its newest version
    assert store.get_case(case_pk).n_assessments == 1
    assert [r.n_assessments for r in store.list_cases(order="n_assessments")] == [1]
    assert store.find_case("C-001").n_assessments == 1
    assert [i.assessment_id for i in locked_inputs(store)] == [kept]


def test_deleting_a_case_takes_its_voids_and_redacts_the_reason(store: Store) -> None:
    aid = draft(store)
    store.lock(aid)
    store.sign(aid, manifest())
    store.void(aid, "the name of the wrong man was on it")
    case_pk = store.assessment_meta(aid).case_pk
    with pytest.raises(LifecycleError, match="needs a reason"):  # it was signed
        store.delete_case(case_pk)
    entry = next(e for e in store.audit_entries("assessment", aid) if e.action == "void")
    deleted = store.delete_case(case_pk, "retention")
    assert deleted.assessments == 1
    assert store.conn.execute("SELECT count(*) FROM voids").fetchone()[0] == 0
    gone = next(e for e in store.audit_entries() if e.id == entry.id)
    assert gone.before is None and gone.after is None
    last = store.audit_entries()[-1]
    assert last.action == "case.delete" and last.after["counts"]["voids"] == 1
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_the_migration_runs_once_on_an_older_file_and_again_over_itself(db_path) -> None:
    version = 9  # the voids migration
    assert MIGRATIONS[version - 1].lstrip().startswith("CREATE TABLE IF NOT EXISTS voids")
    with Store.create(db_path, PASS) as store:
        store.set_evaluator("Dr Test Evaluator")
        aid = draft(store)
        store.lock(aid)
        store.void(aid, REASON)
        store.conn.execute(f"PRAGMA user_version = {version - 1}")
        migrate(store.conn)  # as a file whose version was set back
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.void_note(aid).reason == REASON
        assert store.invariant_problems() == []
    with Store.open(db_path, PASS) as store:
        assert store.assessment_meta(aid).status == "void"


def test_a_file_from_before_voids_has_no_void_problems() -> None:
    from tally.store import voids
    from tally.store.connection import driver

    conn = driver().connect(":memory:")
    try:
        for script in MIGRATIONS[:8]:  # up to kept forms, before voids
            conn.executescript(script)
        assert voids.problems(conn) == []
    finally:
        conn.close()
