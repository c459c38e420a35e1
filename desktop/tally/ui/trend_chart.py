"""A small line chart of repeated dynamic scores (STABLE-2007, ACUTE-2007) over time.

Drawn with QPainter: QtCharts is not part of PySide6-Essentials. Each series has its own
colour *and* marker shape, so the lines stay distinguishable without colour vision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tally.ui.application import colours

SERIES_COLOURS = {"light": ("#2b6a87", "#b5571c"), "dark": ("#7cc0e0", "#f0a060")}


@dataclass(frozen=True)
class TrendPoint:
    when: date
    total: int
    label: str = ""  # band label, shown in the tooltip


@dataclass
class TrendSeries:
    name: str
    points: list[TrendPoint] = field(default_factory=list)
    max_total: int = 0


class TrendChart(QWidget):
    """Totals over time; x is the assessment date, y the total (0 to the largest maximum)."""

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 34, 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[TrendSeries] = []
        self._hits: list[tuple[QPointF, str]] = []
        self._date_labels: list[QRectF] = []  # where the last paint put each date (tests)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Trend of dynamic scores"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the description

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def set_series(self, series: list[TrendSeries]) -> None:
        self._series = [s for s in series if s.points]
        for s in self._series:
            s.points.sort(key=lambda p: p.when)
        self.setAccessibleDescription(self.describe())
        self.update()

    def series(self) -> list[TrendSeries]:
        return list(self._series)

    def describe(self) -> str:
        """The chart in words, for screen readers and the tooltip of the whole chart."""
        if not self._series:
            return self.tr("No completed STABLE-2007 or ACUTE-2007 assessments yet.")
        parts = []
        for s in self._series:
            values = ", ".join(f"{p.when.isoformat()}: {p.total}" for p in s.points)
            parts.append(f"{s.name}: {values}")
        return "; ".join(parts)

    # ------------------------------------------------------------------ drawing

    def _plot_rect(self) -> QRectF:
        return QRectF(self.MARGIN_LEFT, self.MARGIN_TOP,
                      max(10, self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT),
                      max(10, self.height() - self.MARGIN_TOP - self.MARGIN_BOTTOM))

    def paintEvent(self, _event: object) -> None:
        c = colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(c["base"]))
        text, muted, grid = QColor(c["text"]), QColor(c["muted"]), QColor(c["border"])
        self._hits = []
        self._date_labels = []
        if not self._series:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.describe())
            return
        plot = self._plot_rect()
        y_max = max(max(s.max_total for s in self._series), 1)
        y_max = max(y_max, max(p.total for s in self._series for p in s.points))
        dates = [p.when for s in self._series for p in s.points]
        first, last = min(dates), max(dates)
        span = max((last - first).days, 1)

        def x_of(d: date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + (d - first).days / span * plot.width()

        def y_of(v: int) -> float:
            return plot.bottom() - v / y_max * plot.height()

        fm = painter.fontMetrics()
        step = 1 if y_max <= 6 else 2 if y_max <= 14 else 5
        for v in range(0, y_max + 1, step):
            y = y_of(v)
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if v else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))
        ticks = sorted(set(dates))
        if len(ticks) > 6:
            ticks = [ticks[round(i * (len(ticks) - 1) / 5)] for i in range(6)]
        painter.setPen(muted)
        for d in ticks:
            x = x_of(d)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = d.isoformat()
            wide = fm.horizontalAdvance(label) + 4
            # kept inside the widget: the last date was cut to "2026-12" at the right edge
            left = min(max(0.0, x - wide / 2), self.width() - wide)
            painter.drawText(QRectF(left, plot.bottom() + 6, wide, fm.height()),
                             Qt.AlignmentFlag.AlignHCenter, label)
            self._date_labels.append(QRectF(left, plot.bottom() + 6, wide, fm.height()))

        scheme = "dark" if c["base"] != "#ffffff" else "light"
        legend_x = plot.left()
        for number, s in enumerate(self._series):
            colour = QColor(SERIES_COLOURS[scheme][number % 2])
            square = number % 2 == 1
            path = QPainterPath()
            for i, p in enumerate(s.points):
                point = QPointF(x_of(p.when), y_of(p.total))
                path.moveTo(point) if i == 0 else path.lineTo(point)
                tip = f"{s.name}, {p.when.isoformat()}: {p.total}"
                self._hits.append((point, tip + (f" ({p.label})" if p.label else "")))
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            for p in s.points:
                self._marker(painter, QPointF(x_of(p.when), y_of(p.total)), square)
            # legend entry: marker, then the name
            self._marker(painter, QPointF(legend_x + 5, 14), square)
            painter.setPen(text)
            name_rect = QRectF(legend_x + 14, 14 - fm.height() / 2, fm.horizontalAdvance(s.name)
                               + 4, fm.height())
            painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, s.name)
            legend_x = name_rect.right() + 24
            painter.setPen(QPen(colour, 2))

    @staticmethod
    def _marker(painter: QPainter, at: QPointF, square: bool) -> None:
        r = 4.5
        if square:
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        else:
            painter.drawEllipse(at, r, r)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            near = [(abs(p.x() - event.position().x()) + abs(p.y() - event.position().y()), t)
                    for p, t in self._hits]
            best = min(near, default=None)
            if best is not None and best[0] < 14:
                QToolTip.showText(event.globalPos(), best[1], self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
