"""Shared helpers of the assessment tests: a real SQLCipher store in tmp_path, real forms,
keyboard input sent to whichever widget has the focus (as a real keyboard would).

Run as a script it is the child process of the kill test: it opens a real store and an
AssessmentView offscreen, answers items by key presses, prints each item once the store has
acknowledged it, and waits to be killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
CASE_FACTS = {
    "release_date": "2024-03-01",
    "index_investigation_date": "2021-06-15",
    "csem_only": False,
    "contact_sexual_offence": True,
}
DATE_OF_BIRTH = "1980-05-20"  # 43 at release (Static-99R -1, RM2000/S 0), 41 at CPORT date


def make_store(path: Path):
    from tally.store import Store

    store = Store.create(path, PASSPHRASE)
    store.set_evaluator("Dr Test Evaluator", "Psychologist")
    return store


def make_assessment(
    store, catalog, form_id: str, *, case_id: str = "T-0001", date: str = "2024-05-02",
    facts: dict | None = None, date_of_birth: str | None = DATE_OF_BIRTH,
) -> int:
    case = store.find_case(case_id)
    if case is None:
        case_pk = store.create_case(
            case_id, date_of_birth=date_of_birth, facts=dict(CASE_FACTS if facts is None else facts)
        )
    else:
        case_pk = case.pk
    form = catalog.get(form_id)
    return store.create_assessment(case_pk, form_id, form.version, form.content_hash, date)


def press(qtbot, key, modifier=None, times: int = 1) -> None:
    """Send a key to the focused widget, like the keyboard would (no widget is clicked)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    modifier = Qt.KeyboardModifier.NoModifier if modifier is None else modifier
    for _ in range(times):
        # after a dialog closes the window system hands activation back asynchronously
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        target = QApplication.focusWidget()
        qtbot.keyClick(target, key, modifier)


def digit_key(digit: int):
    from PySide6.QtCore import Qt

    return Qt.Key(Qt.Key.Key_0.value + digit)


def _child(db: str, assessment_id: int, keys: str) -> None:
    """Answer items by pressing `keys` (digits, 'n' = Enter) and print each acknowledgement."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tally.operations.desk import Desk
    from tally.paths import load_catalog
    from tally.store import Store
    from tally.ui.assessment import AssessmentView, StoreSession

    app = QApplication([])
    store = Store.open(db, PASSPHRASE)
    session = StoreSession(Desk(store), assessment_id)
    view = AssessmentView(session, load_catalog())
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    QApplication.processEvents()

    def acknowledged() -> None:
        item = view.current_item_id()
        answer = session.answers().get(item)
        print(f"saved {item} {answer.points if answer else None}", flush=True)

    view.wizard.saved.connect(acknowledged)
    steps = list(keys)

    def step() -> None:
        if not steps:
            print(f"at {view.current_item_id()}", flush=True)
            print("ready to be killed", flush=True)
            return
        key = steps.pop(0)
        target = QApplication.focusWidget() or view
        if key == "n":
            from PySide6.QtCore import Qt

            QTest.keyClick(target, Qt.Key.Key_Return)
            print(f"at {view.current_item_id()}", flush=True)
        else:
            QTest.keyClick(target, digit_key(int(key)))
        QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)
    app.exec()


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]), sys.argv[3])
