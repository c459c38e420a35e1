"""The trend chart's date labels stay inside the chart: 0.1 cut the last one to "2026-12"."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

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


def test_each_instrument_has_its_own_scale_and_band_lines(qtbot, catalog) -> None:
    """STABLE-2007 (0-26) and ACUTE-2007 (0-14) each in their own panel, with each band's
    lowest total drawn where that panel's scale puts it (0.1: one axis, no bands)."""
    from tally.core.model import Evidence
    from tally.ui.trend_chart import BandLine, TrendChart, TrendPoint, TrendSeries

    def series(form_id: str, total: int) -> TrendSeries:
        form = catalog.get(form_id)
        return TrendSeries(form.name, [TrendPoint(date(2026, 3, 2), total),
                                       TrendPoint(date(2026, 9, 2), total)],
                           form.primary.max_total,
                           [BandLine(b.min, b.label, b.provenance.evidence is Evidence.UNCONFIRMED)
                            for b in form.primary.bands[1:]])

    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(760, 240)
    stable, acute = series("stable2007", 13), series("acute2007", 5)
    chart.set_series([stable, acute])
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()
    lines = chart._band_lines
    assert [(n, at) for n, at, _ in lines] == (
        [("STABLE-2007", b.at) for b in stable.bands] + [("ACUTE-2007", b.at) for b in acute.bands])
    plot = chart._plot_rect()
    for name, at, y in lines:  # each on its own instrument's scale
        top = 26 if name == "STABLE-2007" else 14
        assert abs(y - (plot.bottom() - at / top * plot.height())) < 0.01
    (stable_point, _), _, (acute_point, _), _ = chart._hits
    assert stable_point.x() < plot.center().x() < acute_point.x()  # side by side
    labels = chart._date_labels
    assert all(a.right() <= b.left() for a, b in pairwise(labels))
