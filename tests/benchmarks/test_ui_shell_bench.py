"""Shell budgets (DESIGN.md): start to first usable window within 1.5x a bare PySide6
window, measured in the same run; over 100,000 demo cases the case list opens in under
100 ms and a search-as-you-type filter takes under 30 ms."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tests.benchmarks.report import record, size, within

pytestmark = [pytest.mark.benchmark, pytest.mark.qt_log_ignore("propagateSizeHints")]
PASSPHRASE = "bench passphrase words 7"
RUNS = 9
START_RATIO = 1.5
OPEN_MS, FILTER_MS = 100.0, 30.0
N_CASES = size(100_000)

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1280, 760)
window.show()
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: app.exit(0))
        return False
watcher = FirstPaint()
app.installEventFilter(watcher)
sys.exit(app.exec())
"""


def _tally_command() -> list[str]:
    script = Path(sys.executable).with_name("tally")  # the installed console script
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from tally.cli import main; sys.exit(main())"]


def _run_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=60)
    return (time.perf_counter() - started) * 1000


def test_start_to_first_window_within_budget_of_a_bare_window(tmp_path):
    from tally.store import Store

    bare = tmp_path / "bare.py"
    bare.write_text(BARE, encoding="utf-8")
    existing = tmp_path / "existing.db"
    Store.create(existing, PASSPHRASE).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TALLY_DATA_DIR=str(tmp_path))
    commands = {
        "bare": [sys.executable, str(bare)],
        "unlock": [*_tally_command(), "--exit-when-shown", "--db", str(existing)],
        "first run": [*_tally_command(), "--exit-when-shown", "--db", str(tmp_path / "n.db")],
    }
    for command in commands.values():  # warm the file cache once
        _run_ms(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):  # interleaved, so a busy moment hits every command alike
        for name, command in commands.items():
            times[name].append(_run_ms(command, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for screen in ("unlock", "first run"):
        ratio = medians[screen] / medians["bare"]
        record(f"start to first usable window ({screen})",
               f"{medians[screen]:.0f} ms = {ratio:.2f}x bare ({medians['bare']:.0f} ms)",
               f"{START_RATIO}x", ratio <= START_RATIO, f"medians of {RUNS} runs")
        print(f"{screen}: {sorted(round(t) for t in times[screen])}; "
              f"bare: {sorted(round(t) for t in times['bare'])}")
        within(ratio <= START_RATIO)


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    from tally.store import Store
    from tally.store.demo import create_demo_db

    path = tmp_path_factory.mktemp("bench-cases") / "demo100k.db"
    started = time.perf_counter()
    create_demo_db(path, PASSPHRASE, N_CASES)
    print(f"\n[bench] built {N_CASES:,} demo cases in {time.perf_counter() - started:.1f} s")
    store = Store.open(path, PASSPHRASE)
    yield store
    store.close()


def test_case_list_over_100k_cases_opens_and_filters_within_budget(qtbot, big_store):
    from tally.ui.case_list import CaseListPanel

    assert big_store.count_cases() == N_CASES
    app = QApplication.instance()
    opens = []
    for _ in range(7):
        started = time.perf_counter()
        panel = CaseListPanel(Desk(big_store))
        panel.resize(700, 700)
        panel.show()
        app.processEvents()  # laid out and painted
        opens.append((time.perf_counter() - started) * 1000)
        assert panel.model.total == N_CASES and panel.model.rowCount() == 200
        panel.close()
        panel.deleteLater()
    panel = CaseListPanel(Desk(big_store))
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    app.processEvents()
    queries = ["D", "DE", "DEM", "DEMO-0", "DEMO-01", "DEMO-012", "DEMO-0123",
               "p", "po", "pol", "polygraph", "polygraph dec", "court deadline", "zzz", ""]
    filters = []
    for query in queries:
        started = time.perf_counter()
        panel.model.set_query(query)  # what the debounce timer calls
        app.processEvents()
        filters.append((time.perf_counter() - started) * 1000)
    assert panel.model.total == N_CASES
    open_ms, filter_ms = statistics.median(opens[1:]), statistics.median(filters)
    worst = max(filters)
    record("case list opens over 100,000 cases", f"{open_ms:.1f} ms (median)",
           f"{OPEN_MS:.0f} ms", open_ms < OPEN_MS, f"first open {opens[0]:.1f} ms")
    record("case list filter (search as you type), 100,000 cases",
           f"{filter_ms:.1f} ms (median), worst {worst:.1f} ms", f"{FILTER_MS:.0f} ms",
           filter_ms < FILTER_MS, f"{len(queries)} queries")
    print("filters:", {q: round(t, 1) for q, t in zip(queries, filters, strict=True)})
    within(open_ms < OPEN_MS)
    within(filter_ms < FILTER_MS)
