"""Small dialogs of the assessment: a required reason, the lock confirmation.

They open window-modal with `open()` (never a nested event loop), so the wizard keeps running
and a test or a screen reader sees a normal window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tally.ui.i18n import TrContext

if TYPE_CHECKING:
    from tally.operations.facts_diff import FactsDiff


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
        text.setTextFormat(Qt.TextFormat.PlainText)  # a case id is never markup
        self.message = text
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
        self.layout_ = layout
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


FactsDiffText = TrContext("FactsDiffText")  # lupdate files these under the name before .tr


def _value_text(name: str, value: Any) -> str:
    from tally.ui.typology import pattern_label

    if value is None or value == "":
        return FactsDiffText.tr("not recorded")
    if isinstance(value, bool):
        return FactsDiffText.tr("yes") if value else FactsDiffText.tr("no")
    if name == "offence_pattern":
        return pattern_label(str(value))
    return str(value)


def _fact_name(name: str) -> str:
    from tally.ui.assessment.text import fact_words

    return {
        "case_id": FactsDiffText.tr("case id"),
        "offence_pattern": FactsDiffText.tr("offending history"),
        "notes": FactsDiffText.tr("notes"),
    }.get(name) or fact_words(name)


def diff_lines(diff: FactsDiff) -> list[str]:
    """The diff as a reader takes it: each fact, each re-derived item, the total."""
    from tally.ui.assessment.text import points_text

    def points(value: int | None) -> str:
        return FactsDiffText.tr("missing") if value is None else points_text(value)

    lines = []
    for change in diff.facts:
        if change.name == "notes":
            lines.append(FactsDiffText.tr("notes changed"))
            continue
        line = FactsDiffText.tr("%1 changed: %2 → %3")
        lines.append(line.replace("%1", _fact_name(change.name)).replace(
            "%2", _value_text(change.name, change.locked)).replace(
            "%3", _value_text(change.name, change.profile)))
    for item in diff.items:
        lines.append(FactsDiffText.tr("item %1 (%2) re-derived from %3 to %4").replace(
            "%1", item.number).replace("%2", item.name).replace(
            "%3", points(item.locked)).replace("%4", points(item.profile)))
    if not diff.items:
        lines.append(FactsDiffText.tr("no item's points change"))
    elif diff.total[0] != diff.total[1]:
        lines.append(FactsDiffText.tr("total %1 → %2").replace("%1", str(diff.total[0])).replace(
            "%2", str(diff.total[1])))
    return lines


class AmendDialog(ReasonDialog):
    """The amendment's reason; when the profile changed since the lock, what taking its
    current facts would change, and the choice to take them (off unless chosen)."""

    def __init__(self, title: str, message: str, accept_text: str,
                 diff: FactsDiff | None, parent: QWidget | None = None) -> None:
        super().__init__(title, message, accept_text, parent)
        self.setObjectName("amendDialog")
        self.take_facts = QCheckBox(self.tr("&Take the profile's current facts"))
        self.take_facts.setObjectName("takeProfileFacts")
        self.changes = QLabel()
        self.changes.setObjectName("profileDiff")
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setWordWrap(True)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes.setAccessibleName(self.tr("What the profile's facts would change"))
        self.changes.setContentsMargins(18, 0, 0, 0)
        if diff is None or diff.empty:
            self.take_facts.hide()
            self.changes.hide()
            return
        self.message.setText(message + "\n\n" + self.tr(
            "The profile has changed since this version was locked. Taking its current facts "
            "would change:"))
        self.changes.setText("\n".join("• " + line for line in diff_lines(diff)))
        self.layout_.insertWidget(1, self.changes)
        self.layout_.insertWidget(2, self.take_facts)

    def take_profile_facts(self) -> bool:
        return not self.take_facts.isHidden() and self.take_facts.isChecked()
