"""Child process for the crash-safety test: autosave answers and acknowledge each one.

Usage: python crash_child.py DB ASSESSMENT_ID START. Prints "ready", then "ack N" after each
set_answer(...) has returned, i.e. after its transaction committed. The parent kills it.
"""

from __future__ import annotations

import sys

from tally.store import Store

PASSPHRASE = "crash test passphrase"


def main() -> None:
    path, aid, start = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    store = Store.open(path, PASSPHRASE)
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    for n in range(start, start + 1_000_000):
        store.set_answer(aid, f"i{n}", n % 3, rationale=f"reason {n}", sources=["file"])
        out.write(f"ack {n}\n")
        out.flush()


if __name__ == "__main__":
    main()
