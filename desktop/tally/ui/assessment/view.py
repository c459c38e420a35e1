"""AssessmentView: the wizard, review and results of one assessment, in one embeddable widget.

The header with the running total and band stays visible on every page. The view owns the
lifecycle actions (lock with confirmation, amend or void with a reason) and tells its host through
`changed` (something was stored) and `closed` (the evaluator asked to leave).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.core.headline import headline
from tally.core.model import Evidence
from tally.ui.assessment.dialogs import AmendDialog, ConfirmDialog, ReasonDialog
from tally.ui.assessment.prediction import header_suffix
from tally.ui.assessment.rating_period import RatingPeriodBar, has_rating_period
from tally.ui.assessment.results import ResultsPage
from tally.ui.assessment.review import ReviewPage
from tally.ui.assessment.session import AssessmentSession
from tally.ui.assessment.state import AssessmentState
from tally.ui.assessment.style import STYLE
from tally.ui.assessment.text import evidence_text
from tally.ui.assessment.wizard import Wizard
from tally.ui.case_summary import status_word, void_text
from tally.ui.headline_text import headline_text, levels_text
from tally.ui.shortcuts import key

WIZARD, REVIEW, RESULTS = "wizard", "review", "results"


class AssessmentView(QWidget):
    """Embed with AssessmentView(session, catalog); see tally.ui.assessment for the API."""

    closed = Signal()
    changed = Signal()
    open_requested = Signal(int)  # the host opens another assessment (the linked CASIC)

    def __init__(
        self,
        session: AssessmentSession,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentView")
        self.setStyleSheet(STYLE)
        self.catalog = catalog
        self.training = training
        self._session = session
        # the form it was scored with, not whatever file is installed today (a practice
        # session has no hash: it is scored with the installed form)
        self.form = catalog.form_of(session.form_id, getattr(session, "form_hash", ""))
        self.state = AssessmentState(self.form, session)
        self._dialog: QWidget | None = None
        self._previous_loaded = False
        self._previous = None

        self.title = QLabel()
        self.title.setObjectName("assessmentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.withheld_why = QLabel()  # why no level may be shown, under the headline
        self.withheld_why.setObjectName("withheldWhy")
        self.withheld_why.setTextFormat(Qt.TextFormat.PlainText)
        self.withheld_why.setWordWrap(True)
        self.withheld_why.hide()
        self.error_banner = QLabel()
        self.error_banner.setObjectName("errorBanner")
        self.error_banner.setWordWrap(True)
        self.error_banner.setAccessibleName(self.tr("Problem"))
        self.error_banner.hide()
        self.void_banner = QLabel()  # a void: when, by whom, why, what it means
        self.void_banner.setObjectName("voidBanner")
        self.void_banner.setWordWrap(True)
        self.void_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.void_banner.setAccessibleName(self.tr("Void"))
        self.void_banner.hide()
        self.close_button = QPushButton(self.tr("Close (Ctrl+W)"))
        self.close_button.setAccessibleName(self.tr("Close the assessment"))
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button.clicked.connect(self.close_view)
        header = QFrame()
        header.setObjectName("assessmentHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(12, 6, 12, 6)
        head.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        head.addLayout(top)
        head.addWidget(self.totals)
        head.addWidget(self.withheld_why)
        head.addWidget(self.void_banner)
        self.feeds_banner = QLabel()  # a CASIC: the CPORT item it is linked to (#11)
        self.feeds_banner.setObjectName("feedsBanner")
        self.feeds_banner.setWordWrap(True)
        self.feeds_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.feeds_banner.hide()
        head.addWidget(self.feeds_banner)
        self.period_bar = RatingPeriodBar()
        head.addWidget(self.period_bar)
        self._show_period(session)
        head.addWidget(self.error_banner)

        self.wizard = Wizard(catalog, self.state)
        if training:  # the vignette takes a third of the width: give the item the most room
            self.wizard.splitter.setSizes([140, 540, 320])
        self.review = ReviewPage(training=training)
        self.results = ResultsPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.wizard)
        self.stack.addWidget(self.review)
        self.stack.addWidget(self.results)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)

        self.wizard.changed.connect(self._changed)
        self.wizard.open_requested.connect(self.open_requested)
        self.wizard.error.connect(self.show_error)
        self.wizard.review_requested.connect(self.show_review)
        self.review.back_requested.connect(lambda: self.show_wizard())
        self.review.item_requested.connect(self.show_wizard)
        self.review.lock_requested.connect(self.request_lock)
        self.review.amend_requested.connect(self.request_amend)
        self.review.void_requested.connect(self.request_void)
        self.review.results_requested.connect(self.show_results)
        self.results.back_requested.connect(lambda: self.show_wizard())
        self.results.review_requested.connect(self.show_review)

        for sequence, slot in (
            ("review", self.show_review),
            ("results", self.show_results),
            ("items", lambda: self.show_wizard()),
            ("close", self.close_view),
            ("lock", self.request_lock),
            ("amend", self.request_amend),
            ("void", self.request_void),
        ):
            shortcut = QShortcut(QKeySequence(key("assessment", sequence)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self._update_header()
        self._show_feeds()
        if session.read_only():
            self.show_results()
        else:
            self.wizard.start()

    # -- public API ---------------------------------------------------------------------

    @property
    def session(self) -> AssessmentSession:
        return self._session

    def current_page(self) -> str:
        return {0: WIZARD, 1: REVIEW, 2: RESULTS}[self.stack.currentIndex()]

    def current_item_id(self) -> str:
        return self.wizard.current_item_id

    def show_wizard(self, item_id: str | None = None) -> None:
        self.stack.setCurrentWidget(self.wizard)
        if item_id is not None:
            self.wizard.go(item_id)
        else:
            self.wizard.show_item(self.wizard.current_item_id)

    def show_review(self) -> None:
        if self._dialog is not None:
            return
        self.wizard.flush()
        self.wizard._leave_item()  # confirm a derived value shown on the current page
        self.review.refresh(self.state)
        self.stack.setCurrentWidget(self.review)
        self.review.focus_default()

    def show_results(self) -> None:
        if self._dialog is not None:
            return
        self.wizard.flush()
        self.results.refresh(self.state, self.previous())
        self.stack.setCurrentWidget(self.results)
        self.results.focus_default()

    def previous(self):
        """The previous assessment of this instrument for this case (read once, lazily)."""
        if not self._previous_loaded:
            self._previous_loaded = True
            try:
                self._previous = self._session.previous()
            except Exception as exc:
                self.show_error(str(exc))
        return self._previous

    def flush(self) -> None:
        """Store a rationale still being typed. Hosts call it before they close or switch."""
        self.wizard.flush()

    def close_view(self) -> None:
        self.flush()
        self.closed.emit()

    def set_session(self, session: AssessmentSession) -> None:
        """Show another version (after an amendment) of the same instrument."""
        self._session = session
        self.state = AssessmentState(self.form, session)
        self._previous_loaded = False
        self.wizard.set_state(self.state)
        self._show_period(session)
        self._update_header()
        self._show_feeds()

    def _show_period(self, session: AssessmentSession) -> None:
        shown = has_rating_period(session, self.form.kind)
        self.period_bar.setVisible(shown)
        if shown:
            self.period_bar.set_session(session)

    # -- lifecycle ----------------------------------------------------------------------

    def request_lock(self) -> None:
        if self._session.read_only() or self._dialog is not None:
            return
        self.flush()
        self.wizard._leave_item()
        self.state.refresh()
        missing = len(self.state.result.missing)
        if self.training:
            title = self.tr("Submit for feedback")
            message = self.tr("Submit your scores? They cannot be changed afterwards.")
            confirm = self.tr("&Submit")
        else:
            title = self.tr("Lock the assessment")
            message = self.tr(
                "Lock version %1 of this %2? Nothing can change after locking; a correction "
                "needs an amendment with a reason, and the locked version stays on record."
            ).replace("%1", str(self._session.version())).replace("%2", self.form.name)
            message += "\n\n" + self.tr("Result: %1").replace(
                "%1", headline_text(self.state.result))
            confirm = self.tr("&Lock")
        if missing:
            message += "\n\n" + self.tr("%1 item(s) are still missing.").replace(
                "%1", str(missing)
            )
        answers = self.state.answers
        bare = [item.number for item in self.form.items
                if item.id in answers and not answers[item.id].rationale.strip()]
        if bare:  # a locked score without a reason cannot be given one later
            message += "\n\n" + self.tr("No rationale for item(s) %1.").replace(
                "%1", ", ".join(bare))
        dialog = ConfirmDialog(title, message, confirm, self)
        dialog.setObjectName("lockDialog")

        def done(result: int) -> None:
            self._dialog = None
            dialog.deleteLater()
            self.window().activateWindow()  # not every window system hands the keyboard back
            if result != ConfirmDialog.DialogCode.Accepted:
                self.review.focus_default()
                return
            try:
                self._session.lock(self.form)
            except Exception as exc:
                self.show_error(str(exc))
                return
            self.state.refresh()
            self._after_lifecycle()
            self.show_results()

        dialog.finished.connect(done)
        self._dialog = dialog
        dialog.open()

    def request_amend(self) -> None:
        if (
            self.training
            or self._dialog is not None
            or self._session.status() not in ("locked", "signed")
        ):
            return
        profile_diff = getattr(self._session, "profile_diff", None)  # the case database's
        diff = profile_diff(self.form) if profile_diff is not None else None
        dialog = AmendDialog(
            self.tr("Amend the assessment"),
            self.tr(
                "Amending makes version %1 as a new draft with the same answers and the same "
                "case facts. The locked version stays unchanged. Say why it is amended."
            ).replace("%1", str(self._session.version() + 1)),
            self.tr("&Amend"),
            diff,
            self,
        )

        def done(result: int) -> None:
            self._dialog = None
            dialog.deleteLater()
            self.window().activateWindow()
            if result != ReasonDialog.DialogCode.Accepted:
                self.review.focus_default()
                return
            try:
                new = self._session.amend(dialog.text(), dialog.take_profile_facts())
            except Exception as exc:
                self.show_error(str(exc))
                return
            self.set_session(new)
            self._after_lifecycle()
            self.show_wizard()

        dialog.finished.connect(done)
        self._dialog = dialog
        dialog.open()

    def request_void(self) -> None:
        """Void a locked or signed assessment scored in error, with a required reason."""
        if (
            self.training
            or self._dialog is not None
            or self._session.status() not in ("locked", "signed")
        ):
            return
        dialog = ReasonDialog(
            self.tr("Void the assessment"),
            self.tr(
                "Void version %1 of this %2? Voiding is for an assessment scored in error "
                "(the wrong case, instrument or date). It stays on record and in the audit "
                "trail, read-only and struck through, but it is never exported and no longer "
                "counts in the case's totals or trend. A void cannot be undone; to correct a "
                "score, amend instead."
            ).replace("%1", str(self._session.version())).replace("%2", self.form.name),
            self.tr("&Void"),
            self,
        )
        dialog.setObjectName("voidDialog")

        def done(result: int) -> None:
            self._dialog = None
            dialog.deleteLater()
            self.window().activateWindow()
            if result != ReasonDialog.DialogCode.Accepted:
                self.review.focus_default()
                return
            try:
                self._session.void(dialog.text())
            except Exception as exc:
                self.show_error(str(exc))
                return
            self._after_lifecycle()
            self.show_results()

        dialog.finished.connect(done)
        self._dialog = dialog
        dialog.open()

    def _show_feeds(self) -> None:
        """On a companion (CASIC): which assessment's item it is linked to, and so scores."""
        feeds = self.form.feeds
        into = getattr(self._session, "feeds_into", None)
        linked = into() if feeds is not None and into is not None else []
        if feeds is None or not linked:
            self.feeds_banner.hide()
            return
        target = self.catalog.get(feeds.form) if feeds.form in self.catalog else None
        name = target.name if target is not None else feeds.form
        number = target.item(feeds.item).number if target is not None and target.has_item(
            feeds.item) else feeds.item
        lines = [
            self.tr("Feeds %1 item %2 of the assessment of %3 (version %4, %5).")
            .replace("%1", name).replace("%2", number).replace("%3", m.assessment_date)
            .replace("%4", str(m.version)).replace("%5", status_word(m.status))
            for m in linked
        ]
        self.feeds_banner.setText("\n".join(lines))
        self.feeds_banner.setAccessibleName(self.feeds_banner.text())
        self.feeds_banner.show()

    def _after_lifecycle(self) -> None:
        self.wizard.navigator.update_states(self.state)
        self._show_period(self._session)  # read-only once locked
        self._update_header()
        self.changed.emit()

    # -- header -------------------------------------------------------------------------

    def _changed(self) -> None:
        self.error_banner.hide()
        self._update_header()
        self.changed.emit()

    def show_error(self, message: str) -> None:
        self.error_banner.setText(self.tr("Not saved: %1").replace("%1", message))
        self.error_banner.show()

    def totals_text(self) -> str:
        return self._totals_text() + header_suffix(self.state.result)

    def _totals_text(self) -> str:
        result = self.state.result
        total = self.tr("Total %1").replace("%1", str(result.total))
        if not self.form.has_total:
            total = self.tr("No total (hierarchy)")
        if not result.complete:
            return total + " · " + self.tr("incomplete, %1 missing").replace(
                "%1", str(len(result.missing))
            )
        line = headline(result)
        if line.withheld or line.several:  # no level, or every scale's level
            # the why is the results pane's first line, just below: the header stays one line
            text = total + " · " + levels_text(line, evidence=False, why=False)
            if not line.withheld and any(
                    lv.evidence is Evidence.UNCONFIRMED for lv in line.levels):
                text += " · " + self.tr(
                    "UNCONFIRMED band: cut-offs not yet checked against a primary source")
            return text
        if result.band is None:
            return total + " · " + self.tr("no risk categories published")
        text = f"{total} · {result.band.label} ({evidence_text(result.band_evidence)})"
        if result.band_evidence is Evidence.UNCONFIRMED:
            text = f"{total} · {result.band.label} · " + self.tr(
                "UNCONFIRMED band: cut-offs not yet checked against a primary source"
            )
        return text

    def _update_header(self) -> None:
        session = self._session
        self.title.setText(
            self.tr("%1 %2 · %3 · version %4 · %5")
            .replace("%1", self.form.name)
            .replace("%2", self.form.version)
            .replace("%3", session.title())
            .replace("%4", str(session.version()))
            .replace("%5", status_word(session.status()))
            + (" · " + self.tr("the form file it was scored with, kept in the database "
                               "(another is installed now)") if self.form.kept else "")
        )
        self.totals.setText(self.totals_text())
        self.totals.setAccessibleName(self.totals.text())
        why = self.state.result.band_withheld_why if self.state.result.complete else ""
        self.withheld_why.setText(why)  # below the one-line "no risk level", in every mode
        self.withheld_why.setVisible(bool(why))
        note = session.void_note() if session.status() == "void" else None
        self.void_banner.setText(void_text(note) if note is not None else "")
        self.void_banner.setVisible(note is not None)
        unconfirmed = (
            self.state.result.complete and self.state.result.band_evidence is Evidence.UNCONFIRMED
        )
        self.totals.setProperty("unconfirmed", unconfirmed)
        self.totals.setProperty("void", note is not None)  # struck through, like its row
        self.totals.style().unpolish(self.totals)
        self.totals.style().polish(self.totals)

    def showEvent(self, event) -> None:
        self._yield_to_host()
        if not self._session.read_only() and self.current_page() == WIZARD:
            self.wizard.reread()  # a CASIC it takes an item from may have changed meanwhile
            self._update_header()
        self._show_feeds()
        super().showEvent(event)
        QTimer.singleShot(0, self._focus_current_page)

    def _focus_current_page(self) -> None:
        """On show, the keyboard belongs to the page (a host may have put it elsewhere)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.stack.currentWidget().isAncestorOf(focus):
            return
        page = self.current_page()
        if page == WIZARD:
            self.wizard.page.focus_choices()
        elif page == REVIEW:
            self.review.focus_default()
        else:
            self.results.focus_default()

    def _yield_to_host(self) -> None:
        """A key the host window already binds (e.g. its Ctrl+W "close tab") stays the host's:
        two live shortcuts on one key would make Qt fire neither."""
        window = self.window()
        if window is self:
            return
        taken = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(shortcut.key().toString() not in taken)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)
