"""CASIC scored from inside CPORT item 5: six yes/no items, the total feeds `casic_total`.

Keyboard: 0 or 1 answers the item in focus and moves to the next; Up/Down or Tab move;
Enter accepts once all six are answered. The total is computed by the scoring core, with the
casic form's own items, never by hand here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tally.core.model import Form
from tally.core.scoring import score
from tally.ui.assessment.item_page import choice_keys
from tally.ui.assessment.style import STYLE
from tally.ui.assessment.text import points_text


class CasicDialog(QDialog):
    def __init__(
        self, casic: Form, threshold: int, initial: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("casicDialog")
        self.form = casic
        self.threshold = threshold
        self.setWindowTitle(self.tr("CASIC for CPORT item 5"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setStyleSheet(STYLE)  # the same choices as the wizard's, not faint default buttons
        self.resize(760, 600)
        self._answers: dict[str, int] = dict(initial or {})
        self._groups: dict[str, QButtonGroup] = {}
        self._first_buttons: list[QPushButton] = []
        self._rows: list[str] = []

        intro = QLabel(
            self.tr(
                "Use the CASIC only when there is neither an admission nor a diagnosis of "
                "sexual interest in children. Press 0 or 1 for the item in focus."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        for item in casic.items:
            frame = QFrame()
            frame.setObjectName("casicRow")
            row = QVBoxLayout(frame)
            title = QLabel(f"<b>{item.number}. {item.name}</b> — {item.prompt}")
            title.setWordWrap(True)
            row.addWidget(title)
            buttons = QHBoxLayout()
            group = QButtonGroup(self)
            for index, (option, key) in enumerate(
                zip(item.options, choice_keys(item), strict=True)
            ):
                button = QPushButton(f"{key}   {option.label}   ({points_text(option.points)})")
                button.setObjectName("choice")  # the wizard's choice style: a clear tick
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.setMinimumHeight(36)
                button.setProperty("casic_item", item.id)
                button.setAccessibleName(
                    self.tr("%1: %2").replace("%1", item.name).replace("%2", option.label)
                )
                button.setChecked(self._answers.get(item.id) == option.points)
                group.addButton(button, index)
                buttons.addWidget(button)
                if index == 0:
                    self._first_buttons.append(button)
            group.idClicked.connect(lambda index, i=item: self._set(i.id, i.options[index].points))
            row.addLayout(buttons)
            rows.addWidget(frame)
            self._groups[item.id] = group
            self._rows.append(item.id)
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.total_label = QLabel()
        self.total_label.setObjectName("casicTotal")
        self.total_label.setAccessibleName(self.tr("CASIC total"))
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("Use this total"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Use this CASIC total for item 5"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.buttons)

        for digit in range(10):
            for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                shortcut = QShortcut(QKeySequence(modifier.value | (Qt.Key.Key_0 + digit)), self)
                shortcut.activated.connect(lambda d=digit: self._digit(d))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self).activated.connect(self._accept_if_complete)
        self._update()
        self._focus_row(0)

    # -- answering ----------------------------------------------------------------------

    def _row_in_focus(self) -> int:
        widget = self.focusWidget()
        item_id = widget.property("casic_item") if widget is not None else None
        if item_id in self._rows:
            return self._rows.index(item_id)
        missing = [i for i, item_id in enumerate(self._rows) if item_id not in self._answers]
        return missing[0] if missing else 0

    def _digit(self, digit: int) -> None:
        row = self._row_in_focus()
        item = self.form.item(self._rows[row])
        keys = choice_keys(item)
        if digit not in keys:
            return
        index = keys.index(digit)
        self._groups[item.id].button(index).setChecked(True)
        self._set(item.id, item.options[index].points)
        self._focus_row(row + 1 if row + 1 < len(self._rows) else row)
        if self.complete():
            self.ok.setFocus()

    def _focus_row(self, row: int) -> None:
        group = self._groups[self._rows[row]]
        target = group.checkedButton() or self._first_buttons[row]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, item_id: str, points: int) -> None:
        self._answers[item_id] = points
        self._update()

    def complete(self) -> bool:
        return all(item_id in self._answers for item_id in self._rows)

    def total(self) -> int:
        return score(self.form, self._answers).total

    def answers(self) -> dict[str, int]:
        return dict(self._answers)

    def summary(self) -> str:
        """The answers in one line, kept with CPORT item 5 so the route is on record."""
        parts = [f"{self.form.item(i).name}: {self._answers[i]}" for i in self._rows]
        return self.tr("CASIC %1 of %2 (%3)").replace("%1", str(self.total())).replace(
            "%2", str(len(self._rows))
        ).replace("%3", "; ".join(parts))

    def _update(self) -> None:
        answered = len(self._answers)
        total = self.total()
        if self.complete():
            verdict = (
                self.tr("a total of %1 or more: item 5 scores 1")
                if total >= self.threshold
                else self.tr("below %1: item 5 scores 0")
            ).replace("%1", str(self.threshold))
            text = self.tr("CASIC total %1 of 6 — %2. Press Enter to use it.").replace(
                "%1", str(total)
            ).replace("%2", verdict)
        else:
            text = self.tr("CASIC total so far %1 (%2 of 6 items answered)").replace(
                "%1", str(total)
            ).replace("%2", str(answered))
        self.total_label.setText(text)
        self.ok.setEnabled(self.complete())

    def _accept_if_complete(self) -> None:
        if self.complete():
            self.accept()
