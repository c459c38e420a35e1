"""The GUI step of `tally --smoke-test`: build the real main window offscreen and unlock it.

Settings go to a file beside the temporary database, so the smoke test never touches the
user's own preferences.
"""

from __future__ import annotations

from pathlib import Path


def show_main_window(db_path: Path, passphrase: str) -> str:
    """Show the main window on `db_path`, unlock it through its unlock page, and close it.

    Returns a short description of what was shown; raises RuntimeError when it did not work.
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tally.ui.application import create_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences

    settings = QSettings(str(Path(db_path).parent / "smoke-settings.ini"),
                         QSettings.Format.IniFormat)
    prefs = Preferences(settings)
    app = QApplication.instance() or create_application(["tally"], prefs)
    window = MainWindow(Path(db_path), prefs)
    try:
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        if window.current_page() != "unlock":
            raise RuntimeError(f"expected the unlock page, got {window.current_page()}")
        window.unlock_page.unlock_requested.emit(passphrase)
        app.processEvents()
        if window.store is None or window.current_page() != "workspace":
            raise RuntimeError("the main window did not unlock the database")
        cases = window.store.count_cases()
        title = window.windowTitle()
    finally:
        window.close()
        app.processEvents()
    return f"'{title}', unlocked, {cases} case(s) listed"
