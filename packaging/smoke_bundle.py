"""Run a bundled Tally's `--smoke-test` offscreen and fail on any unexpected output.

    python packaging/smoke_bundle.py dist/tally/tally

Like qutebrowser's frozen-build smoke test: the binary must exit 0, and every line it
prints must match the short allow-list below. Prints the bundle's size and the run time.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ALLOWED = [
    re.compile(r"^smoke: .*$"),  # the smoke test's own progress lines
]


def folder_size(path: Path) -> int:
    # symlinked libraries would count twice
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: smoke_bundle.py PATH/TO/tally", file=sys.stderr)
        return 2
    binary = Path(argv[1]).resolve()
    with tempfile.TemporaryDirectory(prefix="tally-bundle-smoke-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "TALLY_DATA_DIR": home,
            "HOME": home,
            "XDG_RUNTIME_DIR": home,
        }
        env.pop("TALLY_FORMS_DIR", None)
        start = time.perf_counter()
        done = subprocess.run(
            [str(binary), "--smoke-test"], capture_output=True, text=True, env=env, timeout=300
        )
        elapsed = time.perf_counter() - start
    unexpected = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if line.strip() and not any(p.match(line) for p in ALLOWED)
    ]
    size = folder_size(binary.parent) / 1e6
    print(f"bundle: {binary.parent} ({size:.0f} MB); "
          f"smoke test {elapsed:.1f} s, exit {done.returncode}")
    for line in unexpected:
        print(f"UNEXPECTED: {line}")
    if done.returncode != 0 or unexpected:
        print("bundle smoke test FAILED")
        return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
