"""The unlock screen: one passphrase field. A wrong passphrase changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tally.ui.widgets import card, centred_column, label, set_role

MAX_DELAY_SECONDS = 30


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    other_file_requested = Signal()
    verify_requested = Signal()  # checking a signed report needs no database

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Unlock"))
        self._failures = 0  # wrong passphrases since the last unlock (see wrong_passphrase)
        self.retry_in = 0
        self._wrong_text = ""
        box = card()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Tally is locked"), "title"))
        self.reason = label(self.tr("Enter your passphrase to open your cases."))
        layout.addWidget(self.reason)
        self.path_label = label("", "muted")
        layout.addWidget(self.path_label)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.passphrase)
        self.message = label("", "error")
        self.message.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.other = QPushButton(self.tr("Use &another database…"))
        self.other.setAccessibleName(self.tr("Use another database"))
        self.verify = QPushButton(self.tr("&Verify a report…"))
        self.verify.setToolTip(self.tr("Check a signed PDF report offline (Ctrl+Shift+V)"))
        self.verify.setAccessibleName(self.tr("Verify a signed PDF report"))
        self.unlock = QPushButton(self.tr("&Unlock"))
        self.unlock.setProperty("role", "primary")
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setDefault(True)
        buttons.addWidget(self.other)
        buttons.addWidget(self.verify)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centred_column(box, 520))

        self.passphrase.returnPressed.connect(self._submit)
        self.unlock.clicked.connect(self._submit)
        self.other.clicked.connect(self.other_file_requested)
        self.verify.clicked.connect(self.verify_requested)
        self.passphrase.textEdited.connect(lambda _t: self.message.setText(""))
        self.set_path(path)

    def set_path(self, path: str) -> None:
        self.path_label.setText(self.tr("Database: %1").replace("%1", path))

    def set_reason(self, locked_by_idle: bool) -> None:
        self.reason.setText(
            self.tr("Tally locked itself after a period without activity. Your work was "
                    "saved. Enter your passphrase to continue.")
            if locked_by_idle else self.tr("Enter your passphrase to open your cases."))

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_error(self.tr("Enter your passphrase."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.unlock.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            set_role(self.message, "muted")
            self.message.setText(self.tr("Unlocking…"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        set_role(self.message, "error")
        self.message.setText(text)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def wrong_passphrase(self, text: str) -> None:
        """A wrong passphrase: say so, then wait before the next try, twice as long each
        time (1, 2, 4 ... up to 30 seconds), so guessing at the screen is slow."""
        self._failures += 1
        self.retry_in = min(2 ** (self._failures - 1), MAX_DELAY_SECONDS)
        self._wrong_text = text
        self.show_error(text)
        self.unlock.setEnabled(False)
        self.passphrase.setEnabled(False)
        self._tick()

    def _tick(self) -> None:
        if self.retry_in <= 0:
            self.unlock.setEnabled(True)
            self.passphrase.setEnabled(True)
            self.message.setText(self._wrong_text)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.message.setText(self._wrong_text + " " + self.tr("Try again in %1 s.").replace(
            "%1", str(self.retry_in)))
        self.retry_in -= 1
        QTimer.singleShot(1000, self._tick)

    def reset(self) -> None:
        self._failures = 0
        self.set_busy(False)
        self.passphrase.clear()
        self.message.setText("")
        self.passphrase.setFocus()
