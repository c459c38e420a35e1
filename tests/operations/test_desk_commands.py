"""The Desk methods the command line needs beyond the app's (#11): the CLI holds a Desk, never
the store, so the audit head and entry hashes, the chain and invariant checks, the kept
forms, the stored-record lookups for `tally verify --db` and the demo database are asked of
it by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.operations.desk import Desk
from tally.operations.errors import DatabaseInUse, StoreError

PASS = "correct horse battery staple"


def test_a_desk_is_a_context_manager_that_closes_its_database(tmp_path: Path) -> None:
    with Desk.create(tmp_path / "cases.db", PASS) as desk:
        assert not desk.closed
    assert desk.closed


def test_audit_head_entry_hashes_and_checks_as_the_store_keeps_them(tmp_path: Path) -> None:
    with Desk.create(tmp_path / "cases.db", PASS) as desk:
        desk.create_case("A-1")
        desk.create_case("A-2")
        last, digest = desk.audit_head()
        assert last > 0 and len(digest) == 64
        assert desk.audit_entry_hash(last) == digest
        assert desk.audit_entry_hash(last + 100) is None
        report = desk.verify_audit()
        assert report.ok and report.checked == last
        assert desk.invariant_problems() == []
        assert desk.audit_verdict() == ([], report.checked)


def test_kept_form_gives_the_file_a_draft_was_scored_with(tmp_path: Path, catalog) -> None:
    form = catalog.get("static99r")
    with Desk.create(tmp_path / "cases.db", PASS) as desk:
        assert desk.kept_form(form.content_hash) is None
        pk = desk.create_case("K-1", "1970-01-01")
        desk.create_assessment(pk, form.id, form.version, form.content_hash, "2025-01-05",
                               form=form)
        kept = desk.kept_form(form.content_hash)
        assert kept is not None and kept[1]


def test_record_lookups_find_stored_records_by_uid_and_their_newest_version(
        tmp_path: Path) -> None:
    with Desk.create(tmp_path / "cases.db", PASS) as desk:
        pk = desk.create_case("L-1")
        aid = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-01-05")
        desk.lock(aid)
        record = desk.get_assessment(aid)
        newer = desk.amend(aid, "a typo in item 2")
        lookup, newest = desk.record_lookups()
        assert lookup(aid, record.uid).id == aid
        assert lookup(aid, "no-such-uid") is None
        assert newest(record).id == newer


def test_create_demo_makes_a_new_synthetic_database_and_refuses_an_existing_one(
        tmp_path: Path) -> None:
    path = Desk.create_demo(tmp_path / "demo.db", PASS, 2, seed=7)
    with Desk.open(path, PASS) as desk:
        assert desk.count_cases() == 2
    with pytest.raises(StoreError):
        Desk.create_demo(path, PASS, 1, seed=7)


def test_database_in_use_is_a_store_error_the_commands_can_catch() -> None:
    assert issubclass(DatabaseInUse, StoreError)
