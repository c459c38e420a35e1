"""Show OSP/DC or OSP/IIC on a fictional case, for screenshots in a real window.

    ../shared/tools/xshot -o docs/screenshots/ospdc-wizard.png -w 5 -- \
        .venv/bin/python scripts/shot_osp.py ospdc wizard     (or results; ospiic likewise)

The counts and dates are case facts (entered once, as in the profile's OSP dialog); every item
is derived from them. Everything lives in a throwaway encrypted database, removed on exit.
"""

from __future__ import annotations

import signal
import sys
import tempfile
from pathlib import Path

FACTS = {
    "release_date": "2015-01-10", "csem_only": False, "contact_sexual_offence": True,
    "contact_adult_sexual_sanction_count": 2, "contact_child_sexual_sanction_count": 0,
    "noncontact_sexual_offence_count": 0, "indecent_image_sanction_count": 0,
    "sanction_count_all_offences": 3, "followup_start_date": "2015-01-10",
    "most_recent_sexual_offence_date": "2009-11-02", "most_recent_offence_date": "2009-11-02",
    "stranger_victim_current": True, "in_custody": False,
}
RATIONALE = {
    "contact_adult_sanctions": "PNC print 2026-04-20: sexual assault 2004, rape 2010 "
                               "(offence 2009); two sanction occasions.",
    "contact_child_sanctions": "PNC print and OASys: no offence against a child.",
    "noncontact_offences": "None recorded; no image offence.",
    "age_at_followup_start": "Released on licence 2015-01-10 (sentence calculation sheet).",
    "age_at_last_sexual_sanction": "Index offence committed 2009-11-02 (indictment).",
    "sanctions_all_offences": "Three occasions: theft 2001 and the two above.",
    "stranger_victim_current": "CPS summary: victim met the same evening, not known before.",
    "indecent_image_sanctions": "PNC print 2026-04-20: no image offence.",
}


def main(form_id: str, page: str) -> int:
    if form_id not in ("ospdc", "ospiic") or page not in ("wizard", "results"):
        print("usage: shot_osp.py {ospdc,ospiic} {wizard,results}", file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tally.core.derive import derive
    from tally.core.facts import parse_facts
    from tally.paths import load_catalog
    from tally.store import Store
    from tally.ui.assessment import AssessmentView, StoreSession

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tally")
    folder = tempfile.TemporaryDirectory(prefix="tally-shot-")
    store = Store.create(Path(folder.name) / "demo.db", "demo passphrase for screenshots")
    store.set_evaluator("Dr A. Example", "Forensic psychologist")
    catalog = load_catalog()
    form = catalog.get(form_id)
    case_pk = store.create_case("CASE-2026-0415", date_of_birth="1980-05-20", facts=FACTS,
                                offence_pattern="mixed")
    aid = store.create_assessment(case_pk, form_id, form.version, form.content_hash,
                                  "2026-06-01")
    typed, _ = parse_facts({**FACTS, "date_of_birth": "1980-05-20",
                            "assessment_date": "2026-06-01"})
    items = form.items if page == "results" else form.items[:4]
    for item in items:
        found = derive(item.derive, typed)
        store.set_answer(aid, item.id, found.points, origin="derived", derivation=found.how,
                         sources=["criminal_record"], rationale=RATIONALE.get(item.id, ""))
    store.set_position(aid, form.items[3].id if page == "wizard" else form.items[-1].id)

    view = AssessmentView(StoreSession(store, aid), catalog)
    view.setWindowTitle(f"Tally — {form.name}")
    view.resize(1366, 768)
    view.move(0, 0)
    if page == "results":
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
    sys.exit(main(*(sys.argv[1:3] if len(sys.argv) > 2 else ("ospdc", "wizard"))))
