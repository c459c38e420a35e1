"""First run: create the encrypted database, then the evaluator profile.

The page only collects and checks input; the shell (main_window) creates the store, so
this module never imports it and the first window stays light.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tally.operations.passphrase import MIN_LENGTH, passphrase_strength
from tally.ui.widgets import card, centred_column, label, set_role

__all__ = ["MIN_LENGTH", "passphrase_strength"]  # the store's one rule, shown here

class DatabaseStep(QWidget):
    create_requested = Signal(str)
    other_file_requested = Signal()

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = card()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Welcome to Tally"), "title"))
        layout.addWidget(label(self.tr(
            "Tally keeps your cases in one encrypted database on this computer. Choose a "
            "passphrase to lock it: a few unrelated words are strong and easy to remember.")))
        self.path_label = label(self.tr("Database: %1").replace("%1", path), "muted")
        layout.addWidget(self.path_label)

        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_text = label("", "muted")
        strength = QVBoxLayout()
        strength.addWidget(self.meter)
        strength.addWidget(self.strength_text)
        form.addRow(self.tr("Strength:"), strength)
        layout.addLayout(form)

        warning = label(self.tr(
            "Nothing can recover a forgotten passphrase. Not Tally, not your IT department, "
            "not us: without it the database cannot be opened and its cases are lost. "
            "Write it down and keep it somewhere safe."), "notice")
        warning.setAccessibleName(self.tr("Warning: a forgotten passphrase cannot be recovered"))
        layout.addWidget(warning)
        self.understood = QCheckBox(self.tr(
            "I &understand that a forgotten passphrase cannot be recovered"))
        self.understood.setAccessibleName(self.tr("I understand a forgotten passphrase is lost"))
        layout.addWidget(self.understood)

        self.message = label("", "muted")
        self.message.setAccessibleName(self.tr("Status"))
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.other = QPushButton(self.tr("&Open an existing database…"))
        self.other.setAccessibleName(self.tr("Open an existing database"))
        self.create = QPushButton(self.tr("&Create database"))
        self.create.setProperty("role", "primary")
        self.create.setAccessibleName(self.tr("Create database"))
        self.create.setDefault(True)
        buttons.addWidget(self.other)
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        layout.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centred_column(box))

        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._submit)
        self.create.clicked.connect(self._submit)
        self.other.clicked.connect(self.other_file_requested)
        self._update()

    def set_path(self, path: str) -> None:
        self.path_label.setText(self.tr("Database: %1").replace("%1", path))

    def problem(self) -> str:
        """Why the input cannot be used yet, or "" when it can."""
        text = self.passphrase.text()
        if len(text) < MIN_LENGTH:
            return self.tr("Use at least %n characters.", "", MIN_LENGTH)
        if passphrase_strength(text) < 2:
            return self.tr("This passphrase is too easy to guess: add another word or two.")
        if self.repeat.text() != text:
            return self.tr("The two passphrases are not the same yet.")
        if not self.understood.isChecked():
            return self.tr("Tick the box to confirm you have read the warning.")
        return ""

    def _update(self) -> None:
        score = passphrase_strength(self.passphrase.text())
        names = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"),
                 self.tr("Very strong"))
        self.meter.setValue(score)
        self.strength_text.setText(names[score] if self.passphrase.text() else "")
        self.meter.setAccessibleDescription(names[score])
        problem = self.problem()
        self.create.setEnabled(not problem)
        set_role(self.message, "muted")
        self.message.setText(problem)

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def _submit(self) -> None:
        problem = self.problem()
        if problem:
            self.show_error(problem)
            return
        self.create_requested.emit(self.passphrase.text())

    def keyPressEvent(self, event: Any) -> None:
        # Enter on the "I understand" box (which ignores it) creates the database, so the
        # whole step works from the keyboard: type, Tab, type, Tab, Space, Enter.
        from PySide6.QtCore import Qt  # not at import: the first window avoids Qt's namespace

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()


class ProfileStep(QWidget):
    save_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = card()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Your evaluator profile"), "title"))
        layout.addWidget(label(self.tr(
            "Your name, credentials and organisation are printed on every assessment you "
            "sign. You can change them later in Settings.")))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Full name"))
        self.credentials = QLineEdit()
        self.credentials.setPlaceholderText(self.tr("e.g. PhD, C.Psych."))
        self.credentials.setAccessibleName(self.tr("Credentials"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        form.addRow(self.tr("Full &name:"), self.name)
        form.addRow(self.tr("&Credentials:"), self.credentials)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        layout.addLayout(form)
        self.message = label("", "muted")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save = QPushButton(self.tr("&Start using Tally"))
        self.save.setProperty("role", "primary")
        self.save.setAccessibleName(self.tr("Save profile and start"))
        self.save.setDefault(True)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centred_column(box))
        for field in (self.name, self.credentials, self.organisation):
            field.returnPressed.connect(self._submit)
        self.save.clicked.connect(self._submit)

    def load(self, name: str, credentials: str, organisation: str) -> None:
        self.name.setText(name)
        self.credentials.setText(credentials)
        self.organisation.setText(organisation)

    def show_error(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def _submit(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("Enter your full name: it is printed on signed reports."))
            self.name.setFocus()
            return
        self.save_requested.emit(name, self.credentials.text().strip(),
                                 self.organisation.text().strip())


class FirstRunPage(QStackedWidget):
    """Step 1 creates the database, step 2 the evaluator profile."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = DatabaseStep(path)
        self.profile = ProfileStep()
        self.addWidget(self.database)
        self.addWidget(self.profile)
        self.setAccessibleName(self.tr("First run"))
        from tally.ui.shortcuts import key

        QShortcut(QKeySequence(key("first_run", "submit")), self,
                  activated=self._submit_current)

    def _submit_current(self) -> None:
        (self.database._submit if self.currentWidget() is self.database
         else self.profile._submit)()

    def show_profile_step(self) -> None:
        self.database.clear()
        self.setCurrentWidget(self.profile)
        self.profile.name.setFocus()

    def focus_first(self) -> None:
        (self.database.passphrase if self.currentWidget() is self.database
         else self.profile.name).setFocus()
