"""Sign-off as one recoverable step: the report's files, the signatures and the export entry.

A sign-off is (1) an intent row naming the temporary and final files, committed before any
file exists; (2) the files written under their temporary names (0600, synced); (3) one
transaction that signs every assessment still locked, audits the export and marks the
intent recorded; (4) the renames; (5) the intent row removed. Whatever step a crash stops,
the next open finds the intent row and either undoes it (not recorded: the temporary files
are deleted, nothing was signed) or finishes it (recorded: the renames are done), and says
which in one line. No temporary file outlives the next open.

A sign-off in progress holds a shared lock on `<database>.signoff.lock`; recovery takes it
exclusively without waiting, so it never touches the sign-off of a process still running
(a report being written by the app while a command opens the same database).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tally.files import fsync_folder, write_new
from tally.store import lifecycle
from tally.store.clock import now_iso
from tally.store.errors import SignOffIncomplete
from tally.store.notices import Notice

if TYPE_CHECKING:
    from tally.core.record import SignatureManifest
    from tally.store.store import Store

try:  # POSIX; elsewhere recovery cannot tell a running sign-off from a dead one
    import fcntl
except ImportError:  # pragma: no cover - not on the platforms tested
    fcntl = None  # type: ignore[assignment]

# Appended as its own migration (schema version 5): one new table, nothing existing changes.
PENDING_SQL = """
CREATE TABLE pending_signoffs (
    id INTEGER PRIMARY KEY,
    files TEXT NOT NULL CHECK (json_valid(files)),
    recorded INTEGER NOT NULL DEFAULT 0 CHECK (recorded IN (0, 1)),
    started_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class Planned:
    """One file of a sign-off: written to `temp`, renamed to `target` once recorded."""

    target: str
    temp: str
    sha256: str


def lock_path(db: Path) -> Path:
    return Path(f"{db}.signoff.lock")


@contextmanager
def _held(db: Path, exclusive: bool) -> Iterator[bool]:
    """The sign-off lock: shared (waits) for a sign-off, exclusive (never waits) for
    recovery. Yields False when recovery could not have it."""
    if fcntl is None:  # pragma: no cover
        yield True
        return
    fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # releases the lock


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.urandom(6).hex()}.signoff.tmp")


def sign_off(
    store: Store,
    files: Sequence[tuple[Path, bytes]],
    sign_ids: Sequence[int],
    manifest: SignatureManifest | None,
    export_ids: Sequence[int],
    data_sha256: str,
) -> None:
    """Write `files` (the signed PDF first, then any working copy) and record the sign-off,
    all or nothing as far as anyone opening the database can see. Raises OSError (a full
    disk, a folder that cannot be written) or StoreError with nothing signed or written."""
    if manifest is not None:
        lifecycle.check_manifest(manifest)
    planned = [
        Planned(str(Path(target).absolute()), str(_temp_name(Path(target).absolute())),
                hashlib.sha256(data).hexdigest())
        for target, data in files
    ]
    with _held(store.path, exclusive=False):
        with store._write() as conn:
            pending = conn.execute(
                "INSERT INTO pending_signoffs (files, started_at) VALUES (?, ?)",
                (json.dumps([asdict(p) for p in planned]), now_iso()),
            ).lastrowid
        try:
            for plan, (_, data) in zip(planned, files, strict=True):
                try:
                    write_new(Path(plan.temp), data)
                except OSError as exc:  # a full disk names the report, not the temporary
                    raise OSError(exc.errno, f"{exc.strerror}; nothing was written or signed",
                                  plan.target) from None
            with store._write() as conn:
                for aid in sign_ids:
                    assert manifest is not None
                    store.sign(aid, manifest)
                store.record_export(export_ids, planned[0].sha256, data_sha256,
                                    planned[0].target)
                conn.execute("UPDATE pending_signoffs SET recorded = 1 WHERE id = ?",
                             (pending,))
        except BaseException:
            _undo(store, pending, planned)
            raise
        try:
            for plan in planned:
                os.replace(plan.temp, plan.target)
        except OSError as exc:  # recorded: only the renames are left, for the next open
            raise SignOffIncomplete(
                f"the signatures and the export are recorded, but {plan.target} could not be "
                f"put in place ({exc.strerror or exc}); Tally finishes it the next time the "
                "database is opened") from None
        for folder in {Path(p.target).parent for p in planned}:
            fsync_folder(folder)
        with store._write() as conn:
            conn.execute("DELETE FROM pending_signoffs WHERE id = ?", (pending,))


def _undo(store: Store, pending: int, planned: Sequence[Planned]) -> None:
    """A sign-off that failed before it was recorded: its files go, and so does its intent."""
    for plan in planned:
        Path(plan.temp).unlink(missing_ok=True)
    try:
        with store._write() as conn:
            conn.execute("DELETE FROM pending_signoffs WHERE id = ? AND recorded = 0",
                         (pending,))
    except Exception:  # the next open undoes it (the files are gone already)
        pass


def recover(store: Store) -> list[Notice]:
    """Finish or undo every sign-off a crash interrupted; one line each for the user."""
    if store.conn.execute("SELECT 1 FROM pending_signoffs LIMIT 1").fetchone() is None:
        return []
    notices: list[Notice] = []
    with _held(store.path, exclusive=True) as alone:
        if not alone:
            return []  # a sign-off is running in another window or command: not ours
        rows = store.conn.execute(
            "SELECT id, files, recorded FROM pending_signoffs ORDER BY id").fetchall()
        for pending, text, recorded in rows:
            planned = [Planned(**p) for p in json.loads(text)]
            try:
                notices.append(_finish(planned) if recorded else _rollback(planned))
            except OSError as exc:  # kept: the next open tries again
                notices.append(Notice("signoff_retry", report=planned[0].target,
                                      reason=str(exc.strerror or exc)))
                continue
            with store._write() as conn:
                conn.execute("DELETE FROM pending_signoffs WHERE id = ?", (pending,))
    return notices


def _rollback(planned: Sequence[Planned]) -> Notice:
    for plan in planned:
        Path(plan.temp).unlink(missing_ok=True)
    return Notice("signoff_rolled_back", report=planned[0].target)


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _finish(planned: Sequence[Planned]) -> Notice:
    missing = []
    for plan in planned:
        temp, target = Path(plan.temp), Path(plan.target)
        if _sha256(temp) == plan.sha256:
            os.replace(temp, target)
            fsync_folder(target.parent)
        else:
            temp.unlink(missing_ok=True)
            if _sha256(target) != plan.sha256:
                missing.append(plan.target)
    if missing:
        return Notice("signoff_files_missing", report=planned[0].target,
                      missing=", ".join(missing))
    return Notice("signoff_finished", report=planned[0].target)

