"""One place where benchmarks record their numbers, so `make bench` prints one table."""

from __future__ import annotations

import json
import os
from pathlib import Path

RESULTS = Path(os.environ.get("TALLY_BENCH_RESULTS", "build/bench-results.jsonl"))


def record(budget: str, measured: str, limit: str, met: bool, note: str = "") -> None:
    """Append one row: the DESIGN.md budget, the measured value, the limit, and whether met."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    row = {"budget": budget, "measured": measured, "limit": limit, "met": met, "note": note}
    with RESULTS.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(row) + "\n")
    print(f"\n[bench] {budget}: {measured} (budget {limit}) {'MET' if met else 'MISSED'} {note}")
