"""Nothing readable on disk, and refused files stay exactly as they were."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tally.cli import main
from tally.store import NotATallyDatabase, Store, StoreError, WrongPassphrase
from tally.store.connection import CIPHER_SETTINGS, PAGE_SIZE

from .conftest import PASS, file_bytes

SECRET_ID = "ZEBRA-QUOKKA-7731"
SECRET_NOTE = "Lives at 14 Marigold Crescent"


def _no_plaintext(folder: Path) -> None:
    files = file_bytes(folder)
    assert files, "no files to check"
    for name, data in files.items():
        for secret in (SECRET_ID, SECRET_NOTE, "Dr Test Evaluator"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in data, f"{secret!r} readable in {name}"
        if data:
            assert not data.startswith(b"SQLite format 3"), name


def test_no_plaintext_in_db_wal_shm_or_backup(tmp_path: Path) -> None:
    path = tmp_path / "tally.db"
    store = Store.create(path, PASS)
    store.set_evaluator("Dr Test Evaluator")
    pk = store.create_case(SECRET_ID, "1971-02-03", {"csem_only": True}, "csem_only", SECRET_NOTE)
    aid = store.create_assessment(pk, "cport", "1", "h", "2025-01-01")
    store.set_answer(aid, "contact_sexual_offending", 1, rationale=SECRET_NOTE)
    assert {p.name for p in tmp_path.iterdir()} >= {"tally.db", "tally.db-wal", "tally.db-shm"}
    _no_plaintext(tmp_path)  # while open: the WAL holds the fresh pages
    store.backup(tmp_path / "backup.db")
    store.list_cases(SECRET_ID[:5])  # a search (sorting in temp storage) writes nothing plain
    _no_plaintext(tmp_path)
    store.close()
    _no_plaintext(tmp_path)


def _good_db(folder: Path) -> Path:
    path = folder / "tally.db"
    with Store.create(path, PASS) as store:
        for i in range(300):  # several pages, so truncation keeps a readable first page
            store.create_case(f"CASE-{i:04d}", notes="x" * 200)
    return path


def _truncate_half(p: Path) -> None:
    data = p.read_bytes()
    # cut inside a page: half of an even page count would be a whole number of pages
    p.write_bytes(data[: len(data) // 2 // PAGE_SIZE * PAGE_SIZE + PAGE_SIZE // 2])


def _truncate_whole_pages(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2 // PAGE_SIZE * PAGE_SIZE])


def _truncate_tiny(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:100])


def _random_bytes(p: Path) -> None:
    p.write_bytes(os.urandom(p.stat().st_size))


def _plain_sqlite(p: Path) -> None:
    p.unlink()
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, case_id TEXT)")
    conn.commit()
    conn.close()


def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _flip_middle_byte(p: Path) -> None:
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0xFF
    p.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "error", "words"),
    [
        (None, WrongPassphrase, "wrong passphrase"),
        (_truncate_half, NotATallyDatabase, "truncated"),
        (_truncate_whole_pages, NotATallyDatabase, "damaged"),
        (_truncate_tiny, NotATallyDatabase, "truncated"),
        (_random_bytes, WrongPassphrase, "not a Tally database"),
        (_plain_sqlite, NotATallyDatabase, "plain (unencrypted) SQLite"),
        (_empty, NotATallyDatabase, "empty"),
        (_flip_middle_byte, NotATallyDatabase, "damaged"),
    ],
)
def test_refused_files_stay_byte_identical(
    tmp_path: Path, damage: Callable[[Path], None] | None, error: type[StoreError], words: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path = _good_db(tmp_path)
    passphrase = "not the passphrase" if damage is None else PASS
    if damage is not None:
        damage(path)
    before = file_bytes(tmp_path)
    with pytest.raises(error) as info:
        Store.open(path, passphrase)
    message = str(info.value)
    assert words in message and "\n" not in message
    assert file_bytes(tmp_path) == before
    monkeypatch.setenv("TALLY_PASSPHRASE", passphrase)
    assert main(["--db", str(path), "cases", "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert file_bytes(tmp_path) == before


def test_other_sqlcipher_file_is_not_tally(tmp_path: Path) -> None:
    from tally.store.connection import driver

    path = tmp_path / "other.db"
    conn = driver().connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    for pragma in CIPHER_SETTINGS:  # Tally's settings, so only the application id differs
        conn.execute(pragma)
    conn.execute("CREATE TABLE t (a)")
    conn.commit()
    conn.close()
    before = file_bytes(tmp_path)
    with pytest.raises(NotATallyDatabase, match="not a Tally database"):
        Store.open(path, PASS)
    assert file_bytes(tmp_path) == before


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(NotATallyDatabase, match="no such database"):
        Store.open(tmp_path / "missing.db", PASS)
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(NotATallyDatabase, match="not a file"):
        Store.open(tmp_path / "dir.db", PASS)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = _good_db(tmp_path)
    with Store.open(path, PASS) as store:
        store.conn.execute("PRAGMA user_version = 99")
    with pytest.raises(NotATallyDatabase, match="newer Tally"):
        Store.open(path, PASS)
