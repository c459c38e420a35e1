"""The list of all items with their state, to see what is missing and jump anywhere.

State is shown three ways so it never depends on colour alone: a symbol, a word in the
accessible text, and a calm colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from tally.core.model import Form
from tally.ui.assessment.state import AssessmentState, ItemState
from tally.ui.assessment.text import points_text

SYMBOL = {
    ItemState.ANSWERED: "\u2713",  # check mark
    ItemState.DERIVED: "=",
    ItemState.OVERRIDDEN: "\u270e",  # pencil: a derived value changed by hand
    ItemState.MISSING: "\u25cb",  # open circle
    ItemState.NOT_SCORED: "\u2013",  # en dash: left out for this case
}
COLOUR = {
    ItemState.ANSWERED: "#1f5130",
    ItemState.DERIVED: "#234a6b",
    ItemState.OVERRIDDEN: "#6b4a12",
    ItemState.MISSING: "#8a3b00",
    ItemState.NOT_SCORED: "#555555",
}


def state_word(state: ItemState) -> str:
    return {
        ItemState.ANSWERED: QCoreApplication.translate("Assessment", "answered"),
        ItemState.DERIVED: QCoreApplication.translate("Assessment", "derived"),
        ItemState.OVERRIDDEN: QCoreApplication.translate("Assessment", "overridden"),
        ItemState.MISSING: QCoreApplication.translate("Assessment", "missing"),
        ItemState.NOT_SCORED: QCoreApplication.translate("Assessment", "not scored"),
    }[state]


class Navigator(QListWidget):
    jump = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Items (Ctrl+J)"))
        self.setAccessibleDescription(
            self.tr("Every item with its state; Enter or a click opens it")
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # never sideways: a long name elides and its row's tooltip has it whole
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the rows are laid out again when the width changes (elision follows it), not on
        # every height change: the item page's height changes at every step, and a full
        # layout of the list then cost about a third of the step (tests/benchmarks)
        self._laid_out_width = -1
        self._ids: list[str] = []
        self.itemClicked.connect(self._emit)
        self.itemActivated.connect(self._emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._laid_out_width = event.size().width()
            self.scheduleDelayedItemsLayout()

    def load(self, form: Form) -> None:
        self.clear()
        self._ids = list(form.item_ids)
        for item in form.items:
            row = QListWidgetItem(f"{item.number}. {item.name}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.name)
            self.addItem(row)

    def update_states(self, state: AssessmentState) -> None:
        for row_index, item_id in enumerate(self._ids):
            self.update_row(state, row_index, item_id)

    def update_item(self, state: AssessmentState, item_id: str) -> None:
        self.update_row(state, self._ids.index(item_id), item_id)

    def update_row(self, state: AssessmentState, row_index: int, item_id: str) -> None:
        row = self.item(row_index)
        item = state.form.item(item_id)
        found = state.state(item_id)
        points = state.points(item_id)
        shown = points_text(points) if points is not None else "–"
        # the score comes before the name, so eliding a long name never hides it
        row.setText(f"{SYMBOL[found]} {shown:>2}  {item.number}. {item.name}")
        row.setForeground(QColor(COLOUR[found]))
        row.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("Item %1, %2: %3, score %4")
            .replace("%1", item.number)
            .replace("%2", item.name)
            .replace("%3", state_word(found))
            .replace("%4", shown),
        )

    def select_item(self, item_id: str) -> None:
        if item_id in self._ids:
            self.blockSignals(True)
            self.setCurrentRow(self._ids.index(item_id))
            self.blockSignals(False)

    def current_item_id(self) -> str | None:
        row = self.currentItem()
        return row.data(Qt.ItemDataRole.UserRole) if row else None

    def _emit(self, row: QListWidgetItem) -> None:
        self.jump.emit(row.data(Qt.ItemDataRole.UserRole))
