"""The database commands, run through tally.cli.main as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tally.cli import main
from tally.store import Store

PASS = "cli passphrase words"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    monkeypatch.setenv("TALLY_DB", str(tmp_path / "env.db"))
    return tmp_path


def test_init_then_list(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--name", "Dr CLI", "--credentials", "PhD"]) == 0
    assert (env / "env.db").exists()  # TALLY_DB honoured
    with Store.open(env / "env.db", PASS) as store:
        assert store.evaluator().credentials == "PhD"
        store.create_case("K-1", notes="probation")
        store.create_case("K-2")
        aid = store.create_assessment(1, "cport", "1.0", "h", "2025-01-01")
        store.set_answer(aid, "x", 1)
    capsys.readouterr()
    assert main(["cases", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["CASE", "BORN", "PATTERN", "ASSESSMENTS", "UPDATED"]
    assert [line.split()[0] for line in out[1:]] == ["K-1", "K-2"]
    assert main(["cases", "list", "--json", "--search", "prob"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["case_id"] for r in rows] == ["K-1"] and rows[0]["n_assessments"] == 1
    assert main(["cases", "list", "--limit", "1", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["assessments", "list", "K-1"]) == 0
    assert "cport 1.0" in capsys.readouterr().out
    assert main(["assessments", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "draft"
    assert main(["assessments", "list", "NOPE"]) == 2
    assert "no case with id 'NOPE'" in capsys.readouterr().err
    assert main(["cases", "list", "--limit", "-1"]) == 2
    assert main(["init", "--name", "Again"]) == 2
    assert "already exists" in capsys.readouterr().err


def test_passphrase_file_backup_restore_change(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = env / "own.db"
    assert main(["--db", str(db), "init", "--name", "Dr F"]) == 0
    monkeypatch.delenv("TALLY_PASSPHRASE")
    pf = env / "pass.txt"
    pf.write_text(PASS + "\n")
    base = ["--db", str(db)]
    assert main([*base, "backup", str(env / "b.db"), "--passphrase-file", str(pf)]) == 0
    assert main([*base, "backup", str(env / "b.db"), "--passphrase-file", str(pf)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main([*base, "backup", str(env / "b.db"), "--force", "--passphrase-file", str(pf)]) == 0
    new = env / "new.txt"
    new.write_text("brand new passphrase\n")
    assert main([*base, "passphrase", "change", "--passphrase-file", str(pf),
                 "--new-passphrase-file", str(new)]) == 0
    assert main([*base, "cases", "list", "--passphrase-file", str(new)]) == 0
    # restoring the old backup needs the backup's passphrase, and keeps the current db aside
    capsys.readouterr()
    assert main([*base, "restore", str(env / "b.db"), "--passphrase-file", str(pf)]) == 0
    out = capsys.readouterr().out
    assert "kept as" in out and list(env.glob("own.db.before-restore-*"))
    assert main([*base, "restore", str(env / "missing.db"), "--passphrase-file", str(pf)]) == 2
    assert main([*base, "cases", "list", "--passphrase-file", str(env / "nofile")]) == 2
    assert "cannot read the passphrase file" in capsys.readouterr().err
    monkeypatch.setenv("TALLY_NEW_PASSPHRASE", "third new passphrase")
    assert main([*base, "passphrase", "change", "--passphrase-file", str(new)]) == 2  # wrong old
    assert main([*base, "passphrase", "change", "--passphrase-file", str(pf)]) == 0
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*base, "cases", "list"]) == 2
    assert "no passphrase" in capsys.readouterr().err


def test_demo_data_command(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = env / "demo.db"
    assert main(["demo-data", "--db", str(demo), "--cases", "12"]) == 0
    assert main(["demo-data", "--db", str(demo), "--cases", "3"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["demo-data", "--db", str(env / "neg.db"), "--cases", "-1"]) == 2
    with Store.open(demo, PASS) as store:
        assert store.count_cases() == 12
        assert all(r.case_id.startswith("DEMO-") for r in store.list_cases())
        assert all("not a real person" in r.notes for r in store.list_cases())
        statuses = {m.status for m in store.list_assessments()}
        if store.list_assessments():  # forms are bundled: every state is there
            assert statuses == {"draft", "locked", "signed", "amended"}
            for meta in store.list_assessments():
                record = store.get_assessment(meta.id)
                if meta.status in ("locked", "signed", "amended"):
                    assert record.content_hash == record.content_hash_now()
        assert store.verify_audit().ok


@pytest.mark.parametrize("weak", ["a", " ", "1", "password", "password123", "aaaaaaaaaaaa",
                                  "12345678901234"])
def test_one_passphrase_rule_for_init_and_change(env: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 weak: str) -> None:
    from tally.core.passphrase import passphrase_problem

    assert passphrase_problem(weak)
    db = env / "weak.db"
    monkeypatch.setenv("TALLY_PASSPHRASE", weak)
    assert main(["--db", str(db), "init", "--name", "Dr W"]) == 2
    err = capsys.readouterr().err
    assert "passphrase" in err and err.count("\n") == 1
    assert not db.exists() and not list(env.glob("weak.db*"))  # nothing was made
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    assert main(["--db", str(db), "init", "--name", "Dr W"]) == 0
    before = db.read_bytes()
    monkeypatch.setenv("TALLY_NEW_PASSPHRASE", weak)
    assert main(["--db", str(db), "passphrase", "change"]) == 2
    assert "passphrase" in capsys.readouterr().err
    assert main(["--db", str(db), "cases", "list"]) == 0  # the old passphrase still opens it
    assert db.read_bytes() == before
