"""First run from the keyboard alone, as typed into a real window: Enter on the
'I understand' box creates the database (a check box ignores Enter by itself)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_enter_on_the_understood_box_creates_the_database(qtbot, window, db_path):
    step = window.first_run.database
    qtbot.keyClicks(step.passphrase, PASSPHRASE)
    qtbot.keyClicks(step.repeat, PASSPHRASE)
    step.understood.setFocus()
    qtbot.keyClick(step.understood, Qt.Key.Key_Space)
    assert step.understood.isChecked()
    qtbot.keyClick(step.understood, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "profile")
    assert db_path.exists()


def test_enter_before_ticking_the_box_creates_nothing(qtbot, window, db_path):
    step = window.first_run.database
    qtbot.keyClicks(step.passphrase, PASSPHRASE)
    qtbot.keyClicks(step.repeat, PASSPHRASE)
    qtbot.keyClick(step.understood, Qt.Key.Key_Return)
    assert "Tick the box" in step.message.text()
    assert not db_path.exists()


def test_ctrl_n_after_unlock_opens_the_new_case_dialog(qtbot, closed_db, window):
    """The shortcut a user presses, not the action triggered by the test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tally.ui.case_profile import NewCaseDialog
    from tests.ui.conftest import unlock

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.act_new_case.isEnabled())
    seen: list = []

    def close_when_open(tries: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None and tries:
            QTimer.singleShot(10, lambda: close_when_open(tries - 1))
            return
        seen.append(dialog)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, close_when_open)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], NewCaseDialog)
