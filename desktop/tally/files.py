"""Writing a file whole or not at all, readable by its owner only: reports, DOCX copies,
certificates, requests and the signing key all go through `write_atomically`; a step that
names its own temporary file (a restore's journal, a sign-off's report) uses `write_new`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, readable by the owner only (0600).

    The temporary file is a new one of our own (mkstemp: O_EXCL, 0600) beside the target, so
    a stale or foreign `.tmp` (or a symlink planted there) is never written through; a crash
    leaves at most that temporary, never a half-written file."""
    path = Path(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:  # a full disk names the file it could not write, not a descriptor
        raise OSError(exc.errno, f"{exc.strerror}; nothing was written", str(path)) from None
    finally:
        tmp.unlink(missing_ok=True)


def write_new(path: Path, data: bytes) -> None:
    """Create path (0600, refusing an existing one) holding data, on disk on return."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
