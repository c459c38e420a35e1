"""The case list: a lazy table model over the store and the panel around it.

The model holds only the rows fetched so far (200 at a time); the view asks for more as the
user scrolls (canFetchMore/fetchMore), so 100,000 cases open as fast as 200. Sorting and
searching go back to the store (an index and the FTS table), never through Python lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tally.ui.typology import pattern_label
from tally.ui.widgets import label

if TYPE_CHECKING:
    from tally.operations.desk import Desk
    from tally.operations.rows import CaseRow

BATCH = 200
SEARCH_DEBOUNCE_MS = 150
MAX_PAGES_TO_FIND = 25  # beyond this the caller searches for the case instead
# column -> (header, store order key)
COLUMNS = (
    (QT_TRANSLATE_NOOP("CaseTableModel", "Case"), "case_id"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Date of birth"), "date_of_birth"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Offending pattern"), "offence_pattern"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Assessments"), "n_assessments"),
    (QT_TRANSLATE_NOOP("CaseTableModel", "Last changed"), "updated_at"),
)
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    """Rows of `store.list_cases`, fetched page by page."""

    search_failed = Signal(str)

    def __init__(self, store: Desk, batch: int = BATCH, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._batch = batch
        self._rows: list[CaseRow] = []
        self._total = 0
        self._query = ""
        self._order = "case_id"
        self._descending = False
        self._tips = [self.tr(h) for h, _ in COLUMNS]
        # the count column is narrow: its header is "#", its name the tooltip
        self._headers = [self.tr("#") if key == "n_assessments" else tip
                         for (_, key), tip in zip(COLUMNS, self._tips, strict=True)]
        self.refresh()

    # ----------------------------------------------------------- what the view asks

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return row.case_id
            if column == 1:
                return row.date_of_birth or "—"
            if column == 2:
                return pattern_label(row.offence_pattern)
            if column == 3:
                return row.n_assessments
            return row.updated_at[:16].replace("T", " ")
        if role == Qt.ItemDataRole.ToolTipRole:  # a narrow column elides: the tip has it all
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.pk
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:  # a narrow column's header is short or elided
            return self._tips[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._store.list_cases(
            self._query, len(self._rows), self._batch, self._order, self._descending
        )
        if not more:
            self._total = len(self._rows)  # the table changed under us: stop asking
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._order, self._descending):
            self._order, self._descending = key, descending
            self.refresh()

    # ----------------------------------------------------------- what the panel asks

    @property
    def total(self) -> int:
        return self._total

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        query = query.strip()
        if query != self._query:
            self._query = query
            self.refresh()

    def refresh(self) -> None:
        """Reload from the first page (after a search, sort, new case or unlock)."""
        from tally.operations.errors import StoreError

        try:
            total = self._store.count_cases(self._query)
            first = self._store.list_cases(
                self._query, 0, self._batch, self._order, self._descending
            )
        except StoreError as exc:
            self.search_failed.emit(str(exc))
            return
        self.beginResetModel()
        self._total, self._rows = total, first
        self.endResetModel()

    def case_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, pk: int) -> int:
        """The row showing case `pk` among those fetched, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.pk == pk), -1)

    def reload_case(self, pk: int) -> None:
        """Show a case's new values in place (after the profile saved a change)."""
        row = self.row_of(pk)
        if row < 0:
            return
        self._rows[row] = self._store.get_case(pk)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class CaseListPanel(QWidget):
    """Search field, the case table and the New case button."""

    case_selected = Signal(int)  # case pk; -1 when nothing is selected
    new_case_requested = Signal()
    open_requested = Signal(int)

    def __init__(self, store: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(store, parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search case id or notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.count = label("", "muted", wrap=False)
        self.count.setAccessibleName(self.tr("Number of cases"))
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # never sideways: the offending pattern takes what is left and elides (tooltip)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Offending p…", never "nding pat"
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        digits = self.table.fontMetrics().horizontalAdvance("0000-00-00 00:00") + 12
        date = self.table.fontMetrics().horizontalAdvance("0000-00-00") + 12
        for column, width in ((0, 105), (1, date), (3, 45), (4, digits)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10
        )
        self.new_case = QPushButton(self.tr("New case…"))
        self.new_case.setToolTip(self.tr("New case (Ctrl+N)"))
        self.new_case.setAccessibleName(self.tr("New case"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_case)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._search_now_and_focus_table)
        self.new_case.clicked.connect(self.new_case_requested)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda index: self.open_requested.emit(
            self.model.case_at(index.row()).pk))
        self.model.modelReset.connect(self._update_count)
        self.model.search_failed.connect(self._show_search_problem)
        self._update_count()

    def apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.search.text())

    def _search_now_and_focus_table(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _update_count(self) -> None:
        total = self.model.total
        if self.model.query:
            self.count.setText(self.tr("%n case(s) match", "", total))
        else:
            self.count.setText(self.tr("%n case(s)", "", total))
        self.case_selected.emit(self.current_pk())

    def _show_search_problem(self, text: str) -> None:
        self.count.setText(self.tr("Search failed: %1").replace("%1", text))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.case_selected.emit(self.model.case_at(current.row()).pk if current.isValid() else -1)

    def current_pk(self) -> int:
        index = self.table.currentIndex()
        return self.model.case_at(index.row()).pk if index.isValid() else -1

    def select_case(self, pk: int) -> bool:
        """Select a case if it is in the list (fetching pages until it is found)."""
        row = self.model.row_of(pk)
        pages = 0
        while row < 0 and self.model.canFetchMore() and pages < MAX_PAGES_TO_FIND:
            self.model.fetchMore()
            row = self.model.row_of(pk)
            pages += 1
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)
