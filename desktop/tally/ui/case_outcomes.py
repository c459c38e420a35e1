"""The case's follow-up outcomes, for local validation: when follow-up started and ended, and
recidivism events. A self-contained card of the case view; it asks tally.operations.outcomes,
and every change there is one audited transaction. Outcomes never appear in reports."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tally.ui.i18n import TrContext
from tally.ui.widgets import card, label, set_role

START_LABELS = {
    "release": QT_TRANSLATE_NOOP("Outcomes", "Release"),
    "community_assessment": QT_TRANSLATE_NOOP("Outcomes", "Assessment date (in the community)"),
}
END_LABELS = {
    "": QT_TRANSLATE_NOOP("Outcomes", "Not ended yet"),
    "records_check": QT_TRANSLATE_NOOP("Outcomes", "Last records check"),
    "death": QT_TRANSLATE_NOOP("Outcomes", "Death"),
    "deportation": QT_TRANSLATE_NOOP("Outcomes", "Deportation"),
}
TYPE_LABELS = {
    "sexual": QT_TRANSLATE_NOOP("Outcomes", "Any sexual (type unknown)"),
    "contact_sexual": QT_TRANSLATE_NOOP("Outcomes", "Contact sexual"),
    "csem": QT_TRANSLATE_NOOP("Outcomes", "CSEM"),
    "violent": QT_TRANSLATE_NOOP("Outcomes", "Violent (non-sexual)"),
    "any": QT_TRANSLATE_NOOP("Outcomes", "Any other offence"),
}
BASIS_LABELS = {
    "charge": QT_TRANSLATE_NOOP("Outcomes", "Charge"),
    "conviction": QT_TRANSLATE_NOOP("Outcomes", "Conviction"),
}


Outcomes = TrContext("Outcomes")  # lupdate reads Outcomes.tr("...") literals


def _combo(labels: dict[str, str], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for key, text in labels.items():
        box.addItem(Outcomes.tr(text), key)
    return box


def _date(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(Outcomes.tr("YYYY-MM-DD"))
    field.setAccessibleName(name)
    field.setMaxLength(10)
    return field


class OutcomesCard(QWidget):
    """Follow-up period and recidivism events of one case. Emits `changed` after a save."""

    changed = Signal()

    def __init__(self, store: Any, case_pk: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case_pk = case_pk
        box = card()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout = QVBoxLayout(box)
        layout.addWidget(label(self.tr("Follow-up (for local validation; never in reports)"),
                               "heading"))
        self.synthetic = label("", "error")
        self.synthetic.setAccessibleName(self.tr("Synthetic data warning"))
        layout.addWidget(self.synthetic)

        self.start = _date(self.tr("Start of follow-up"))
        self.start_basis = _combo(START_LABELS, self.tr("Follow-up starts at"))
        self.end = _date(self.tr("End of follow-up"))
        self.end_reason = _combo(END_LABELS, self.tr("Reason follow-up ended"))
        self.save_button = QPushButton(self.tr("Save follow-&up"))
        self.save_button.setAccessibleName(self.tr("Save the follow-up period"))
        grid = QGridLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Starts:"), self.start)
        left.addRow(self.tr("At:"), self.start_basis)
        right.addRow(self.tr("Ends:"), self.end)
        right.addRow(self.tr("Because:"), self.end_reason)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        layout.addLayout(grid)

        self.events = QTableWidget(0, 4)
        self.events.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Date"), self.tr("Basis"), self.tr("Source")])
        self.events.setAccessibleName(self.tr("Recidivism events"))
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.verticalHeader().setVisible(False)
        self.events.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.events.horizontalHeader().setStretchLastSection(True)
        self.events.setMaximumHeight(120)
        layout.addWidget(self.events)

        self.event_type = _combo(TYPE_LABELS, self.tr("Event type"))
        self.event_date = _date(self.tr("Event date"))
        self.event_basis = _combo(BASIS_LABELS, self.tr("Basis of the event"))
        self.event_source = QLineEdit()
        self.event_source.setAccessibleName(self.tr("Source of the event"))
        self.event_source.setPlaceholderText(self.tr("e.g. police records check"))
        self.add_button = QPushButton(self.tr("Add &event"))
        self.add_button.setAccessibleName(self.tr("Add the recidivism event"))
        self.delete_button = QPushButton(self.tr("Delete event"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected event"))
        row = QHBoxLayout()
        for widget in (self.event_type, self.event_date, self.event_basis):
            row.addWidget(widget)
        row.addWidget(self.event_source, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)
        foot = QHBoxLayout()
        self.message = label("", "muted")
        self.message.setAccessibleName(self.tr("Follow-up save status"))
        foot.addWidget(self.message, 1)
        foot.addWidget(self.save_button)
        layout.addLayout(foot)

        self.save_button.clicked.connect(self.save_followup)
        self.add_button.clicked.connect(self.add_event)
        self.delete_button.clicked.connect(self.delete_selected)
        self.refresh()

    def refresh(self) -> None:
        from tally.operations.outcomes import case_outcomes

        found = case_outcomes(self._store, self._case_pk)
        f = found.followup
        self.start.setText(f.start_date if f else "")
        self.start_basis.setCurrentIndex(max(0, self.start_basis.findData(
            f.start_basis if f else "release")))
        self.end.setText(f.end_date or "" if f else "")
        self.end_reason.setCurrentIndex(max(0, self.end_reason.findData(
            (f.end_reason or "") if f else "")))
        self.synthetic.setText(self.tr("SYNTHETIC demo follow-up: not a real record.")
                               if found.synthetic else "")
        self.synthetic.setVisible(found.synthetic)
        self.events.setRowCount(len(found.events))
        for r, event in enumerate(found.events):
            cells = (Outcomes.tr(TYPE_LABELS.get(event.event_type, event.event_type)),
                     event.event_date, Outcomes.tr(BASIS_LABELS.get(event.basis, event.basis)),
                     event.source)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(256, event.id)  # Qt.ItemDataRole.UserRole
                self.events.setItem(r, c, item)
        self.add_button.setEnabled(f is not None)
        self.delete_button.setEnabled(bool(found.events))

    def _show(self, text: str, *, error: bool) -> None:
        set_role(self.message, "error" if error else "muted")
        self.message.setText(text)

    def save_followup(self) -> bool:
        from tally.operations.outcomes import OutcomeError, set_followup

        reason = self.end_reason.currentData() or None
        end = self.end.text().strip() or None
        if (end is None) != (reason is None):
            self._show(self.tr("Give both the end date and the reason follow-up ended, or "
                               "neither."), error=True)
            return False
        try:
            set_followup(self._store, self._case_pk, self.start.text().strip(),
                         self.start_basis.currentData(), end, reason)
        except OutcomeError as exc:
            self._show(str(exc), error=True)
            return False
        self._show(self.tr("Follow-up saved"), error=False)
        self.refresh()
        self.changed.emit()
        return True

    def add_event(self) -> bool:
        from tally.operations.outcomes import OutcomeError, add_event

        try:
            add_event(self._store, self._case_pk, self.event_type.currentData(),
                      self.event_date.text().strip(), self.event_basis.currentData(),
                      self.event_source.text())
        except OutcomeError as exc:
            self._show(str(exc), error=True)
            return False
        self.event_date.clear()
        self.event_source.clear()
        self._show(self.tr("Event added"), error=False)
        self.refresh()
        self.changed.emit()
        return True

    def delete_selected(self) -> bool:
        from tally.operations.outcomes import delete_event

        row = self.events.currentRow()
        item = self.events.item(row, 0) if row >= 0 else None
        if item is None:
            self._show(self.tr("Select the event to delete."), error=True)
            return False
        delete_event(self._store, int(item.data(256)))
        self._show(self.tr("Event deleted"), error=False)
        self.refresh()
        self.changed.emit()
        return True
