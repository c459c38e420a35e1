"""Review: every item with its score, how it was reached, rationale and sources; what is
missing; then lock (confirmed) or, once locked, amend or void with a reason."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from tally.ui.assessment.item_page import source_label
from tally.ui.assessment.navigator import SYMBOL, state_word
from tally.ui.assessment.state import AssessmentState, ItemState
from tally.ui.assessment.text import fact_words, finding_text, guidance_css, points_text
from tally.ui.case_summary import status_word


class ReviewPage(QWidget):
    back_requested = Signal()
    lock_requested = Signal()
    amend_requested = Signal()
    void_requested = Signal()
    results_requested = Signal()
    item_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, training: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.training = training
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.browser = QTextBrowser()
        # the text wraps to the width: a rounding pixel at 200 % must not scroll sideways
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setObjectName("reviewText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("All items with scores and rationales"))
        self.browser.anchorClicked.connect(self._anchor)

        self.back_button = QPushButton(self.tr("← Items (Alt+W)"))
        self.back_button.setAccessibleName(self.tr("Back to the items"))
        self.missing_button = QPushButton(self.tr("First missing item (Ctrl+M)"))
        self.missing_button.setAccessibleName(self.tr("Go to the first missing item"))
        lock_text = self.tr("Submit for feedback… (Ctrl+Shift+L)") if training else self.tr(
            "Lock… (Ctrl+Shift+L)"
        )
        self.lock_button = QPushButton(lock_text)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(lock_text.split(" (")[0].rstrip("…"))
        self.amend_button = QPushButton(self.tr("Amend… (Ctrl+Shift+A)"))
        self.amend_button.setAccessibleName(self.tr("Amend: make a new version"))
        self.void_button = QPushButton(self.tr("Void… (Ctrl+Shift+X)"))
        self.void_button.setObjectName("voidButton")
        self.void_button.setAccessibleName(self.tr("Void: scored in error"))
        self.void_button.setToolTip(self.tr(
            "For an assessment scored in error: kept on record, never exported, not counted"))
        self.results_button = QPushButton(self.tr("Results (Ctrl+T)"))
        self.results_button.setAccessibleName(self.tr("Show the results"))
        self.back_button.clicked.connect(self.back_requested)
        self.missing_button.clicked.connect(self._first_missing)
        self.lock_button.clicked.connect(self.lock_requested)
        self.amend_button.clicked.connect(self.amend_requested)
        self.void_button.clicked.connect(self.void_requested)
        self.results_button.clicked.connect(self.results_requested)
        bar = QHBoxLayout()
        for button in (self.back_button, self.missing_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.results_button, self.void_button, self.amend_button,
                       self.lock_button):
            bar.addWidget(button)
        for button in (
            self.back_button, self.missing_button, self.lock_button, self.amend_button,
            self.void_button, self.results_button,
        ):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bar)
        self._first: str | None = None

    def refresh(self, state: AssessmentState) -> None:
        session = state.session
        result = state.result
        read_only = session.read_only()
        self._first = state.first_missing()
        missing = len(result.missing)
        if read_only:
            text = self.tr("Version %1 is %2 and read-only.").replace(
                "%1", str(session.version())
            ).replace("%2", status_word(session.status()))
        elif missing:
            text = (self.tr("Draft: %1 of %2 items missing. Submit when every item is scored.")
                    if self.training else
                    self.tr("Draft: %1 of %2 items missing. Lock when every item is scored."))
            text = text.replace("%1", str(missing)).replace("%2", str(len(state.form.items)))
        elif self.training:
            text = self.tr("Every item is scored. Check the rationales, then submit for "
                           "feedback.")
        else:
            text = self.tr("Draft: every item is scored. Check the rationales, then lock.")
        checks = [f"{state.form.item(f.item_id).number}. {finding_text(f)}"
                  for f in state.findings]  # the forms' consistency checks that fire
        if checks:
            text += "\n" + self.tr("%1 consistency check(s) to look at:").replace(
                "%1", str(len(checks))) + "\n" + "\n".join(checks)
        # the total and its levels are in the view's header above this page: not repeated
        self.summary.setText(text)
        self.missing_button.setEnabled(bool(missing) and not read_only)
        self.lock_button.setVisible(not read_only)
        frozen = read_only and not self.training and session.status() in ("locked", "signed")
        self.amend_button.setVisible(frozen)
        self.void_button.setVisible(frozen)
        self.browser.document().setDefaultStyleSheet(guidance_css(self.palette()))
        self.browser.setHtml(self._html(state))

    def _html(self, state: AssessmentState) -> str:
        form, result = state.form, state.result
        rows = []
        for item in form.items:
            found = state.state(item.id)
            answer = state.answers.get(item.id)
            points = result.items[item.id].points
            if points is None:
                score = f'<span class="missing">{html.escape(self.tr("missing"))}</span>'
            else:
                score = f"<b>{points_text(points)}</b> {html.escape(item.label_for(points))}"
            how = f"{SYMBOL[found]} {html.escape(state_word(found))}"
            if found is ItemState.DERIVED:
                derived = html.escape(fact_words(result.items[item.id].how))
                how += f'<br><span class="muted">{derived}</span>'
            if found is ItemState.OVERRIDDEN and answer is not None:
                how += "<br>" + html.escape(
                    self.tr("Reason: %1").replace("%1", answer.override_reason)
                )
            rationale = html.escape(answer.rationale) if answer and answer.rationale else (
                f'<span class="muted">{html.escape(self.tr("no rationale"))}</span>'
            )
            sources = ", ".join(source_label(s) for s in answer.sources) if answer else ""
            rows.append(
                f'<tr><td><a href="item:{item.id}">{html.escape(item.number)}. '
                f"{html.escape(item.name)}</a></td><td>{score}</td><td>{how}</td>"
                f"<td>{rationale}</td><td>{html.escape(sources)}</td></tr>"
            )
        head = "".join(
            f"<th>{html.escape(h)}</th>"
            for h in (
                self.tr("Item"), self.tr("Score"), self.tr("How"), self.tr("Rationale"),
                self.tr("Sources"),
            )
        )
        parts = [
            f'<table width="100%" cellspacing="0" cellpadding="4" border="0">'
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        ]
        if result.missing:
            names = ", ".join(
                f'<a href="item:{i}">{html.escape(form.item(i).number)}. '
                f"{html.escape(form.item(i).name)}</a>"
                for i in result.missing
            )
            parts.insert(
                0,
                f'<p class="missing">{html.escape(self.tr("Missing:"))} </p><p>{names}</p>',
            )
        history = state.session.history()
        if len(history) > 1:
            lines = "".join(
                f"<li>{html.escape(self.tr('Version %1').replace('%1', str(h.version)))}: "
                f"{html.escape(h.status)} ({html.escape(h.changed_at)})"
                + (f" — {html.escape(h.reason)}" if h.reason else "")
                + "</li>"
                for h in history
            )
            parts.append(f"<h4>{html.escape(self.tr('Versions'))}</h4><ul>{lines}</ul>")
        return "\n".join(parts)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("item:"):
            self.item_requested.emit(text[5:])

    def _first_missing(self) -> None:
        if self._first:
            self.item_requested.emit(self._first)

    def focus_default(self) -> None:
        target = self.lock_button if self.lock_button.isVisible() else self.results_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

# lupdate cannot read inside f-strings: the words used in them, for the catalogue
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("ReviewPage", "missing"),
    QT_TRANSLATE_NOOP("ReviewPage", "no rationale"),
    QT_TRANSLATE_NOOP("ReviewPage", "Missing:"),
    QT_TRANSLATE_NOOP("ReviewPage", "Version %1"),
    QT_TRANSLATE_NOOP("ReviewPage", "Versions"),
)
