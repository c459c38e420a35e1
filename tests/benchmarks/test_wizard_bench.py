"""A wizard step (press a score digit, autosave to the real SQLCipher file, press Enter, the
next item is shown and painted) under 16 ms, as the median and the 95th percentile: in the
assessment view alone, and on the shipped path (the full main window, unlocked, with the case
list and the case's own view open beside the assessment tab, every change notification
refreshing what shows it)."""

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
READING_MS = 200  # the main-window path waits this long before each step, untimed


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


def test_wizard_step_in_the_main_window_with_the_case_open(qtbot, tmp_path, catalog):
    from PySide6.QtCore import QSettings

    from tally.ui.application import configure_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences
    from tests.ui.assessment_fixtures import PASSPHRASE

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    db = tmp_path / "shipped.db"
    store = make_store(db)
    with store.batch():  # a case list of a working caseload around the case
        for n in range(500):
            store.create_case(f"C-{n:05d}", "1970-01-01", {"csem_only": True}, "csem_only")
    aids = []
    for run in range(RUNS // 2):
        form_id = ("stable2007", "static99r", "acute2007")[run % 3]
        aids.append((form_id, make_assessment(store, catalog, form_id, case_id="SHIP-1")))
    store.close()
    prefs = Preferences()
    configure_application(QApplication.instance(), prefs)
    window = MainWindow(db, prefs)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window._unlock(PASSPHRASE)
    ws = window.workspace
    case_pk = window.store.find_case("SHIP-1").pk
    assert ws.cases.select_case(case_pk)
    steps: list[float] = []
    for form_id, aid in aids:
        form = catalog.get(form_id)
        view = ws.open_assessment(aid)
        window.activateWindow()
        qtbot.waitUntil(lambda v=view: QApplication.focusWidget() is not None  # on the item
                        and v.wizard.page.isAncestorOf(QApplication.focusWidget()))
        for index, item in enumerate(form.items[:-1]):
            if item.derive is not None:  # derived from the case facts: not a scoring step
                view.wizard.next()
                qtbot.waitUntil(lambda v=view: v.wizard.page.isAncestorOf(
                    QApplication.focusWidget()))
                continue
            digit = 1 if any(o.points == 1 for o in item.options) else item.options[0].points
            qtbot.wait(READING_MS)  # he reads the item and its guidance before scoring it
            started = time.perf_counter()
            qtbot.keyClick(QApplication.focusWidget(), digit_key(digit))
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            # as the event loop would next: what the change queued for other views, then the
            # layout and paint of every region it made dirty (the new item included)
            QApplication.processEvents()
            steps.append((time.perf_counter() - started) * 1000)
            assert view.current_item_id() == form.item_ids[index + 1]
        answers = view.session.answers()
        assert all(i.id in answers for i in form.items[:-1] if i.derive is None)
        view.close_view()  # its tab closes; the case view stays
    window.lock()
    steps.sort()
    median = statistics.median(steps)
    p95 = steps[int(len(steps) * 0.95) - 1]
    met = p95 < BUDGET_MS
    record(
        "wizard step in the main window (case list and case view open)",
        f"median {median:.2f} ms, p95 {p95:.2f} ms over {len(steps)} steps",
        f"{BUDGET_MS:.0f} ms",
        met,
        "the shipped path: 1366x768 window, 501 cases listed, the case's view in its tab",
    )
    within(met, f"main-window wizard step p95 {p95:.2f} ms exceeds {BUDGET_MS} ms "
                f"(median {median:.2f})")
