"""Opening never writes before the key and the file are proven; a foreign -wal is set aside.

On 0.1 a read-only command with the right passphrase, beside a -wal from another database,
said "damaged", then checkpointed the foreign frames into the file: every case was lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tally.store import Store, WrongPassphrase

from .conftest import PASS, file_bytes


def _two_databases(folder: Path) -> tuple[Path, Path]:
    """a.db (closed, 20 cases) and b.db's live -wal copied beside it, as a careless copy does."""
    a, b = folder / "a.db", folder / "other" / "b.db"
    with Store.create(a, PASS) as store:
        store.set_evaluator("Dr A")
        for i in range(20):
            store.create_case(f"A-{i:02d}")
    other = Store.create(b, PASS)
    other.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep its frames in its -wal
    for i in range(40):
        other.create_case(f"B-{i:02d}", notes="other database " * 20)
    shutil.copyfile(f"{b}-wal", f"{a}-wal")
    other.close()
    return a, b


def test_a_foreign_wal_is_set_aside_and_nothing_is_lost(tmp_path: Path) -> None:
    a, _ = _two_databases(tmp_path)
    database_before = a.read_bytes()
    wal_before = Path(f"{a}-wal").read_bytes()
    with Store.open(a, PASS) as store:
        assert store.count_cases() == 20
        assert store.verify_audit().ok
        assert len(store.notices) == 1
        notice = store.notices[0]
    assert "a.db-wal did not belong to this database" in notice and "\n" not in notice
    assert notice.kind == "wal_set_aside" and notice.values["wal"] == "a.db-wal"  # for the UI
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("a.db-wal.set-aside-")]
    assert len(kept) == 1 and kept[0].name in notice
    assert kept[0].read_bytes() == wal_before  # never replayed, never deleted
    with Store.open(a, PASS, check="full") as again:
        assert again.count_cases() == 20 and not again.notices
    assert len(database_before) <= a.stat().st_size


def test_a_wrong_passphrase_beside_a_foreign_wal_changes_no_byte(tmp_path: Path) -> None:
    a, _ = _two_databases(tmp_path)
    before = file_bytes(tmp_path)
    with pytest.raises(WrongPassphrase):
        Store.open(a, "not the passphrase")
    assert file_bytes(tmp_path) == before


def test_a_wal_from_a_crash_of_this_database_is_replayed(tmp_path: Path) -> None:
    """The companion of a killed process belongs: its committed writes must come back."""
    path = tmp_path / "t.db"
    live = Store.create(path, PASS)
    live.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(5):
        live.create_case(f"C-{i}")
    copy = tmp_path / "copy"
    copy.mkdir()
    for suffix in ("", "-wal"):  # what a power cut leaves: the file and its live WAL
        shutil.copyfile(f"{path}{suffix}", copy / f"t.db{suffix}")
    live.close()
    with Store.open(copy / "t.db", PASS, check="full") as store:
        assert store.count_cases() == 5 and not store.notices
        assert store.verify_audit().ok


def test_a_refused_open_leaves_no_new_companion(tmp_path: Path, store: Store) -> None:
    store.close()
    before = file_bytes(tmp_path)
    with pytest.raises(WrongPassphrase):
        Store.open(store.path, "wrong passphrase")
    assert file_bytes(tmp_path) == before


def test_the_cli_says_in_one_line_that_a_wal_was_set_aside(tmp_path: Path, capsys) -> None:
    from tally.cli import main

    a, _ = _two_databases(tmp_path)
    pw = tmp_path / "pw.txt"
    pw.write_text(PASS + "\n")
    assert main(["cases", "list", "--db", str(a), "--passphrase-file", str(pw)]) == 0
    out, err = capsys.readouterr()
    assert out.count("A-") == 20
    assert err.count("\n") == 1 and "did not belong to this database" in err
