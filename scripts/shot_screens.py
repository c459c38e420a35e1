"""Open one main screen in the real main window, filling the screen, for the screenshots at
1366×768 and at 200 % (run under ../shared/tools/xshot; no window manager there, so the
window is given the screen's size itself):

    ../shared/tools/xshot -o docs/screenshots/wizard.png -s 1366x768 -w 7 -- \\
        .venv/bin/python scripts/shot_screens.py wizard
    QT_SCALE_FACTOR=2 ../shared/tools/xshot -o docs/screenshots/wizard-200.png \\
        -s 2732x1536 -w 9 -- .venv/bin/python scripts/shot_screens.py wizard

Screens: case-list, wizard, review, results, export, identity, training, shortcuts, withheld
(Static-99R on a CSEM-only case: the total, no level), consistency (a CPORT review with a
form's consistency check firing), period (an ACUTE-2007 draft with its rating period),
casic-link (CPORT item 5 with its linked, locked CASIC and the gate recorded), audit-trail
(an entry read, the chain verified), settings, restore (a backup beside the database).
TALLY_SHOT_LANG=fr shows the French interface.
A throwaway data folder holds clearly synthetic demo cases, one fictional case with a CPORT
draft, a Static-99R draft and a locked STABLE-2007, and a signing identity; nothing touches
the user's database, settings or identity.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENS = ("case-list", "wizard", "review", "results", "export", "identity", "training",
           "shortcuts", "withheld", "consistency", "period", "casic-link", "audit-trail",
           "settings", "restore")
CSEM_ONLY = {"release_date": "2024-03-01", "index_investigation_date": "2021-06-15",
             "csem_only": True, "csem_production": False, "contact_sexual_offence": False}
CASIC = (1, 1, 0, 1, 0, 0)  # casic-link: a locked CASIC of total 3, linked to the CPORT draft
PASSPHRASE = "demo screenshot passphrase 1"
KEY_PASS = "demo signing key 1"
FACTS = {"release_date": "2024-03-01", "index_investigation_date": "2021-06-15",
         "csem_only": False, "csem_production": False, "contact_sexual_offence": True}
STABLE = (1, 0, 2, 1, 0, 1, 0, 2, 1, 1, 0, 0, 1)
STATIC = {
    "never_lived_with_partner": (1, "No cohabitation of two years in the PSR or collateral."),
    "index_nonsexual_violence": (0, "Index conviction: sexual offences only."),
    "prior_nonsexual_violence": (0, "National and youth records checked: none."),
}
FRENCH = os.environ.get("TALLY_SHOT_LANG") == "fr"
if FRENCH:  # the evaluator's own words, in the language of the French screens
    STATIC = {
        "never_lived_with_partner": (1, "Aucune cohabitation de deux ans au RPS ni selon les "
                                        "sources collatérales."),
        "index_nonsexual_violence": (0, "Infraction de référence : infractions sexuelles "
                                        "seulement."),
        "prior_nonsexual_violence": (0, "Casiers adulte et jeunesse vérifiés : aucune."),
    }
SEEN = ("Relevé dans les notes de surveillance et l'entrevue de 2024." if FRENCH
        else "Seen in supervision notes and the 2024 interview.")
NOTE = ("Dossier de démonstration synthétique, pas une personne réelle. Demande : examen en "
        "vue d'une libération conditionnelle." if FRENCH
        else "Synthetic demo case, not a real person. Referral: parole review.")


def _setup(work: Path, screen: str = ""):
    from tally.paths import load_catalog
    from tally.reports import identity
    from tally.store import Store
    from tally.store.demo import create_demo_db

    catalog = load_catalog()
    db = work / "tally.db"
    create_demo_db(db, PASSPHRASE, 60)
    store = Store.open(db, PASSPHRASE)
    store.set_evaluator("Dr Alex Demo", "C.Psych.", "Demo Forensic Service")
    pk = store.create_case("AAA-DEMO-0042", "1979-11-02", FACTS, "mixed_concurrent",
                           NOTE)
    ids = {}
    for form_id, when in (("cport", "2024-05-02"), ("static99r", "2024-05-02"),
                          ("stable2007", "2024-05-02"), ("stable2007", "2025-01-10")):
        form = catalog.get(form_id)
        ids.setdefault(form_id, []).append(
            store.create_assessment(pk, form_id, form.version, form.content_hash, when))
    for aid in ids["stable2007"]:
        for n, item in enumerate(catalog.get("stable2007").items):
            store.set_answer(aid, item.id, STABLE[n], rationale=SEEN,
                             sources=["supervision_notes", "interview"])
        store.lock(aid)
    static = ids["static99r"][0]
    for item_id, (points, why) in STATIC.items():
        store.set_answer(static, item_id, points, rationale=why, sources=["criminal_record"])
    store.set_position(static, "prior_sex_offences")
    # a CSEM-only case: Static-99R locked (its level withheld), CPORT with item 4 = yes
    only = store.create_case("AAB-DEMO-0043", "1986-02-14", CSEM_ONLY, "csem_only",
                             "Synthetic demo case, not a real person.")
    for form_id in ("static99r", "cport"):
        form = catalog.get(form_id)
        aid = store.create_assessment(only, form_id, form.version, form.content_hash,
                                      "2024-05-02", form=form)
        for item in form.items:
            if item.derive is None or item.derive.optional:
                points = 1 if item.id in ("contact_sexual_offending", "prior_sex_offences",
                                          "noncontact_sex_offences") else item.min_points
                store.set_answer(aid, item.id, points, rationale="Seen in the file review.",
                                 sources=["file_review"])
        if form_id == "static99r":
            store.lock(aid, form)
        ids[f"{form_id}-csem"] = [aid]
    acute = catalog.get("acute2007")
    aid = store.create_assessment(pk, "acute2007", acute.version, acute.content_hash,
                                  "2025-01-10", form=acute)
    store.set_answer(aid, "victim_access", 0, rationale="No contact with children reported by "
                     "the supervisor.", sources=["supervision_notes"])
    from tally.store import report_context

    report_context.set_period(store, aid, "2024-12-13", "2025-01-09")
    ids["acute2007"] = [aid]
    if screen == "casic-link":
        casic_form = catalog.get("casic")
        casic = store.create_assessment(pk, "casic", casic_form.version,
                                        casic_form.content_hash, "2024-05-02")
        for item, points in zip(casic_form.items, CASIC, strict=True):
            store.set_answer(casic, item.id, points, rationale="Forensic examiner's inventory "
                             "and police report, 2021.", sources=["file_review"])
        store.lock(casic, casic_form)
        store.link_casic(ids["cport"][0], casic)
        store.set_casic_gate(ids["cport"][0], True)
    identity.create_self_signed(KEY_PASS, "Dr Alex Demo", "Demo Forensic Service")
    store.close()
    return pk, ids


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"shot_screens: unknown screen '{screen}' (use {', '.join(SCREENS)})",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tally-shot-"))
    os.environ["TALLY_DATA_DIR"] = str(work)
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    from tally.ui.application import create_application
    from tally.ui.main_window import MainWindow
    from tally.ui.preferences import Preferences

    pk, ids = _setup(work, screen)
    prefs = Preferences()
    if os.environ.get("TALLY_SHOT_LANG"):
        prefs.language = os.environ["TALLY_SHOT_LANG"]
    app = create_application(["tally"], prefs)
    window = MainWindow(work / "tally.db", prefs)
    window.setGeometry(window.screen().availableGeometry())
    window.show()

    def fill_screen(widget) -> None:
        widget.setGeometry(widget.screen().availableGeometry())

    def open_screen() -> None:
        window._unlock(PASSPHRASE)
        ws = window.workspace
        ws.cases.select_case(pk)
        if screen == "case-list":
            ws.focus_cases()
        elif screen == "wizard":
            ws.open_assessment(ids["static99r"][0])
        elif screen == "review":
            ws.open_assessment(ids["static99r"][0]).show_review()
        elif screen == "withheld":
            ws.open_assessment(ids["static99r-csem"][0])
        elif screen == "consistency":
            ws.open_assessment(ids["cport-csem"][0]).show_review()
        elif screen == "period":
            ws.open_assessment(ids["acute2007"][0])
        elif screen == "results":
            ws.open_assessment(ids["stable2007"][1])
        elif screen == "export":
            QTimer.singleShot(100, ws.sign_and_export)
        elif screen == "identity":
            QTimer.singleShot(100, window.open_identity)
        elif screen == "casic-link":
            ws.open_assessment(ids["cport"][0]).show_wizard("sexual_interest_in_children")
        elif screen == "shortcuts":
            QTimer.singleShot(100, window.show_shortcuts)
        elif screen == "audit-trail":
            window.open_audit_trail()
            dialog = window._audit_dialog
            dialog.table.selectRow(0)
            dialog.verify()
        elif screen == "settings":
            QTimer.singleShot(100, window.open_settings)
        elif screen == "restore":
            from tally.ui.database_life import RestoreDialog

            backup = str(work / "tally-backup-2025-01-10.db")
            QTimer.singleShot(100, RestoreDialog(backup, str(work / "tally.db"), window).exec)
        elif screen == "training":
            window.open_training()
            training = window.training_window
            fill_screen(training)
            training.tstore.add_trainee("Trainee R. Okafor (demo)")
            training.refresh_trainees()
            training.tabs.setCurrentIndex(0)
            training.picker.start_button.click()

    QTimer.singleShot(300, open_screen)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
