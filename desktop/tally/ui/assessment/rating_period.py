"""The period a dynamic rating covers, entered in the assessment's own header.

A STABLE-2007 or ACUTE-2007 rating describes a period, not a lifetime; the report prints the
period and the rating's age. It can be set while the rating is a draft (the store refuses a
change once it is locked) and is shown read-only afterwards. Saved when both dates are typed
(Enter or leaving the field); a bad date gets one line and changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def has_rating_period(session: Any, form_kind: str) -> bool:
    """Only dynamic instruments rate a period; a practice session keeps none."""
    return form_kind == "dynamic" and hasattr(session, "set_rating_period")


class RatingPeriodBar(QWidget):
    """'Period rated: [from] to [to]', with what it is for, or why it was not saved."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingPeriod")
        self._session: Any = None
        self.label = QLabel(self.tr("Perio&d rated:"))
        self.start = QLineEdit()
        self.end = QLineEdit()
        for field, name in ((self.start, self.tr("First day of the period rated")),
                            (self.end, self.tr("Last day of the period rated"))):
            field.setPlaceholderText(self.tr("YYYY-MM-DD"))
            field.setAccessibleName(name)
            field.setMaxLength(10)
            field.setFixedWidth(field.fontMetrics().horizontalAdvance("0000-00-00") + 24)
            field.editingFinished.connect(self._save)
        self.label.setBuddy(self.start)
        self.to = QLabel(self.tr("to"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.setAccessibleName(self.tr("Clear the period rated"))
        self.clear_button.clicked.connect(self._clear)
        self.note = QLabel()
        self.note.setObjectName("ratingPeriodNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        for widget in (self.label, self.start, self.to, self.end, self.clear_button):
            row.addWidget(widget)
        row.addWidget(self.note, 1)

    def set_session(self, session: Any) -> None:
        self._session = session
        period = session.rating_period()
        start, end = period if period else ("", "")
        self.start.setText(start)
        self.end.setText(end)
        editable = not session.read_only()
        for field in (self.start, self.end):
            field.setReadOnly(not editable)
        self.clear_button.setVisible(editable and period is not None)
        if editable:
            self._say(self.tr("the period these ratings describe; the report prints it with "
                              "the rating's age"), error=False)
        elif period is None:
            self._say(self.tr("not recorded (the report says so)"), error=False)
        else:
            self._say("", error=False)

    def period(self) -> tuple[str, str] | None:
        return self._session.rating_period() if self._session is not None else None

    def _clear(self) -> None:
        self.start.clear()
        self.end.clear()
        self._store(None, None)

    def _save(self) -> None:
        if self._session is None or self._session.read_only():
            return
        start, end = self.start.text().strip(), self.end.text().strip()
        if not start and not end:
            if self.period() is not None:
                self._store(None, None)
            return
        if not start or not end:
            return  # the other date is still to come: nothing to say yet
        for text in (start, end):
            try:
                date.fromisoformat(text)
            except ValueError:
                self._say(self.tr("Not saved: %1 is not a date as YYYY-MM-DD.")
                          .replace("%1", text), error=True)
                return
        if (start, end) != self.period():
            self._store(start, end)

    def _store(self, start: str | None, end: str | None) -> None:
        from tally.operations.errors import StoreError

        try:
            self._session.set_rating_period(start, end)
        except (StoreError, ValueError) as exc:
            self._say(self.tr("Not saved: %1.").replace("%1", str(exc)), error=True)
            return
        self.set_session(self._session)
        self.saved.emit()

    def _say(self, text: str, *, error: bool) -> None:
        self.note.setText(text)
        self.note.setProperty("error", error)
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)
