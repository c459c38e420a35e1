"""Show the Training window on fictional cases, for screenshots in a real window.

    ../shared/tools/xshot -o docs/screenshots/training-practice.png -w 5 -- \
        .venv/bin/python scripts/shot_training.py practice     (or feedback, progress)

A throwaway encrypted database in a temporary folder holds a demo trainee with a few
submitted attempts (so the progress dashboard has something to show); removed on exit.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from pathlib import Path

SCREENS = ("practice", "feedback", "progress")
# (case, reference key, item overrides) of earlier attempts; overrides are the trainee's misses
HISTORY = [
    ("tr02_young_coach_casic_route", "cport", {"boy_content_csem": 0}),
    ("tr05_cohabiting_on_bail", "cport", {"conditional_release_failure": 0,
                                          "boy_content_csem": 0}),
    ("tr01_first_contact_csem_only", "cport", {}),
    ("tr07_online_sting", "cport", {}),
    ("tr10_admission_overrides_casic", "cport", {"sexual_interest_in_children": 0}),
    ("tr09_settled_older_man", "stable2007@2024-03-05",
     {"emotional_identification_with_children": 1}),
    ("tr03_prior_contact_deescalation", "stable2007@2024-09-02",
     {"hostility_toward_women": 2, "capacity_for_relationship_stability": 1,
      "emotional_identification_with_children": 1}),
    ("tr06_acute_over_time", "acute2007@2024-04-10", {}),
    ("tr06_acute_over_time", "acute2007@2024-07-09", {"victim_access": 2, "emotional_collapse": 2}),
]


def seed_history(window, catalog) -> None:
    from tally.training.practice import PracticeSession

    for case_id, key, misses in HISTORY:
        case = window.library.get(case_id)
        ref = case.reference(key)
        session = PracticeSession.start(window.tstore, window.trainee_id(), case, ref,
                                        catalog.get(ref.form_id))
        for item_id, points in (ref.points() | misses).items():
            session.set_answer(item_id, points, rationale="demo")
        session.lock()


def main(screen: str) -> int:
    if screen not in SCREENS:
        print(f"usage: shot_training.py {{{','.join(SCREENS)}}}", file=sys.stderr)
        return 2
    folder = tempfile.TemporaryDirectory(prefix="tally-shot-")
    os.environ["TALLY_DATA_DIR"] = folder.name  # never the real user's training folder
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tally.paths import load_catalog
    from tally.store import Store
    from tally.ui.training import TrainingWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Tally")
    store = Store.create(Path(folder.name) / "demo.db", "demo passphrase for screenshots")
    catalog = load_catalog()
    window = TrainingWindow(store, catalog)
    window.tstore.add_trainee("Trainee R. Okafor (demo)")
    window.tstore.add_trainee("Trainee J. Lindqvist (demo)")
    window.refresh_trainees()
    window.select_trainee("Trainee R. Okafor (demo)")
    seed_history(window, catalog)
    window.resize(1366, 768)
    window.move(0, 0)

    case = window.library.get("tr02_young_coach_casic_route")
    if screen in ("practice", "feedback"):
        practice = window.start_practice(case.id, "stable2007@2024-03-14")
        assert practice is not None
        ref = case.reference("stable2007@2024-03-14")
        plan = ref.points() | {"emotional_identification_with_children": 0,
                               "general_social_rejection": 2}
        items = list(plan.items())
        if screen == "practice":
            for item_id, points in items[:2]:
                practice.session.set_answer(item_id, points, rationale="From the file summary.")
            practice.session.set_position(items[2][0])
            window.start_practice(case.id, "stable2007@2024-03-14")  # resume where it stood
        else:
            for item_id, points in items:
                practice.session.set_answer(item_id, points, rationale="From the file summary.")
            practice.session.lock()
            window.show_feedback(practice.session.feedback)
    else:
        window.tabs.setCurrentIndex(1)
        window.refresh_progress()
    window.show()
    window.activateWindow()

    def stop(*_: object) -> None:
        app.quit()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    ticker = QTimer()
    ticker.start(200)  # let Python run its signal handlers while Qt waits
    ticker.timeout.connect(lambda: None)
    code = app.exec()
    window.close()
    store.close()
    folder.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "practice"))
