"""`make bench`: every benchmark records its budget row; the session ends with one table.

The rows file is emptied at session start by the root conftest (a sub-folder conftest
loads too late for that hook), so only this run's rows are printed.
"""

from __future__ import annotations

import json
import os
import platform
from datetime import datetime

import pytest

from tests.benchmarks.report import QUICK, QUICK_FACTOR, RESULTS


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if not RESULTS.exists():
        return
    rows = [json.loads(line) for line in RESULTS.read_text(encoding="utf-8").splitlines()]
    if not rows:
        return
    out = terminalreporter
    out.section("Tally budgets (DESIGN.md)")
    out.line(f"measured {datetime.now().astimezone():%Y-%m-%d %H:%M %z} on {_machine()}")
    if QUICK:
        out.line(f"QUICK RUN: every data set 1/{QUICK_FACTOR} of the budget's, no time "
                 "asserted; these are not the budgets' figures (make bench measures them)")
    out.line("")
    out.line("| budget | measured | limit | met | note |")
    out.line("|---|---|---|---|---|")
    for row in rows:
        met = "yes" if row["met"] else "**no**"
        out.line(f"| {row['budget']} | {row['measured']} | {row['limit']} | {met} | {row['note']} |")
