"""One item of the wizard: the question, the scores as large choices, rationale and sources.

The page is built once and refilled for each item (a wizard step must stay far under a frame).
It only reports what the evaluator did through signals; the wizard decides what to store.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tally.core.model import Item, Option
from tally.core.record import AnswerRecord
from tally.ui.assessment.count_entry import CountField
from tally.ui.assessment.text import fact_words, points_text

# Stored ids (language independent) of the information sources an evaluator can tick.
SOURCE_IDS = (
    "file_review",
    "criminal_record",
    "police_reports",
    "interview",
    "collateral",
    "supervision_notes",
    "other",
)



@dataclass(frozen=True)
class CasicPanel:
    """What the page shows on an item a linked companion scores (CPORT item 5, #11)."""

    text: str  # the linked CASIC (version, status, total) and what it gives the item
    gate: str  # the statement the evaluator records (the form's words)
    gate_checked: bool
    button: str  # open, link or start the CASIC
    linked: bool  # a link exists: the gate and Unlink apply


def source_label(source_id: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "file_review": QCoreApplication.translate("Assessment", "File review"),
        "criminal_record": QCoreApplication.translate("Assessment", "Criminal record"),
        "police_reports": QCoreApplication.translate("Assessment", "Police reports"),
        "interview": QCoreApplication.translate("Assessment", "Interview"),
        "collateral": QCoreApplication.translate("Assessment", "Collateral"),
        "supervision_notes": QCoreApplication.translate("Assessment", "Supervision notes"),
        "other": QCoreApplication.translate("Assessment", "Other"),
    }
    return labels.get(source_id, source_id)


def choice_keys(item: Item) -> list[int]:
    """The digit key of each option: the points when all fit 0-9, else 1..n by position."""
    if all(0 <= o.points <= 9 for o in item.options):
        return [o.points for o in item.options]
    return list(range(1, len(item.options) + 1))


class ChoiceButton(QPushButton):
    """A score choice whose label wraps onto more lines when the pane is narrow (never elided:
    a cut-off score label could be misread), so a narrow pane never scrolls sideways either."""

    PADDING = 34  # the style sheet's padding and border

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setToolTip(text)

    def text(self) -> str:  # the whole label, whatever line breaks are painted
        return self._full

    def set_label(self, text: str) -> None:
        """Another choice's label on this button (the next item's), wrapped as it fits."""
        self._full = text
        self.setToolTip(text)
        shown = self._wrapped(self.contentsRect().width() - self.PADDING)
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 160), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        shown = self._wrapped(self.contentsRect().width() - self.PADDING)
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()  # more lines: a taller button

    def _wrapped(self, room: int) -> str:
        """The label broken at spaces into lines that fit `room` pixels (a word longer than
        the room keeps a line of its own)."""
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= room:
            return self._full
        lines: list[str] = []
        for word in self._full.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(line.strip() for line in lines)


class _ToggleLabel(QLabel):
    """A check box's long text, wrapped; a click on it toggles the box, as on its own text."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event) -> None:
        if self._box.isEnabled():
            self._box.toggle()
        super().mousePressEvent(event)


class ItemPage(QWidget):
    chosen = Signal(int)  # points of the option the evaluator picked
    rationale_edited = Signal()
    sources_changed = Signal()
    override_requested = Signal()
    restore_derived_requested = Signal()
    casic_requested = Signal()  # open, link or start the CASIC (the button says which)
    casic_unlink_requested = Signal()
    casic_gate_changed = Signal(bool)
    count_changed = Signal(str, object)  # a count fact and its value (None: not entered)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemPage")
        self._item: Item | None = None
        self._keys: list[int] = []
        self._buttons: list[QPushButton] = []
        self._filling = False

        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel()
        self.prompt.setObjectName("itemPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)

        self.consistency = QLabel()  # the forms' consistency checks firing on this item
        self.consistency.setObjectName("consistencyNote")
        self.consistency.setWordWrap(True)
        self.consistency.setTextFormat(Qt.TextFormat.PlainText)
        self.consistency.setAccessibleName(self.tr("Consistency check"))
        self.consistency.hide()
        self.derived_box = QFrame()
        self.derived_box.setObjectName("derivedBox")
        self.derived_text = QLabel()
        self.derived_text.setWordWrap(True)
        self.derived_text.setTextFormat(Qt.TextFormat.PlainText)
        self.derived_text.setAccessibleName(self.tr("How this item was derived"))
        self.override_button = QPushButton()
        self.override_button.setObjectName("overrideButton")
        self.override_button.clicked.connect(self._on_override_clicked)
        derived_layout = QVBoxLayout(self.derived_box)
        derived_layout.setContentsMargins(10, 8, 10, 8)
        derived_layout.addWidget(self.derived_text)
        row = QHBoxLayout()
        row.addWidget(self.override_button)
        row.addStretch(1)
        derived_layout.addLayout(row)

        self.counts_box = QFrame()  # the counts an item's table scores (count_entry)
        self.counts_box.setObjectName("countsBox")
        self._counts_form = QFormLayout(self.counts_box)
        self._counts_form.setContentsMargins(10, 8, 10, 8)
        self._count_spins: dict[str, QSpinBox] = {}
        self.counts_box.hide()

        self.casic_box = QFrame()
        self.casic_box.setObjectName("casicBox")
        self.casic_text = QLabel()
        self.casic_text.setObjectName("casicText")
        self.casic_text.setWordWrap(True)
        self.casic_text.setTextFormat(Qt.TextFormat.PlainText)
        self.casic_gate = QCheckBox()  # its statement is a wrapping label beside it: a long
        self.casic_gate.setObjectName("casicGate")  # check box text would widen the page
        self.casic_gate.setAccessibleName(self.tr("No admission and no diagnosis on file"))
        self.casic_gate.toggled.connect(self._on_gate)
        self.casic_gate_text = _ToggleLabel(self.casic_gate)
        self.casic_button = QPushButton()
        self.casic_button.setObjectName("casicButton")
        self.casic_button.setAutoDefault(False)
        self.casic_button.clicked.connect(self.casic_requested)
        self.casic_unlink = QPushButton(self.tr("Unlink"))
        self.casic_unlink.setAccessibleName(self.tr("Unlink the CASIC from this item"))
        self.casic_unlink.setAutoDefault(False)
        self.casic_unlink.clicked.connect(self.casic_unlink_requested)
        casic_layout = QVBoxLayout(self.casic_box)
        casic_layout.setContentsMargins(10, 8, 10, 8)
        gate_row = QHBoxLayout()
        gate_row.addWidget(self.casic_gate, 0, Qt.AlignmentFlag.AlignTop)
        gate_row.addWidget(self.casic_gate_text, 1)
        casic_layout.addLayout(gate_row)
        casic_layout.addWidget(self.casic_text)
        casic_row = QHBoxLayout()
        casic_row.addWidget(self.casic_button)
        casic_row.addWidget(self.casic_unlink)
        casic_row.addStretch(1)
        casic_layout.addLayout(casic_row)

        self.choices = QGroupBox(self.tr("Score (press the key shown)"))
        self.choices.setObjectName("choices")
        self._choice_layout = QVBoxLayout(self.choices)
        self._choice_layout.setSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idClicked.connect(self._on_clicked)

        self.rationale_label = QLabel(self.tr("&Rationale (Ctrl+E)"))
        self.rationale = QPlainTextEdit()
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setAccessibleDescription(
            self.tr("Why this score: the evidence you relied on. Saved as you type.")
        )
        self.rationale.setPlaceholderText(self.tr("Why this score: the evidence you relied on"))
        self.rationale.setFixedHeight(84)
        self.rationale.textChanged.connect(self._on_rationale)
        self.rationale_label.setBuddy(self.rationale)

        self.sources = QGroupBox(self.tr("Information sources (Alt+I)"))
        self.sources.setObjectName("sources")
        self._source_grid = QGridLayout(self.sources)
        self._source_columns = 0
        self.source_boxes: dict[str, QCheckBox] = {}
        for source_id in SOURCE_IDS:
            box = QCheckBox(source_label(source_id))
            box.setAccessibleName(self.tr("Source: %1").replace("%1", source_label(source_id)))
            box.toggled.connect(self._on_sources)
            self.source_boxes[source_id] = box
        self._place_sources(4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.prompt)
        layout.addWidget(self.consistency)
        layout.addWidget(self.derived_box)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.casic_box)
        layout.addWidget(self.choices)
        layout.addWidget(self.rationale_label)
        layout.addWidget(self.rationale)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def _place_sources(self, columns: int) -> None:
        """As many columns of sources as the width holds (all seven always in view)."""
        if columns == self._source_columns:
            return
        self._source_columns = columns
        for box in self.source_boxes.values():
            self._source_grid.removeWidget(box)
        for index, box in enumerate(self.source_boxes.values()):
            self._source_grid.addWidget(box, index // columns, index % columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        widest = max(b.sizeHint().width() for b in self.source_boxes.values()) + 12
        room = self.width() - 2 * 16 - 24
        self._place_sources(max(1, min(4, room // max(widest, 1))))

    # -- filling ------------------------------------------------------------------------

    def show_item(
        self,
        item: Item,
        *,
        position: int,
        count: int,
        points: int | None,
        answer: AnswerRecord | None,
        derived: tuple[int | None, str] | None,
        overridden: bool,
        read_only: bool,
        casic: CasicPanel | None,
        counts: list[CountField] | None = None,
    ) -> None:
        """Fill the page for `item`. derived is (points, how) when the item is derivable."""
        self._filling = True
        try:
            new_item = item is not self._item
            self._item = item
            self.heading.setText(
                self.tr("Item %1 of %2 · %3")
                .replace("%1", item.number)
                .replace("%2", str(count))
                .replace("%3", item.name)
            )
            self.heading.setAccessibleName(self.heading.text())
            self.prompt.setText(item.prompt)
            if new_item or len(self._buttons) != len(item.options):
                self._build_choices(item)
            self._group.setExclusive(False)  # a reused button may be unchecked again
            for button, option in zip(self._buttons, item.options, strict=True):
                button.setChecked(points is not None and option.points == points)
                button.setEnabled(not read_only)
            self._group.setExclusive(True)
            self._fill_derived(item, derived, overridden, answer, read_only)
            self._fill_counts(counts, read_only)
            self._fill_casic(casic, read_only)
            text = answer.rationale if answer else ""
            if self.rationale.toPlainText() != text:
                self.rationale.setPlainText(text)
            self.rationale.setReadOnly(read_only)
            chosen = set(answer.sources) if answer else set()
            for source_id, box in self.source_boxes.items():
                box.setChecked(source_id in chosen)
                box.setEnabled(not read_only)
        finally:
            self._filling = False

    def _fill_casic(self, casic: CasicPanel | None, read_only: bool) -> None:
        self.casic_box.setVisible(casic is not None)
        if casic is None:
            return
        self.casic_text.setText(casic.text)
        self.casic_text.setAccessibleName(casic.text)
        self.casic_gate_text.setText(casic.gate)
        self.casic_gate.setAccessibleName(casic.gate)
        self.casic_gate.setChecked(casic.gate_checked)
        self.casic_gate.setVisible(casic.linked)
        self.casic_gate_text.setVisible(casic.linked)
        self.casic_gate.setEnabled(casic.linked and not read_only)
        self.casic_button.setText(casic.button)
        self.casic_button.setAccessibleName(casic.button)
        self.casic_button.setEnabled(casic.linked or not read_only)  # opening is a read
        self.casic_unlink.setVisible(casic.linked and not read_only)

    def _on_gate(self, checked: bool) -> None:
        if not self._filling:
            self.casic_gate_changed.emit(checked)

    def _fill_counts(self, counts: list[CountField] | None, read_only: bool) -> None:
        if not counts:
            self.counts_box.hide()
            return
        if [c.fact for c in counts] != list(self._count_spins):
            while self._counts_form.rowCount():
                self._counts_form.removeRow(0)
            self._count_spins = {}
            for field in counts:
                spin = QSpinBox()
                spin.setRange(field.lowest - 1, field.highest)  # the lowest - 1: not entered
                spin.setSpecialValueText(self.tr("Not entered"))
                spin.setAccessibleName(field.label)
                spin.setToolTip(field.hint)
                spin.setKeyboardTracking(False)  # one save per value, not per keystroke
                spin.valueChanged.connect(
                    lambda value, f=field: self.count_changed.emit(
                        f.fact, None if value < f.lowest else value))
                hint = QLabel(field.hint)
                hint.setWordWrap(True)
                hint.setProperty("role", "muted")
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(spin)
                column.addWidget(hint)
                self._counts_form.addRow(field.label + ":", column)
                self._count_spins[field.fact] = spin
        for field in counts:
            spin = self._count_spins[field.fact]
            spin.blockSignals(True)
            spin.setValue(field.lowest - 1 if field.value is None else field.value)
            spin.blockSignals(False)
            spin.setEnabled(not read_only)
        self.counts_box.show()

    def count_spin(self, fact: str) -> QSpinBox:
        return self._count_spins[fact]

    def show_findings(self, lines: list[str]) -> None:
        """Consistency checks that fire on this item (empty: none)."""
        self.consistency.setText("\n".join(lines))
        self.consistency.setVisible(bool(lines))

    def _build_choices(self, item: Item) -> None:
        self._keys = choice_keys(item)
        labels = [f"{key}    {option.label}    ({points_text(option.points)})"
                  for option, key in zip(item.options, self._keys, strict=True)]
        if len(self._buttons) == len(item.options):  # as many choices: relabel, not rebuild
            for button, option, key, label in zip(self._buttons, item.options, self._keys,
                                                  labels, strict=True):
                button.set_label(label)
                button.setAccessibleName(self._choice_name(option, key))
            return
        for button in self._buttons:
            self._group.removeButton(button)
            button.deleteLater()
        self._buttons = []
        for index, (option, key) in enumerate(zip(item.options, self._keys, strict=True)):
            button = ChoiceButton(labels[index])
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumHeight(44)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self._choice_name(option, key))
            self._group.addButton(button, index)
            self._choice_layout.addWidget(button)
            button.show()  # now, not on the next event loop turn: it takes the focus at once
            self._buttons.append(button)

    def _choice_name(self, option: Option, key: object) -> str:
        return (self.tr("%1, %2 points, key %3").replace("%1", option.label)
                .replace("%2", points_text(option.points)).replace("%3", str(key)))

    def _fill_derived(
        self,
        item: Item,
        derived: tuple[int | None, str] | None,
        overridden: bool,
        answer: AnswerRecord | None,
        read_only: bool,
    ) -> None:
        if derived is None:
            self.derived_box.hide()
            return
        self.derived_box.show()
        points, how = derived
        how = fact_words(how)  # "(release date)", not "(release_date)"
        explanation = item.derive.explanation if item.derive else ""
        if points is None:
            if item.derive is not None and item.derive.optional:  # counts not entered (yet)
                self.derived_text.setText(self.tr(
                    "Enter the counts below and Tally applies the table, or score it by "
                    "hand.") + "\n" + explanation)
            else:
                text = self.tr("Could not be derived from the case facts (%1). Score it by "
                               "hand.")
                self.derived_text.setText(text.replace("%1", how) + "\n" + explanation)
            self.override_button.hide()
            return
        label = item.label_for(points)
        line = (
            self.tr("Derived from case facts: %1 → %2 (%3).")
            .replace("%1", how)
            .replace("%2", points_text(points))
            .replace("%3", label)
        )
        if overridden and answer is not None:
            line += "\n" + self.tr("Overridden by hand. Reason: %1").replace(
                "%1", answer.override_reason
            )
            self.override_button.setText(self.tr("Use the derived value (Ctrl+D)"))
            self.override_button.setAccessibleName(self.tr("Use the derived value"))
        else:
            self.override_button.setText(self.tr("Override… (Ctrl+D)"))
            self.override_button.setAccessibleName(self.tr("Override the derived value"))
        self.derived_text.setText(line + "\n" + explanation)
        self.override_button.setVisible(True)
        self.override_button.setEnabled(not read_only)
        self._overridden = overridden

    def show_not_scored(self, explanation: str) -> None:
        """The case facts rule this item out: say so above the choices (from the form)."""
        self.derived_box.show()
        self.derived_text.setText(self.tr("Not scored for this case.") + "\n" + explanation)
        self.override_button.hide()

    # -- keyboard and focus -------------------------------------------------------------

    def index_for_key(self, key: int) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def focus_choices(self) -> None:
        checked = self._group.checkedButton()
        target = checked or (self._buttons[0] if self._buttons else None)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_sources(self) -> None:
        first = next(iter(self.source_boxes.values()))
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def choice_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def selected_sources(self) -> list[str]:
        return [s for s, box in self.source_boxes.items() if box.isChecked()]

    def rationale_text(self) -> str:
        return self.rationale.toPlainText()

    def check_points(self, points: int | None) -> None:
        self._filling = True
        try:
            options = self._item.options if self._item else ()
            for button, option in zip(self._buttons, options, strict=False):
                button.setChecked(points is not None and option.points == points)
        finally:
            self._filling = False

    # -- signals ------------------------------------------------------------------------

    def _on_clicked(self, index: int) -> None:
        if not self._filling and self._item is not None:
            self.chosen.emit(self._item.options[index].points)

    def _on_rationale(self) -> None:
        if not self._filling:
            self.rationale_edited.emit()

    def _on_sources(self) -> None:
        if not self._filling:
            self.sources_changed.emit()

    def _on_override_clicked(self) -> None:
        if getattr(self, "_overridden", False):
            self.restore_derived_requested.emit()
        else:
            self.override_requested.emit()
