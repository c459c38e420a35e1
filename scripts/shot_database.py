"""Open the audit trail or the change-passphrase dialog on a small demo database.

    ../shared/tools/xshot -o docs/screenshots/audit-trail.png -s 1366x768 -w 12 -- \
        .venv/bin/python scripts/shot_database.py audit | passphrase

A throwaway data folder and a demo database of fictional cases.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("audit", "passphrase")
PASSPHRASE = "demo screenshot passphrase 1"


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"shot_database: unknown screen '{screen}' (use {', '.join(SCREENS)})",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tally-shot-"))
    os.environ["TALLY_DATA_DIR"] = str(work)
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from tally.store.demo import create_demo_db
    from tally.ui.application import create_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences

    create_demo_db(work / "tally.db", PASSPHRASE, 40)
    prefs = Preferences()
    app = create_application(["tally"], prefs)
    window = MainWindow(work / "tally.db", prefs)
    window.resize(1366, 768)
    window.showMaximized()

    def open_screen() -> None:
        window._unlock(PASSPHRASE)
        window.ensure_actions()
        if screen == "audit":
            window.act_audit.trigger()
            dialog = window._audit_dialog
            dialog.kind.setCurrentIndex(dialog.kind.findData("assessment"))
            dialog.table.selectRow(3)
            dialog.verify()
            return
        from tally.ui.database_life import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(window.store, window)
        dialog.current.setText(PASSPHRASE)
        dialog.new.setText("harbour")
        dialog.show()

    QTimer.singleShot(200, open_screen)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "audit"))
