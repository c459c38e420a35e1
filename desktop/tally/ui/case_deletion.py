"""Case → Delete case… and Case → Cases past retention…: deleting a case, once confirmed.

The Desk deletes (store: every row of the case, the freed pages wiped, one audit entry that
names the case id and its signed reports' hashes but holds no case data). Here: what the
evaluator sees before that happens. A case with signed or amended work needs a reason; every
deletion needs the case id typed again, so no stray Enter deletes anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tally.ui.widgets import set_role

if TYPE_CHECKING:
    from tally.operations.desk import Desk
    from tally.operations.rows import AssessmentMeta

SIGNED_STATES = ("signed", "amended")  # work that may have left the building


def signed_work(meta: AssessmentMeta) -> bool:
    """Signed or amended, or voided after it was signed (its report is still out there)."""
    return meta.status in SIGNED_STATES or (meta.void is not None and meta.void.was == "signed")


class DeleteCaseDialog(QDialog):
    """Delete one case: what it holds, a reason when any of it was signed, the id typed."""

    def __init__(self, case_id: str, assessments: int, signed: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id, self.signed = case_id, signed
        self.setObjectName("deleteCaseDialog")
        self.setWindowTitle(self.tr("Delete case %1").replace("%1", case_id))
        text = self.tr(
            "Case %1 and its %2 assessment(s) will be deleted from this database and the space "
            "they used wiped. This cannot be undone here; a backup made before keeps them."
        ).replace("%1", case_id).replace("%2", str(assessments))
        if signed:
            text += " " + self.tr(
                "%1 of them were signed or amended: reports may exist outside Tally. A reason "
                "is required; the audit trail keeps the case id, the reason and the signed "
                "reports' hashes, and nothing else of the case.").replace("%1", str(signed))
        what = QLabel(text)
        what.setObjectName("deleteWhat")
        what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("deleteReason")
        self.reason.setPlaceholderText(self.tr("e.g. retention period ended (policy 4.2)"))
        self.typed = QLineEdit()
        self.typed.setObjectName("deleteTypedId")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:") if signed else self.tr("&Reason (optional):"),
                    self.reason)
        form.addRow(self.tr("Type the case id to &confirm:"), self.typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete = buttons.addButton(self.tr("Delete case"),
                                        QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete.setObjectName("deleteCaseButton")
        self.delete.setAutoDefault(False)
        self.delete.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._update)
        self.typed.textChanged.connect(self._update)
        self.setMinimumWidth(560)
        self._update()
        self.typed.setFocus() if not signed else self.reason.setFocus()

    def ready(self) -> bool:
        if self.signed and not self.reason.text().strip():
            return False
        return self.typed.text().strip() == self.case_id

    def _update(self) -> None:
        self.delete.setEnabled(self.ready())

    def accept(self) -> None:
        if self.ready():
            super().accept()


class RetentionDialog(QDialog):
    """Cases whose last activity is older than N years: listed first, deleted only when asked."""

    def __init__(self, desk: Desk, years: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.candidates: list[Any] = []
        self.deleted: list[str] = []
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Cases past retention"))
        intro = QLabel(self.tr(
            "Your agency's retention period decides how long a case is kept after its last "
            "assessment (Tally has no default: it is a policy, not a number Tally may choose). "
            "List the cases past it, check them, then delete them in one step."))
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setRange(0, 100)
        self.years.setSpecialValueText(self.tr("not set"))
        self.years.setSuffix(self.tr(" years"))
        self.years.setValue(years)
        self.list_button = QPushButton(self.tr("&List cases"))
        self.list_button.setObjectName("retentionList")
        row = QHBoxLayout()
        label = QLabel(self.tr("Keep cases for:"))
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addWidget(self.list_button)
        row.addStretch(1)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Last activity"), self.tr("Signed work")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("retentionReason")
        self.reason.setPlaceholderText(self.tr("e.g. retention period ended (policy 4.2)"))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("retentionConfirm")
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.confirm_word = self.tr("DELETE")  # the word to type, in the interface's language
        form.addRow(self.tr("Type %1 to &confirm:").replace("%1", self.confirm_word),
                    self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.delete = buttons.addButton(self.tr("Delete these cases"),
                                        QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete.setObjectName("retentionDelete")
        self.delete.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.delete.clicked.connect(self.delete_listed)
        self.list_button.clicked.connect(self.list_candidates)
        self.reason.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.years.valueChanged.connect(self._forget_list)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self._update()

    def _forget_list(self) -> None:
        """Another period: the list shown no longer answers it."""
        self.candidates = []
        self.table.setRowCount(0)
        self.summary.clear()
        self._update()

    def list_candidates(self) -> None:
        years = self.years.value()
        if years <= 0:
            set_role(self.summary, "error")
            self.summary.setText(self.tr("Set the retention period first."))
            return
        self.candidates = list(self.desk.retention_candidates(years))
        self.table.setRowCount(len(self.candidates))
        for row, c in enumerate(self.candidates):
            cells = [c.case_id, str(c.last_activity), self.tr("yes") if c.has_signed else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        set_role(self.summary, "muted")
        self.summary.setText(self.tr(
            "%1 case(s) had no activity for more than %2 years.").replace(
            "%1", str(len(self.candidates))).replace("%2", str(years)))
        self._update()

    def ready(self) -> bool:
        return bool(self.candidates) and bool(self.reason.text().strip()) \
            and self.confirm.text().strip() == self.confirm_word

    def _update(self) -> None:
        self.delete.setEnabled(self.ready())

    def delete_listed(self) -> None:
        from tally.operations.errors import StoreError

        if not self.ready():
            return
        reason = self.reason.text().strip()
        failed: list[str] = []
        for c in self.candidates:
            try:
                self.desk.delete_case(c.case_pk, reason)
            except StoreError as exc:
                failed.append(f"{c.case_id}: {exc}")
            else:
                self.deleted.append(c.case_id)
        self.candidates = []
        self.table.setRowCount(0)
        self.confirm.clear()
        text = self.tr("%1 case(s) deleted.").replace("%1", str(len(self.deleted)))
        if failed:
            set_role(self.summary, "error")
            text += " " + self.tr("Not deleted: %1").replace("%1", "; ".join(failed))
        else:
            set_role(self.summary, "notice")
        self.summary.setText(text)
        self._update()
