"""The progress dashboard of one trainee: per instrument, cases done, proficiency progress,
agreement over time, agreement statistics and the items most often missed."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.training.progress import InstrumentProgress, ProficiencyRule


class AgreementChart(QWidget):
    """Item agreement of each attempt over time (0-100%), with the proficiency line."""

    def __init__(self, progress: InstrumentProgress, parent: QWidget | None = None):
        super().__init__(parent)
        self.values = [v for _, v in progress.timeline]
        self.dates = [when[:10] for when, _ in progress.timeline]
        self.threshold = progress.rule.min_agreement
        self.setMinimumSize(300, 110)
        points = ", ".join(f"{v:.0%}" for v in self.values)
        self.setAccessibleName(self.tr("Agreement over time: %1").replace("%1", points))
        self.setToolTip(points)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        area = QRectF(self.rect()).adjusted(44, 8, -10, -18)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(area)
        text = pal.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, area.top() - 8, 40, 16), right, "100%")
        painter.drawText(QRectF(0, area.bottom() - 8, 40, 16), right, "0%")
        if self.dates:
            below = QRectF(area.left(), area.bottom() + 2, area.width(), 16)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft, self.dates[0])
            painter.drawText(below, Qt.AlignmentFlag.AlignRight, self.dates[-1])
        y_line = area.bottom() - self.threshold * area.height()
        pen = QPen(QColor("#9a4a00"), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), y_line), QPointF(area.right(), y_line))
        if not self.values:
            return
        n = len(self.values)
        step = area.width() / max(n - 1, 1)
        pts = [
            QPointF(area.left() + (i * step if n > 1 else area.width() / 2),
                    area.bottom() - v * area.height())
            for i, v in enumerate(self.values)
        ]
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
        for a, b in itertools.pairwise(pts):
            painter.drawLine(a, b)
        for p, v in zip(pts, self.values, strict=True):
            colour = QColor("#1f6b2c") if v >= self.threshold - 1e-12 else QColor("#b02a2a")
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            painter.drawEllipse(p, 4.5, 4.5)
        painter.end()


def _stat(value: float | None, pct: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:.0%}" if pct else f"{value:.2f}"


class InstrumentCard(QFrame):
    def __init__(self, progress: InstrumentProgress, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("instrumentCard")
        form = catalog.get(progress.form_id) if progress.form_id in catalog else None
        name = form.name if form else progress.form_id
        title = QLabel(f"<b>{name}</b>")
        state = self.tr("Proficient") if progress.proficient else self.tr("In progress")
        self.bar = QProgressBar()
        self.bar.setRange(0, progress.rule.min_cases)
        self.bar.setValue(min(progress.qualifying, progress.rule.min_cases))
        self.bar.setFormat(
            self.tr("%1 of %2 scored cases at ≥ %3 · %4")
            .replace("%1", str(progress.qualifying))
            .replace("%2", str(progress.rule.min_cases))
            .replace("%3", f"{progress.rule.min_agreement:.0%}")
            .replace("%4", state)
        )
        self.bar.setAccessibleName(self.bar.format())
        facts = QLabel(
            self.tr(
                "Cases done: %1 (%8 scorings) · attempts: %2 · first-attempt item agreement: "
                "%3 · kappa: %4 · weighted kappa (quadratic): %5 · band kappa: %6 · "
                "ICC(A,1) of totals: %7"
            )
            .replace("%1", str(progress.cases_done))
            .replace("%2", str(progress.attempts))
            .replace("%3", _stat(progress.item_agreement, pct=True))
            .replace("%4", _stat(progress.item_kappa))
            .replace("%5", _stat(progress.item_kappa_quadratic))
            .replace("%6", _stat(progress.band_kappa))
            .replace("%7", _stat(progress.total_icc))
            .replace("%8", str(progress.scorings_done))
        )
        facts.setWordWrap(True)
        facts.setToolTip(self.tr(
            "Agreement is the share of items scored as the reference scored them. Kappa "
            "corrects it for the agreement chance alone would give: 1 is perfect, 0 no better "
            "than chance."))
        self.kappa_note = QLabel()
        self.kappa_note.setObjectName("kappaNote")
        self.kappa_note.setWordWrap(True)
        self.kappa_note.setProperty("role", "muted")
        agreement, kappa = progress.item_agreement, progress.item_kappa
        if agreement is not None and kappa is not None and agreement >= 0.7 and kappa < 0.4:
            # e.g. 86 % agreement and kappa 0.00: nearly every item had the same score
            self.kappa_note.setText(self.tr(
                "Why is kappa low beside %1 agreement? When nearly every item has the same "
                "score (most are 0 in these cases), chance alone would agree that often, so "
                "kappa stays near 0. It rises as more cases with varied scores are done; read "
                "it together with the agreement.").replace("%1", _stat(agreement, pct=True)))
        self.kappa_note.setVisible(bool(self.kappa_note.text()))
        missed = []
        for item_id, times, seen in progress.missed[:3]:
            item_name = form.item(item_id).name if form and item_id in form.items_by_id else item_id
            missed.append(f"{item_name} ({times} of {seen})")
        missed_label = QLabel(
            self.tr("Most often missed: %1").replace("%1", "; ".join(missed) or self.tr("none"))
        )
        missed_label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.bar, 1, 0)
        grid.addWidget(facts, 2, 0)
        grid.addWidget(self.kappa_note, 3, 0)
        grid.addWidget(missed_label, 4, 0)
        grid.addWidget(AgreementChart(progress), 0, 1, 5, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)


class ProgressView(QWidget):
    rule_changed = Signal(object)  # ProficiencyRule

    def __init__(self, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.heading = QLabel()
        self.heading.setObjectName("progressHeading")
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(50, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setDecimals(0)
        self.threshold.setAccessibleName(self.tr("Agreement needed per case"))
        self.cases = QSpinBox()
        self.cases.setRange(1, 50)
        self.cases.setAccessibleName(self.tr("Cases needed per instrument"))
        save = QPushButton(self.tr("Apply rule"))
        save.clicked.connect(self._apply)
        rule_row = QHBoxLayout()
        rule_row.addWidget(QLabel(self.tr("Proficiency rule: item agreement at least")))
        rule_row.addWidget(self.threshold)
        rule_row.addWidget(QLabel(self.tr("on at least")))
        rule_row.addWidget(self.cases)
        rule_row.addWidget(QLabel(self.tr("cases of an instrument (first attempts only)")))
        rule_row.addWidget(save)
        rule_row.addStretch(1)
        self.cards = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(rule_row)
        layout.addWidget(scroll, 1)

    def show_progress(
        self, trainee_name: str, progress: dict[str, InstrumentProgress], rule: ProficiencyRule
    ) -> None:
        self.threshold.setValue(round(rule.min_agreement * 100))
        self.cases.setValue(rule.min_cases)
        proficient = sum(1 for p in progress.values() if p.proficient)
        self.heading.setText(
            self.tr("<h2>Progress: %1</h2><p>%2 instrument(s) practised, %3 proficient.</p>")
            .replace("%1", trainee_name.replace("<", "&lt;"))
            .replace("%2", str(len(progress)))
            .replace("%3", str(proficient))
        )
        while self.cards.count():
            widget = self.cards.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        if not progress:
            self.cards.addWidget(QLabel(self.tr("No submitted practice yet.")))
        for p in progress.values():
            self.cards.addWidget(InstrumentCard(p, self.catalog))
        self.cards.addStretch(1)

    def card_count(self) -> int:
        return sum(
            1 for i in range(self.cards.count())
            if isinstance(self.cards.itemAt(i).widget(), InstrumentCard)
        )

    def _apply(self) -> None:
        self.rule_changed.emit(ProficiencyRule(self.threshold.value() / 100, self.cases.value()))
