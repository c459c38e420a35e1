"""Choosing an instrument for a case: which apply, which do not, and why.

Everything shown comes from the forms (applicability, population, research context) and from
the scoring core run on the case's facts, so the advice and the scores can never disagree.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tally.core import checks
from tally.core.facts import InputError, parse_facts
from tally.core.model import Evidence, Form
from tally.core.scoring import MISSING, score
from tally.ui.application import colours
from tally.ui.i18n import TrContext
from tally.ui.widgets import label

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.rows import AssessmentMeta, CaseRow

APPLIES, PAIRED, NOT_MET = "applies", "paired", "not_met"
_C = "Choice"
VERDICT_LABELS = {
    APPLIES: QT_TRANSLATE_NOOP("Choice", "Applies"),
    PAIRED: QT_TRANSLATE_NOOP("Choice", "Applies with a partner instrument"),
    NOT_MET: QT_TRANSLATE_NOOP("Choice", "Does not meet the scoring criteria"),
}
EVIDENCE_LABELS = {
    Evidence.SEED: QT_TRANSLATE_NOOP("Choice", "from the talk"),
    Evidence.PUBLISHED: QT_TRANSLATE_NOOP("Choice", "published"),
    Evidence.UNCONFIRMED: QT_TRANSLATE_NOOP("Choice", "unconfirmed"),
}
KIND_LABELS = {
    "static": QT_TRANSLATE_NOOP("Choice", "Static (actuarial)"),
    "dynamic": QT_TRANSLATE_NOOP("Choice", "Dynamic (changeable factors)"),
    "companion": QT_TRANSLATE_NOOP("Choice", "Companion scale"),
}


Choice = TrContext("Choice")  # lupdate reads the context from the name before .tr


@dataclass
class Suitability:
    """What the app can say about one instrument for one case."""

    form: Form
    verdict: str
    reasons: list[str] = field(default_factory=list)  # why it does not meet the criteria
    pairing: list[str] = field(default_factory=list)  # partners it needs or combines with
    prefill: list[str] = field(default_factory=list)  # derived items and what they need
    existing: list[str] = field(default_factory=list)  # assessments of it this case has

    @property
    def verdict_label(self) -> str:
        return Choice.tr(VERDICT_LABELS[self.verdict])


def case_facts(case: CaseRow, assessment_date: str) -> dict[str, Any]:
    facts = dict(case.facts)
    if case.date_of_birth:
        facts.setdefault("date_of_birth", case.date_of_birth)
    facts["assessment_date"] = assessment_date
    return facts


def assess_suitability(catalog: Catalog, case: CaseRow, assessments: list[AssessmentMeta],
                       assessment_date: str) -> list[Suitability]:
    """Every instrument in the catalog, those that apply first, with the reasons."""
    raw = case_facts(case, assessment_date)
    try:
        typed, _ = parse_facts(raw)
        problem = ""
    except InputError as exc:  # a stored fact the core refuses: say so, do not guess
        typed, problem = {}, str(exc)
    current = [m for m in assessments if m.status not in ("amended", "void")]
    scored = {m.form_id for m in current}  # a void counts for nothing
    out: list[Suitability] = []
    for form in catalog:
        s = Suitability(form, APPLIES)
        for check in form.checks:
            if check.rule == "max_missing":  # about answers, not about the case
                continue
            message = checks.RULES[check.rule](form, check, typed, [])
            if message:
                s.reasons.append(message)
        if problem:
            s.prefill.append(
                Choice.tr("The case facts could not be read: %1").replace("%1", problem))
        else:
            result = score(form, {}, raw)
            for item in form.items:
                found = result.items[item.id]
                if item.derive is None:
                    continue
                if found.origin == MISSING:
                    s.prefill.append(Choice.tr("%1: not pre-filled (%2).").replace(
                        "%1", item.name).replace("%2", found.how or Choice.tr("facts missing")))
                else:
                    s.prefill.append(Choice.tr("%1: pre-filled from the case facts (%2 points).")
                                     .replace("%1", item.name).replace("%2", str(found.points)))
        s.existing = [
            f"{m.assessment_date} · {m.status}" for m in current if m.form_id == form.id
        ]
        if s.reasons:
            s.verdict = NOT_MET
        out.append(s)
    not_met = {s.form.id for s in out if s.verdict == NOT_MET}
    for s in out:
        _pairing(s, catalog, case, scored, not_met)
    order = {APPLIES: 0, PAIRED: 1, NOT_MET: 2}
    kinds = {"static": 0, "companion": 1, "dynamic": 2}
    out.sort(key=lambda s: (order[s.verdict], kinds.get(s.form.kind, 3)))
    return out


def _pairing(s: Suitability, catalog: Catalog, case: CaseRow, scored: set[str],
             not_met: set[str]) -> None:
    form = s.form
    partners = [catalog.get(p) for p in form.applicability.pairs_with if p in catalog]
    if form.kind == "dynamic":
        statics = [p for p in partners if p.kind == "static"]
        fitting = [p for p in statics if p.id not in not_met]
        dynamics = [p for p in partners if p.kind == "dynamic"]
        if statics:
            have = [p.name for p in statics if p.id in scored]
            s.pairing.append(
                Choice.tr("Needs a static partner for this case: %1. This case has %2.")
                .replace("%1", Choice.tr(" or ").join(p.name for p in fitting)
                         or Choice.tr("none applies"))
                .replace("%2", ", ".join(have) if have else Choice.tr("none yet")))
        for p in dynamics:
            status = (Choice.tr("this case has it") if p.id in scored
                      else Choice.tr("not yet scored for this case"))
            text = (Choice.tr("Scored together with %1 (%2).") if not statics
                    else Choice.tr("Can be followed with %1 (%2)."))
            s.pairing.append(text.replace("%1", p.name).replace("%2", status))
        if s.verdict == APPLIES:
            s.verdict = PAIRED
    elif form.kind == "companion":
        names = ", ".join(p.name for p in partners)
        s.pairing.append(Choice.tr("Companion to %1: its total feeds the partner's item; it is "
                             "not a risk level.").replace("%1", names))
        if form.feeds is not None:
            s.pairing.append(Choice.tr("Its own assessment: link it from the partner's item, "
                                       "where you record that there is no admission and no "
                                       "diagnosis."))
        if s.verdict == APPLIES:
            s.verdict = PAIRED
    elif partners:
        s.pairing.append(Choice.tr("Combine with: %1.").replace(
            "%1", ", ".join(p.name for p in partners)))


def details_html(s: Suitability) -> str:
    """The right-hand pane: verdict, reasons, pairing, research context, population."""
    c = colours()
    colour = {APPLIES: c["ok"], PAIRED: c["ok"], NOT_MET: c["stop"]}[s.verdict]
    e = html.escape
    app = s.form.applicability
    parts = [
        f"<h2 style='margin-bottom:2px'>{e(s.form.name)}</h2>",
        f"<p style='color:{c['muted']}; margin-top:0'>"
        f"{e(Choice.tr(KIND_LABELS.get(s.form.kind, '')))}"
        f" · {e(Choice.tr('version'))} {e(s.form.version)}</p>",
        f"<p style='color:{colour}; font-weight:600; font-size:large'>{e(s.verdict_label)}</p>",
    ]
    if s.reasons:
        parts.append("<ul>" + "".join(f"<li><b>{e(r)}</b></li>" for r in s.reasons) + "</ul>")
    parts.append(f"<p>{e(app.summary)}</p>")
    if s.pairing:
        parts.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in s.pairing) + "</ul>")
    parts.append(f"<h3>{e(Choice.tr('For CSEM cases (the talk’s defensibility table)'))}</h3>"
                 f"<p>{e(app.csem_verdict)}</p>")
    if s.form.research:
        rows = "".join(
            f"<tr><td style='padding:2px 12px 2px 0'>{e(r.label)}</td>"
            f"<td style='padding:2px 12px 2px 0'><b>{e(r.value)}</b></td>"
            f"<td style='color:{c['muted']}'>{e(Choice.tr(EVIDENCE_LABELS[r.provenance.evidence]))}"
            f"</td></tr>" for r in s.form.research)
        parts.append(f"<h3>{e(Choice.tr('Research context'))}</h3><table>{rows}</table>")
    if app.notes:
        parts.append(f"<h3>{e(Choice.tr('Notes'))}</h3><ul>"
                     + "".join(f"<li>{e(n)}</li>" for n in app.notes) + "</ul>")
    parts.append(f"<h3>{e(Choice.tr('Population'))}</h3><p>{e(s.form.population.text)}</p>")
    if s.prefill:
        parts.append(f"<h3>{e(Choice.tr('From the case facts'))}</h3><ul>"
                     + "".join(f"<li>{e(p)}</li>" for p in s.prefill) + "</ul>")
    if s.existing:
        parts.append(f"<h3>{e(Choice.tr('Already in this case'))}</h3><ul>"
                     + "".join(f"<li>{e(x)}</li>" for x in s.existing) + "</ul>")
    parts.append(f"<p style='color:{c['muted']}'>{e(Choice.tr('Manual'))}: {e(s.form.manual)}</p>")
    return "".join(parts)


class InstrumentChoiceDialog(QDialog):
    """Pick an instrument and the assessment date; `chosen()` gives (form, date)."""

    def __init__(self, catalog: Catalog, case: CaseRow, assessments: list[AssessmentMeta],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an instrument for case %1").replace(
            "%1", case.case_id))
        self.setAccessibleName(self.tr("Choose an instrument"))
        self._catalog = catalog
        self._case = case
        self._assessments = assessments
        self._items: list[Suitability] = []

        intro = label(self.tr(
            "Instruments for case %1 (%2). Those that apply come first; each says why, "
            "from the form's rules and this case's facts.")
            .replace("%1", case.case_id).replace("%2", self._case_summary()), "muted")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Instruments"))
        self.list.setMinimumWidth(260)
        self.list.setSpacing(2)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Why this instrument applies or not"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])

        self.date = QLineEdit(date.today().isoformat())
        self.date.setAccessibleName(self.tr("Assessment date"))
        self.date.setMaxLength(10)
        self.message = label("", "error")
        form = QFormLayout()
        form.addRow(self.tr("Assessment &date:"), self.date)
        buttons = QDialogButtonBox()
        self.start = buttons.addButton(self.tr("&Start assessment"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.start.setProperty("role", "primary")
        self.start.setAccessibleName(self.tr("Start assessment"))
        self.start.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        bottom = QHBoxLayout()
        bottom.addLayout(form)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.date.editingFinished.connect(self._reload)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._reload()
        self.list.setFocus()

    def _case_summary(self) -> str:
        from tally.ui.typology import pattern_label

        return pattern_label(self._case.offence_pattern)

    def _date_text(self) -> str | None:
        try:
            return date.fromisoformat(self.date.text().strip()).isoformat()
        except ValueError:
            return None

    def _reload(self) -> None:
        when = self._date_text()
        if when is None:
            self.message.setText(self.tr("Write the assessment date as YYYY-MM-DD."))
            return
        self.message.setText("")
        current = self.list.currentRow()
        self._items = assess_suitability(self._catalog, self._case, self._assessments, when)
        self.list.clear()
        c = colours()
        for s in self._items:
            item = QListWidgetItem(f"{s.form.name}\n{s.verdict_label}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{s.form.name}: {s.verdict_label}")
            if s.verdict == NOT_MET:
                from PySide6.QtGui import QColor

                item.setForeground(QColor(c["stop"]))
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, current))

    def _show_details(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.details.setHtml(details_html(self._items[row]))

    def suitability(self) -> list[Suitability]:
        return list(self._items)

    def select_form(self, form_id: str) -> None:
        for row, s in enumerate(self._items):
            if s.form.id == form_id:
                self.list.setCurrentRow(row)
                return
        raise KeyError(form_id)

    def current(self) -> Suitability | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def chosen(self) -> tuple[Form, str] | None:
        s, when = self.current(), self._date_text()
        return (s.form, when) if s is not None and when is not None else None

    def accept(self) -> None:
        s, when = self.current(), self._date_text()
        if when is None:
            self.message.setText(self.tr("Write the assessment date as YYYY-MM-DD."))
            self.date.setFocus()
            return
        if when > date.today().isoformat():
            self.message.setText(self.tr("The assessment date cannot be in the future."))
            self.date.setFocus()
            return
        if s is None:
            return
        if s.verdict == NOT_MET and not self.confirm_not_met(s):
            return
        super().accept()

    def confirm_not_met(self, s: Suitability) -> bool:
        """Scoring an instrument whose criteria are not met needs a deliberate yes."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Criteria not met"),
                          self.tr("%1 does not meet its scoring criteria for this case.")
                          .replace("%1", s.form.name), parent=self)
        box.setInformativeText("\n\n".join(s.reasons) + "\n\n" + self.tr(
            "Score it anyway (for example for research or a second opinion)?"))
        yes = box.addButton(self.tr("Score anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

# lupdate cannot read inside f-strings: the words used in them, for the catalogue
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Choice", "version"),
    QT_TRANSLATE_NOOP("Choice", "For CSEM cases (the talk’s defensibility table)"),
    QT_TRANSLATE_NOOP("Choice", "Research context"),
    QT_TRANSLATE_NOOP("Choice", "Notes"),
    QT_TRANSLATE_NOOP("Choice", "Population"),
    QT_TRANSLATE_NOOP("Choice", "From the case facts"),
    QT_TRANSLATE_NOOP("Choice", "Already in this case"),
    QT_TRANSLATE_NOOP("Choice", "Manual"),
)
