"""The local validation screen: per instrument and group, for a chosen outcome and follow-up,
and the pooling of sites' research exports. It asks tally.operations.validation and shows the
same rows as `tally validate` (tally.validation.tables), so screen and CLI never disagree."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tally.ui.widgets import label, set_role

if TYPE_CHECKING:
    from tally.core.catalog import Catalog


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class ValidationDialog(QDialog):
    """Local validation of the open database, and pooling of site files."""

    def __init__(self, store: Any, catalog: Catalog, parent: QWidget | None = None) -> None:
        from tally.validation import tables
        from tally.validation.outcomes import OUTCOME_LABELS, OUTCOMES

        super().__init__(parent)
        self._store = store
        self._catalog = catalog
        self.setWindowTitle(self.tr("Local validation"))
        self.setAccessibleName(self.tr("Local validation"))

        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for key in OUTCOMES:
            self.outcome.addItem(self.tr(OUTCOME_LABELS[key]), key)
        self.years = QDoubleSpinBox()
        self.years.setAccessibleName(self.tr("Fixed follow-up in years"))
        self.years.setRange(0.5, 30)
        self.years.setDecimals(1)
        self.years.setSingleStep(1)
        self.years.setValue(5)
        self.years.setSuffix(self.tr(" years"))
        self.run_button = QPushButton(self.tr("&Compute"))
        self.run_button.setProperty("role", "primary")
        self.run_button.setAccessibleName(self.tr("Compute the validation"))
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Outcome:"), "muted"))
        head.addWidget(self.outcome, 1)
        head.addWidget(label(self.tr("AUC at:"), "muted"))
        head.addWidget(self.years)
        head.addWidget(self.run_button)

        self.banner = label("", "error")
        self.banner.setAccessibleName(self.tr("Synthetic data warning"))
        self.summary = label("", "muted")
        self.summary.setAccessibleName(self.tr("Validation summary"))
        self.results = _table(tuple(self.tr(h) for h in tables.RESULT_HEADERS),
                              self.tr("Validation per instrument and group"))
        self.incremental = _table(tuple(self.tr(h) for h in tables.INCREMENTAL_HEADERS),
                                  self.tr("Incremental validity"))
        self.incremental.setMaximumHeight(130)
        local = QWidget()
        lay = QVBoxLayout(local)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(self.summary)
        lay.addWidget(self.results, 1)
        lay.addWidget(label(self.tr("Incremental validity of a dynamic tool over a static one "
                                    "(Cox regression)"), "heading"))
        lay.addWidget(self.incremental)

        self.pool_button = QPushButton(self.tr("Choose site &files…"))
        self.pool_button.setAccessibleName(self.tr("Choose research export files to pool"))
        self.pool_summary = label(self.tr(
            "Each site sends only its de-identified research export (tally research export); "
            "pooling never moves case data."), "muted")
        self.pool_table = _table(tuple(self.tr(h) for h in tables.POOL_HEADERS),
                                 self.tr("Pooled AUCs"))
        self.pool_notes = label("", "muted")
        pool = QWidget()
        p_lay = QVBoxLayout(pool)
        p_row = QHBoxLayout()
        p_row.addWidget(self.pool_summary, 1)
        p_row.addWidget(self.pool_button)
        p_lay.addLayout(p_row)
        p_lay.addWidget(self.pool_table, 1)
        p_lay.addWidget(self.pool_notes)

        self.tabs = QTabWidget()
        self.tabs.addTab(local, self.tr("This database"))
        self.tabs.addTab(pool, self.tr("Pool sites"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.run_button.clicked.connect(self.compute)
        self.pool_button.clicked.connect(self._choose_sites)
        self.compute()

    def compute(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from tally.operations.validation import run_validation
        from tally.validation import tables

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = run_validation(self._store, self._catalog, self.outcome.currentData(),
                                    self.years.value())
        finally:
            QGuiApplication.restoreOverrideCursor()
        data = report.dataset
        self.banner.setText(self.tr(tables.synthetic_banner()) if data.synthetic else "")
        self.banner.setVisible(data.synthetic)
        men = data.cases_with_followup
        summary = self.tr("%1 assessments of %2 men whose follow-up has ended. Below 10 events "
                          "an estimate is unstable; every figure shows its N and events.")
        skipped = sum(data.skipped.values())
        if skipped:
            summary += " " + self.tr("%3 assessment(s) left out (incomplete, or their form "
                                     "is not installed).").replace("%3", str(skipped))
        self.summary.setText(summary.replace("%1", str(len([r for r in data.rows if r.index])))
                             .replace("%2", str(men)))
        rows = [tables.result_row(r) for r in report.results]
        for row in rows:  # the instrument's name on screen; the CLI keeps the form id
            if row[0] in self._catalog:
                row[0] = self._catalog.get(row[0]).name
        _fill(self.results, rows)
        rows = [tables.incremental_row(i) for i in report.incremental]
        if not rows:
            rows = [[self.tr("No man has both a static and a dynamic tool locked."),
                     "", "", "", "", ""]]
        _fill(self.incremental, rows)
        self.report = report

    def _choose_sites(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Research exports to pool"), "", self.tr("CSV files (*.csv)"))
        if paths:
            self.pool(paths)

    def pool(self, paths: list[str]) -> None:
        from pathlib import Path

        from tally.validation import tables
        from tally.validation.research import SiteFileError, pool_sites, read_site

        try:
            sites = [read_site(Path(p), self.outcome.currentData(), self.years.value())
                     for p in paths]
        except SiteFileError as exc:
            set_role(self.pool_notes, "error")
            self.pool_notes.setText(str(exc))
            return
        rows = pool_sites(sites)
        _fill(self.pool_table, [tables.pooled_row(r) for r in rows])
        set_role(self.pool_notes, "muted")
        notes = [f"{r.instrument}: {r.note}" for r in rows if r.note]
        self.pool_notes.setText(self.tr("%1 site file(s) pooled.").replace(
            "%1", str(len(paths))) + (" " + " ".join(notes) if notes else ""))
