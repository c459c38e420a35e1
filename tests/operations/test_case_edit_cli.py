"""`tally case edit`: the case id or date of birth of a case with locked work changes only with
--reason, which the audit trail keeps; bad input is one line, exit 2, nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.cli import main
from tally.operations.desk import Desk

PASS = "correct horse battery staple"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    path = tmp_path / "cli.db"
    desk = Desk.create(path, PASS)
    desk.set_evaluator("Dr T")
    pk = desk.create_case("LOCKED-1", "1980-01-01", {"csem_only": True})
    aid = desk.create_assessment(pk, "cport", "1.0", "f" * 64, "2025-02-01")
    desk.set_answer(aid, "x", 1, rationale="why")
    desk.lock(aid)
    desk.create_case("DRAFTS-1", "1970-01-01")
    desk.close()
    return path


def _err(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    return err


def _case(db: Path, case_id: str):
    desk = Desk.open(db, PASS)
    try:
        return desk.find_case(case_id), desk.audit_entries()
    finally:
        desk.close()


def test_a_case_with_locked_work_needs_a_reason(db: Path, capsys) -> None:
    args = ["case", "edit", "LOCKED-1", "--db", str(db)]
    assert main([*args, "--date-of-birth", "1981-02-03"]) == 2
    err = _err(capsys)
    assert "needs a reason" in err and "give --reason" in err and "nothing was changed" in err
    assert main([*args, "--new-id", "LOCKED-2", "--reason", "   "]) == 2
    assert "needs a reason" in _err(capsys)
    case, entries = _case(db, "LOCKED-1")
    assert case.date_of_birth == "1980-01-01"
    count = len(entries)

    assert main([*args, "--date-of-birth", "1981-02-03", "--new-id", "LOCKED-2",
                 "--reason", "court record"]) == 0
    out = capsys.readouterr().out
    assert "date of birth 1980-01-01 -> 1981-02-03" in out and "court record" in out
    case, entries = _case(db, "LOCKED-2")
    assert case.date_of_birth == "1981-02-03"
    assert len(entries) == count + 1
    assert entries[-1].after["reason"] == "court record"
    assert main(["audit", "list", "--db", str(db), "--entity", "case"]) == 0
    listed = capsys.readouterr().out
    assert "court record" in listed
    assert main(["audit", "verify", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["case", "edit", "LOCKED-2", "--db", str(db), "--date-of-birth",
                 "1981-02-03"]) == 0  # the same value: nothing to change, no reason needed
    assert "nothing changed" in capsys.readouterr().out


def test_a_case_with_only_drafts_changes_without_a_reason(db: Path, capsys) -> None:
    assert main(["case", "edit", "DRAFTS-1", "--db", str(db), "--date-of-birth", ""]) == 0
    assert "date of birth 1970-01-01 -> (none)" in capsys.readouterr().out
    case, entries = _case(db, "DRAFTS-1")
    assert case.date_of_birth is None and "reason" not in entries[-1].after


@pytest.mark.parametrize(("extra", "message"), [
    ([], "nothing to change"),
    (["--new-id", " "], "--new-id must not be empty"),
    (["--date-of-birth", "1980-13-01"], "YYYY-MM-DD"),
    (["--date-of-birth", "2999-01-01"], "not plausible"),
    (["--new-id", "LOCKED-1"], "already exists"),
])
def test_bad_input_is_one_line_and_changes_nothing(db: Path, capsys, extra, message) -> None:
    assert main(["case", "edit", "DRAFTS-1", "--db", str(db), *extra]) == 2
    assert message in _err(capsys)
    case, _ = _case(db, "DRAFTS-1")
    assert case.date_of_birth == "1970-01-01"
    assert main(["case", "edit", "NOPE", "--db", str(db), "--new-id", "X"]) == 2
    assert "no case with id 'NOPE'" in _err(capsys)
