"""Editing a case with locked work, for screenshots in a real window (run under xshot).

    ../shared/tools/xshot -o docs/screenshots/edit-case-confirm.png -w 6 -s 1366x768 -- \
        .venv/bin/python scripts/shot_edit_case.py confirm        (or amend-diff)

`confirm`: Edit profile, a corrected date of birth, Done: the confirmation asking for a reason.
`amend-diff`: the birth date corrected after lock, then Amend on the locked Static-99R: what
taking the profile's current facts would re-derive. A throwaway encrypted database with one
clearly fictional case; nothing touches the user's real database or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("confirm", "amend-diff")
PASSPHRASE = "demo screenshot passphrase 1"
FACTS = {"release_date": "2024-06-30", "csem_only": True, "csem_production": False,
         "contact_sexual_offence": False}


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"shot_edit_case: unknown screen '{screen}' (use {', '.join(SCREENS)})",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tally-shot-"))
    os.environ["TALLY_DATA_DIR"] = str(work)
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from tally.paths import load_catalog
    from tally.store import Store
    from tally.ui.application import create_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences

    db = work / "tally.db"
    catalog = load_catalog()
    form = catalog.get("static99r")
    with Store.create(db, PASSPHRASE) as store:
        store.set_evaluator("Dr A. Example", "Forensic psychologist")
        pk = store.create_case("DEMO-2026-0142", "1986-01-01", FACTS, "csem_only",
                               "Synthetic demo case, not a real person.")
        aid = store.create_assessment(pk, form.id, form.version, form.content_hash,
                                      "2024-05-01")
        for item in form.items:
            if item.id != "age_at_release":
                store.set_answer(aid, item.id, 0, rationale="On file.",
                                 sources=["file_review"])
        store.lock(aid, form)
    prefs = Preferences()
    app = create_application(["tally"], prefs)
    window = MainWindow(db, prefs)
    window.resize(1366, 768)
    window.showMaximized()

    def open_workspace() -> None:
        window._unlock(PASSPHRASE)
        ws = window.workspace
        ws.cases.select_case(pk)
        if screen == "confirm":
            view = ws.case_view
            view.begin_edit()
            view.profile.date_of_birth.setText("1992-01-01")

            def fill() -> None:
                dialog = app.activeModalWidget()
                dialog.reason.setText("Birth certificate received from the court file")

            QTimer.singleShot(500, fill)
            QTimer.singleShot(200, view.done_button.click)
        else:
            window.store.update_case(pk, date_of_birth="1992-01-01",
                                     reason="Birth certificate received from the court file")
            view = ws.open_assessment(aid)
            view.request_amend()
            QTimer.singleShot(300, lambda: view._dialog.reason.setText("Birth date corrected"))

    QTimer.singleShot(200, open_workspace)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
