"""Encrypted backups and verified restores.

SQLCipher refuses the SQLite backup API on encrypted files, so a backup is an
`ATTACH` of a new file in the destination folder (no KEY clause: SQLCipher then uses the open
database's own key, so the copy is encrypted with the same passphrase) filled by
`sqlcipher_export`, then renamed into place. No plaintext is written at any step.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tally.store import audit
from tally.store.connection import (
    CIPHER_SETTINGS,
    SIDE_FILES,
    SQLITE_PLAIN_HEADER,
    connect,
    remove_new_side_files,
)
from tally.store.errors import NotATallyDatabase, StoreError

if TYPE_CHECKING:
    from tally.store.store import Store


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_beside(dest: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    os.remove(name)  # ATTACH must create the file itself
    return Path(name)


def backup(store: Store, dest: Path) -> Path:
    """Write an encrypted, consistent copy of the open database to dest (replacing it)."""
    dest = dest.resolve()
    if dest == store.path.resolve():
        raise StoreError("the backup file cannot be the database itself")
    if not dest.parent.is_dir():
        raise StoreError(f"{dest.parent}: no such folder")
    tmp = _temp_beside(dest)
    conn = store.conn
    try:
        conn.execute("ATTACH DATABASE ? AS tally_backup", (str(tmp),))
        try:
            for pragma in CIPHER_SETTINGS:  # the same page and HMAC settings as every open
                conn.execute(pragma.replace("PRAGMA ", "PRAGMA tally_backup.", 1))
            conn.execute("SELECT sqlcipher_export('tally_backup')").fetchall()
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
            conn.execute(f"PRAGMA tally_backup.user_version = {int(version)}")
            conn.execute(f"PRAGMA tally_backup.application_id = {int(app_id)}")
        finally:
            conn.execute("DETACH DATABASE tally_backup")
        with tmp.open("rb") as handle:
            if handle.read(16) == SQLITE_PLAIN_HEADER:  # pragma: no cover - defence in depth
                raise StoreError("refusing to write an unencrypted backup")
        _fsync(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with store._write():
        store._audit("backup", "database", None, None, {"path": str(dest)})
    return dest


def check_backup(path: Path, passphrase: str) -> audit.AuditReport:
    """Key, full integrity check and audit chain of a backup, read-only; raises if unusable."""
    existed = {suffix: Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES}
    conn = connect(path, passphrase, mode="ro", check="full")
    try:
        report = audit.verify(conn)
    finally:
        conn.close()
        # a read-only look at a WAL-mode file leaves an empty -wal/-shm: the backup stays as it was
        remove_new_side_files(path, existed)
    if not report.ok:
        raise NotATallyDatabase(f"{path}: the backup's audit trail is broken: {report.message}")
    return report


def restore(backup_file: Path, target: Path, passphrase: str) -> Path | None:
    """Check the backup, then put a copy at target; the previous target is kept aside.

    Returns the path the previous database was moved to (None if there was none).
    """
    if backup_file.resolve() == target.resolve():
        raise StoreError("the backup and the database are the same file")
    check_backup(backup_file, passphrase)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_beside(target)
    try:
        shutil.copyfile(backup_file, tmp)
        _fsync(tmp)
        check_backup(tmp, passphrase)  # the copy is what goes live: check it too
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    aside = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        aside = target.with_name(f"{target.name}.before-restore-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = target.with_name(f"{target.name}.before-restore-{stamp}-{n}")
        os.replace(target, aside)
        for suffix in ("-wal", "-shm"):  # a WAL belongs with its database
            side = Path(f"{target}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
    os.replace(tmp, target)
    from tally.store.store import Store

    with Store.open(target, passphrase) as restored, restored._write():
        restored._audit(
            "restore", "database", None, None,
            {"from": str(backup_file), "previous_kept_at": str(aside) if aside else None},
        )
    return aside
