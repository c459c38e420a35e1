"""Open the sign-and-export dialog or the Verify screen for a screenshot.

    ../shared/tools/xshot -o docs/screenshots/export.png -s 1366x768 -w 6 -- \
        .venv/bin/python scripts/shot_export.py export | verify

A throwaway data folder, database and signing identity hold one clearly synthetic case with
STABLE-2007 and ACUTE-2007 locked and a later STABLE-2007 still a draft; nothing touches the
user's real database, settings or identity.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("export", "verify")
PASSPHRASE = "demo screenshot passphrase 1"
KEY_PASS = "demo signing key 1"
FACTS = {"release_date": "2024-03-01", "index_investigation_date": "2021-06-15",
         "csem_only": True, "csem_production": False, "contact_sexual_offence": False}
# points per item, cycling: a plausible, clearly made-up profile
PATTERN = (1, 0, 2, 1, 0, 1, 0, 2, 1, 1, 0, 0, 1)


def _fill(store, form, aid: int) -> None:
    for n, item in enumerate(form.items):
        points = PATTERN[n % len(PATTERN)]
        if points not in item.allowed:
            points = item.min_points
        store.set_answer(aid, item.id, points, rationale="Synthetic demo rationale.",
                         sources=["file review", "interview"])


def _setup(work: Path):
    from tally.paths import load_catalog
    from tally.reports import identity
    from tally.store import Store

    catalog = load_catalog()
    store = Store.create(work / "tally.db", PASSPHRASE)
    store.set_evaluator("Dr Alex Demo", "C.Psych.", "Demo Forensic Service")
    pk = store.create_case("DEMO-0042", "1971-09-14", FACTS, "csem_only",
                           "Synthetic demo case, not a real person.")
    ids = []
    for form_id, when in (("stable2007", "2024-05-02"), ("acute2007", "2024-05-02"),
                          ("stable2007", "2025-01-10")):
        form = catalog.get(form_id)
        aid = store.create_assessment(pk, form_id, form.version, form.content_hash, when)
        _fill(store, form, aid)
        ids.append(aid)
    store.lock(ids[0])
    store.lock(ids[1])
    identity.create_self_signed(KEY_PASS, "Dr Alex Demo", "Demo Forensic Service")
    store.close()
    return catalog, pk, ids


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"shot_export: unknown screen '{screen}' (use {', '.join(SCREENS)})",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tally-shot-"))
    os.environ["TALLY_DATA_DIR"] = str(work)
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from tally.ui.application import create_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences

    _catalog, pk, ids = _setup(work)
    prefs = Preferences()
    app = create_application(["tally"], prefs)
    window = MainWindow(work / "tally.db", prefs)
    window.resize(1366, 768)
    window.showMaximized()
    out_dir = work / "Reports"
    out_dir.mkdir()

    def export_dialog():
        from tally.ui.export import ExportDialog

        dialog = ExportDialog(window.store, window.catalog, pk, ids[:2], out_dir=out_dir,
                              parent=window)
        dialog.key_passphrase.setText(KEY_PASS)
        return dialog

    def open_screen() -> None:
        window._unlock(PASSPHRASE)
        ws = window.workspace
        ws.cases.select_case(pk)
        ws.show_case(pk)
        if screen == "export":
            dialog = export_dialog()
            dialog.resize(760, dialog.sizeHint().height())
            dialog.key_passphrase.setFocus()
            dialog.exec()
            return
        exporter = export_dialog()  # sign and export exactly as the app does
        exporter.export()
        pdf = exporter.result.path
        exporter.deleteLater()
        ws.case_view.refresh_assessments()
        from tally.ui.verify import VerifyDialog

        dialog = VerifyDialog(window.store, parent=window)
        dialog.resize(1000, 700)
        dialog.verify(pdf)
        dialog.exec()

    QTimer.singleShot(200, open_screen)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
