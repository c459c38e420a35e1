"""The trend chart's date labels stay inside the chart: 0.1 cut the last one to "2026-12"."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_every_date_label_is_whole_and_inside(qtbot) -> None:
    from tally.ui.trend_chart import TrendChart, TrendPoint, TrendSeries

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(420, 200)
    chart.set_series([
        TrendSeries("STABLE-2007", [TrendPoint(date(2026, 3, 2), 9),
                                    TrendPoint(date(2026, 12, 2), 7)], 26),
        TrendSeries("ACUTE-2007", [TrendPoint(date(2026, 6, 1), 3),
                                   TrendPoint(date(2026, 11, 30), 2)], 14),
    ])
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # paints now
    labels = chart._date_labels
    assert len(labels) == 4
    metrics = chart.fontMetrics()
    for rect in labels:
        assert rect.left() >= 0 and rect.right() <= chart.width()
        assert rect.width() >= metrics.horizontalAdvance("2026-12-02")
