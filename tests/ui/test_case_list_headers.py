"""The case list's headers never clip from the middle ("nding pat"): a narrow column has a
short header, a squeezed one elides at its end, and every header names its column in full
in a tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import add_cases, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_headers_fit_or_elide_with_their_full_name(qtbot, store, window) -> None:
    add_cases(store, 3)
    store.close()
    unlock(qtbot, window)
    table = window.workspace.cases.table
    header = table.horizontalHeader()
    model = table.model()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]
    assert tips == ["Case", "Date of birth", "Offending pattern", "Assessments", "Last changed"]
    metrics = header.fontMetrics()
    for column in (0, 1, 3, 4):  # every column but the stretching one shows its header whole
        text = model.headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(text) + 4 <= header.sectionSize(column), text
