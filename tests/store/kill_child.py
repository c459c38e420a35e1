"""Child process for the kill-point tests: run one store operation, SIGKILL itself at step N.

Usage: python kill_child.py N OPERATION ARGS... Every call to a file-system function below
(os.open, os.write, os.fsync, os.link, os.unlink, os.replace, os.rename, os.close) made by
the operation is one step; at step N the process kills itself with SIGKILL, the way a power
cut or `kill -9` stops it. Prints "steps S" when the operation finished in S steps.

Operations: restore BACKUP TARGET.
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


def main() -> None:
    kill_at, operation, *rest = sys.argv[1:]
    from tally.store import Store

    if operation == "restore":
        backup, target = rest
        count = watch(int(kill_at))
        Store.restore(backup, target, PASSPHRASE)
    else:
        raise SystemExit(f"unknown operation {operation}")
    sys.stdout.write(f"steps {count[0]}\n")


if __name__ == "__main__":
    main()
