"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6-Essentials 6.12.0 drops one reference to None on every call of a Qt method that
returns nothing, so a long session eventually aborts with `none_dealloc`. pyproject.toml
pins below it; this test fails if an upgrade brings such a build back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_signals_keep_reference_counts(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    seen: list[bool] = []
    emitter.fired.connect(seen.append)
    before = (sys.getrefcount(None), sys.getrefcount(True))
    for _ in range(2000):
        label.setText("x")
        emitter.fired.emit(True)
    after = (sys.getrefcount(None), sys.getrefcount(True))
    assert len(seen) == 2000
    # a few references may come and go with the interpreter; a leak shows as thousands
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 2100
