"""Show the assessment view on a demo Static-99R case, for screenshots in a real window.

    ../shared/tools/xshot -o docs/screenshots/wizard.png -w 5 -- \
        .venv/bin/python scripts/shot_assessment.py wizard     (or review, results)

Everything lives in a throwaway encrypted database in a temporary folder, removed on exit.
The case is fictional.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path

PAGES = ("wizard", "review", "results")
FACTS = {"release_date": "2024-03-01", "contact_sexual_offence": True, "csem_only": False}
# item -> (points, rationale, sources); items 1-4 for the wizard, all ten for review/results
ANSWERS = {
    "never_lived_with_partner": (
        1, "No cohabitation of two years found in PSR 2023 or collateral (sister).",
        ["file_review", "collateral"],
    ),
    "index_nonsexual_violence": (0, "Index conviction: sexual offences only.", ["criminal_record"]),
    "prior_nonsexual_violence": (
        0, "National record and youth record checked 2024-04-12: none.", ["criminal_record"],
    ),
    "prior_sex_offences": (
        1, "One prior conviction (2016, CSEM possession); no other charges.",
        ["criminal_record", "police_reports"],
    ),
    "prior_sentencing_dates": (0, "Two prior sentencing dates (2012, 2016).", ["criminal_record"]),
    "noncontact_sex_offences": (1, "2016 CSEM possession conviction.", ["criminal_record"]),
    "unrelated_victims": (1, "Index victim a neighbour's child, unrelated.", ["police_reports"]),
    "stranger_victims": (0, "Victim known to him for years.", ["police_reports", "interview"]),
    "male_victims": (0, "Index victim female; no other victims.", ["police_reports"]),
}


def main(page: str) -> int:
    if page not in PAGES:
        print(f"usage: shot_assessment.py {{{','.join(PAGES)}}}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tally.paths import load_catalog
    from tally.store import Store
    from tally.ui.assessment import AssessmentView, StoreSession

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tally")
    folder = tempfile.TemporaryDirectory(prefix="tally-shot-")
    store = Store.create(Path(folder.name) / "demo.db", "demo passphrase for screenshots")
    store.set_evaluator("Dr A. Example", "Forensic psychologist")
    catalog = load_catalog()
    form = catalog.get("static99r")
    case_pk = store.create_case(
        "CASE-2024-0137", date_of_birth="1979-11-02", facts=FACTS, offence_pattern="mixed"
    )
    aid = store.create_assessment(case_pk, "static99r", form.version, form.content_hash,
                                  "2024-05-02")
    chosen = list(ANSWERS.items())
    if page == "wizard":
        chosen = chosen[:3]
    store.set_answer(aid, "age_at_release", -1, origin="derived",
                     derivation="age 44 on 2024-03-01 (release_date)",
                     sources=["criminal_record"],
                     rationale="Release date from the sentence calculation sheet.")
    for item_id, (points, rationale, sources) in chosen:
        store.set_answer(aid, item_id, points, rationale=rationale, sources=sources)
    store.set_position(aid, os.environ.get("SHOT_ITEM", "prior_sex_offences"))

    view = AssessmentView(StoreSession(store, aid), catalog)
    view.setWindowTitle("Tally — Static-99R")
    view.resize(1366, 768)
    view.move(0, 0)
    if page == "review":
        view.show_review()
    elif page == "results":
        view.show_results()
    view.show()
    view.activateWindow()

    def stop(*_: object) -> None:
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    ticker = QTimer()
    ticker.start(200)  # let Python run its signal handlers while Qt waits
    ticker.timeout.connect(lambda: None)
    code = app.exec()
    view.close()
    store.close()
    folder.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "wizard"))
