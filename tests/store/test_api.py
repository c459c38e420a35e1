"""Cases, assessments, answers and the evaluator through the public Store API."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.store import Store, StoreError
from tally.store.store import fts_query

from .conftest import PASS, draft


def test_create_refuses_existing_file(db_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="already exists"):
        Store.create(db_path, PASS)


def test_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="must not be empty"):
        Store.create(tmp_path / "x.db", "")
    assert not (tmp_path / "x.db").exists()


def test_reopen_keeps_everything(db_path: Path, store: Store) -> None:
    aid = draft(store)
    store.set_position(aid, "item_2")
    record = store.get_assessment(aid)
    store.close()
    with Store.open(db_path, PASS) as again:
        assert again.get_assessment(aid) == record
        assert again.assessment_meta(aid).position == "item_2"
        assert again.evaluator().name == "Dr Test Evaluator"
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert again.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert again.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_evaluator_upsert_is_audited(store: Store) -> None:
    first = store.evaluator_id()
    again = store.set_evaluator("Dr New", "PhD", "Clinic B")
    assert again == first
    assert store.evaluator().name == "Dr New"
    entry = store.audit_entries("evaluator")[-1]
    assert entry.before["name"] == "Dr Test Evaluator" and entry.after["name"] == "Dr New"
    assert entry.who == "Dr New"
    with pytest.raises(StoreError, match="needs a name"):
        store.set_evaluator("  ")


def test_who_is_system_without_evaluator(tmp_path: Path) -> None:
    with Store.create(tmp_path / "n.db", PASS) as s:
        assert s.evaluator() is None and s.evaluator_id() is None
        s.create_case("X-1")
        assert s.audit_entries()[0].who == "system"


def test_case_create_update_and_audit(store: Store) -> None:
    pk = store.create_case("C-9", "1970-01-01", {"release_date": "2024-01-01"}, "mixed", "n1")
    store.update_case(pk, notes="n2", facts={"release_date": "2024-02-02"})
    row = store.get_case(pk)
    assert row.notes == "n2" and row.facts == {"release_date": "2024-02-02"}
    entry = store.audit_entries("case", pk)[-1]
    assert entry.action == "case.update"
    assert entry.before == {"notes": "n1", "facts": {"release_date": "2024-01-01"}}
    assert entry.after == {"notes": "n2", "facts": {"release_date": "2024-02-02"}}
    n = len(store.audit_entries())
    store.update_case(pk, notes="n2")  # no change: no entry
    assert len(store.audit_entries()) == n
    with pytest.raises(StoreError, match="unknown case field"):
        store.update_case(pk, name="Real Name")
    store.create_case("C-10")
    with pytest.raises(StoreError, match="already exists"):
        store.update_case(pk, case_id="C-10")
    with pytest.raises(StoreError, match="already exists"):
        store.create_case("C-10")
    with pytest.raises(StoreError, match="needs a case id"):
        store.create_case("  ")
    with pytest.raises(StoreError, match="no case"):
        store.get_case(999)
    assert store.find_case("C-10").case_id == "C-10" and store.find_case("nope") is None


def test_search_and_paging(store: Store) -> None:
    for i in range(30):
        store.create_case(f"CASE-{i:03d}", notes="probation referral" if i % 3 == 0 else "court")
    assert store.count_cases() == 30
    assert store.count_cases("probation") == 10
    assert store.count_cases("prob") == 10  # prefix search as you type
    assert store.count_cases("CASE-01") == 10
    assert [r.case_id for r in store.list_cases("CASE-01", limit=3)] == [
        "CASE-010", "CASE-011", "CASE-012",
    ]
    page = store.list_cases(offset=25, limit=10)
    assert [r.case_id for r in page] == [f"CASE-{i:03d}" for i in range(25, 30)]
    desc = store.list_cases(limit=2, descending=True)
    assert [r.case_id for r in desc] == ["CASE-029", "CASE-028"]
    store.update_case(store.find_case("CASE-001").pk, notes="now probation too")
    assert store.count_cases("probation") == 11  # the index follows updates
    assert store.count_cases('"; DROP TABLE cases; --') == 0  # quotes are not syntax
    assert store.list_cases("   ") == store.list_cases()
    with pytest.raises(StoreError, match="cannot order"):
        store.list_cases(order="notes; DROP")
    assert fts_query("DEMO-01 x") == '"DEMO"* AND "01"* AND "x"*'


def test_list_orders_by_assessment_count(store: Store) -> None:
    draft(store, "A-1")
    store.create_case("A-2")
    rows = store.list_cases(order="n_assessments", descending=True)
    assert [(r.case_id, r.n_assessments) for r in rows] == [("A-1", 1), ("A-2", 0)]


def test_set_answer_semantics(store: Store) -> None:
    aid = draft(store, answers=0)
    store.set_answer(aid, "x", 2, rationale="r", sources=["file", "interview"])
    store.set_answer(aid, "x", 1)  # None rationale/sources: left as they were
    (answer,) = store.get_assessment(aid).answers
    assert (answer.points, answer.rationale, answer.sources) == (1, "r", ("file", "interview"))
    store.set_answer(aid, "x", None, rationale="")
    (answer,) = store.get_assessment(aid).answers
    assert answer.points is None and answer.rationale == ""
    store.set_answer(aid, "y", 0, origin="derived", derivation="age from dates")
    store.set_answer(aid, "y", 1, origin="entered", override_reason="file shows otherwise")
    y = store.get_assessment(aid).answers[1]
    assert (y.origin, y.derivation, y.override_reason) == (
        "entered", "age from dates", "file shows otherwise",
    )
    entries = store.audit_entries("assessment", aid)
    assert [e.action for e in entries].count("answer.set") == 5
    n = len(store.audit_entries())
    store.set_answer(aid, "y", 1)  # unchanged: no write, no audit
    assert len(store.audit_entries()) == n
    with pytest.raises(StoreError, match="whole number"):
        store.set_answer(aid, "y", 1.5)  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="whole number"):
        store.set_answer(aid, "y", True)
    with pytest.raises(StoreError, match="no assessment"):
        store.set_answer(999, "y", 1)


def test_assessment_listing_and_update(store: Store) -> None:
    a1 = draft(store, "L-1")
    pk = store.find_case("L-1").pk
    a2 = store.create_assessment(pk, "casic", "1.0", "h", "2025-02-02", kind_note="re-test")
    metas = store.list_assessments(pk)
    assert [m.id for m in metas] == [a2, a1]  # newest first
    assert [m.id for m in store.list_assessments(form_id="casic")] == [a2]
    assert store.list_assessments(pk, "cport")[0].case_id == "L-1"
    store.update_assessment(a2, assessment_date="2025-03-03")
    store.update_assessment(a2, assessment_date="2025-03-03")  # no change
    assert store.get_assessment(a2).assessment_date == "2025-03-03"
    assert store.audit_entries("assessment", a2)[-1].after == {"assessment_date": "2025-03-03"}
    with pytest.raises(StoreError, match="no assessment"):
        store.assessment_meta(12345)
    with pytest.raises(StoreError, match="no assessment"):
        store.get_assessment(12345)
    with pytest.raises(StoreError, match="no case"):
        store.create_assessment(999, "cport", "1", "h", "2025-01-01")


def test_delete_draft(store: Store) -> None:
    aid = draft(store)
    store.set_position(aid, "item_0")
    store.delete_assessment(aid)
    assert store.list_assessments() == []
    last = store.audit_entries("assessment", aid)[-1]
    assert last.action == "assessment.delete" and len(last.before["answers"]) == 3
    assert store.verify_audit().ok


def test_batch_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.batch():
        store.create_case("B-1")
        with store.batch():
            store.create_case("B-2")
        raise RuntimeError("stop")
    assert store.count_cases() == 0
    with store.batch():
        store.create_case("B-3")
        with pytest.raises(StoreError), store.batch():
            store.create_case("B-3")  # inner failure rolls back only the savepoint
    assert store.count_cases() == 1
    assert store.verify_audit().ok


def test_verify_passphrase_and_change(db_path: Path, store: Store) -> None:
    assert store.verify_passphrase(PASS)
    assert not store.verify_passphrase("wrong")
    assert not store.verify_passphrase("")
    with pytest.raises(StoreError, match="current passphrase is wrong"):
        store.change_passphrase("wrong", "new one")
    store.change_passphrase(PASS, "new 'quoted' one")
    assert store.verify_passphrase("new 'quoted' one") and not store.verify_passphrase(PASS)
    store.close()
    with Store.open(db_path, "new 'quoted' one") as again:
        assert again.audit_entries()[-1].action == "passphrase.change"
        assert again.verify_audit().ok


def test_closed_store_says_so(store: Store) -> None:
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count_cases()


def test_the_store_speaks_sqlcipher_only(store: Store) -> None:
    # no second SQL layer over the keyed connection (DESIGN.md, "The store")
    assert type(store.conn).__module__.startswith("sqlcipher3")
    assert not hasattr(store, "db")
