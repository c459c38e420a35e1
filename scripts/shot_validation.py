"""Open the validation screen, or a case's follow-up card, on demo data with synthetic outcomes.

    ../shared/tools/xshot -o docs/screenshots/validation.png -s 1366x768 -w 25 -- \
        .venv/bin/python scripts/shot_validation.py validation | case

A throwaway data folder and a demo database (`tally demo-data --cases 3000 --outcomes`):
every case and every outcome is synthetic and the screens say so.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("validation", "case")
PASSPHRASE = "demo screenshot passphrase 1"


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"shot_validation: unknown screen '{screen}' (use {', '.join(SCREENS)})",
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

    create_demo_db(work / "tally.db", PASSPHRASE, 3000, outcomes=True)
    prefs = Preferences()
    app = create_application(["tally"], prefs)
    window = MainWindow(work / "tally.db", prefs)
    window.resize(1366, 768)
    window.showMaximized()

    def open_screen() -> None:
        window._unlock(PASSPHRASE)
        ws = window.workspace
        if screen == "validation":
            window.ensure_actions()
            window.act_validation.trigger()  # as the Case menu does
            return
        from tally.store import outcomes

        pk = next(iter(outcomes.all_outcomes(window.store)[1]))  # a case with events
        ws.cases.select_case(pk)
        ws.show_case(pk)
        ws.case_view.ensureWidgetVisible(ws.case_view.outcomes)

    QTimer.singleShot(200, open_screen)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
