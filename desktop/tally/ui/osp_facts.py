"""The criminal-history counts and dates OSP/DC and OSP/IIC are derived from, entered once per
case. Each field says in a line what it counts; the item guidance in the wizard says more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tally.core.facts import InputError, parse_facts
from tally.ui.i18n import TrContext
from tally.ui.widgets import label

NOT_RECORDED = -1
# (fact, label, hint, lowest) for the counts; the hint is the counting rule in one line
COUNTS = (
    ("contact_adult_sexual_sanction_count", QT_TRANSLATE_NOOP("OspFacts",
        "Contact adult sexual sanctions"),
     QT_TRANSLATE_NOOP("OspFacts",
         "Sanction occasions for sexual offences with physical contact with an "
                           "adult victim; the current one included.")),
    ("contact_child_sexual_sanction_count", QT_TRANSLATE_NOOP("OspFacts",
        "Contact child sexual sanctions"),
     QT_TRANSLATE_NOOP("OspFacts",
         "As above, with a child victim. Image offences never count here.")),
    ("noncontact_sexual_offence_count", QT_TRANSLATE_NOOP("OspFacts",
        "Non-contact sexual offences"),
     QT_TRANSLATE_NOOP("OspFacts", "Exposure, voyeurism, sexual communication...: indecent-image "
                           "offences excluded.")),
    ("indecent_image_sanction_count", QT_TRANSLATE_NOOP("OspFacts", "Indecent-image sanctions"),
     QT_TRANSLATE_NOOP("OspFacts",
         "Sanction occasions for making, possessing or distributing indecent "
                           "images of children (one day in court = one).")),
    ("sanction_count_all_offences", QT_TRANSLATE_NOOP("OspFacts", "Sanctions for all offences"),
     QT_TRANSLATE_NOOP("OspFacts",
         "Every conviction, caution, reprimand or warning on the PNC print, "
                           "once per occasion: 1 to 999.")),
)
DATES = (
    ("followup_start_date", QT_TRANSLATE_NOOP("OspFacts", "Start of follow-up"),
     QT_TRANSLATE_NOOP("OspFacts", "Normally the release date (custody) or the date of sentence "
                           "(community), as OASys holds it.")),
    ("most_recent_sexual_offence_date", QT_TRANSLATE_NOOP("OspFacts", "Most recent sexual offence"),
     QT_TRANSLATE_NOOP("OspFacts",
         "The date it was committed (not convicted): OSP/DC measures age and "
                           "the five years from it.")),
    ("most_recent_offence_date", QT_TRANSLATE_NOOP("OspFacts", "Most recent offence (any)"),
     QT_TRANSLATE_NOOP("OspFacts",
         "For the five-year risk reduction; the published code skips it when "
                           "not recorded.")),
)
FLAGS = (
    ("stranger_victim_current", QT_TRANSLATE_NOOP("OspFacts", "Current offence against a stranger"),
     QT_TRANSLATE_NOOP("OspFacts", "No for an image offence with no victim he met.")),
    ("in_custody", QT_TRANSLATE_NOOP("OspFacts", "In custody now"),
     QT_TRANSLATE_NOOP("OspFacts",
         "OASys supervision status custody; remand is not custody. Blocks the "
                           "risk reduction.")),
)
FACTS = tuple(f for f, _, _ in COUNTS + DATES + FLAGS)


OspFacts = TrContext("OspFacts")  # lupdate reads OspFacts.tr("...") literals


def recorded_text(facts: dict[str, Any]) -> str:
    """'7 of 10 recorded' for the profile's button."""
    count = sum(1 for f in FACTS if facts.get(f) is not None)
    if not count:
        return OspFacts.tr("OSP counts and dates: not recorded")
    return OspFacts.tr("OSP counts and dates: %1 of %2 recorded").replace("%1", str(count)).replace(
        "%2", str(len(FACTS)))


class OspFactsDialog(QDialog):
    """Edit the OSP facts of a case; `values` holds them (None = not recorded) after OK."""

    def __init__(self, facts: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ospFacts")
        self.setWindowTitle(self.tr("OSP/DC and OSP/IIC: counts and dates"))
        self.values: dict[str, Any] = {}
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        intro = label(self.tr(
            "Entered once for the case; both OSP forms derive their items from these. Count "
            "from the PNC print and OASys: a sanction is a conviction, caution, reprimand or "
            "warning, once per occasion, the current one included."), "muted")
        intro.setWordWrap(True)
        for fact, name, hint in COUNTS:
            box = QSpinBox()
            box.setRange(NOT_RECORDED, 999)
            box.setSpecialValueText(self.tr("Not recorded"))
            value = facts.get(fact)
            box.setValue(value if isinstance(value, int) else NOT_RECORDED)
            self._add(form, fact, box, name, hint)
        for fact, name, hint in DATES:
            line = QLineEdit(str(facts.get(fact) or ""))
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
            line.setMaxLength(10)
            self._add(form, fact, line, name, hint)
        for fact, name, hint in FLAGS:
            combo = QComboBox()
            for value, text in ((None, "Not recorded"), (False, "No"), (True, "Yes")):
                combo.addItem(self.tr(text), value)
            combo.setCurrentIndex(combo.findData(facts.get(fact)))
            self._add(form, fact, combo, name, hint)
        self.message = label("", "error")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # ten facts, each with its hint, are taller than a 768 px screen: they scroll, and
        # the hints are no longer squeezed to one cut line each (#14)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setObjectName("ospFactsScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 600)

    def _add(self, form: QFormLayout, fact: str, field: QWidget, name: str, hint: str) -> None:
        field.setAccessibleName(OspFacts.tr(name))
        field.setToolTip(OspFacts.tr(hint))
        field.setObjectName(fact)
        self.fields[fact] = field
        help_line = label(OspFacts.tr(hint), "muted")
        help_line.setWordWrap(True)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(field)
        box.addWidget(help_line)
        form.addRow(OspFacts.tr(name) + ":", box)

    def collect(self) -> tuple[dict[str, Any], str]:
        """The values on screen and the first problem ("" if none), checked by the core."""
        values: dict[str, Any] = {}
        for fact, field in self.fields.items():
            if isinstance(field, QSpinBox):
                values[fact] = None if field.value() == NOT_RECORDED else field.value()
            elif isinstance(field, QLineEdit):
                values[fact] = field.text().strip() or None
            elif isinstance(field, QComboBox):
                values[fact] = field.currentData()
        try:
            parse_facts(values)
        except InputError as exc:
            return {}, str(exc)
        return values, ""

    def accept(self) -> None:
        values, problem = self.collect()
        if problem:
            self.message.setText(problem)
            return
        self.values = values
        super().accept()
