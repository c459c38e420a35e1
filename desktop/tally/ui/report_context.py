"""Report context: the referral, the sources of information and the evaluator's judgement.

Entered once per case from the Sign and export dialog and remembered for the case's next
report: referral question, who asked, jurisdiction, notification and consent, records
reviewed, interviews and collateral contacts (one per line: what | date | detail), the
evaluator's training in each instrument (kept in the evaluator profile), responsivity, a
combined level the evaluator derived by hand with the table it came from, departures from an
instrument's category with a reason, and the report profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tally.ui.widgets import label

if TYPE_CHECKING:
    from tally.core.model import Form


def entries_text(entries: Any) -> str:
    return "\n".join(" | ".join(p for p in (x.what, x.date, x.detail) if p) for x in entries)


def parse_entries(text: str) -> tuple:
    from tally.core.report_context import DatedEntry

    out = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if parts and parts[0]:
            out.append(DatedEntry(parts[0], parts[1] if len(parts) > 1 else "",
                                  " | ".join(parts[2:])))
    return tuple(out)


class ReportContextDialog(QDialog):
    """Edit the context of one case's reports; `context()` returns what was entered."""

    def __init__(self, context: Any, forms: list[Form], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report context"))
        self.setAccessibleName(self.tr("Report context"))
        self._forms = forms
        self._base = context
        form = QFormLayout()

        def line(text: str, name: str) -> QLineEdit:
            edit = QLineEdit(text)
            edit.setAccessibleName(name)
            return edit

        def block(text: str, name: str, rows: int = 2) -> QPlainTextEdit:
            edit = QPlainTextEdit(text)
            edit.setAccessibleName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
            return edit

        self.referral = block(context.referral_question, self.tr("Referral question"))
        self.requested_by = line(context.requested_by, self.tr("Requested by"))
        self.jurisdiction = line(context.jurisdiction, self.tr("Jurisdiction"))
        self.country = line(context.jurisdiction_country, self.tr("Country code"))
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("e.g. CA, US, GB"))
        self.notification = block(context.notification, self.tr("Notification and consent"))
        hint = self.tr("one per line: what | date | detail")
        self.records = block(entries_text(context.records), self.tr("Records reviewed"), 3)
        self.interviews = block(entries_text(context.interviews), self.tr("Interviews"), 2)
        self.collateral = block(entries_text(context.collateral),
                                self.tr("Collateral contacts"), 2)
        for edit in (self.records, self.interviews, self.collateral):
            edit.setPlaceholderText(hint)
        self.training = {}
        for f in forms:
            self.training[f.id] = line(context.training.get(f.id, ""),
                                       self.tr("Your training in %1").replace("%1", f.name))
        self.responsivity = block(context.responsivity, self.tr("Responsivity"))
        self.combined = line(context.combined_level, self.tr("Combined level (your own)"))
        self.combined_source = line(context.combined_level_source,
                                    self.tr("Table the combined level was read from"))
        names = {f.id: f.name for f in forms}
        self.departures = block("\n".join(
            " | ".join((names.get(d.form_id, d.form_id), d.opinion, d.reason))
            for d in context.departures), self.tr("Departures from a category"), 2)
        self.departures.setPlaceholderText(self.tr("one per line: instrument | your opinion "
                                                   "| your reason"))
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Report profile"))
        self.profile.addItem(self.tr("Court: an unconfirmed category shows only as "
                                     "'category not confirmed'"), "court")
        self.profile.addItem(self.tr("Working copy: unconfirmed categories shown, marked"),
                             "working")
        self.profile.setCurrentIndex(1 if context.profile == "working" else 0)

        form.addRow(self.tr("Referral &question:"), self.referral)
        form.addRow(self.tr("Requested &by:"), self.requested_by)
        form.addRow(self.tr("&Jurisdiction:"), self.jurisdiction)
        form.addRow(self.tr("Country code:"), self.country)
        form.addRow(self.tr("&Notification, consent:"), self.notification)
        form.addRow(self.tr("&Records reviewed:"), self.records)
        form.addRow(self.tr("&Interviews:"), self.interviews)
        form.addRow(self.tr("&Collateral contacts:"), self.collateral)
        for f in forms:
            form.addRow(self.tr("Training, %1:").replace("%1", f.name), self.training[f.id])
        form.addRow(self.tr("Res&ponsivity:"), self.responsivity)
        form.addRow(self.tr("Combined &level (yours):"), self.combined)
        form.addRow(self.tr("Table used:"), self.combined_source)
        form.addRow(self.tr("&Departures:"), self.departures)
        form.addRow(self.tr("Pro&file:"), self.profile)

        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "Entered once for this case and remembered for its next report. A combined level "
            "is printed as your own statement, never as Tally's computation. Your training is "
            "kept in your evaluator profile."), "muted"))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.referral.setFocus()

    def context(self) -> Any:
        from dataclasses import replace

        from tally.core.report_context import Departure

        ids = {f.name: f.id for f in self._forms}
        departures = []
        for row in self.departures.toPlainText().splitlines():
            parts = [p.strip() for p in row.split("|")]
            if parts and parts[0]:
                departures.append(Departure(ids.get(parts[0], parts[0]),
                                            parts[1] if len(parts) > 1 else "",
                                            " | ".join(parts[2:])))
        return replace(
            self._base,
            referral_question=self.referral.toPlainText().strip(),
            requested_by=self.requested_by.text().strip(),
            jurisdiction=self.jurisdiction.text().strip(),
            jurisdiction_country=self.country.text().strip().upper(),
            notification=self.notification.toPlainText().strip(),
            records=parse_entries(self.records.toPlainText()),
            interviews=parse_entries(self.interviews.toPlainText()),
            collateral=parse_entries(self.collateral.toPlainText()),
            training=dict(self._base.training) | {k: v.text().strip()
                                                  for k, v in self.training.items()},
            responsivity=self.responsivity.toPlainText().strip(),
            combined_level=self.combined.text().strip(),
            combined_level_source=self.combined_source.text().strip(),
            departures=tuple(departures),
            profile=self.profile.currentData(),
        )
