"""A full disk is one line and changes nothing: reports, backups, restores, new databases.
The tmpfs test runs where the machine lets a test mount a tiny filesystem (as root here);
the others simulate ENOSPC at the exact call that fails on a full disk."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tally.store import Store
from tally.store.errors import StoreError

PASS = "full disk passphrase words"


def test_a_report_on_a_full_disk_names_the_file_and_leaves_nothing(tmp_path, monkeypatch):
    from tally import files
    from tally.reports.export import write_atomically

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    target = tmp_path / "report.pdf"
    with pytest.raises(OSError) as info:
        write_atomically(target, b"%PDF-1.7 ...")
    assert info.value.filename == str(target) and "nothing was written" in str(info.value)
    assert list(tmp_path.iterdir()) == []


class _FullDisk:
    """The store's connection, except that copying into a new file finds the disk full."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        if "sqlcipher_export" in sql:
            from tally.store.connection import driver

            raise driver().OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_backup_on_a_full_disk_is_one_line_and_writes_nothing(tmp_path):
    from tally.store import backup

    store = Store.create(tmp_path / "cases.db", PASS)
    try:
        store.create_case("FD-1")
        real = store._conn
        store._conn = _FullDisk(real)
        with pytest.raises(StoreError, match=r"the disk is full.*nothing was written"):
            backup.backup(store, tmp_path / "copy.db")
        store._conn = real
        assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == []
        assert store.find_case("FD-1") is not None
    finally:
        store.close()


def _mount_tiny(folder: Path, size: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def test_a_real_full_disk(tmp_path):
    tiny = tmp_path / "tiny"
    if not _mount_tiny(tiny, "3m"):
        pytest.skip("cannot mount a tmpfs here (needs root on Linux)")
    try:
        env = {**os.environ, "TALLY_PASSPHRASE": PASS, "TALLY_DATA_DIR": str(tmp_path / "d")}
        tally = [sys.executable, "-m", "tally"]
        db = tiny / "t.db"
        assert subprocess.run([*tally, "--db", str(db), "init", "--name", "Dr T"], env=env,
                              capture_output=True).returncode == 0
        big = tmp_path / "big.db"
        assert subprocess.run([*tally, "demo-data", "--db", str(big), "--cases", "200"],
                              env=env, capture_output=True).returncode == 0
        before = db.read_bytes()
        free = os.statvfs(tiny).f_bavail * os.statvfs(tiny).f_frsize
        (tiny / "fill").write_bytes(b"\0" * (free - 8192))
        for argv in (["--db", str(db), "restore", str(big)],
                     ["--db", str(big), "backup", str(tiny / "b.db")],
                     ["report", "--example", str(tiny / "r.pdf")]):
            done = subprocess.run([*tally, *argv], env=env, capture_output=True, text=True,
                                  timeout=120)
            assert done.returncode == 2, (argv, done.stderr)
            assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, argv
            assert "full" in done.stderr or "No space" in done.stderr, done.stderr
        assert sorted(p.name for p in tiny.iterdir()) == ["fill", "t.db", "t.db.lock"]
        (tiny / "fill").unlink()
        assert db.read_bytes() == before  # the restore was rolled back, nothing half-done
        listed = subprocess.run([*tally, "--db", str(db), "cases", "list"], env=env,
                                capture_output=True, text=True)
        assert listed.returncode == 0 and listed.stdout.startswith("CASE")
    finally:
        subprocess.run(["umount", str(tiny)], capture_output=True)
