"""The item-by-item wizard: navigator | item | coding guidance, keyboard first, autosaving.

Every change is written through the session at once (a rationale after a short pause in
typing, and always before the page changes or the view hides), so there is nothing to save
and nothing to lose. Derived items are confirmed as derived when the evaluator moves on, and
an override always carries a reason.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.core.consistency import for_item
from tally.core.model import Form, Item
from tally.operations import casic as casic_ops
from tally.ui.assessment.count_entry import count_fields
from tally.ui.assessment.dialogs import ReasonDialog
from tally.ui.assessment.item_page import CasicPanel, ItemPage
from tally.ui.assessment.navigator import Navigator
from tally.ui.assessment.state import AssessmentState, ItemState
from tally.ui.assessment.text import (
    context_html,
    finding_text,
    guidance_css,
    paragraphs_html,
    points_text,
    provenance_html,
)
from tally.ui.case_summary import status_word
from tally.ui.shortcuts import key

RATIONALE_PAUSE_MS = 400  # save the rationale after this much quiet typing
PREFETCH_MS = 150  # the next item's guidance is laid out this long after a step, when idle



class Wizard(QWidget):
    changed = Signal()  # a change was stored (or refused: see error)
    error = Signal(str)  # a change was refused; the message is one line for the user
    review_requested = Signal()
    saved = Signal()
    open_requested = Signal(int)  # open another assessment in its own view (the linked CASIC)

    def __init__(self, catalog: Catalog, state: AssessmentState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("wizard")
        self.catalog = catalog
        self.state = state
        self.form: Form = state.form
        self._current: str = self.form.item_ids[0]
        self._docs: dict[str, QTextDocument] = {}
        self._prefetch_item: Item | None = None
        self._prefetch_timer = QTimer(self)  # owned: it stops with the wizard
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_MS)
        self._prefetch_timer.timeout.connect(self._prefetch_guidance)
        self._dialog = None
        # the companion that scores an item of this form (CASIC -> CPORT item 5), when the
        # session can link one (a practice session cannot: the trainee scores the item)
        companion = casic_ops.feeder(catalog, self.form.id)
        self._feeds = companion.feeds if companion is not None and hasattr(
            state.session, "casic_feed") else None

        self.navigator = Navigator()
        self.navigator.jump.connect(self.go)
        self.page = ItemPage()
        self.page.chosen.connect(self.choose)
        self.page.rationale_edited.connect(self._rationale_typed)
        self.page.sources_changed.connect(self._save_notes)
        self.page.override_requested.connect(self.request_override)
        self.page.restore_derived_requested.connect(self.restore_derived)
        self.page.casic_requested.connect(self.open_casic)
        self.page.casic_unlink_requested.connect(self.unlink_casic)
        self.page.casic_gate_changed.connect(self.set_casic_gate)
        self.page.count_changed.connect(self.set_count)
        scroll = QScrollArea()
        scroll.setObjectName("itemScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.page)
        self.scroll = scroll

        self.guidance = QTextBrowser()
        self.guidance.setObjectName("guidance")
        self.guidance.setOpenExternalLinks(False)
        self.guidance.setOpenLinks(False)
        self.guidance.setAccessibleName(self.tr("Coding guidance (Ctrl+G)"))
        self.guidance.setAccessibleDescription(
            self.tr("Coding guidance and research context for the item on screen")
        )
        guidance_box = QWidget()
        guidance_layout = QVBoxLayout(guidance_box)
        guidance_layout.setContentsMargins(0, 0, 0, 0)
        guidance_title = QLabel(self.tr("Coding guidance"))
        guidance_title.setObjectName("paneTitle")
        guidance_layout.addWidget(guidance_title)
        guidance_layout.addWidget(self.guidance, 1)
        nav_box = QWidget()
        nav_layout = QVBoxLayout(nav_box)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_title = QLabel(self.tr("Items"))
        nav_title.setObjectName("paneTitle")
        nav_layout.addWidget(nav_title)
        nav_layout.addWidget(self.navigator, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(nav_box)
        splitter.addWidget(scroll)
        splitter.addWidget(guidance_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([270, 540, 540])
        nav_box.setMinimumWidth(120)
        scroll.setMinimumWidth(320)
        guidance_box.setMinimumWidth(280)
        self.splitter = splitter

        self.back_button = QPushButton(self.tr("← Back (Alt+P)"))
        self.back_button.setAccessibleName(self.tr("Previous item"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next → (Enter, Alt+N)"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.clicked.connect(self.next)
        self.review_button = QPushButton(self.tr("Review (Ctrl+R)"))
        self.review_button.setAccessibleName(self.tr("Review all items"))
        self.review_button.clicked.connect(self.review_requested)
        for button in (self.back_button, self.next_button, self.review_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(self.tr("Save state"))
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 6)
        bar.addWidget(self.back_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.review_button)
        bar.addStretch(1)
        bar.addWidget(self.save_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(bar)

        self._pending_digit: int | None = None  # the first of two digits (ten choices or more)
        self._digit_timer = QTimer(self)
        self._digit_timer.setSingleShot(True)
        self._digit_timer.setInterval(800)
        self._digit_timer.timeout.connect(self._pick_pending_digit)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(RATIONALE_PAUSE_MS)
        self._pause.timeout.connect(self._save_notes)
        self._shortcuts()
        self.navigator.load(self.form)
        self.navigator.update_states(self.state)

    # -- shortcuts ----------------------------------------------------------------------

    def _shortcut(self, sequence: QKeySequence | str, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _shortcuts(self) -> None:
        for digit in range(10):
            code = Qt.Key.Key_0.value + digit
            self._shortcut(QKeySequence(code), lambda d=digit: self.choose_key(d))
            keypad = Qt.KeyboardModifier.KeypadModifier.value | code
            self._shortcut(QKeySequence(keypad), lambda d=digit: self.choose_key(d))
        # Return is claimed by text fields first (a newline in the rationale), so it only
        # moves on from choices, check boxes and lists.
        self._shortcut(QKeySequence(Qt.Key.Key_Return), self._enter)
        self._shortcut(QKeySequence(Qt.Key.Key_Enter), self._enter)
        self._shortcut(key("assessment", "next"), self.next)
        self._shortcut(key("assessment", "back"), self.back)
        self._shortcut(key("assessment", "navigator"), self._focus_navigator)
        self._shortcut(key("assessment", "guidance"),
                       lambda: self.guidance.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self._shortcut(key("assessment", "rationale"), self._focus_rationale)
        self._shortcut(key("assessment", "sources"), self.page.focus_sources)
        self._shortcut(key("assessment", "override"), self._toggle_override)
        self._shortcut(key("assessment", "casic"), self.open_casic)
        self._shortcut(key("assessment", "first_missing"), self.go_first_missing)
        self._shortcut(key("assessment", "first_item"), lambda: self.go(self.form.item_ids[0]))
        self._shortcut(key("assessment", "last_item"), lambda: self.go(self.form.item_ids[-1]))
        self._shortcut(key("assessment", "escape"), self.page.focus_choices)

    # -- reading the state --------------------------------------------------------------

    @property
    def current_item_id(self) -> str:
        return self._current

    def read_only(self) -> bool:
        return self.state.session.read_only()

    def _derived(self, item: Item) -> tuple[int | None, str] | None:
        if item.derive is None:
            return None
        return self.state.derived_points(item)

    def _casic_panel(self, item: Item) -> CasicPanel | None:
        """The linked CASIC on the item it scores: what it gives, and why (or why not)."""
        if self._feeds is None or item.id != self._feeds.item:
            return None
        feed = self.state.session.casic_feed()  # type: ignore[attr-defined]
        casic = feed.casic
        if casic is None:
            candidates = self.state.session.casic_candidates()  # type: ignore[attr-defined]
            button = (self.tr("Link the CASIC of %1 (Ctrl+K)").replace(
                "%1", candidates[0].assessment_date) if candidates
                else self.tr("Start a CASIC for this case (Ctrl+K)"))
            text = self.tr("No CASIC is linked. When there is no admission and no diagnosis, "
                           "a linked CASIC's total scores this item.")
            return CasicPanel(text, self._feeds.gate, False, button, False)
        total = "–" if feed.total is None else str(feed.total)
        text = (self.tr("Linked CASIC of %1, version %2 (%3): total %4, %5 of %6 items "
                        "answered.")
                .replace("%1", casic.assessment_date).replace("%2", str(casic.version))
                .replace("%3", status_word(casic.status)).replace("%4", total)
                .replace("%5", str(feed.answered)).replace("%6", str(feed.items)))
        why = {
            casic_ops.FED: self.tr("Its total scores this item."),
            casic_ops.GATE_UNRECORDED: self.tr(
                "Tick the statement above when it holds: until then the CASIC does not score "
                "this item."),
            casic_ops.GATE_NO: self.tr(
                "An admission or a diagnosis is on file: score this item from it, not from "
                "the CASIC."),
            casic_ops.INCOMPLETE: self.tr(
                "The CASIC scores this item once all its items are answered."),
            casic_ops.VOID: self.tr("The linked CASIC was voided: unlink it."),
        }[feed.why]
        return CasicPanel(f"{text} {why}", self._feeds.gate, feed.link.gate is True,
                          self.tr("Open the linked CASIC (Ctrl+K)"), True)

    # -- showing ------------------------------------------------------------------------

    def start(self) -> None:
        """Show the stored position (a fresh assessment: item 1), focus on the choices."""
        position = self.state.session.position()
        if position not in self.form.item_ids:
            position = self.form.item_ids[0]
        self.show_item(position)

    def show_item(self, item_id: str) -> None:
        item = self.form.item(item_id)
        self._current = item_id
        item_state = self.state.state(item_id)
        self.page.show_item(
            item,
            position=self.form.item_ids.index(item_id) + 1,
            count=len(self.form.items),
            points=self.state.points(item_id),
            answer=self.state.answers.get(item_id),
            derived=self._derived(item),
            overridden=item_state is ItemState.OVERRIDDEN,
            read_only=self.read_only(),
            casic=self._casic_panel(item),
            counts=count_fields(item, self.state.facts),
        )
        if item_state is ItemState.NOT_SCORED:
            self.page.show_not_scored(self.state.result.items[item_id].how)
        self.page.show_findings([finding_text(f) for f in for_item(self.state.findings, item_id)])
        self.guidance.setDocument(self._guidance_doc(item))
        self.navigator.select_item(item_id)
        index = self.form.item_ids.index(item_id)
        if index + 1 < len(self.form.items):  # while he reads this one, lay the next one out
            self._prefetch_item = self.form.items[index + 1]
            self._prefetch_timer.start()
        self.back_button.setEnabled(index > 0)
        last = index == len(self.form.items) - 1
        self.next_button.setText(
            self.tr("Review → (Enter, Alt+N)") if last else self.tr("Next → (Enter, Alt+N)")
        )
        self.scroll.ensureVisible(0, 0)
        if not self.read_only():
            try:
                self.state.session.set_position(item_id)
            except Exception as exc:  # position is a convenience: report, never block
                self.error.emit(str(exc))
        self._show_save_state()
        self.page.focus_choices()

    def _prefetch_guidance(self) -> None:
        """The next item's guidance, built and laid out at the pane's width and font, so the
        step to it does not pay for that layout (about a third of a step)."""
        item = self._prefetch_item
        if item is None or not self.guidance.isVisible():
            return
        doc = self._guidance_doc(item)
        doc.setTextWidth(self.guidance.viewport().width())
        doc.documentLayout().documentSize()  # lays it out now

    def _guidance_doc(self, item: Item) -> QTextDocument:
        doc = self._docs.get(item.id)
        if doc is None:
            doc = QTextDocument(self)
            doc.setDefaultStyleSheet(guidance_css(self.palette()))
            doc.setHtml(self._guidance_html(item))
            self._docs[item.id] = doc
        # a cached document keeps the font it was made with; the pane's (style sheet) font
        # is the one to read at, for the first item as for the rest
        self.guidance.ensurePolished()
        if doc.defaultFont() != self.guidance.font():  # setting it lays the whole text out
            doc.setDefaultFont(self.guidance.font())
        return doc

    def _guidance_html(self, item: Item) -> str:
        form = self.form
        parts = [
            f"<h3>{html.escape(item.number)}. {html.escape(item.name)}</h3>",
            paragraphs_html(item.guidance),
        ]
        if item.derive is not None:
            parts.append(f"<h4>{html.escape(self.tr('How Tally derives it'))}</h4>")
            parts.append(
                f"<p>{html.escape(item.derive.explanation)} "
                f"{provenance_html(form, item.derive.provenance)}</p>"
            )
        if item.context:
            parts.append(f"<h4>{html.escape(self.tr('Research context'))}</h4>")
            parts.append(context_html(form, item.context))
        options = ", ".join(
            f"{html.escape(points_text(o.points))} = {html.escape(o.label)}" for o in item.options
        )
        parts.append(f"<h4>{html.escape(self.tr('Scores'))}</h4>")
        parts.append(f"<p>{options}. {provenance_html(form, item.provenance)}</p>")
        parts.append(
            f'<p class="muted">{html.escape(self.tr("Authoritative rule:"))} '
            f"{html.escape(form.manual)}</p>"
        )
        return "\n".join(parts)

    def _show_save_state(self) -> None:
        if self.read_only():
            text = self.tr("Read-only: this version is %1").replace(
                "%1", status_word(self.state.session.status())
            )
        else:
            text = self.tr("All changes saved")
        self.save_state.setText(text)

    def refresh_item(self) -> None:
        """Re-read the scored state and redraw the current item and its navigator row."""
        self.state.refresh()
        self.navigator.update_item(self.state, self._current)
        self.show_item(self._current)

    # -- moving -------------------------------------------------------------------------

    def go(self, item_id: str) -> None:
        if item_id not in self.form.item_ids:
            return
        self._pending_digit = None  # a first digit belongs to the item it was typed on
        self._digit_timer.stop()
        self._leave_item()
        self.show_item(item_id)

    def next(self) -> None:
        index = self.form.item_ids.index(self._current)
        if index + 1 >= len(self.form.items):
            self._leave_item()
            self.review_requested.emit()
            return
        self.go(self.form.item_ids[index + 1])

    def back(self) -> None:
        index = self.form.item_ids.index(self._current)
        if index > 0:
            self.go(self.form.item_ids[index - 1])

    def go_first_missing(self) -> None:
        missing = self.state.first_missing()
        if missing:
            self.go(missing)

    def _enter(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QListWidget):
            target = self.navigator.current_item_id()
            if target:
                self.go(target)
            return
        self.next()

    def _focus_navigator(self) -> None:
        self.navigator.select_item(self._current)
        self.navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_rationale(self) -> None:
        if not self.read_only():
            self.page.rationale.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _leave_item(self) -> None:
        """Before the page changes: write a pending rationale, confirm a derived value."""
        if self.read_only():
            return
        if self._pause.isActive():
            self._pause.stop()
            self._save_notes()
        item = self.form.item(self._current)
        if self.state.state(item.id) is not ItemState.DERIVED:
            return
        points, how = self.state.derived_points(item)
        stored = self.state.answers.get(item.id)
        if stored is None or stored.origin != "derived" or stored.points != points:
            self._store(item.id, points, origin="derived", override_reason="", derivation=how)

    def flush(self) -> None:
        """Write anything pending now (the view calls this when it hides or closes)."""
        if self._pause.isActive() and not self.read_only():
            self._pause.stop()
            self._save_notes()

    # -- choosing and storing -----------------------------------------------------------

    def choose_key(self, digit: int) -> None:
        """A digit picks the choice shown with it. Items with ten choices or more (OSP/DC age)
        take two digits: "1" waits a moment for a second digit when "1x" is a choice too."""
        if self.read_only():
            return
        if self._pending_digit is not None:
            first, self._pending_digit = self._pending_digit, None
            self._digit_timer.stop()
            if self.page.index_for_key(first * 10 + digit) is not None:
                digit = first * 10 + digit
            else:
                self._pick_key(first)
        elif digit > 0 and any(self.page.index_for_key(digit * 10 + d) is not None
                               for d in range(10)):
            self._pending_digit = digit  # wait for a second digit, or pick this one alone
            self._digit_timer.start()
            self.save_state.setText(self.tr("%1… (type the second digit, or wait)").replace(
                "%1", str(digit)))
            return
        self._pick_key(digit)

    def _pick_pending_digit(self) -> None:
        if self._pending_digit is not None:
            digit, self._pending_digit = self._pending_digit, None
            self._pick_key(digit)

    def _pick_key(self, digit: int) -> None:
        index = self.page.index_for_key(digit)
        if index is not None:
            self.choose(self.form.item(self._current).options[index].points)
        else:  # say so: a key that does nothing silently looks like a lost answer
            self.save_state.setText(self.tr("Key %1 is not a score here: press a key shown "
                                            "beside a score.").replace("%1", str(digit)))

    def choose(self, points: int) -> None:
        if self.read_only():
            return
        item = self.form.item(self._current)
        derived = self._derived(item)
        if derived is not None and derived[0] is not None:
            derived_points, how = derived
            if points == derived_points:
                self._store(item.id, points, origin="derived", override_reason="", derivation=how)
            else:
                self.request_override(points)
            return
        self._store(item.id, points, origin="entered")

    def request_override(self, points: int | None = None) -> None:
        """Ask for the reason to override a derived value; points None: pick afterwards."""
        if self.read_only() or self._dialog is not None:
            return
        item = self.form.item(self._current)
        derived = self._derived(item)
        if derived is None or derived[0] is None:
            return
        derived_points, how = derived
        if points is None:
            others = [o.points for o in item.options if o.points != derived_points]
            points = others[0]
        dialog = ReasonDialog(
            self.tr("Override a derived item"),
            self.tr(
                "Tally derived %1 from the case facts (%2). Scoring %3 instead overrides it. "
                "Say why: the reason is kept with the assessment."
            )
            .replace("%1", points_text(derived_points))
            .replace("%2", how)
            .replace("%3", f"{points_text(points)} ({item.label_for(points)})"),
            self.tr("&Override"),
            self,
        )
        dialog.setObjectName("overrideDialog")
        target = points

        def done(result: int) -> None:
            self._dialog = None
            if result == ReasonDialog.DialogCode.Accepted:
                self._store(
                    item.id, target, origin="entered", override_reason=dialog.text(),
                    derivation=how,
                )
            else:
                self.page.check_points(self.state.points(item.id))
            dialog.deleteLater()
            self.regain_focus()

        dialog.finished.connect(done)
        self._dialog = dialog
        dialog.open()

    def regain_focus(self) -> None:
        """After a dialog: take the keyboard back (not every window system hands it back)."""
        self.window().activateWindow()
        self.page.focus_choices()

    def restore_derived(self) -> None:
        if self.read_only():
            return
        item = self.form.item(self._current)
        derived = self._derived(item)
        if derived is None or derived[0] is None:
            return
        self._store(
            item.id, derived[0], origin="derived", override_reason="", derivation=derived[1]
        )

    def _toggle_override(self) -> None:
        if self.state.state(self._current) is ItemState.OVERRIDDEN:
            self.restore_derived()
        else:
            self.request_override()

    def open_casic(self) -> None:
        """Ctrl+K on the item a CASIC scores: open the linked CASIC in its own view; else
        link the case's newest CASIC, or start one (and open it to be scored)."""
        if self._feeds is None or self._current != self._feeds.item or self._dialog is not None:
            return
        session = self.state.session
        try:
            feed = session.casic_feed()  # type: ignore[attr-defined]
            if feed.casic is not None:
                self.open_requested.emit(feed.casic.id)
                return
            if self.read_only():
                return
            candidates = session.casic_candidates()  # type: ignore[attr-defined]
            if candidates:
                session.link_casic(candidates[0].id)  # type: ignore[attr-defined]
                opened = None
            else:
                opened = session.start_casic()  # type: ignore[attr-defined]
        except Exception as exc:  # the operation's one line; nothing changed
            self.error.emit(str(exc))
            return
        self._casic_changed()
        if opened is not None:
            self.open_requested.emit(opened)

    def unlink_casic(self) -> None:
        if self.read_only():
            return
        try:
            self.state.session.unlink_casic()  # type: ignore[attr-defined]
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self._casic_changed()

    def set_casic_gate(self, checked: bool) -> None:
        """The evaluator records (or withdraws) that no admission and no diagnosis is on file."""
        if self.read_only():
            return
        try:
            self.state.session.set_casic_gate(checked)  # type: ignore[attr-defined]
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self._casic_changed()

    def reread(self) -> None:
        """The view came back into sight: its linked CASIC may have changed in another view."""
        refresh = getattr(self.state.session, "refresh", None)
        if self._feeds is None or refresh is None:
            return
        refresh()
        self.state.refresh()
        self.navigator.update_states(self.state)
        self.show_item(self._current)

    def _casic_changed(self) -> None:
        self.state.refresh()
        self.navigator.update_states(self.state)
        self._refresh_current_quietly()
        self._show_save_state()
        self.changed.emit()

    def set_count(self, fact: str, value: int | None) -> None:
        """A count typed on the item's page: stored with the case, then the form's table
        scores the item (a hand-entered score gives way to it; an override stays)."""
        if self.read_only():
            return
        item = self.form.item(self._current)
        try:
            self.state.session.set_fact(fact, value)
        except Exception as exc:
            self.error.emit(str(exc))
            return
        self.state.refresh()
        points, how = self.state.derived_points(item)
        answer = self.state.answers.get(item.id)
        if points is not None and (answer is None or not answer.override_reason):
            self._store(item.id, points, origin="derived", override_reason="", derivation=how)
        else:
            self.refresh_item()

    def _rationale_typed(self) -> None:
        self.save_state.setText(self.tr("Saving…"))
        self._pause.start()

    def _save_notes(self) -> None:
        """Store the rationale and sources with whatever score the item has now."""
        if self.read_only():
            return
        self._pause.stop()
        item_id = self._current
        stored = self.state.answers.get(item_id)
        if stored is not None:
            self._store(
                item_id, stored.points, origin=stored.origin,
                override_reason=stored.override_reason, derivation=stored.derivation,
            )
            return
        item = self.form.item(item_id)
        if self.state.state(item_id) is ItemState.DERIVED:
            points, how = self.state.derived_points(item)
            self._store(item_id, points, origin="derived", override_reason="", derivation=how)
        else:
            self._store(item_id, None, origin="entered")

    def _store(
        self, item_id: str, points: int | None, *, origin: str,
        override_reason: str = "", derivation: str = "",
    ) -> None:
        if self._current == item_id:
            rationale, sources = self.page.rationale_text(), self.page.selected_sources()
        else:
            stored = self.state.answers.get(item_id)
            rationale = stored.rationale if stored else ""
            sources = list(stored.sources) if stored else []
        try:
            self.state.session.set_answer(
                item_id, points, rationale=rationale, sources=sources, origin=origin,
                override_reason=override_reason, derivation=derivation,
            )
        except Exception as exc:  # the store's one-line message; nothing was changed
            self.error.emit(str(exc))
            self.state.refresh()
            self.page.check_points(self.state.points(item_id))
            return
        self.state.refresh()
        self.navigator.update_item(self.state, item_id)
        if item_id == self._current:
            self._refresh_current_quietly()
        self._show_save_state()
        self.saved.emit()
        self.changed.emit()

    def _refresh_current_quietly(self) -> None:
        """Redraw the item after a store without moving the focus or the cursor."""
        focus = self.focusWidget()
        item = self.form.item(self._current)
        self.page.show_item(
            item,
            position=self.form.item_ids.index(item.id) + 1,
            count=len(self.form.items),
            points=self.state.points(item.id),
            answer=self.state.answers.get(item.id),
            derived=self._derived(item),
            overridden=self.state.state(item.id) is ItemState.OVERRIDDEN,
            read_only=self.read_only(),
            casic=self._casic_panel(item),
        )
        if focus is not None and focus.objectName() == "choice":
            self.page.focus_choices()  # follow the chosen option
        elif focus is not None and focus.isVisible() and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.page.focus_choices()

    def set_state(self, state: AssessmentState) -> None:
        """A new session (after an amendment): same form, new answers and status."""
        self.state = state
        self.navigator.update_states(state)
        self.start()

# lupdate cannot read inside f-strings: the words used in them, for the catalogue
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("Wizard", "How Tally derives it"),
    QT_TRANSLATE_NOOP("Wizard", "Research context"),
    QT_TRANSLATE_NOOP("Wizard", "Scores"),
    QT_TRANSLATE_NOOP("Wizard", "Authoritative rule:"),
)
