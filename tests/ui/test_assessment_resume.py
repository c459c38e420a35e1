"""Kill the running app mid-assessment, start again: it resumes at the same item with every
acknowledged answer present.

The child process (assessment_fixtures.py run as a script) opens the real SQLCipher file and
a real AssessmentView offscreen, answers items by key presses, prints each item once the store
has acknowledged it, and is then killed with SIGKILL: no clean-up, no close, no flush.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tally.store import Store
from tally.ui.assessment import AssessmentView, StoreSession
from tests.ui.assessment_fixtures import PASSPHRASE, make_assessment, make_store

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
CHILD = Path(__file__).with_name("assessment_fixtures.py")
REPO = Path(__file__).resolve().parents[2]


def run_until(proc: subprocess.Popen, last_line: str, timeout: float = 60.0) -> list[str]:
    """The child's stdout lines up to `last_line`, read by a thread so that neither a
    buffered burst of lines nor a silent child can block the test; a failure kills it."""
    import queue
    import threading

    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in proc.stdout:
            lines.put(line.strip())
        lines.put(None)  # end of output

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    try:
        while True:
            line = lines.get(timeout=timeout)
            if line is None:
                break
            seen.append(line)
            if line == last_line:
                return seen
    except queue.Empty:
        pass
    proc.kill()  # before reading stderr: reading a live child's stderr would wait forever
    raise AssertionError(f"child did not reach {last_line!r}: {seen} {proc.stderr.read()}")


def test_killed_mid_assessment_resumes_with_every_answer(qtbot, tmp_path, catalog):
    db = tmp_path / "tally.db"
    store = make_store(db)
    aid = make_assessment(store, catalog, "stable2007")
    store.close()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    # five items answered and moved past, the sixth answered without moving on
    keys = "2n1n0n2n1n2"
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(aid), keys],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
    )
    try:
        lines = run_until(proc, "ready to be killed")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    saved = [line.split() for line in lines if line.startswith("saved ")]
    acknowledged = {item: int(points) for _, item, points in saved}
    form = catalog.get("stable2007")
    expected = dict(zip(form.item_ids, [2, 1, 0, 2, 1, 2], strict=False))
    assert acknowledged == expected
    at_kill = [line.split()[1] for line in lines if line.startswith("at ")][-1]
    assert at_kill == form.item_ids[5]

    reopened = Store.open(db, PASSPHRASE)  # SQLCipher recovers its WAL on open
    try:
        view = AssessmentView(StoreSession(Desk(reopened), aid), catalog)
        qtbot.addWidget(view)
        view.resize(1366, 768)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        assert view.current_page() == "wizard"
        assert view.current_item_id() == at_kill
        answers = view.session.answers()
        assert {i: a.points for i, a in answers.items()} == expected
        assert all(a.origin == "entered" for a in answers.values())
        checked = [b.isChecked() for b in view.wizard.page.choice_buttons()]
        assert checked == [False, False, True]  # the sixth item shows its stored 2
        assert view.totals.text() == "Total 8 · incomplete, 7 missing"
    finally:
        reopened.close()
