"""Shared fixtures of the UI tests: QSettings in a temporary folder, a real SQLCipher store
in tmp_path, and the shell's main window on it. (The forms catalog comes from tests/conftest.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

PASSPHRASE = "quiet river lantern 42"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory):
    """Preferences never touch the real user's settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def prefs(isolated_settings):
    from tally.ui.preferences import Preferences

    return Preferences()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "cases.db"


@pytest.fixture
def store(db_path):
    """A real, keyed store with an evaluator; closed after the test."""
    from tally.store import Store

    opened = Store.create(db_path, PASSPHRASE)
    opened.set_evaluator("Dr Test Evaluator", "C.Psych.", "Test Clinic")
    yield opened
    opened.close()


@pytest.fixture
def closed_db(store, db_path) -> Path:
    """A database file with an evaluator, closed so the app can unlock it."""
    store.close()
    return db_path


@pytest.fixture
def window(qtbot, db_path, prefs):
    """The shell on db_path (which may or may not exist yet)."""
    from PySide6.QtWidgets import QApplication

    from tally.ui.application import configure_application
    from tally.ui.main_window import MainWindow

    configure_application(QApplication.instance(), prefs)
    win = MainWindow(db_path, prefs)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # focus (and so editingFinished on Tab) needs an active window
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def unlock(qtbot, win, passphrase: str = PASSPHRASE) -> None:
    page = win.unlock_page
    page.passphrase.setFocus()
    qtbot.keyClicks(page.passphrase, passphrase)
    from PySide6.QtCore import Qt

    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.current_page() == "workspace", timeout=10_000)


def add_cases(store, n: int, prefix: str = "CASE") -> list[int]:
    with store.batch():
        return [store.create_case(f"{prefix}-{i:05d}", "1970-01-01",
                                  {"csem_only": True}, "csem_only", f"note {i}")
                for i in range(n)]


@pytest.fixture
def french(qtbot, prefs):
    """The app's French translators (Tally's and Qt's own), English again afterwards."""
    import subprocess

    from PySide6.QtWidgets import QApplication

    from tally.paths import resources_dir
    from tally.ui.application import configure_application, install_translators

    catalogue = resources_dir() / "translations" / "tally_fr.ts"
    qm = catalogue.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < catalogue.stat().st_mtime:
        subprocess.run(["pyside6-lrelease", "-silent", str(catalogue), "-qm", str(qm)],
                       check=True)  # `make test` builds it; a bare pytest run may not have
    prefs.language = "fr"
    app = QApplication.instance()
    configure_application(app, prefs)
    assert app.property("tally_language") == "fr"
    yield app
    install_translators(app, "en")
