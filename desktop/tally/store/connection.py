"""Opening the SQLCipher file: prove the key and the file's integrity read-only, then write.

Nothing is written to a database before its key and integrity are proven. A read-only
connection never checkpoints a WAL into the database, so the proof runs on one; only then is
the read-write connection opened. A `-wal` that makes the file unreadable while the database
alone reads fine does not belong to it (a crash of another copy, a database copied without its
companions): it and its `-shm` are moved aside under a dated name, never replayed, never
deleted, and a one-line notice says so.

sqlcipher3 is imported here, lazily, the first time a database is opened. (Why the store
speaks SQL through sqlcipher3 itself and not through sqlite-utils: DESIGN.md, "The store".)
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tally.store.errors import NotATallyDatabase, StoreError, WrongPassphrase, disk_full
from tally.store.notices import Notice

# PRAGMA application_id marks a file as Tally's ("TALY"), so another SQLCipher file is refused.
APPLICATION_ID = 0x54414C59
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")
SALT_SIZE = 16  # SQLCipher keeps the KDF salt in the first 16 bytes of the file
# The file format, pinned: every parameter is set on every connection, never left to the
# library's defaults (a new SQLCipher major would otherwise change them under our files).
# These are the values Tally 0.1 databases were written with: 16 KiB pages and HMAC-SHA256
# halve the cost of reading the whole file (the integrity check at unlock) against the
# 4 KiB / HMAC-SHA512 defaults; the key derivation is PBKDF2-HMAC-SHA512, 256,000 iterations.
PAGE_SIZE = 16384
KDF_ITERATIONS = 256_000
KDF_HASH = "sha512"
KEY_SIZE = 32
CIPHER_SETTINGS = (
    f"PRAGMA cipher_page_size = {PAGE_SIZE}",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA256",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    f"PRAGMA kdf_iter = {KDF_ITERATIONS}",
    "PRAGMA fast_kdf_iter = 2",
    "PRAGMA cipher_use_hmac = ON",
    "PRAGMA cipher_plaintext_header_size = 0",
)


def driver() -> Any:
    """sqlcipher3's DB-API module."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def check_passphrase_text(passphrase: str) -> None:
    # An empty key would make SQLCipher write a plain, unencrypted database.
    if not isinstance(passphrase, str) or passphrase == "":
        raise StoreError("the passphrase must not be empty")
    if "\x00" in passphrase:
        raise StoreError("the passphrase must not contain a NUL character")


def quote_literal(text: str) -> str:
    """An SQL string literal: PRAGMA key and rekey take no bound parameters."""
    return "'" + text.replace("'", "''") + "'"


def raw_key(path: Path, passphrase: str) -> str:
    """The file's key as SQLCipher derives it (PBKDF2 over the salt at its start), as a literal.

    Deriving it once here lets the read-only proof and the read-write connection share one
    key derivation (the slow part of an unlock), and pins the KDF in our own code.
    """
    check_passphrase_text(passphrase)
    with path.open("rb") as handle:
        salt = handle.read(SALT_SIZE)
    key = hashlib.pbkdf2_hmac(KDF_HASH, passphrase.encode("utf-8"), salt, KDF_ITERATIONS,
                              KEY_SIZE)
    return f"\"x'{key.hex()}{salt.hex()}'\""


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _keyed(dbapi: Any, path: Path, mode: str, key_literal: str) -> Any:
    conn = dbapi.connect(_uri(path, mode), uri=True, timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
        conn.execute(f"PRAGMA key = {key_literal}")
        for pragma in CIPHER_SETTINGS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def _prove(dbapi: Any, conn: Any, path: Path, check: str) -> None:
    """Raise WrongPassphrase or NotATallyDatabase unless the key and the file are good."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError as exc:
        if "file is not a database" in str(exc):  # page 1 does not decrypt
            raise WrongPassphrase(
                f"{path}: wrong passphrase, or the file is not a Tally database"
            ) from None
        raise NotATallyDatabase(_unreadable(path, exc)) from None
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise NotATallyDatabase(f"{path}: this encrypted file is not a Tally database")
    if check != "none":
        pragma = "quick_check" if check == "quick" else "integrity_check"
        try:
            rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
        except dbapi.DatabaseError as exc:
            raise NotATallyDatabase(_unreadable(path, exc)) from None
        if rows != [("ok",)]:
            raise NotATallyDatabase(
                f"{path}: the database is damaged (integrity check: {_short(rows[0][0])})"
            )


def _unreadable(path: Path, exc: Exception) -> str:
    """One line: an I/O error (a full disk, a vanished drive) is not a damaged database."""
    text = _short(exc)
    if "disk i/o" in text.lower() or disk_full(text):
        return (f"{path}: the database cannot be read or written now ({text}): is the disk "
                "full or the drive gone? Nothing was changed")
    return f"{path}: the database is damaged ({text})"


def _short(problem: object) -> str:
    """SQLite's complaint, cut to its first line: the user gets one line, not a page."""
    text = str(problem).strip().splitlines()
    first = text[0] if text else "unknown problem"
    return first if len(first) <= 160 else first[:157] + "..."


def _finish(conn: Any, mode: str) -> Any:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never touch disk
    conn.execute("PRAGMA busy_timeout = 10000")
    if mode != "ro":
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # commit returns after fsync
    return conn


def create(path: Path, passphrase: str) -> Any:
    """A connection to a new, empty file (the caller checked that nothing is there)."""
    check_passphrase_text(passphrase)
    dbapi = driver()
    conn = _keyed(dbapi, path, "rwc", quote_literal(passphrase))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return _finish(conn, "rwc")
    except BaseException:
        conn.close()
        raise


def connect(
    path: Path, passphrase: str, *, mode: str = "rw", check: str = "quick",
    notices: list[Notice] | None = None, set_aside: bool = True,
) -> Any:
    """A keyed, checked connection, or an exception with the files left as they were.

    mode is "rw" or "ro"; check is "quick", "full" or "none". One-line messages about files
    set aside are appended to notices; set_aside=False (a backup being checked) only refuses.
    """
    check_passphrase_text(passphrase)
    dbapi = driver()
    _check_file_shape(path)
    existed = {suffix: Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES}
    key = raw_key(path, passphrase)
    probe = None
    try:
        probe = _keyed(dbapi, path, "ro", key)
        _prove(dbapi, probe, path, check)
    except (WrongPassphrase, NotATallyDatabase) as exc:
        if probe is not None:
            probe.close()  # read-only: closing never writes the WAL into the database
            probe = None
        remove_new_side_files(path, existed)
        moved = _set_aside_foreign_wal(dbapi, path, key, check) if set_aside else None
        if not moved:
            raise exc from None
        if notices is not None:
            notices.append(moved)
        existed = {suffix: Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES}
    except BaseException:
        if probe is not None:
            probe.close()
        remove_new_side_files(path, existed)
        raise
    if mode == "ro":
        if probe is None:
            probe = _keyed(dbapi, path, "ro", key)
        return _finish(probe, "ro")
    if probe is not None:
        probe.close()
    conn = _keyed(dbapi, path, mode, key)
    try:
        return _finish(conn, mode)
    except BaseException:
        conn.close()
        raise


def _set_aside_foreign_wal(dbapi: Any, path: Path, key: str, check: str) -> Notice | None:
    """If the database reads fine without its -wal, move -wal and -shm aside; else None.

    The test runs on a copy of the database file alone (still encrypted), so nothing at the
    path is touched unless the WAL is proven to be the problem.
    """
    wal = Path(f"{path}-wal")
    if not wal.is_file() or wal.stat().st_size == 0:
        return None
    with tempfile.TemporaryDirectory(prefix="tally-probe-") as folder:
        alone = Path(folder) / "alone.db"
        shutil.copyfile(path, alone)
        os.chmod(alone, 0o600)
        try:
            conn = _keyed(dbapi, alone, "ro", key)
            try:
                _prove(dbapi, conn, alone, check)
            finally:
                conn.close()
        except StoreError:
            return None
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    moved = []
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            aside = unused_name(Path(f"{side}.set-aside-{stamp}"))
            os.replace(side, aside)
            moved.append(aside.name)
    return Notice("wal_set_aside", wal=wal.name, kept=" and ".join(moved))


def unused_name(candidate: Path) -> Path:
    """candidate, or candidate-2, -3 ... whichever does not exist yet."""
    n, name = 1, candidate
    while name.exists() or any(Path(f"{name}{s}").exists() for s in SIDE_FILES):
        n += 1
        name = candidate.with_name(f"{candidate.name}-{n}")
    return name


def _check_file_shape(path: Path) -> None:
    if not path.exists():
        raise NotATallyDatabase(f"{path}: no such database file")
    if not path.is_file():
        raise NotATallyDatabase(f"{path}: not a file")
    with path.open("rb") as handle:
        head = handle.read(16)
    if len(head) < 16:
        raise NotATallyDatabase(f"{path}: the file is empty or truncated, not a Tally database")
    if head == SQLITE_PLAIN_HEADER:
        raise NotATallyDatabase(
            f"{path}: this is a plain (unencrypted) SQLite file, not a Tally database"
        )
    if path.stat().st_size % PAGE_SIZE:
        raise NotATallyDatabase(
            f"{path}: the file is truncated or damaged (not a whole number of pages)"
        )


def remove_new_side_files(path: Path, existed: dict[str, bool]) -> None:
    """Undo the -wal/-shm files a failed open created, so a refused file stays as it was."""
    for suffix, was_there in existed.items():
        side = Path(f"{path}{suffix}")
        if not was_there and side.exists():
            with contextlib.suppress(OSError):  # another process holds it: harmless
                os.remove(side)
