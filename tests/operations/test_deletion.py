"""Deleting cases through the Desk and the command line: notified once, refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.cli import main
from tally.core.record import SignatureManifest
from tally.operations import changes
from tally.operations.desk import Desk
from tally.operations.errors import LifecycleError
from tally.operations.rows import DeletedCase

PASS = "correct horse battery staple"


def _signed(desk: Desk, case_id: str) -> int:
    pk = desk.create_case(case_id, notes="private note")
    aid = desk.create_assessment(pk, "cport", "1.0", "f" * 64, "2025-02-01")
    desk.set_answer(aid, "x", 1, rationale="why")
    desk.lock(aid)
    desk._store.sign(aid, SignatureManifest("Dr T", "2025-03-01T10:15:00+01:00", "Author"))
    return pk


def test_desk_delete_notifies_the_case_list(tmp_path: Path) -> None:
    desk = Desk.create(tmp_path / "cases.db", PASS)
    seen: list[changes.Change] = []
    pk = _signed(desk, "D-1")
    desk.changes.subscribe(seen.append)
    with pytest.raises(LifecycleError):
        desk.delete_case(pk)
    assert seen == []
    deleted = desk.delete_case(pk, "retention")
    assert isinstance(deleted, DeletedCase) and deleted.case_id == "D-1"
    assert [(c.kind, c.case_pk) for c in seen] == [(changes.CASE_DELETED, pk)]
    assert desk.count_cases() == 0 and desk.audit_problems() == []
    assert desk.retention_candidates(1) == []
    desk.close()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    path = tmp_path / "cli.db"
    desk = Desk.create(path, PASS)
    desk.set_evaluator("Dr T")
    _signed(desk, "SIGNED-1")
    old = desk.create_case("OLD-1")
    desk._store.conn.execute(
        "UPDATE cases SET created_at = '2001-01-01T09:00' WHERE id = ?", (old,))
    desk._store.conn.commit()
    desk.create_case("NEW-1")
    desk.close()
    return path


def _err(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err
    return err


def test_a_deleted_case_number_is_never_reused(tmp_path: Path) -> None:
    """The last case deleted, a new one created: it gets a new row number, so the deleted
    case's redacted entries still name the deleted case, never the new one."""
    desk = Desk.create(tmp_path / "cases.db", PASS)
    keep = desk.create_case("K-1")
    pk = _signed(desk, "D-1")
    gone_aid = desk.list_assessments(case_pk=pk)[0].id
    desk.delete_case(pk, "retention")
    new_pk = desk.create_case("N-1")
    new_aid = desk.create_assessment(new_pk, "cport", "1.0", "f" * 64, "2025-04-01")
    assert new_pk > pk > keep and new_aid > gone_aid
    amended = desk.amend(_locked(desk, new_aid), "a correction")
    assert amended > new_aid
    subjects, deleted = desk.audit_subjects(), desk.deleted_subjects()
    assert deleted[("case", pk)] == "D-1" and deleted[("assessment", gone_aid)] == "D-1"
    assert ("case", pk) not in subjects and subjects[("case", new_pk)] == "N-1"
    assert ("case", new_pk) not in deleted and ("case", keep) not in deleted
    assert desk.audit_problems() == []


def _locked(desk: Desk, aid: int) -> int:
    desk.set_answer(aid, "x", 1, rationale="why")
    desk.lock(aid)
    return aid


def test_cli_case_delete(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["case", "delete", "NOPE", "--db", str(db)]) == 2
    assert "no case with id 'NOPE'" in _err(capsys)
    assert main(["case", "delete", "SIGNED-1", "--db", str(db)]) == 2
    assert "needs a reason" in _err(capsys)
    assert main(["case", "delete", "SIGNED-1", "--reason", "erasure", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("deleted case SIGNED-1: 1 assessment(s), 1 signed")
    assert main(["case", "delete", "NEW-1", "--db", str(db)]) == 0
    assert main(["audit", "verify", "--db", str(db)]) == 0


def test_cli_retention(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["retention", "list", "--years", "0", "--db", str(db)]) == 2
    assert "--years" in _err(capsys)
    assert main(["retention", "list", "--years", "10", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["CASE", "LAST", "ACTIVITY", "SIGNED"]
    assert [line.split()[0] for line in lines[1:]] == ["OLD-1"]
    assert main(["retention", "apply", "--years", "10", "--reason", "policy",
                 "--db", str(db)]) == 2
    assert "--yes" in _err(capsys)
    assert main(["retention", "apply", "--years", "10", "--reason", " ", "--yes",
                 "--db", str(db)]) == 2
    assert "--reason" in _err(capsys)
    assert main(["retention", "apply", "--years", "10", "--reason", "policy", "--yes",
                 "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 case(s) deleted"
    assert main(["retention", "list", "--years", "10", "--db", str(db)]) == 0
    assert "no case" in capsys.readouterr().out
    assert main(["cases", "list", "--db", str(db)]) == 0
    assert "OLD-1" not in capsys.readouterr().out
