"""Encrypted backups and verified restores.

SQLCipher refuses the SQLite backup API on encrypted files, so a backup is an
`ATTACH` of a new file in the destination folder (no KEY clause: SQLCipher then uses the open
database's own key, so the copy is encrypted with the same passphrase) filled by
`sqlcipher_export`, then renamed into place. No plaintext is written at any step.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tally.files import write_new
from tally.store import audit
from tally.store.connection import (
    CIPHER_SETTINGS,
    SIDE_FILES,
    SQLITE_PLAIN_HEADER,
    connect,
    remove_new_side_files,
    unused_name,
)
from tally.store.errors import NotATallyDatabase, StoreError, disk_full
from tally.store.notices import Notice

if TYPE_CHECKING:
    from tally.store.store import Store


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_beside(dest: Path) -> Path:
    # mkstemp makes it 0600 and empty; ATTACH takes an empty file as a new database and keeps
    # its mode (had ATTACH created it, it would be 0644 under the usual umask)
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    return Path(name)


def _sqlite_error() -> type[Exception]:
    from tally.store.connection import driver

    return driver().OperationalError


def _why(exc: BaseException) -> str:
    return "the disk is full" if disk_full(exc) else (getattr(exc, "strerror", None) or str(exc))


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
    except (OSError, _sqlite_error()) as exc:  # a full disk, a folder gone read-only
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{dest}: the backup could not be written ({_why(exc)}); nothing "
                         "was written and the database is unchanged") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with store._write():
        store._audit("backup", "database", None, None, {"path": str(dest)})
    return dest


def check_backup(path: Path, passphrase: str) -> audit.AuditReport:
    """Everything restore requires, read-only: key, full integrity, a schema this Tally knows,
    the audit chain, the triggers and the lifecycle invariants. Raises if anything fails."""
    from tally.store import invariants
    from tally.store.schema import SCHEMA_VERSION

    existed = {suffix: Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES}
    conn = connect(path, passphrase, mode="ro", check="full", set_aside=False)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise NotATallyDatabase(
                f"{path}: the backup was written by a newer Tally (schema {version}, this "
                f"Tally knows {SCHEMA_VERSION}); update Tally to restore it"
            )
        report = audit.verify(conn)
        found = invariants.problems(conn) if report.ok else []
    finally:
        conn.close()
        # a read-only look at a WAL-mode file leaves an empty -wal/-shm: the backup stays as it was
        remove_new_side_files(path, existed)
    if not report.ok:
        raise NotATallyDatabase(f"{path}: the backup's audit trail is broken: {report.message}")
    if found:
        raise NotATallyDatabase(
            f"{path}: the backup fails Tally's checks: {invariants.summary(found)}"
        )
    return report


# ----------------------------------------------------------------------------- restore
#
# The swap, step by step; a restore killed at any point is finished or rolled back when the
# database is next opened (recover_interrupted_restore), decided by whether the file at the
# path is still the one the journal recorded:
#   1. journal <db>.restore-journal: the backup, the original file's identity, the aside name
#   2. copy the backup to <db>.restore-new (0600), fsync, check the copy completely
#   3. hard-link the database and its -wal/-shm to <db>.before-restore-<stamp>[-wal|-shm]
#      (the path still holds the whole old database)
#   4. remove the old -wal/-shm names (their data is kept under the aside names)
#   5. rename the new file over the path: the one atomic step from old to new
#   6. an audit entry "restore" in the restored database, then remove the journal


def _journal(target: Path) -> Path:
    return Path(f"{target}.restore-journal")


def _new_copy(target: Path) -> Path:
    return Path(f"{target}.restore-new")


def _identity(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return [st.st_dev, st.st_ino]


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_private(source: Path, dest: Path) -> None:
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with source.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_name(existing: Path, extra: Path) -> None:
    """Give existing data a second name (a hard link; a private copy where links fail)."""
    try:
        os.link(existing, extra)
    except OSError:
        _copy_private(existing, extra)


def restore(backup_file: Path, target: Path, passphrase: str) -> Path | None:
    """Check the backup completely, then swap it in; the previous database is kept aside.

    Refuses (DatabaseInUse) while the database is open here or in another process. Returns
    the path the previous database was moved to (None if there was none).
    """
    from tally.store import locking

    backup_file, target = Path(backup_file), Path(target)
    if backup_file.resolve() == target.resolve():
        raise StoreError("the backup and the database are the same file")
    check_backup(backup_file, passphrase)
    target.parent.mkdir(parents=True, exist_ok=True)
    with locking.exclusive(target):
        _recover_locked(target, passphrase)  # an older interrupted restore is settled first
        try:
            return _swap(backup_file, target, passphrase)
        except (OSError, _sqlite_error()) as exc:  # a full disk mid-way: settle it at once
            try:
                said = "; ".join(_recover_locked(target, passphrase))
            except (OSError, _sqlite_error()):
                said = "the next start finishes or rolls it back"
            raise StoreError(f"{target}: the restore could not be completed ({_why(exc)}): "
                             f"{said}") from None


def _swap(backup_file: Path, target: Path, passphrase: str) -> Path | None:
    original = _identity(target)
    aside = None
    if original is not None:
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        aside = unused_name(target.with_name(f"{target.name}.before-restore-{stamp}"))
    new = _new_copy(target)
    record = {
        "id": uuid.uuid4().hex, "source": str(backup_file), "original": original,
        "aside": aside.name if aside else None,
    }
    write_new(_journal(target), json.dumps(record).encode())
    _fsync_dir(target.parent)
    _copy_private(backup_file, new)
    check_backup(new, passphrase)  # the copy is what goes live: check it too
    if aside is not None:
        for suffix in ("", *SIDE_FILES):
            if Path(f"{target}{suffix}").exists():
                _keep_name(Path(f"{target}{suffix}"), Path(f"{aside}{suffix}"))
        _fsync_dir(target.parent)
        for suffix in SIDE_FILES:  # a WAL belongs with its database, which is now aside
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(new, target)
    _fsync_dir(target.parent)
    _record_restore(target, passphrase, record)
    _journal(target).unlink()
    _fsync_dir(target.parent)
    return aside


def _record_restore(target: Path, passphrase: str, record: dict[str, Any]) -> None:
    """The "restore" audit entry in the restored database, once per journal id."""
    from tally.store.schema import migrate
    from tally.store.store import Store

    conn = connect(target, passphrase, mode="rw", check="none")
    try:
        migrate(conn)
        restored = Store(target, conn)
        done = any(e.after.get("restore_id") == record["id"]
                   for e in restored.audit_entries("database") if e.action == "restore"
                   and isinstance(e.after, dict))
        if not done:
            with restored._write():
                restored._audit("restore", "database", None, None, {
                    "from": record["source"], "restore_id": record["id"],
                    "previous_kept_at": record["aside"],
                })
    finally:
        conn.close()


def recover_interrupted_restore(target: Path, passphrase: str) -> list[Notice]:
    """Finish or roll back a restore that was killed; one line for the user saying which."""
    from tally.store import locking

    if not _journal(target).exists():
        return []
    with locking.exclusive(target):
        return _recover_locked(target, passphrase)


def _recover_locked(target: Path, passphrase: str) -> list[Notice]:
    journal, new = _journal(target), _new_copy(target)
    if not journal.exists():
        if new.exists():  # pragma: no cover - the journal is written before the copy
            new.unlink()
        return []
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        original, aside_name = record["original"], record["aside"]
    except (ValueError, KeyError, TypeError):
        record = None  # killed while the journal was written: nothing else had happened
    if record is not None and _identity(target) not in (None, original):
        # step 5 happened: the restored database is at the path; finish the last step
        _record_restore(target, passphrase, record)
        journal.unlink()
        _fsync_dir(target.parent)
        if aside_name:
            return [Notice("restore_finished_kept", source=str(record["source"]),
                           kept=str(aside_name))]
        return [Notice("restore_finished", source=str(record["source"]))]
    new.unlink(missing_ok=True)
    if record is not None and aside_name:
        aside = target.with_name(aside_name)
        for suffix in SIDE_FILES:  # put back the WAL the swap had already unlinked
            copy, live = Path(f"{aside}{suffix}"), Path(f"{target}{suffix}")
            if copy.exists() and not live.exists():
                os.link(copy, live)
        for suffix in ("", *SIDE_FILES):  # the aside names were only second names
            copy, live = Path(f"{aside}{suffix}"), Path(f"{target}{suffix}")
            if copy.exists() and live.exists() and _same_data(copy, live):
                copy.unlink()
    journal.unlink()
    _fsync_dir(target.parent)
    return [Notice("restore_rolled_back")]


def _same_data(a: Path, b: Path) -> bool:
    import filecmp

    return os.path.samefile(a, b) or filecmp.cmp(a, b, shallow=False)
