"""Small line charts of repeated dynamic scores (STABLE-2007, ACUTE-2007) over time.

One panel per instrument, side by side, each on its own scale (0 to its maximum total: 0-26
and 0-14 on one axis made ACUTE look flat) with its band cut-offs drawn as dashed lines and
named, marked when the cut-offs are unconfirmed. Drawn with QPainter: QtCharts is not part
of PySide6-Essentials. Each series has its own colour *and* marker shape, so the lines stay
distinguishable without colour vision.
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


@dataclass(frozen=True)
class BandLine:
    """Where a band starts on the instrument's scale (its lowest total), and its name."""

    at: int
    label: str
    unconfirmed: bool = False


@dataclass
class TrendSeries:
    name: str
    points: list[TrendPoint] = field(default_factory=list)
    max_total: int = 0
    bands: list[BandLine] = field(default_factory=list)  # every band but the lowest


class TrendChart(QWidget):
    """Totals over time; x is the assessment date, y the total (0 to the largest maximum)."""

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 16, 34, 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[TrendSeries] = []
        self._hits: list[tuple[QPointF, str]] = []
        self._date_labels: list[QRectF] = []  # where the last paint put each date (tests)
        self._band_lines: list[tuple[str, int, float]] = []  # series, total, y (tests)
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
        self._hits = []
        self._date_labels = []
        self._band_lines = []
        if not self._series:
            painter.setPen(QColor(c["muted"]))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.describe())
            return
        plot = self._plot_rect()
        gap = 52  # room for the next panel's own scale
        count = len(self._series)
        width = (plot.width() - gap * (count - 1)) / count
        scheme = "dark" if c["base"] != "#ffffff" else "light"
        for number, s in enumerate(self._series):
            left = plot.left() + number * (width + gap)
            self._panel(painter, s, number, QRectF(left, plot.top(), width, plot.height()), c,
                        QColor(SERIES_COLOURS[scheme][number % 2]))

    def _panel(self, painter: QPainter, s: TrendSeries, number: int, plot: QRectF,
               c: dict[str, str], colour: QColor) -> None:
        text, muted, grid = QColor(c["text"]), QColor(c["muted"]), QColor(c["border"])
        fm = painter.fontMetrics()
        y_max = max(s.max_total, max(p.total for p in s.points), 1)
        first, last = s.points[0].when, s.points[-1].when
        span = max((last - first).days, 1)

        def x_of(d: date) -> float:
            if first == last:
                return plot.center().x()
            return plot.left() + (d - first).days / span * plot.width()

        def y_of(v: int) -> float:
            return plot.bottom() - v / y_max * plot.height()

        step = 1 if y_max <= 6 else 2 if y_max <= 14 else 5
        for v in range(0, y_max + 1, step):
            y = y_of(v)
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if v else Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            painter.drawText(QRectF(plot.left() - 40, y - fm.height() / 2, 34, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))
        for band in s.bands:  # where each band starts: a dashed line, named at its right end
            if not 0 < band.at <= y_max:
                continue
            y = y_of(band.at)
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            name = band.label + (" " + self.tr("(cut-off unconfirmed)") if band.unconfirmed
                                 else "")
            name = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(plot.width()) - 4)
            wide = fm.horizontalAdvance(name) + 6
            box = QRectF(plot.right() - wide, y - fm.height() - 1, wide, fm.height())
            painter.fillRect(box, QColor(c["base"]))  # readable over the line it may cross
            painter.drawText(box, Qt.AlignmentFlag.AlignRight, name)
            self._band_lines.append((s.name, band.at, y))
        ticks = sorted({p.when for p in s.points})
        if len(ticks) > 4:
            ticks = [ticks[round(i * (len(ticks) - 1) / 3)] for i in range(4)]
        painter.setPen(muted)
        for d in ticks:
            x = x_of(d)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = d.isoformat()
            wide = fm.horizontalAdvance(label) + 4
            # kept inside its panel and the widget (0.1 cut the last date to "2026-12")
            left = min(max(0.0, plot.left() - 22, x - wide / 2),
                       min(self.width(), plot.right() + 22) - wide)
            painter.drawText(QRectF(left, plot.bottom() + 6, wide, fm.height()),
                             Qt.AlignmentFlag.AlignHCenter, label)
            self._date_labels.append(QRectF(left, plot.bottom() + 6, wide, fm.height()))

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
        # the panel's title: marker, name and its scale
        self._marker(painter, QPointF(plot.left() + 5, 14), square)
        painter.setPen(text)
        title = self.tr("%1 (0–%2)").replace("%1", s.name).replace("%2", str(s.max_total))
        painter.drawText(QRectF(plot.left() + 14, 14 - fm.height() / 2, plot.width() - 14,
                                fm.height()), Qt.AlignmentFlag.AlignVCenter, title)

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
