"""One place where benchmarks record their numbers, so `make bench` prints one table.

`make bench-quick` (TALLY_BENCH_QUICK=1, what CI runs) builds every data set at a twentieth
of its size and asserts no time: it proves the benchmarks still run and prints the table
marked as quick, whose figures are not the budgets' measures. `make bench` is the real one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

RESULTS = Path(os.environ.get("TALLY_BENCH_RESULTS", "build/bench-results.jsonl"))
QUICK = os.environ.get("TALLY_BENCH_QUICK") == "1"
QUICK_FACTOR = 20


def size(n: int) -> int:
    """The data set's size: n, or n / 20 in a quick run."""
    return max(1, n // QUICK_FACTOR) if QUICK else n


def within(met: bool, message: str = "") -> None:
    """A budget's assertion: checked in `make bench`, only reported in a quick run."""
    if not QUICK:
        assert met, message


def record(budget: str, measured: str, limit: str, met: bool, note: str = "") -> None:
    """Append one row: the DESIGN.md budget, the measured value, the limit, and whether met."""
    if QUICK:
        note = f"QUICK (data 1/{QUICK_FACTOR}, not the budget's measure) {note}".strip()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    row = {"budget": budget, "measured": measured, "limit": limit, "met": met, "note": note}
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")
    print(f"\n[bench] {budget}: {measured} (budget {limit}) {'MET' if met else 'MISSED'} {note}")
