"""The desktop app's entry point (`tally` with no command).

Only QtCore/QtGui/QtWidgets and the small first-window modules load before the first window
shows; the store (sqlcipher3), the forms and everything PDF load later.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resolve_db_path(db: str | None, saved: str) -> Path:
    """--db, then TALLY_DB, then the location chosen in Settings, then the data folder."""
    if db:
        return Path(db).expanduser()
    if os.environ.get("TALLY_DB"):
        return Path(os.environ["TALLY_DB"]).expanduser()
    if saved:
        return Path(saved).expanduser()
    from tally.paths import default_db_path

    return default_db_path()


def run_app(db: str | None = None, exit_when_shown: bool = False) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from tally.ui.application import create_application
    from tally.ui.preferences import Preferences

    prefs = Preferences()
    app = create_application(sys.argv[:1], prefs)
    from tally.ui.main_window import MainWindow

    window = MainWindow(resolve_db_path(db, prefs.database_path), prefs)

    window.resize(1280, 760)  # the size it comes back to when un-maximised
    window.show_at_last_size()
    if exit_when_shown:
        class FirstPaint(QObject):
            """Quit once the window has painted: start-up measured from outside ends here."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                # every widget of the window paints in the same backing-store pass; quitting
                # from the next turn of the event loop lets that pass finish
                if event.type() == QEvent.Type.Paint:
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, lambda: app.exit(0))  # not quit(): no pending work
                return False

        watcher = FirstPaint(window)
        app.installEventFilter(watcher)  # after show(): the last filter installed runs first

    code = app.exec()
    if window.store is not None:  # quit without closing the window (e.g. a signal)
        window.close()
    return int(code)
