"""Opening the SQLCipher file: key first, then the pragmas that make every autosave durable.

sqlcipher3 and sqlite-utils are imported here, lazily, the first time a database is opened.
sqlite-utils catches the exceptions of whatever module it knows as `pysqlite3`; it is pointed
at sqlcipher3 so its error handling (drop(ignore=True), RETURNING) sees SQLCipher's errors.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tally.store.errors import NotATallyDatabase, StoreError, WrongPassphrase

# PRAGMA application_id marks a file as Tally's ("TALY"), so another SQLCipher file is refused.
APPLICATION_ID = 0x54414C59
SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm")
# Set on every connection right after the key (SQLCipher does not store them in the file).
# 16 KiB pages and HMAC-SHA256 halve the cost of reading the whole file (the integrity check
# at unlock) against the 4 KiB / HMAC-SHA512 defaults; the key derivation keeps SQLCipher 4's
# default PBKDF2-HMAC-SHA512 with 256,000 iterations.
PAGE_SIZE = 16384
CIPHER_SETTINGS = (
    f"PRAGMA cipher_page_size = {PAGE_SIZE}",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA256",
)


def driver() -> Any:
    """sqlcipher3's DB-API module, with sqlite-utils pointed at it."""
    import sqlcipher3
    import sqlcipher3.dbapi2

    if "sqlite_utils" not in sys.modules:
        sys.modules.setdefault("pysqlite3", sqlcipher3)
        sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)
    import sqlite_utils.db
    import sqlite_utils.utils

    # If sqlite_utils was imported before us it holds the standard sqlite3: repoint it.
    for module in (sqlite_utils.utils, sqlite_utils.db):
        if getattr(module, "sqlite3", None) is not sqlcipher3.dbapi2:
            module.sqlite3 = sqlcipher3.dbapi2  # type: ignore[attr-defined]
            module.OperationalError = sqlcipher3.dbapi2.OperationalError  # type: ignore[attr-defined]
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


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def connect(path: Path, passphrase: str, *, mode: str = "rw", check: str = "quick") -> Any:
    """A keyed, checked connection, or an exception with the files left as they were.

    mode is an SQLite URI mode (rw, rwc, ro); check is "quick", "full" or "none".
    """
    check_passphrase_text(passphrase)
    dbapi = driver()
    existed = {suffix: Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES}
    if mode != "rwc":
        _check_file_shape(path)
    conn = dbapi.connect(_uri(path, mode), uri=True, timeout=10.0)
    try:
        conn.execute(f"PRAGMA key = {quote_literal(passphrase)}")
        conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
        for pragma in CIPHER_SETTINGS:
            conn.execute(pragma)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError as exc:
            if "file is not a database" in str(exc):  # page 1 does not decrypt
                raise WrongPassphrase(
                    f"{path}: wrong passphrase, or the file is not a Tally database"
                ) from None
            raise NotATallyDatabase(f"{path}: the database is damaged ({exc})") from None
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if mode != "rwc" and app_id != APPLICATION_ID:
            raise NotATallyDatabase(f"{path}: this encrypted file is not a Tally database")
        if check != "none":
            pragma = "quick_check" if check == "quick" else "integrity_check"
            try:
                rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            except dbapi.DatabaseError as exc:
                raise NotATallyDatabase(f"{path}: the database is damaged ({exc})") from None
            if rows != [("ok",)]:
                raise NotATallyDatabase(
                    f"{path}: the database is damaged (integrity check: {rows[0][0]})"
                )
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never touch disk
        conn.execute("PRAGMA busy_timeout = 10000")
        if mode != "ro":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # commit returns after fsync
    except BaseException:
        conn.close()
        remove_new_side_files(path, existed)
        raise
    return conn


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
