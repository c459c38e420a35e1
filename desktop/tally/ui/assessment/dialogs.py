"""Small dialogs of the assessment: a required reason, the lock confirmation.

They open window-modal with `open()` (never a nested event loop), so the wizard keeps running
and a test or a screen reader sees a normal window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """Asks for a reason that must not be blank (an override, an amendment)."""

    def __init__(
        self, title: str, message: str, accept_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        text = QLabel(message)
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Reason (required)"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        label = QLabel(self.tr("&Reason:"))
        label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(accept_text.replace("&", ""))
        self.ok.setDefault(True)
        self.ok.setEnabled(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda t: self.ok.setEnabled(bool(t.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def _accept_if_valid(self) -> None:
        if self.reason.text().strip():
            self.accept()

    def text(self) -> str:
        return self.reason.text().strip()


class ConfirmDialog(QDialog):
    """A yes/no question whose safe answer (Cancel) has the focus; Alt+<letter> confirms."""

    def __init__(
        self, title: str, message: str, confirm_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm = QPushButton(confirm_text)
        self.confirm.setObjectName("confirm")
        self.confirm.setAccessibleName(confirm_text.replace("&", ""))
        self.confirm.setAutoDefault(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.setDefault(True)
        box = QDialogButtonBox()
        box.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(box)
        self.cancel.setFocus()
