"""Who has the database open: an advisory lock on a companion file, `<database>.lock`.

Every open Store holds a shared lock on it; a restore takes it exclusively, so it refuses
while the database is open here or in any other Tally process, and nothing opens the file
while a restore swaps it. The lock file is empty and never deleted (deleting a lock file
others may hold is a race); the kernel releases the lock when a process dies.
"""

from __future__ import annotations

import os
from pathlib import Path

from tally.store.errors import StoreError

try:  # POSIX; on Windows the lock is not available and only the checks remain
    import fcntl
except ImportError:  # pragma: no cover - not on the platforms tested
    fcntl = None  # type: ignore[assignment]


class DatabaseInUse(StoreError):
    """Another Store (this process or another) has the database open."""


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at path: changes when a restore renames another over it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def lock_path(db: Path) -> Path:
    return Path(f"{db}.lock")


class Lock:
    def __init__(self, db: Path, exclusive: bool) -> None:
        self.path = lock_path(db)
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:  # pragma: no cover
            return
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(self._fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            if exclusive:
                raise DatabaseInUse(
                    f"{db}: the database is open (in Tally or another command); close it first"
                ) from None
            raise DatabaseInUse(
                f"{db}: a restore of this database is under way; try again when it is done"
            ) from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None

    def __enter__(self) -> Lock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def shared(db: Path) -> Lock:
    return Lock(db, exclusive=False)


def exclusive(db: Path) -> Lock:
    return Lock(db, exclusive=True)
