"""One shortcut map, no ambiguous key: walk every window and dialog of the app as a user meets
them (real store, real forms), collect every action key, QShortcut and Alt+letter mnemonic
that can fire, and fail on any key bound twice or any key the map does not declare. Then the
keys that once misfired: Alt+N in the wizard (also from the rationale), Escape after the New
case dialog, Enter after signing, Ctrl+W and Escape in the training window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tally.operations.desk import Desk
from tally.ui.shortcuts import declared
from tests.ui.assessment_fixtures import make_assessment, press
from tests.ui.conftest import unlock
from tests.ui.keymap import clashes, undeclared

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
MAIN = declared("main")
ASSESSMENT = declared("assessment")


def check(top: QWidget, allowed: set[str], where: str, seen: dict) -> None:
    top.show()
    QApplication.processEvents()
    seen[where] = (clashes(top), undeclared(top, allowed))


def fill(store, catalog, assessment_id: int) -> None:
    form = catalog.get(store.assessment_meta(assessment_id).form_id)
    for item in form.items:
        store.set_answer(assessment_id, item.id, item.min_points, rationale="on file",
                         sources=["file_review"])


@pytest.fixture
def opened(qtbot, window, closed_db, catalog):
    from tally.store import Store
    from tests.ui.conftest import PASSPHRASE

    store = Store.open(closed_db, PASSPHRASE)
    draft = make_assessment(store, catalog, "static99r")
    locked = make_assessment(store, catalog, "stable2007")
    fill(store, catalog, locked)
    store.lock(locked)
    cport = make_assessment(store, catalog, "cport")
    store.close()
    window.switch_database(closed_db)
    unlock(qtbot, window)
    return window, draft, locked, cport


def test_no_key_is_bound_twice_in_any_window_or_dialog(qtbot, opened, catalog, tmp_path,
                                                       monkeypatch):
    from tally.operations.facts_diff import FactChange, FactsDiff
    from tally.ui.assessment.dialogs import AmendDialog, ConfirmDialog, ReasonDialog
    from tally.ui.case_profile import NewCaseDialog
    from tally.ui.export import ExportDialog
    from tally.ui.identity import IdentityDialog
    from tally.ui.instrument_choice import InstrumentChoiceDialog
    from tally.ui.settings import SettingsDialog
    from tally.ui.training import TrainingWindow
    from tally.ui.verify import VerifyDialog

    win, draft, locked, cport = opened
    ws = win.workspace
    store = win.store
    seen: dict = {}
    ws.cases.focus_table()
    ws.cases.table.selectRow(0)
    qtbot.waitUntil(lambda: ws.case_view is not None)
    check(win, MAIN, "main window, case profile", seen)
    assert ws.case_view.profile.mode == "read_only"  # the case has locked work
    ws.edit_profile()
    check(win, MAIN, "main window, profile editing", seen)
    ws.case_view.profile.discard_edit()
    wizard_view = ws.open_assessment(draft)
    check(win, MAIN | ASSESSMENT, "main window, wizard", seen)
    wizard_view.show_review()
    check(win, MAIN | ASSESSMENT, "main window, review", seen)
    ws.open_assessment(cport)
    check(win, MAIN | ASSESSMENT, "main window, CPORT wizard", seen)
    results_view = ws.open_assessment(locked)
    assert results_view.current_page() == "results"
    check(win, MAIN | ASSESSMENT, "main window, results", seen)

    case = store.get_case(ws.case_view.case_pk)
    dialogs = [
        ("new case", NewCaseDialog(store)),
        ("instrument choice", InstrumentChoiceDialog(
            catalog, case, store.list_assessments(case_pk=case.pk))),
        ("export, no identity", ExportDialog(store, catalog, case.pk, [locked],
                                             identity_folder=tmp_path / "none")),
        ("identity", IdentityDialog(store, tmp_path / "none")),
        ("verify", VerifyDialog(store)),
        ("settings", SettingsDialog(win.prefs, str(win.db_path), store)),
        ("reason", ReasonDialog("Why", "Say why", "&Override")),
        ("amend", ReasonDialog("Why", "Say why", "&Amend")),
        ("amend, profile changed", AmendDialog("Why", "Say why", "&Amend", FactsDiff(
            (FactChange("date_of_birth", "1980-01-01", "1981-01-01"),)))),
        ("identifying change", ReasonDialog("Change", "Say why", "&Change")),
        ("lock", ConfirmDialog("Lock", "Lock it?", "&Lock")),
        ("submit", ConfirmDialog("Submit", "Submit it?", "&Submit")),
    ]
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        check(dialog, set(), name, seen)
        dialog.close()

    training = TrainingWindow(store, catalog)  # the window's Desk
    qtbot.addWidget(training)
    check(training, declared("training"), "training, no trainee", seen)
    training.trainer.name.setText("Trainee Tomasz Wiśniewski")
    training.trainer.add_trainee()
    check(training, declared("training"), "training, picker", seen)
    training.tabs.setCurrentIndex(0)
    training.picker.start_button.click()
    assert training.practice is not None
    check(training, declared("training") | ASSESSMENT, "training, practice", seen)
    training.practice.assessment.show_review()
    check(training, declared("training") | ASSESSMENT, "training, review", seen)
    training.close()

    win.lock()
    check(win, MAIN, "unlock page", seen)

    problems = {where: found for where, found in seen.items() if found[0] or found[1]}
    assert not problems, problems
    assert len(seen) >= 20


def test_first_run_pages_bind_each_key_once(qtbot, window):
    seen: dict = {}
    assert window.current_page() == "first_run"
    check(window, MAIN | declared("first_run"), "first run", seen)
    window.first_run.show_profile_step()
    check(window, MAIN | declared("first_run"), "profile step", seen)
    assert not any(c or u for c, u in seen.values()), seen


def test_alt_n_moves_on_in_the_wizard_also_from_the_rationale(qtbot, opened):
    win, draft, _locked, _cport = opened
    view = win.workspace.open_assessment(draft)
    qtbot.waitUntil(lambda: any(b.hasFocus() for b in view.wizard.page.choice_buttons()))
    first = view.current_item_id()
    press(qtbot, Qt.Key.Key_N, ALT)
    assert view.current_item_id() != first
    assert not isinstance(QApplication.activeModalWidget(), QWidget)  # no New case dialog
    second = view.current_item_id()
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert view.wizard.page.rationale.hasFocus()
    qtbot.keyClicks(view.wizard.page.rationale, "seen in the file")
    press(qtbot, Qt.Key.Key_N, ALT)
    assert view.current_item_id() not in (first, second)
    press(qtbot, Qt.Key.Key_P, ALT)
    assert view.current_item_id() == second
    assert view.session.answers()[second].rationale == "seen in the file"


def test_escape_from_new_case_returns_the_keyboard_to_the_case_list(qtbot, opened):
    from PySide6.QtCore import QTimer

    from tally.ui.case_profile import NewCaseDialog

    win = opened[0]
    win.workspace.focus_cases()
    assert win.workspace.cases.table.hasFocus()

    def escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewCaseDialog)
        qtbot.keyClick(dialog.case_id, Qt.Key.Key_Escape)

    QTimer.singleShot(50, escape)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: win.workspace.cases.table.hasFocus())
    assert QApplication.focusWidget() is win.workspace.cases.table


def test_shortcut_sheet_lists_every_window_map(qtbot, window):
    from PySide6.QtCore import QTimer

    from tally.ui.shortcuts import WINDOWS

    window.ensure_actions()
    texts = []

    def read() -> None:
        dialog = window._shortcuts_dialog
        texts.append(dialog.findChild(QWidget, "shortcutsText").toPlainText())
        dialog.reject()

    QTimer.singleShot(50, read)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(texts))
    for shortcuts in WINDOWS.values():
        for s in shortcuts:
            assert s.keys in texts[0]
    assert "Alt+N" in texts[0] and "Ctrl+Shift+E" in texts[0]


def test_training_window_closes_with_ctrl_w_and_escape(qtbot, store, catalog):
    from tally.ui.training import TrainingWindow

    win = TrainingWindow(Desk(store), catalog)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    win.trainer.name.setText("Trainee Tomasz Wiśniewski")
    win.trainer.add_trainee()
    # the whole name shows in the trainee box, not "Trainee T"
    assert win.trainee.width() >= win.trainee.fontMetrics().horizontalAdvance(
        "Trainee Tomasz Wiśniewski")
    win.tabs.setCurrentIndex(0)
    win.picker.start_button.click()
    assert win.practice is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_W, CTRL)  # first the practice case
    assert win.practice is None and win.isVisible()
    press(qtbot, Qt.Key.Key_W, CTRL)  # then the window
    assert not win.isVisible()
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(1)
    win.tabs.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert not win.isVisible()


def test_lock_dialog_names_items_without_rationale_and_settings_error_clears(
        qtbot, opened, tmp_path):
    from tally.ui.settings import SettingsDialog

    win, draft, _locked, _cport = opened
    view = win.workspace.open_assessment(draft)
    view.session.set_answer("never_lived_with_partner", 1, rationale="", sources=[],
                            origin="entered")
    view.state.refresh()
    view.show_review()
    view.request_lock()
    dialog = view.findChild(QWidget, "lockDialog")
    assert dialog is not None
    text = " ".join(lbl.text() for lbl in dialog.findChildren(QWidget)
                    if hasattr(lbl, "text") and isinstance(lbl.text(), str))
    assert "No rationale for item(s) 1, 2." in text  # the derived age has none either
    dialog.reject()

    settings = SettingsDialog(win.prefs, str(win.db_path), win.store)
    qtbot.addWidget(settings)
    settings.name.setText("")
    settings.accept()
    assert "full name" in settings.message.text()
    settings.name.setText("Dr Test Evaluator")
    assert settings.message.text() == ""


def test_a_digit_that_is_no_score_says_so(qtbot, opened):
    from tests.ui.assessment_fixtures import digit_key

    win, draft, _locked, _cport = opened
    view = win.workspace.open_assessment(draft)  # Static-99R: age keys are 1-4
    view.wizard.go("age_at_release")
    qtbot.waitUntil(lambda: any(b.hasFocus() for b in view.wizard.page.choice_buttons()))
    before = view.session.answers().get("age_at_release")
    press(qtbot, digit_key(0))
    assert "Key 0 is not a score here" in view.wizard.save_state.text()
    assert view.session.answers().get("age_at_release") == before
