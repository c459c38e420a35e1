"""Deleting a case for good: everything of it goes, its audit entries are redacted, the chain
still verifies and still catches tampering, and no byte of it stays readable in the file."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tally.store import LifecycleError, Store, StoreError

from .conftest import PASS, draft, drop_triggers, kill_points, manifest
from .kill_child import PASSPHRASE as KILL_PASS

NOTE = "MARKER-NOTE-Quagmire-Heliotrope"
RATIONALE = "MARKER-RATIONALE-Obsidian-Walrus"
DERIVATION = "MARKER-DERIVATION-Saffron-Lantern"
KEPT = "KEPT-NOTE-Turquoise-Badger"


def _signed_case(store: Store, case_id: str = "DEL-1", note: str = NOTE) -> tuple[int, int]:
    pk = store.create_case(case_id, "1979-04-05", {"csem_only": True}, "csem_only", note)
    aid = store.create_assessment(pk, "cport", "1.0", "f" * 64, "2020-02-01")
    for i in range(3):
        store.set_answer(aid, f"item_{i}", 1, rationale=f"{RATIONALE} {i}", sources=["file"],
                         derivation=DERIVATION)
    store.lock(aid)
    store.sign(aid, manifest())
    return pk, aid


def _all_rows_of(store: Store, pk: int, aids: list[int]) -> dict[str, int]:
    """Rows still keyed to the case, in every table that has a case or assessment column."""
    found: dict[str, int] = {}
    tables = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'")]
    for table in tables:
        columns = {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}
        for column, values in (("case_pk", [pk]), ("assessment_id", aids)):
            if column in columns and values:
                marks = ", ".join("?" * len(values))
                n = store.conn.execute(
                    f"SELECT count(*) FROM {table} WHERE {column} IN ({marks})", values
                ).fetchone()[0]
                if n:
                    found[f"{table}.{column}"] = n
    return found


def test_unsigned_case_is_deleted_without_reason(store: Store) -> None:
    aid = draft(store, "U-1")
    pk = store.assessment_meta(aid).case_pk
    deleted = store.delete_case(pk)
    assert deleted.case_id == "U-1" and deleted.assessments == 1
    assert deleted.signed_content_hashes == ()
    assert store.find_case("U-1") is None and store.list_assessments() == []
    assert _all_rows_of(store, pk, [aid]) == {}
    assert store.count_cases("notes") == 0  # the search index forgot it
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_signed_case_needs_a_reason(store: Store) -> None:
    pk, _aid = _signed_case(store)
    before = store.audit_head()
    for reason in ("", "   "):
        with pytest.raises(LifecycleError) as info:
            store.delete_case(pk, reason)
        assert "needs a reason" in str(info.value) and "\n" not in str(info.value)
    assert store.find_case("DEL-1") is not None and store.audit_head() == before


def test_signed_case_deleted_with_reason_everything_goes(store: Store) -> None:
    from tally.store import outcomes, report_context

    pk, aid = _signed_case(store)
    report_context.set_context(store, pk, {"referral": NOTE})
    outcomes.set_followup(store, pk, "2020-03-01", "release")
    content_hash = store.get_assessment(aid).content_hash
    new = store.amend(aid, "typo in item 2")
    store.lock(new)
    other = draft(store, "KEEP-1")
    deleted = store.delete_case(pk, "retention period of 7 years passed")
    assert deleted.case_id == "DEL-1" and deleted.assessments == 2
    assert deleted.signed_content_hashes == (content_hash,)
    assert _all_rows_of(store, pk, [aid, new]) == {}
    assert [a.id for a in store.list_assessments()] == [other]
    report = store.verify_audit()
    assert report.ok, report.message
    assert store.invariant_problems() == []
    entry = store.audit_entries()[-1]
    assert entry.action == "case.delete" and entry.id == deleted.audit_entry
    assert entry.after["case_id"] == "DEL-1"
    assert entry.after["reason"] == "retention period of 7 years passed"
    assert entry.after["signed_content_hashes"] == [content_hash]
    assert entry.after["counts"]["assessments"] == 2
    assert entry.after["counts"]["followups"] == 1


def test_audit_keeps_no_case_data_and_redacts_earlier_entries(store: Store) -> None:
    pk, _aid = _signed_case(store)
    kept = draft(store, "KEEP-1")
    deleted = store.delete_case(pk, "erasure request")
    text = json.dumps([(e.before, e.after) for e in store.audit_entries()])
    for secret in (NOTE, RATIONALE, DERIVATION, "1979-04-05"):
        assert secret not in text
    delete_entry = store.audit_entries()[-1]
    redacted = delete_entry.after["redacted"]
    assert len(redacted) == deleted.redacted_entries == 1 + 1 + 3 + 1 + 1  # create .. sign
    for entry in store.audit_entries():
        if entry.id in redacted:
            assert entry.before is None and entry.after is None
            assert entry.entity in ("case", "assessment")
    # the other case's entries are untouched
    assert any(e.after and e.after.get("rationale") == "why 0"
               for e in store.audit_entries("assessment", kept))


def test_anchor_hashes_stay(store: Store) -> None:
    pk, _aid = _signed_case(store)
    anchor, anchor_hash = store.audit_head()  # what a signed report carries
    store.delete_case(pk, "retention")
    assert store.audit_entry_hash(anchor) == anchor_hash


def test_triggers_allow_only_the_redaction(store: Store) -> None:
    pk, _aid = _signed_case(store)
    store.delete_case(pk, "retention")
    conn = store.conn
    target = store.audit_entries()[1].id  # redacted
    for sql in (
        "UPDATE audit SET who = 'x' WHERE id = ?",
        "UPDATE audit SET after = '{}' WHERE id = ?",
        "DELETE FROM audit WHERE id = ?",
        "DELETE FROM audit_redactions WHERE entry_id = ?",
        "UPDATE audit SET before = NULL, after = NULL WHERE id = 1 AND ? > 0",  # not redacted
    ):
        with pytest.raises(Exception, match="append-only"):
            conn.execute(sql, (target,))
    with pytest.raises(Exception, match="only a case deletion"):
        conn.execute("INSERT INTO audit_redactions VALUES (1, 2)")
    other = draft(store, "K-2")
    store.lock(other)
    with pytest.raises(Exception, match="cannot be deleted"):
        conn.execute("DELETE FROM assessments WHERE id = ?", (other,))
    with pytest.raises(Exception, match=r"case\.delete audit entry"):
        conn.execute("INSERT INTO case_deletions VALUES (?, 1)",
                     (store.assessment_meta(other).case_pk,))
    conn.rollback()


def _tamper(store: Store, *sql: str) -> str:
    drop_triggers(store)
    for statement in sql:
        store.conn.execute(statement)
    store.conn.commit()
    report = store.verify_audit()
    assert not report.ok
    return report.message


def test_tampering_after_a_deletion_is_still_caught(store: Store) -> None:
    pk, _aid = _signed_case(store)
    draft(store, "KEEP-1")
    store.delete_case(pk, "retention")
    first = store.audit_entries()[-1].after["redacted"][0]
    message = _tamper(store, f"UPDATE audit SET who = 'Mallory' WHERE id = {first}")
    assert f"{first}" in message and "altered" in message


def test_emptying_an_entry_no_deletion_lists_is_caught(store: Store) -> None:
    draft(store, "KEEP-1")
    pk, _aid = _signed_case(store, "DEL-2")
    store.delete_case(pk, "retention")
    message = _tamper(
        store, "INSERT INTO audit_redactions VALUES (3, (SELECT max(id) FROM audit))",
        "UPDATE audit SET before = NULL, after = NULL WHERE id = 3")
    assert "entry 3" in message


def test_undoing_a_redaction_row_is_caught(store: Store) -> None:
    pk, _aid = _signed_case(store)
    deleted = store.delete_case(pk, "retention")
    first = store.audit_entries()[-1].after["redacted"][0]
    message = _tamper(store, f"DELETE FROM audit_redactions WHERE entry_id = {first}")
    assert f"entry {first}" in message
    assert deleted.redacted_entries


def test_case_delete_entry_cannot_be_rewritten(store: Store) -> None:
    pk, _aid = _signed_case(store)
    deleted = store.delete_case(pk, "retention")
    message = _tamper(store, f"UPDATE audit SET after = replace(after, 'retention', 'x') "
                      f"WHERE id = {deleted.audit_entry}")
    assert f"entry {deleted.audit_entry}" in message


def _decrypted_pages(path: Path, passphrase: str) -> bytes:
    """Every page of the file decrypted, freed ones too (tests/decrypted_pages.py)."""
    from tests.decrypted_pages import decrypted_pages

    return b"".join(decrypted_pages(path, passphrase))


def test_no_marker_bytes_left_in_the_file(db_path: Path) -> None:
    store = Store.create(db_path, PASS)
    store.set_evaluator("Dr Test Evaluator")
    pk, _aid = _signed_case(store)
    from tally.store import report_context

    report_context.set_context(store, pk, {"referral": NOTE})
    store.create_case("KEEP-1", notes=KEPT)
    for i in range(40):  # enough cases for the search index to hold several segments
        store.create_case(f"FILL-{i}", notes=f"filler {i} " * 20)
    store.delete_case(pk, "erasure request")
    assert store.verify_audit().ok and store.invariant_problems() == []
    store.close()
    assert Path(f"{db_path}-wal").stat().st_size == 0 if Path(f"{db_path}-wal").exists() else True
    plain = _decrypted_pages(db_path, PASS)
    assert KEPT.encode() in plain  # the decryption works: a kept case is readable
    for marker in (NOTE, RATIONALE, DERIVATION, "1979-04-05", "Quagmire", "Obsidian",
                   "quagmire", "obsidian", "heliotrope"):
        assert marker.encode() not in plain, f"{marker!r} left in the file"
    with Store.open(db_path, PASS) as again:
        assert again.verify_audit().ok and again.invariant_problems() == []


def _case_at(store: Store, case_id: str, when: str, *, sign: bool = False) -> int:
    pk = store.create_case(case_id)
    store.conn.execute("UPDATE cases SET created_at = ? WHERE id = ?", (when + "T09:00", pk))
    store.conn.commit()
    if sign:
        aid = store.create_assessment(pk, "cport", "1.0", "f" * 64, when)
        store.set_answer(aid, "x", 1)
        store.lock(aid)
        store.sign(aid, manifest())
    return pk


def test_retention_candidates_at_the_boundaries(store: Store) -> None:
    today = date(2026, 6, 15)
    _case_at(store, "EXACT", "2019-06-15")  # exactly 7 years: not more than 7
    _case_at(store, "DAY-BEFORE", "2019-06-14")
    _case_at(store, "RECENT", "2025-01-01")
    old = _case_at(store, "OLD-SIGNED", "2010-01-01", sign=True)
    found = store.retention_candidates(7, today)
    assert [(c.case_id, c.has_signed) for c in found] == [("DAY-BEFORE", False)]
    # an assessment counts as activity: its lock is today, so the old case is not a candidate
    assert old not in [c.case_pk for c in found]
    assert [c.case_id for c in store.retention_candidates(6, today)] == ["DAY-BEFORE", "EXACT"]
    later = {c.case_id: c for c in store.retention_candidates(1, date(2040, 1, 1))}
    assert list(later) == ["DAY-BEFORE", "EXACT", "RECENT", "OLD-SIGNED"]  # oldest first
    assert later["OLD-SIGNED"].has_signed and later["OLD-SIGNED"].case_pk == old
    assert later["OLD-SIGNED"].last_activity.year == date.today().year
    assert store.find_case("DAY-BEFORE") is not None  # listing deletes nothing
    for bad in (0, -1):
        with pytest.raises(StoreError):
            store.retention_candidates(bad, today)


def test_retention_on_29_february(store: Store) -> None:
    _case_at(store, "LEAP", "2023-02-27")
    assert [c.case_id for c in store.retention_candidates(1, date(2024, 2, 29))] == ["LEAP"]


def test_a_deleted_row_number_is_never_reused(store: Store) -> None:
    first = store.create_case("R-1", notes=NOTE)
    gone = store.create_assessment(first, "cport", "1.0", "f" * 64, "2025-01-01")
    store.delete_case(first)
    second = store.create_case("R-2", notes="second")
    again = store.create_assessment(second, "cport", "1.0", "f" * 64, "2025-01-01")
    assert second > first and again > gone  # SQLite alone would give the highest back
    assert store.deleted_subjects() == {("case", first): "R-1", ("assessment", gone): "R-1"}
    deleted = store.delete_case(second)
    assert deleted.redacted_entries == 2  # its own two entries, none of R-1's
    assert store.verify_audit().ok and store.invariant_problems() == []


def test_a_draft_deleted_earlier_is_redacted_too(store: Store) -> None:
    pk = store.create_case("DRAFTS-1", notes=NOTE)
    gone = store.create_assessment(pk, "cport", "1.0", "f" * 64, "2025-01-01")
    store.set_answer(gone, "x", 1, rationale=RATIONALE)
    store.delete_assessment(gone)  # its audit entry holds the case and the answers
    kept = store.create_assessment(pk, "cport", "1.0", "f" * 64, "2025-01-02")
    store.lock(kept)
    amended = store.amend(kept, "fix")
    store.delete_assessment(amended)
    store.delete_case(pk)
    text = json.dumps([(e.before, e.after) for e in store.audit_entries()])
    assert NOTE not in text and RATIONALE not in text
    assert store.verify_audit().ok


def test_a_redacted_entry_changed_afterwards_fails_the_digest(store: Store) -> None:
    pk, _aid = _signed_case(store)
    draft(store, "KEEP-1")
    store.delete_case(pk, "retention")
    last = store.audit_entries()[-1].after["redacted"][-1]
    message = _tamper(store, f"UPDATE audit SET who = 'Mallory' WHERE id = {last}")
    assert "were altered after redaction" in message and f"{last}" in message


def test_a_chain_from_before_schema_7_verifies_without_redactions() -> None:
    # a database (or backup being checked) not yet migrated has no audit_redactions table
    import sqlite3

    from tally.store import audit

    conn = sqlite3.connect(":memory:")
    conn.executescript(
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
        "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, before TEXT, "
        "after TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
        "CREATE TABLE audit_head (one INTEGER PRIMARY KEY, last_id INTEGER NOT NULL, "
        "last_hash TEXT NOT NULL);")
    audit.append(conn, at="2026-01-01T00:00:00+00:00", who="t", action="case.create",
                 entity="case", entity_id=1, after={"case_id": "OLD"})
    last = conn.execute("SELECT id, hash FROM audit").fetchone()
    conn.execute("INSERT INTO audit_head VALUES (1, ?, ?)", last)
    assert audit.verify(conn).ok


def test_an_entry_emptied_with_no_deletion_after_it_is_caught(store: Store) -> None:
    draft(store, "KEEP-1")
    # the redaction names an entry before it as its "deletion": none comes after entry 2
    message = _tamper(store, "INSERT INTO audit_redactions VALUES (2, 1)",
                      "UPDATE audit SET before = NULL, after = NULL WHERE id = 2")
    assert "entry 2 was emptied without a case deletion" in message


# ------------------------------------------------------------------ kill points


def _kill_setup(tmp_path: Path) -> Path:
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    with Store.create(pristine / "tally.db", KILL_PASS) as store:
        store.set_evaluator("Dr Kill Point")
        _signed_case(store, "GONE-1")
        _signed_case(store, "KEEP-1", note=KEPT)
    return pristine


def _kill_state(store: Store) -> str:
    """'deleted' (the case and all of it gone, its entries redacted) or 'intact'."""
    gone = store.find_case("GONE-1")
    assert store.find_case("KEEP-1") is not None
    assert store.verify_audit().ok, store.verify_audit().message
    assert store.invariant_problems() == []
    assert store.integrity_check() == "ok"
    if gone is None:
        assert [e.action for e in store.audit_entries()].count("case.delete") == 1
        text = json.dumps([(e.before, e.after) for e in store.audit_entries()])
        assert NOTE not in text and KEPT in text  # its note went; the other case's stayed
        return "deleted"
    assert [e.action for e in store.audit_entries()].count("case.delete") == 0
    [meta] = store.list_assessments(case_pk=gone.pk)
    assert meta.status == "signed" and len(store.get_assessment(meta.id).answers) == 3
    return "intact"


def _kill_trial(pristine: Path, folder: Path, kill_at: int) -> tuple[bool, str]:
    shutil.copytree(pristine, folder)
    child = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("kill_child.py")), str(kill_at), "delete",
         str(folder / "tally.db"), "GONE-1", "retention period passed"],
        capture_output=True, text=True,
    )
    completed = child.returncode == 0
    assert completed or child.returncode == -signal.SIGKILL, child.stderr
    with Store.open(folder / "tally.db", KILL_PASS, check="full") as store:
        state = _kill_state(store)
        assert store.notices == []
    assert state == "deleted" or not completed
    return completed, state


def _deletion_kill_points(tmp_path: Path, every: int) -> tuple[int, set[str]]:
    pristine = _kill_setup(tmp_path)
    return kill_points(lambda at: _kill_trial(pristine, tmp_path / f"trial-{at}", at), every)


def test_sigkill_at_every_other_step_of_a_case_deletion(tmp_path: Path) -> None:
    """Killed at an SQL statement or a file call, the deletion happened whole or not at all:
    the chain verifies, the lifecycle checks hold, the other case is untouched."""
    points, seen = _deletion_kill_points(tmp_path, every=2)
    assert points >= 20 and seen == {"deleted", "intact"}


@pytest.mark.slow
def test_sigkill_at_every_step_of_a_case_deletion(tmp_path: Path) -> None:
    points, seen = _deletion_kill_points(tmp_path, every=1)
    assert points >= 40 and seen == {"deleted", "intact"}
