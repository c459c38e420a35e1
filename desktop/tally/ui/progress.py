"""Progress for the database's long steps (restore, backup, re-key, audit verify).

A step that needs no open connection (restore works on closed files) runs in a worker thread
while the window stays painted and a busy bar appears after a second; a step on the open
connection (which belongs to the window's thread) is announced in a painted dialog before it
blocks, so the evaluator sees what is being done instead of a frozen window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 1000  # shorter steps show only the wait cursor
# a blocking step on the open file is announced from this size: measured on a 20 MB demo
# database (10,000 cases) backup took 0.18 s, audit verify 0.34 s and re-key 0.38 s, about
# 20 ms per MB at worst, so a second is near 50 MB
LARGE_DB_BYTES = 50_000_000


def is_large(path: object) -> bool:
    from pathlib import Path

    try:
        return Path(str(path)).stat().st_size >= LARGE_DB_BYTES
    except OSError:
        return False


def _dialog(parent: QWidget | None, title: str, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)  # 0..0: a busy bar, no percentage
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # a half-done restore or re-key is not cancellable
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.hide()
    return dialog


def run_in_background(parent: QWidget | None, title: str, text: str,
                      work: Callable[[], T]) -> T:
    """Run work (which must not touch the window's open store) in a thread; return its
    result or raise its exception here. User input waits; painting and timers go on."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the caller below, on its own thread
            outcome["error"] = exc

    dialog = _dialog(parent, title, text)
    thread = threading.Thread(target=target, name="tally-progress", daemon=True)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(40)
    poll.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
    QTimer.singleShot(SHOW_AFTER_MS, lambda: dialog.show() if thread.is_alive() else None)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        thread.start()
        poll.start()
        if thread.is_alive():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.join()
    finally:
        poll.stop()
        dialog.close()
        dialog.deleteLater()
        QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


@contextmanager
def announced(parent: QWidget | None, title: str, text: str, *, show: bool) -> Iterator[None]:
    """Say what is being done (when show: the step is expected to take over a second),
    painted before the blocking step starts; a wait cursor either way."""
    dialog = _dialog(parent, title, text)
    if show:
        dialog.show()
        for _ in range(3):  # map, lay out and paint before the window's thread blocks
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()
