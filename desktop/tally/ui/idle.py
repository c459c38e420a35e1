"""Idle detection for the automatic lock.

Input anywhere in the application (keys, mouse, wheel, touch) counts as activity. Activity
only records a time stamp, so a moving mouse costs almost nothing; a single timer checks
whether the idle time has passed and re-arms itself for the remainder when it has not.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits `idle` once when no input arrived for `timeout_ms`; `start()` arms it again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(1, int(timeout_ms))
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, int(timeout_ms))
        if self._watching:
            self.start()

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
        self._watching = True
        self._last = time.monotonic()
        self._timer.start(self._timeout_ms)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def is_active(self) -> bool:
        return self._watching

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._watching:
            return
        elapsed_ms = (time.monotonic() - self._last) * 1000.0
        remaining = self._timeout_ms - elapsed_ms
        if remaining > 1:
            self._timer.start(int(remaining) + 1)
            return
        self.stop()
        self.idle.emit()
