"""Results: totals, bands with their labels and evidence level, scales, the RM2000/S step-two
raise, warnings and applicability notes, research context with citations, and for dynamic
instruments the needs profile."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from tally.core.headline import headline
from tally.core.model import Evidence
from tally.core.norms import norms_lines
from tally.ui.assessment import prediction
from tally.ui.assessment.needs_profile import needs_profile_html
from tally.ui.assessment.session import PreviousAssessment
from tally.ui.assessment.state import AssessmentState
from tally.ui.assessment.text import (
    citations_html,
    evidence_text,
    guidance_css,
    provenance_html,
    warning_words,
)
from tally.ui.headline_text import no_level_text
from tally.ui.i18n import TrContext

Results = TrContext("Results")


def band_html(label: str, evidence: Evidence | None) -> str:
    cls = ' class="unconfirmed"' if evidence is Evidence.UNCONFIRMED else ""
    return f"<b>{html.escape(label)}</b> <span{cls}>({html.escape(evidence_text(evidence))})</span>"


def results_html(state: AssessmentState, previous: PreviousAssessment | None) -> str:
    form, result = state.form, state.result
    line = headline(result)
    used_sources: set[str] = set()
    parts = [
        f"<h2>{html.escape(form.name)} "
        f"<span class='muted'>({html.escape(form.version)})</span></h2>"
    ]
    primary = form.primary
    found_primary = result.scales[primary.id]
    if not form.has_total:
        parts.append(prediction.total_html(result))
    else:
        parts.append(
            "<p>"
            + html.escape(
                Results.tr("Total %1 (possible %2 to %3)")
                .replace("%1", str(result.total))
                .replace("%2", str(found_primary.min_total))
                .replace("%3", str(found_primary.max_total))
            )
            + "</p>"
        )
    for item_id in result.not_scored:  # a shorter version: the form says why, and no band
        parts.append(f'<p class="missing">{html.escape(result.items[item_id].how)}</p>')
    if not result.complete:
        parts.append(
            '<p class="missing">'
            + html.escape(
                Results.tr("Incomplete, %1 missing: no band until every item is scored.").replace(
                    "%1", str(len(result.missing))
                )
            )
            + "</p>"
        )
    elif line.withheld:
        # the why is said once, under the header's headline above this pane
        parts.append(f'<p class="warn"><b>{html.escape(no_level_text(line, why=False))}</b></p>')
    elif line.several:  # every scale's level in the headline: the higher is never hidden
        for level in line.levels:
            band = band_html(level.band.label, level.evidence) if level.band else "–"
            parts.append(f"<p>{html.escape(level.scale_name)}: <b>{level.total}</b> · {band}</p>")
    elif result.band is not None:
        parts.append(
            f"<p>{html.escape(Results.tr('Band:'))} "
            f"{band_html(result.band.label, result.band_evidence)}</p>"
        )
        parts.append(
            f'<p class="muted">{html.escape(Results.tr("Band source:"))} '
            f"{provenance_html(form, result.band.provenance)}</p>"
        )
        if result.band.description:
            parts.append(f"<p>{html.escape(result.band.description)}</p>")
        used_sources.update(result.band.provenance.sources)
    elif primary.bands_note and not result.not_scored and form.probability is None:
        parts.append(f'<p class="muted">{html.escape(primary.bands_note)}</p>')
    parts.append(prediction.prediction_html(result, used_sources))

    parts.append(f"<h4>{html.escape(Results.tr('Norms'))}</h4>")
    for line in norms_lines(form, result):
        if line.table is None:
            none = html.escape(Results.tr("No estimate: no verified norms table."))
            parts.append(f'<p class="muted">{none}</p>')
            continue
        mark = provenance_html(form, line.table.provenance)
        parts.append(f"<p>{html.escape(line.text)} {mark}</p>")
        used_sources.update(line.table.provenance.sources)

    if form.rule is not None:
        base = result.scales[form.rule.base_scale]
        factors = result.scales[form.rule.factor_scale]
        parts.append(f"<h4>{html.escape(Results.tr('Step 1 and aggravating factors'))}</h4>")
        base_band = band_html(base.band.label, base.band.provenance.evidence) if base.band else "–"
        parts.append(
            "<p>"
            + html.escape(Results.tr("Step 1: %1 points, category ").replace("%1", str(base.total)))
            + base_band
            + "<br>"
            + html.escape(
                Results.tr("Aggravating factors present: %1 of %2")
                .replace("%1", str(factors.total))
                .replace("%2", str(len(form.scale(form.rule.factor_scale).items)))
            )
            + "<br>"
        )
        if result.complete and result.band is not None:
            parts.append(
                html.escape(
                    Results.tr("Raised by %1 level(s) to the final category: ").replace(
                        "%1", str(result.raised_levels)
                    )
                )
                + band_html(result.band.label, result.band_evidence)
            )
        parts.append(f'</p><p class="muted">{html.escape(form.rule.explanation)}</p>')

    if len(form.scales) > 1:
        rows = []
        for scale in form.scales:
            found = result.scales[scale.id]
            if found.band is not None:
                band = band_html(found.band.label, found.band.provenance.evidence)
            elif not found.complete:
                band = html.escape(Results.tr("incomplete"))
            else:
                band = html.escape(Results.tr("no bands"))
            rows.append(
                f"<tr><td>{html.escape(scale.name)}</td><td>{found.total}</td><td>{band}</td></tr>"
            )
        head = "".join(f"<th>{html.escape(h)}</th>" for h in (
            Results.tr("Scale"), Results.tr("Total"), Results.tr("Band")))
        parts.append(f"<h4>{html.escape(Results.tr('Scales'))}</h4>")
        parts.append(
            f'<table cellspacing="0" cellpadding="4"><tr>{head}</tr>{"".join(rows)}</table>'
        )

    # the withholding check's message is said once, under the header's headline
    warnings = [w for w in result.warnings
                if not (result.complete and w == result.band_withheld_why)]
    if state.fact_problem:
        warnings.insert(0, state.fact_problem)
    if warnings:
        parts.append(f"<h4>{html.escape(Results.tr('Warnings'))}</h4>")
        parts.append(
            "<ul>" + "".join(f'<li class="warn">{html.escape(warning_words(w))}</li>'
                             for w in warnings) + "</ul>"
        )
    app = form.applicability
    parts.append(f"<h4>{html.escape(Results.tr('Applicability'))}</h4>")
    parts.append(f"<p>{html.escape(app.summary)}</p>")
    parts.append(f"<p><b>{html.escape(Results.tr('CSEM cases:'))}</b> "
                 f"{html.escape(app.csem_verdict)}</p>")
    if app.notes:
        parts.append("<ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in app.notes) + "</ul>")

    if form.kind == "dynamic":
        parts.append(needs_profile_html(form, result, previous))
        for item in form.items:
            used_sources.update(k for c in item.context for k in c.provenance.sources)

    if form.research:
        parts.append(f"<h4>{html.escape(Results.tr('Research context'))}</h4>")
        rows = []
        for c in form.research:
            used_sources.update(c.provenance.sources)
            rows.append(
                f"<li><b>{html.escape(c.label)}:</b> {html.escape(c.value)} "
                f"{provenance_html(form, c.provenance)}</li>"
            )
        parts.append("<ul>" + "".join(rows) + "</ul>")
    if used_sources:
        parts.append(f"<h4>{html.escape(Results.tr('Sources'))}</h4>")
        parts.append(citations_html(form, used_sources))
    parts.append(f'<p class="muted">{html.escape(Results.tr("Manual:"))} '
                 f"{html.escape(form.manual)}</p>")
    return "\n".join(parts)


class ResultsPage(QWidget):
    back_requested = Signal()
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.browser = QTextBrowser()
        # the text wraps to the width: a rounding pixel at 200 % must not scroll sideways
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setObjectName("resultsText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Results"))
        self.back_button = QPushButton(self.tr("← Items (Alt+W)"))
        self.back_button.setAccessibleName(self.tr("Back to the items"))
        self.review_button = QPushButton(self.tr("Review (Ctrl+R)"))
        self.review_button.setAccessibleName(self.tr("Review all items"))
        self.back_button.clicked.connect(self.back_requested)
        self.review_button.clicked.connect(self.review_requested)
        for button in (self.back_button, self.review_button):
            button.setAutoDefault(False)
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)

    def refresh(self, state: AssessmentState, previous: PreviousAssessment | None) -> None:
        self.browser.document().setDefaultStyleSheet(guidance_css(self.palette()))
        self.browser.setHtml(results_html(state, previous))

    def focus_default(self) -> None:
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

# lupdate cannot read inside f-strings: the words used in them, for the catalogue
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Results", "Band:"),
    QT_TRANSLATE_NOOP("Results", "Band source:"),
    QT_TRANSLATE_NOOP("Results", "Step 1 and aggravating factors"),
    QT_TRANSLATE_NOOP("Results", "Scales"),
    QT_TRANSLATE_NOOP("Results", "Norms"),
    QT_TRANSLATE_NOOP("Results", "Warnings"),
    QT_TRANSLATE_NOOP("Results", "Applicability"),
    QT_TRANSLATE_NOOP("Results", "CSEM cases:"),
    QT_TRANSLATE_NOOP("Results", "Research context"),
    QT_TRANSLATE_NOOP("Results", "Sources"),
    QT_TRANSLATE_NOOP("Results", "Manual:"),
)
