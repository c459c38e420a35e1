"""Practice: choose a case and an instrument, then score blind with the evaluators' wizard
beside the vignette. Submitting (the wizard's "Submit for feedback") shows the feedback."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.training.cases import TrainingCase
from tally.training.compare import Feedback
from tally.training.library import Library
from tally.training.practice import PracticeSession
from tally.training.storage import TrainingStore
from tally.ui.assessment import AssessmentView
from tally.ui.training.html import difficulty_label, vignette_html


class CasePicker(QWidget):
    """The library as a table (code, title, difficulty, instruments) and a scoring chooser."""

    start_requested = Signal(str, str)  # case id, reference key

    def __init__(self, library: Library, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Sample cases"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Title"), self.tr("Difficulty"), self.tr("Instruments")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._case_changed)
        self.table.itemActivated.connect(lambda _item: self._start())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scoring = QComboBox()
        self.scoring.setAccessibleName(self.tr("Instrument to practise"))
        self.start_button = QPushButton(self.tr("&Start practice"))
        self.start_button.clicked.connect(self._start)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Instrument:")))
        row.addWidget(self.scoring, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        self.set_library(library)

    def set_library(self, library: Library) -> None:
        self.library = library
        self.cases = list(library)
        self.table.setRowCount(len(self.cases))
        for row, case in enumerate(self.cases):
            forms = ", ".join(
                self.catalog.get(f).name if f in self.catalog else f for f in case.form_ids
            )
            for col, text in enumerate((case.code, case.title, difficulty_label(case.difficulty),
                                         forms)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, case.id)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 420))
        if self.cases:
            self.table.selectRow(0)

    def current_case(self) -> TrainingCase | None:
        rows = self.table.selectionModel().selectedRows()
        return self.cases[rows[0].row()] if rows else None

    def select(self, case_id: str, reference_key: str | None = None) -> None:
        for row, case in enumerate(self.cases):
            if case.id == case_id:
                self.table.selectRow(row)
        if reference_key is not None:
            self.scoring.setCurrentIndex(self.scoring.findData(reference_key))

    def _case_changed(self) -> None:
        case = self.current_case()
        self.scoring.clear()
        if case is None:
            self.summary.clear()
            return
        self.summary.setText(case.summary)
        for ref in case.references:
            known = ref.form_id in self.catalog
            name = self.catalog.get(ref.form_id).name if known else ref.form_id
            self.scoring.addItem(f"{name} · {ref.date}" if ref.date else name, ref.key)

    def _start(self) -> None:
        case = self.current_case()
        if case is not None and self.scoring.currentData():
            self.start_requested.emit(case.id, self.scoring.currentData())


class PracticeView(QWidget):
    """The vignette beside the wizard in training mode, for one attempt."""

    submitted = Signal(object)  # Feedback
    closed = Signal()

    def __init__(self, session: PracticeSession, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.vignette = QTextBrowser()
        self.vignette.setObjectName("vignette")
        self.vignette.setAccessibleName(self.tr("Case file summary"))
        self.vignette.setHtml(vignette_html(session.case))
        self.assessment = AssessmentView(session, catalog, training=True)
        self.assessment.changed.connect(self._changed)
        self.assessment.closed.connect(self.closed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.vignette)
        self.splitter.addWidget(self.assessment)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # at 1366 px the vignette, the item list, the item and the guidance must all fit
        self.vignette.setMinimumWidth(300)
        self.splitter.setSizes([340, 1026])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._announced = False

    def _changed(self) -> None:
        if self.session.read_only() and not self._announced and self.session.feedback:
            self._announced = True
            feedback: Feedback = self.session.feedback
            # let the wizard finish its own post-submit steps before the host swaps pages
            QTimer.singleShot(0, lambda: self.submitted.emit(feedback))

    def flush(self) -> None:
        self.assessment.flush()


def start_session(
    tstore: TrainingStore, trainee_id: int, case: TrainingCase, key: str, catalog: Catalog
) -> PracticeSession:
    ref = case.reference(key)
    return PracticeSession.start(tstore, trainee_id, case, ref, catalog.get(ref.form_id))
