"""A wizard step (press a score digit, autosave to the real SQLCipher file, press Enter, the
next item is shown and painted) under 16 ms, as the median and the 95th percentile."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tally.ui.assessment import AssessmentView, StoreSession
from tests.benchmarks.report import record, within
from tests.ui.assessment_fixtures import digit_key, make_assessment, make_store

pytestmark = [pytest.mark.benchmark, pytest.mark.qt_log_ignore("propagateSizeHints")]
BUDGET_MS = 16.0
RUNS = 12  # fresh assessments: every item page is a first visit, as for an evaluator


def test_wizard_step_under_a_frame(qtbot, tmp_path, catalog):
    store = make_store(tmp_path / "bench.db")
    steps: list[float] = []
    for run in range(RUNS):
        form_id = ("stable2007", "static99r", "acute2007")[run % 3]
        form = catalog.get(form_id)
        aid = make_assessment(store, catalog, form_id, case_id=f"B-{run}")
        view = AssessmentView(StoreSession(Desk(store), aid), catalog)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        for index, item in enumerate(form.items[:-1]):
            digit = 1 if any(o.points == 1 for o in item.options) else item.options[0].points
            started = time.perf_counter()
            target = QApplication.focusWidget()
            qtbot.keyClick(target, digit_key(digit))
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            view.repaint()  # paint the new item now, synchronously
            steps.append((time.perf_counter() - started) * 1000)
            assert view.current_item_id() == form.item_ids[index + 1]
        stored = view.session.answers()
        assert len(stored) == len(form.items) - 1
        view.close()
    store.close()

    steps.sort()
    median = statistics.median(steps)
    p95 = steps[int(len(steps) * 0.95) - 1]
    met = p95 < BUDGET_MS
    record(
        "wizard step (choose, autosave, next item shown)",
        f"median {median:.2f} ms, p95 {p95:.2f} ms over {len(steps)} steps",
        f"{BUDGET_MS:.0f} ms",
        met,
        "SQLCipher WAL, synchronous=FULL, offscreen paint",
    )
    within(met, f"wizard step p95 {p95:.2f} ms exceeds {BUDGET_MS} ms (median {median:.2f})")
