"""Open one screen of the shell for a screenshot (run under ../shared/tools/xshot).

    python scripts/shot_shell.py first-run | unlock | case-list | instrument-choice

Each screen gets its own throwaway data folder and database with clearly synthetic demo
data; nothing touches the user's real database or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("first-run", "unlock", "case-list", "instrument-choice")
PASSPHRASE = "demo screenshot passphrase 1"
CSEM_ONLY = {"release_date": "2024-03-01", "index_investigation_date": "2021-06-15",
             "csem_only": True, "csem_production": False, "contact_sexual_offence": False}


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"shot_shell: unknown screen '{screen}' (use {', '.join(SCREENS)})",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tally-shot-"))
    os.environ["TALLY_DATA_DIR"] = str(work)
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from tally.ui.application import create_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences

    db = work / "tally.db"
    if screen != "first-run":
        from tally.store.demo import create_demo_db

        create_demo_db(db, PASSPHRASE, 1000 if screen == "case-list" else 40)
    prefs = Preferences()
    app = create_application(["tally"], prefs)
    window = MainWindow(db, prefs)
    window.resize(1366, 768)
    window.showMaximized()

    def open_workspace() -> None:
        window._unlock(PASSPHRASE)
        ws = window.workspace
        if screen == "case-list":
            ws.cases.select_case(ws.cases.model.case_at(2).pk)
            ws.focus_cases()
        else:
            store = window.store
            pk = store.create_case("DEMO-CSEM-ONLY", "1971-09-14", CSEM_ONLY, "csem_only",
                                   "Synthetic demo case, not a real person.")
            ws.cases.search.setText("DEMO-CSEM")
            ws.cases.apply_search()
            ws.cases.select_case(pk)
            QTimer.singleShot(300, lambda: ws.choose_instrument(pk))
            # show why Static-99R does not apply to this case
            QTimer.singleShot(600, lambda: app.activeModalWidget().select_form("static99r"))

    if screen == "first-run":
        step = window.first_run.database
        step.passphrase.setText("quiet river lantern 42")
        step.repeat.setText("quiet river lantern 42")
    elif screen == "unlock":
        pass
    else:
        QTimer.singleShot(200, open_workspace)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
