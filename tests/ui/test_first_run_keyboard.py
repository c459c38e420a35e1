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
