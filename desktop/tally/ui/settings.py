"""Settings: database location, idle lock, theme, font size, and the evaluator profile.

Preferences live in QSettings; the evaluator profile lives in the database (it is printed on
signed reports and audited), so that part is shown only while the database is unlocked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tally.ui.preferences import (
    FONT_POINTS_RANGE,
    IDLE_MINUTES_RANGE,
    LANGUAGES,
    THEMES,
    Preferences,
)
from tally.ui.widgets import label

if TYPE_CHECKING:
    from tally.operations.desk import Desk

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


LANGUAGE_NAMES = {"en": "English", "fr": "Français"}


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, database_in_use: str, store: Desk | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._prefs = prefs
        self._store = store
        self._database_in_use = database_in_use
        self.database_changed = False

        storage = QGroupBox(self.tr("Database"))
        s_form = QFormLayout(storage)
        self.database = QLineEdit(prefs.database_path or database_in_use)
        self.database.setAccessibleName(self.tr("Database file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose database file"))
        row = QHBoxLayout()
        row.addWidget(self.database, 1)
        row.addWidget(browse)
        location = QLabel(self.tr("&Location:"))
        location.setBuddy(self.database)  # a layout row gets no buddy of its own
        s_form.addRow(location, row)
        s_form.addRow("", label(self.tr(
            "A new location takes effect at once: Tally locks and opens the file there (or "
            "creates a new database if there is none)."), "muted"))

        security = QGroupBox(self.tr("Security"))
        sec_form = QFormLayout(security)
        self.idle = QSpinBox()
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(prefs.idle_lock_minutes)
        self.idle.setAccessibleName(self.tr("Lock after minutes without activity"))
        sec_form.addRow(self.tr("Loc&k after:"), self.idle)

        appearance = QGroupBox(self.tr("Appearance"))
        a_form = QFormLayout(appearance)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for key in THEMES:
            self.theme.addItem(self.tr(THEME_LABELS[key]), key)
        self.theme.setCurrentIndex(THEMES.index(prefs.theme))
        self.font_size = QSpinBox()
        self.font_size.setRange(FONT_POINTS_RANGE[0] - 1, FONT_POINTS_RANGE[1])
        self.font_size.setSpecialValueText(self.tr("System default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(prefs.font_points or FONT_POINTS_RANGE[0] - 1)
        self.font_size.setAccessibleName(self.tr("Font size"))
        a_form.addRow(self.tr("&Theme:"), self.theme)
        a_form.addRow(self.tr("&Font size:"), self.font_size)
        from tally.ui.application import system_language

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        for key in LANGUAGES:  # each language is named in itself
            name = LANGUAGE_NAMES[system_language() if key == "system" else key]
            self.language.addItem(
                self.tr("Follow the system (%1)").replace("%1", name) if key == "system"
                else name, key)
        self.language.setCurrentIndex(LANGUAGES.index(prefs.language))
        a_form.addRow(self.tr("Lan&guage:"), self.language)
        # the open windows are built once; a restart builds them in the new language
        a_form.addRow("", label(self.tr("The language changes the next time Tally starts."),
                                "muted"))

        layout = QVBoxLayout(self)
        layout.addWidget(storage)
        layout.addWidget(security)
        layout.addWidget(appearance)

        self.name = self.credentials = self.organisation = None
        if store is not None:
            evaluator = store.evaluator()
            profile = QGroupBox(self.tr("Evaluator (printed on signed assessments)"))
            p_form = QFormLayout(profile)
            self.name = QLineEdit(evaluator.name if evaluator else "")
            self.name.setAccessibleName(self.tr("Full name"))
            self.credentials = QLineEdit(evaluator.credentials if evaluator else "")
            self.credentials.setAccessibleName(self.tr("Credentials"))
            self.organisation = QLineEdit(evaluator.organisation if evaluator else "")
            self.organisation.setAccessibleName(self.tr("Organisation"))
            # a problem once shown goes as soon as the field is filled (it stayed red)
            self.name.textChanged.connect(lambda _t: self.message.setText(self.problem()
                                                                          if self.message.text()
                                                                          else ""))
            p_form.addRow(self.tr("Full &name:"), self.name)
            p_form.addRow(self.tr("&Credentials:"), self.credentials)
            p_form.addRow(self.tr("&Organisation:"), self.organisation)
            layout.addWidget(profile)

        self.message = label("", "error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        browse.clicked.connect(self._browse)
        # Wide enough that the notes wrap to one or two lines: at its narrow size hint the
        # dialog needs more height than the two thirds of a 768 px screen Qt first gives a
        # window, and the notes were cut (#14).
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.database.text(),
            self.tr("Tally database (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database.setText(path)

    def problem(self) -> str:
        path = self.database.text().strip()
        if not path:
            return self.tr("Choose where the database is kept.")
        if Path(path).is_dir():
            return self.tr("The database location is a folder: add a file name.")
        if self.name is not None and not self.name.text().strip():
            return self.tr("Enter your full name: it is printed on signed reports.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        path = str(Path(self.database.text().strip()).expanduser())
        self.database_changed = path != self._database_in_use
        self._prefs.database_path = path
        self._prefs.idle_lock_minutes = self.idle.value()
        self._prefs.theme = self.theme.currentData()
        self._prefs.language = self.language.currentData()
        size = self.font_size.value()
        self._prefs.font_points = 0 if size < FONT_POINTS_RANGE[0] else size
        self._prefs.sync()
        if self._store is not None and self.name is not None:
            current = self._store.evaluator()
            wanted = (self.name.text().strip(), self.credentials.text().strip(),
                      self.organisation.text().strip())
            if current is None or (current.name, current.credentials,
                                   current.organisation) != wanted:
                self._store.set_evaluator(*wanted)
        super().accept()
