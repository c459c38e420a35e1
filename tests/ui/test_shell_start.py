"""First run, unlock (right and wrong passphrase), idle lock, and `tally --exit-when-shown`."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import PASSPHRASE, unlock

# the offscreen platform warns that it cannot pass size hints to a top-level window
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_run_creates_the_database_then_the_profile(qtbot, window, db_path):
    assert window.current_page() == "first_run"
    step = window.first_run.database
    assert "Nothing can recover a forgotten passphrase" in " ".join(
        w.text() for w in step.findChildren(type(step.message)))
    qtbot.keyClicks(step.passphrase, "short")
    assert not step.create.isEnabled()
    assert "at least 10 characters" in step.message.text()
    step.passphrase.clear()
    qtbot.keyClicks(step.passphrase, PASSPHRASE)
    assert step.meter.value() >= 3  # four words with a digit: strong
    qtbot.keyClicks(step.repeat, PASSPHRASE + "x")
    assert "not the same" in step.message.text()
    qtbot.keyClick(step.repeat, Qt.Key.Key_Backspace)
    assert "Tick the box" in step.message.text()
    qtbot.keyClick(step.repeat, Qt.Key.Key_Return)  # refused: nothing is created
    assert not db_path.exists()
    step.understood.setChecked(True)
    assert step.create.isEnabled()
    qtbot.keyClick(step.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "profile")
    assert db_path.exists()
    assert step.passphrase.text() == "" and step.repeat.text() == ""  # not kept on screen

    profile = window.first_run.profile
    qtbot.keyClick(profile.name, Qt.Key.Key_Return)  # no name: refused
    assert "full name" in profile.message.text()
    qtbot.keyClicks(profile.name, "Dr Ada Example")
    qtbot.keyClicks(profile.credentials, "PhD, C.Psych.")
    qtbot.keyClicks(profile.organisation, "North Clinic")
    qtbot.keyClick(profile.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == "workspace")
    evaluator = window.store.evaluator()
    assert (evaluator.name, evaluator.credentials, evaluator.organisation) == (
        "Dr Ada Example", "PhD, C.Psych.", "North Clinic")

    from tally.store import Store  # the file opens with that passphrase and no other

    window.lock()
    Store.open(db_path, PASSPHRASE).close()


def test_passphrase_strength_is_a_rough_guide():
    from tally.ui.first_run import passphrase_strength

    assert passphrase_strength("") == 0
    assert passphrase_strength("aaaaaaaaaaaaaaaa") <= 1
    assert passphrase_strength("password123456") <= 1
    assert passphrase_strength("1234567890123") <= 1
    assert passphrase_strength("quiet river lantern 42") >= 3
    assert passphrase_strength("Tr0ub4dor&3-horse-Staple!") == 4


def test_wrong_passphrase_changes_nothing_then_the_right_one_unlocks(qtbot, closed_db, window):
    assert window.current_page() == "unlock"
    before = _digest(closed_db)
    unlock_page = window.unlock_page
    qtbot.keyClicks(unlock_page.passphrase, "not the passphrase")
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    assert window.current_page() == "unlock"
    assert "does not open this database" in unlock_page.message.text()
    assert "Try again in 1 s." in unlock_page.message.text()  # a short wait before the next
    assert not unlock_page.unlock.isEnabled()
    qtbot.waitUntil(lambda: unlock_page.unlock.isEnabled(), timeout=5000)
    assert unlock_page.passphrase.isEnabled() and "Try again" not in unlock_page.message.text()
    qtbot.keyClicks(unlock_page.passphrase, "still not it")
    qtbot.keyClick(unlock_page.passphrase, Qt.Key.Key_Return)
    assert "Try again in 2 s." in unlock_page.message.text()  # each wrong one waits longer
    qtbot.waitUntil(lambda: unlock_page.unlock.isEnabled(), timeout=8000)
    assert window.store is None and window.workspace is None
    assert _digest(closed_db) == before
    assert not os.path.exists(f"{closed_db}-wal")  # a refused open leaves no side files
    unlock_page.passphrase.clear()
    unlock(qtbot, window)
    assert window.store is not None and window.workspace is not None
    assert unlock_page.passphrase.text() == ""
    assert window.menuBar().isVisible()


def test_empty_passphrase_is_refused_with_one_message(qtbot, closed_db, window):
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    assert window.unlock_page.message.text() == "Enter your passphrase."
    assert window.current_page() == "unlock"


def test_idle_time_locks_and_closes_the_store(qtbot, closed_db, window):
    unlock(qtbot, window)
    store = window.store
    window.idle.set_timeout_ms(150)
    qtbot.waitUntil(lambda: window.current_page() == "unlock", timeout=5000)
    assert window.store is None and window.workspace is None
    assert store.closed  # closed, not just forgotten
    assert "after a period without activity" in window.unlock_page.reason.text()
    assert not window.menuBar().isVisible()
    assert not window.act_new_case.isEnabled()
    unlock(qtbot, window)  # and the same passphrase opens it again


def test_activity_postpones_the_idle_lock(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from tally.ui.idle import IdleWatcher

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(300)
    fired = []
    watcher.idle.connect(lambda: fired.append(time.monotonic()))
    started = time.monotonic()
    watcher.start()
    for _ in range(5):  # typing for ~0.5 s keeps it awake
        qtbot.wait(100)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert not fired
    qtbot.waitUntil(lambda: bool(fired), timeout=3000)
    assert fired[0] - started >= 0.75
    assert not watcher.is_active()


def test_ctrl_l_locks(qtbot, closed_db, window):
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.act_lock.isEnabled())
    window.act_lock.trigger()
    assert window.current_page() == "unlock"
    assert "Enter your passphrase to open" in window.unlock_page.reason.text()


def test_exit_when_shown_paints_once_and_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TALLY_DATA_DIR=str(tmp_path))
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from tally.cli import main; sys.exit(main())",
         "--exit-when-shown", "--db", str(tmp_path / "new.db")],
        env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - started < 30
    assert not (tmp_path / "new.db").exists()  # showing first run creates nothing


def test_start_up_imports_neither_the_store_nor_pdf_libraries(tmp_path):
    code = (
        "import sys\n"
        "from tally.cli import main\n"
        "main(['--exit-when-shown'])\n"
        "heavy = [m for m in ('sqlcipher3', 'reportlab', 'pyhanko', "
        "'tally.store', 'tally.commands.score', 'tomllib', 'numpy', 'scipy', 'sklearn', "
        "'statsmodels', 'lifelines', 'pandas') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TALLY_DATA_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
