"""Long database steps show what they do: restore runs in a worker thread with a busy bar
after a second, a step on the open file is announced in a painted dialog first."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tally.ui import progress
from tally.ui.progress import announced, is_large, run_in_background

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def shown_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()]


def test_a_quick_step_returns_its_result_and_shows_no_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_in_background(parent, "Restore", "Working…", lambda: 42) == 42
    assert not shown_dialogs()


def test_a_failing_step_raises_its_own_error_here(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail() -> None:
        raise ValueError("the backup is not a Tally database")

    with pytest.raises(ValueError, match="not a Tally database"):
        run_in_background(parent, "Restore", "Working…", fail)
    assert not shown_dialogs()


def test_a_long_step_shows_a_busy_bar_and_the_window_keeps_painting(qtbot, monkeypatch):
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 50)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    seen: list[str] = []
    ticks: list[int] = []

    def watch() -> None:  # runs on the window's thread while the work waits: timers go on
        ticks.append(1)
        dialogs = shown_dialogs()
        if dialogs:
            seen.append(dialogs[0].labelText())
            release.set()

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(20)
    worker: list[str] = []
    result = run_in_background(parent, "Restore from a backup", "Checking the backup…",
                               lambda: worker.append(threading.current_thread().name)
                               or release.wait(20))
    timer.stop()
    assert result is True and seen == ["Checking the backup…"] * len(seen) and seen
    assert worker == ["tally-progress"] and len(ticks) >= 2
    assert not shown_dialogs()  # closed when done


def test_an_announced_step_is_painted_before_it_blocks_only_when_large(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    with announced(parent, "Back up the database", "Writing the backup…", show=True):
        assert [d.labelText() for d in shown_dialogs()] == ["Writing the backup…"]
    assert not shown_dialogs()
    with announced(parent, "Back up the database", "Writing the backup…", show=False):
        assert not shown_dialogs()
    small = tmp_path / "small.db"
    small.write_bytes(b"x" * 1000)
    assert not is_large(small) and not is_large(tmp_path / "absent.db")
    big = tmp_path / "big.db"
    with big.open("wb") as handle:  # sparse: the size is what counts
        handle.truncate(progress.LARGE_DB_BYTES)
    assert is_large(big)
