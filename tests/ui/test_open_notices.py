"""What opening the database did on its own is said in the app, not only on the terminal:
here a sign-off a crash interrupted before it was recorded, undone at unlock."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_an_interrupted_sign_off_is_undone_and_said(qtbot, store, db_path, window) -> None:
    target = db_path.parent / "report.pdf"
    temp = db_path.parent / ".report.pdf.0123.signoff.tmp"
    temp.write_bytes(b"%PDF-1.7 half a sign-off")
    store.conn.execute(
        "INSERT INTO pending_signoffs (files, started_at) VALUES (?, 'earlier')",
        (json.dumps([{"target": str(target), "temp": str(temp), "sha256": "0" * 64}]),))
    store.conn.commit()
    store.close()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openNotices") is not None)
    box = window.findChild(QMessageBox, "openNotices")
    assert box.isVisible()
    assert "A sign-off of" in box.informativeText()
    assert "nothing was signed and the report was not written" in box.informativeText()
    assert not temp.exists() and not target.exists()
    box.accept()
    assert window.current_page() == "workspace"


def test_a_clean_open_says_nothing(qtbot, store, window) -> None:
    store.close()
    unlock(qtbot, window)
    assert window.findChild(QMessageBox, "openNotices") is None
