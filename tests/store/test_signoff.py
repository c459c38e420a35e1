"""Sign-off as one recoverable step (store.signoff): the report files, the signatures and
the export entry are all there or none of them, whatever step a SIGKILL stops, once the
database is next opened; no temporary file outlives that open; the user is told."""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from tally.operations.signoff import record_sign_off
from tally.store import Store, invariants
from tally.store.errors import SignOffIncomplete, StoreError
from tally.store.signoff import lock_path, recover

from .conftest import draft, kill_points
from .kill_child import PASSPHRASE as KILL_PASS

CHILD = Path(__file__).with_name("kill_child.py")
PDF = b"%PDF-1.7\n% a signed report stands in here\n" * 200
DOCX = b"PK\x03\x04 an editable copy stands in here" * 100


def _result(target: Path, signed: bool = True) -> SimpleNamespace:
    return SimpleNamespace(
        signed=signed, signer="Dr Test Evaluator" if signed else "", path=target,
        signed_at=datetime(2026, 12, 3, 12, 0, tzinfo=UTC) if signed else None, pdf=PDF,
        docx=DOCX, docx_path=target.with_suffix(".docx"), data_sha256="d" * 64)


def _locked_pair(store: Store) -> list:
    ids = [draft(store, "SO-1"), draft(store, "SO-2")]
    for aid in ids:
        store.lock(aid)
    return [store.get_assessment(aid) for aid in ids]


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".signoff.tmp"))


def _state(store: Store, target: Path) -> str:
    """'done' or 'undone', after checking that it is wholly one of them."""
    statuses = {store.get_assessment(a.id).status for c in store.list_cases()
                for a in store.list_assessments(c.pk)}
    exports = [e for e in store.audit_entries() if e.action == "export"]
    signs = [e for e in store.audit_entries() if e.action == "sign"]
    pending = store.conn.execute("SELECT count(*) FROM pending_signoffs").fetchone()[0]
    assert pending == 0
    assert store.verify_audit().ok and invariants.problems(store.conn) == []
    assert _temps(target.parent) == []
    if target.exists():
        assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(PDF).hexdigest()
        assert target.with_suffix(".docx").read_bytes() == DOCX
        assert statuses == {"signed"} and len(exports) == 1 and len(signs) == 2
        assert target.stat().st_mode & 0o077 == 0
        return "done"
    assert not target.with_suffix(".docx").exists()
    assert statuses == {"locked"} and exports == [] and signs == []
    return "undone"


def test_a_sign_off_writes_and_records_everything(db_path: Path, store: Store) -> None:
    records = _locked_pair(store)
    target = db_path.parent / "report.pdf"
    record_sign_off(store, records, _result(target), "Author: test")
    assert _state(store, target) == "done"
    [export] = [e for e in store.audit_entries() if e.action == "export"]
    assert export.after["path"] == str(target.absolute())
    assert export.after["pdf_sha256"] == hashlib.sha256(PDF).hexdigest()
    assert lock_path(db_path).exists()


def test_an_unsigned_export_is_recorded_and_signs_nothing(db_path: Path, store: Store) -> None:
    records = _locked_pair(store)
    target = db_path.parent / "working.pdf"
    result = _result(target, signed=False)
    result.docx = None
    record_sign_off(store, records, result, "Author: test")
    assert target.read_bytes() == PDF and not target.with_suffix(".docx").exists()
    assert {store.get_assessment(r.id).status for r in records} == {"locked"}
    assert [e.action for e in store.audit_entries()].count("export") == 1


def test_a_store_refusal_writes_nothing(db_path: Path, store: Store) -> None:
    records = _locked_pair(store)
    unlocked = SimpleNamespace(id=draft(store, "SO-3"), status="locked")  # a stale view of it
    target = db_path.parent / "report.pdf"
    with pytest.raises(StoreError, match="lock it first"):
        record_sign_off(store, [*records, unlocked], _result(target), "Author: test")
    assert not target.exists() and _temps(db_path.parent) == []
    assert [e for e in store.audit_entries() if e.action == "export"] == []
    assert store.conn.execute("SELECT count(*) FROM pending_signoffs").fetchone()[0] == 0


def test_a_full_disk_writes_nothing_and_says_so_of_the_report(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno
    import os

    records = _locked_pair(store)
    target = db_path.parent / "report.pdf"
    real = os.write

    def full(fd: int, data) -> int:
        if len(data) >= len(DOCX):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError) as info:
        record_sign_off(store, records, _result(target), "Author: test")
    monkeypatch.undo()
    assert info.value.filename == str(target.absolute())
    assert "nothing was written or signed" in str(info.value)
    assert _state(store, target) == "undone"


def test_a_rename_that_fails_is_finished_at_the_next_open(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    records = _locked_pair(store)
    target = db_path.parent / "report.pdf"

    def refuse(*_args) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SignOffIncomplete, match="finishes it the next time"):
        record_sign_off(store, records, _result(target), "Author: test")
    assert recover(store)[0].startswith("a sign-off of")  # still refused: kept for later
    monkeypatch.undo()
    store.close()
    with Store.open(db_path, "correct horse battery staple") as again:
        assert any("was finished" in n for n in again.notices), again.notices
        assert _state(again, target) == "done"


def test_recovery_leaves_a_running_sign_off_alone(db_path: Path, store: Store) -> None:
    from tally.store.signoff import _held

    records = _locked_pair(store)
    store.conn.execute("INSERT INTO pending_signoffs (files, started_at) VALUES (?, 'now')",
                       ('[{"target": "/nowhere/r.pdf", "temp": "/nowhere/.r.tmp", '
                        '"sha256": "0"}]',))
    store.conn.commit()
    with _held(db_path, exclusive=False):  # another window is writing its report
        assert recover(store) == []
    assert store.conn.execute("SELECT count(*) FROM pending_signoffs").fetchone()[0] == 1
    [notice] = recover(store)  # that process is gone now: undone, and said
    assert "before it was recorded" in notice
    assert records


# ------------------------------------------------------------------ kill points


def _kill_setup(tmp_path: Path) -> Path:
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    with Store.create(pristine / "tally.db", KILL_PASS) as store:
        store.set_evaluator("Dr Kill Point")
        _locked_pair(store)
    (pristine / "report.bin").write_bytes(PDF)
    (pristine / "report.docx.bin").write_bytes(DOCX)
    return pristine


def _kill_trial(pristine: Path, folder: Path, kill_at: int) -> tuple[bool, str]:
    shutil.copytree(pristine, folder)
    target = folder / "out" / "report.pdf"
    target.parent.mkdir()
    child = subprocess.run(
        [sys.executable, str(CHILD), str(kill_at), "signoff", str(folder / "tally.db"),
         str(folder / "report.bin"), str(folder / "report.docx.bin"), str(target)],
        capture_output=True, text=True,
    )
    completed = child.returncode == 0
    assert completed or child.returncode == -signal.SIGKILL, child.stderr
    with Store.open(folder / "tally.db", KILL_PASS, check="full") as store:
        state = _state(store, target)
        notices = list(store.notices)
    assert all("\n" not in n for n in notices)
    if completed:
        assert state == "done" and notices == []
    elif notices:  # an interrupted sign-off is reported once, as what it became
        [notice] = notices
        assert ("was finished" in notice) == (state == "done"), notice
    with Store.open(folder / "tally.db", KILL_PASS) as again:
        assert again.notices == []  # recovered once, not at every start
    return completed, state


def _kill_points(tmp_path: Path, every: int) -> tuple[int, set[str]]:
    pristine = _kill_setup(tmp_path)
    return kill_points(lambda at: _kill_trial(pristine, tmp_path / f"trial-{at}", at), every)


def test_sigkill_at_every_other_step_of_a_sign_off(tmp_path: Path) -> None:
    points, seen = _kill_points(tmp_path, every=2)
    assert points >= 20 and seen == {"done", "undone"}


@pytest.mark.slow
def test_sigkill_at_every_step_of_a_sign_off(tmp_path: Path) -> None:
    points, seen = _kill_points(tmp_path, every=1)
    assert points >= 50 and seen == {"done", "undone"}


def test_an_undo_that_cannot_reach_the_database_is_finished_at_the_next_open(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch,
) -> None:
    records = _locked_pair(store)
    target = db_path.parent / "report.pdf"
    real, calls = store._write, []

    def flaky():
        calls.append(1)
        if len(calls) == 3:  # the undo's own transaction
            raise StoreError("disk I/O error")
        return real()

    def refused(*_args) -> None:
        raise StoreError("the export could not be recorded")

    monkeypatch.setattr(store, "_write", flaky)
    monkeypatch.setattr(store, "record_export", refused)
    with pytest.raises(StoreError, match="could not be recorded"):  # the cause, not the undo's
        record_sign_off(store, records, _result(target, signed=False), "Author: test")
    monkeypatch.undo()
    assert _temps(db_path.parent) == [] and not target.exists()
    [notice] = recover(store)
    assert "before it was recorded" in notice
    assert _state(store, target) == "undone"


def test_a_recorded_sign_off_whose_file_was_lost_says_to_export_again(
    db_path: Path, store: Store,
) -> None:
    import json

    target = db_path.parent / "lost.pdf"
    temp = db_path.parent / ".lost.pdf.00.signoff.tmp"
    temp.write_bytes(b"not what was recorded")
    store.conn.execute(
        "INSERT INTO pending_signoffs (files, recorded, started_at) VALUES (?, 1, 'earlier')",
        (json.dumps([{"target": str(target), "temp": str(temp),
                      "sha256": hashlib.sha256(PDF).hexdigest()}]),))
    store.conn.commit()
    [notice] = recover(store)
    assert "could not be written: the signatures stand; export the report again" in notice
    assert not temp.exists() and not target.exists()
    assert recover(store) == []
