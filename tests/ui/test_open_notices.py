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


def test_notices_are_said_in_the_interface_language(qtbot, french, store, db_path,
                                                    window) -> None:
    # a -wal left by another database (a careless copy): set aside, and said in French
    import shutil

    from tally.store import Store
    from tests.ui.conftest import PASSPHRASE

    store.close()
    other = Store.create(db_path.parent / "other.db", PASSPHRASE)
    other.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep its frames in its -wal
    for i in range(20):
        other.create_case(f"B-{i:02d}", notes="other database " * 20)
    shutil.copyfile(f"{other.path}-wal", f"{db_path}-wal")
    other.close()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "openNotices") is not None)
    box = window.findChild(QMessageBox, "openNotices")
    text = box.informativeText()
    assert "n'appartenait pas à cette base de données" in text
    assert "cases.db-wal" in text and "did not belong" not in text
    box.accept()  # a box left open stays the active window and takes the next test's keys


def test_every_kind_of_notice_has_its_sentence_with_the_same_names() -> None:
    import re

    from tally.store.notices import TEMPLATES, Notice
    from tally.ui.store_notices import _sentences, notice_text

    assert set(_sentences()) == set(TEMPLATES)
    for kind, english in TEMPLATES.items():
        names = set(re.findall(r"\{(\w+)\}", english))
        assert set(re.findall(r"\{(\w+)\}", _sentences()[kind])) == names
        notice = Notice(kind, **{name: f"<{name}>" for name in names})
        assert notice_text(notice).rstrip(".").lower() == str(notice).lower()
    # a plain line (or a kind the interface does not know) is still shown, never dropped
    assert notice_text("something else happened") == "Something else happened."

