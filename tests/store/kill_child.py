"""Child process for the kill-point tests: run one store operation, SIGKILL itself at step N.

Usage: python kill_child.py N OPERATION ARGS... Every call to a file-system function below
(os.open, os.write, os.fsync, os.link, os.unlink, os.replace, os.rename, os.close) made by
the operation is one step; at step N the process kills itself with SIGKILL, the way a power
cut or `kill -9` stops it. Prints "steps S" when the operation finished in S steps.

Operations: restore BACKUP TARGET; signoff DB PDF DOCX TARGET (sign the database's locked
assessments with the report PDF and its working copy DOCX written to TARGET, TARGET.docx);
delete DB CASE_ID REASON (delete the case, redacting its audit entries).
For a sign-off and a deletion every SQL statement the store runs is a step too: a kill
between any two of them is a crash inside or between its transactions.
"""

from __future__ import annotations

import os
import signal
import sys

PASSPHRASE = "kill point passphrase"
WATCHED = ("open", "write", "fsync", "link", "unlink", "replace", "rename", "close")


def watch(kill_at: int) -> list[int]:
    count = [0]

    def wrap(name: str):
        real = getattr(os, name)

        def step(*args, **kwargs):
            count[0] += 1
            if count[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)

        return step

    for name in WATCHED:
        setattr(os, name, wrap(name))
    return count


class CountedConnection:
    """The store's connection, with every statement a kill point."""

    def __init__(self, conn, count: list[int], kill_at: int) -> None:
        self._conn, self._count, self._kill_at = conn, count, kill_at

    def execute(self, *args, **kwargs):
        self._count[0] += 1
        if self._count[0] == self._kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return self._conn.execute(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def sign_off(kill_at: int, db: str, pdf: str, docx: str, target: str) -> list[int]:
    from datetime import datetime
    from pathlib import Path
    from types import SimpleNamespace

    from tally.operations.signoff import record_sign_off
    from tally.store import Store

    store = Store.open(db, PASSPHRASE)
    records = [store.get_assessment(a.id) for c in store.list_cases()
               for a in store.list_assessments(c.pk)]
    result = SimpleNamespace(
        signed=True, signer="Dr Kill Point", path=Path(target),
        signed_at=datetime.fromisoformat("2026-12-03T12:00:00+00:00"),
        pdf=Path(pdf).read_bytes(), docx=Path(docx).read_bytes(),
        docx_path=Path(target).with_suffix(".docx"), data_sha256="d" * 64)
    count = watch(kill_at)
    store._conn = CountedConnection(store._conn, count, kill_at)
    record_sign_off(store, records, result, "Author: kill point test")
    return count


def main() -> None:
    kill_at, operation, *rest = sys.argv[1:]
    from tally.store import Store

    if operation == "restore":
        backup, target = rest
        count = watch(int(kill_at))
        Store.restore(backup, target, PASSPHRASE)
    elif operation == "signoff":
        count = sign_off(int(kill_at), *rest)
    elif operation == "delete":
        db, case_id, reason = rest
        store = Store.open(db, PASSPHRASE)
        case = store.find_case(case_id)
        count = watch(int(kill_at))
        store._conn = CountedConnection(store._conn, count, int(kill_at))
        store.delete_case(case.pk, reason)
    else:
        raise SystemExit(f"unknown operation {operation}")
    sys.stdout.write(f"steps {count[0]}\n")


if __name__ == "__main__":
    main()
