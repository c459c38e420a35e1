"""The case page: the profile, the case's assessments and the trend chart.

A case with only drafts (or none) is edited directly: every edit is checked and saved on its
own (when a field is left, or shortly after typing stops). A case with locked work has a
read-only profile until the evaluator chooses Edit profile; then Done saves the edits (a new
case id or date of birth after a confirmation and a reason, both audited) and Escape discards
them. Input that fails a check is shown with one clear message and changes nothing, and every
field typed stays on screen.

The keyboard reaches a profile field only by the evaluator's own act (a click, Tab, its
Alt+letter, Edit profile): focus that Qt hands on by itself (a tab closed, a dialog gone, a
case opened from the list) goes to the assessment list instead, so a stray key can never
rename a case or change a fact.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tally.ui.application import colours
from tally.ui.case_summary import AssessmentLine, status_label, summarise, trend, void_text
from tally.ui.i18n import TrContext
from tally.ui.osp_facts import OspFactsDialog, recorded_text
from tally.ui.shortcuts import key as shortcut_key
from tally.ui.trend_chart import TrendChart
from tally.ui.typology import PATTERNS, is_csem_only, pattern_label
from tally.ui.widgets import card, label, set_role

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.changes import Change
    from tally.operations.desk import Desk
    from tally.operations.rows import CaseRow

NOTES_SAVE_DELAY_MS = 800
# how focus may arrive in a profile field: the evaluator's own act
DELIBERATE_FOCUS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason,
                    Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)
# focus leaving for a moment (a dialog, a menu, a popup), to come back where it was
AWAY_FOCUS = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason,
              Qt.FocusReason.MenuBarFocusReason)
DIRECT, READ_ONLY, EDITING = "direct", "read_only", "editing"  # ProfileForm.mode
CaseProfile = TrContext("CaseProfile")
FLAG_CHOICES = ((None, QT_TRANSLATE_NOOP("ProfileForm", "Not recorded")),
                (False, QT_TRANSLATE_NOOP("ProfileForm", "No")),
                (True, QT_TRANSLATE_NOOP("ProfileForm", "Yes")))


def parse_optional_date(text: str, what: str,
                        future_ok: bool = False) -> tuple[str | None, str]:
    """(ISO date or None, problem). Empty means not known. `future_ok`: a release date may
    lie ahead (a pre-release parole assessment), up to the year 2100."""
    text = text.strip()
    if not text:
        return None, ""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        return None, CaseProfile.tr("%1: write the date as YYYY-MM-DD (for example "
                        "1980-04-23).").replace("%1", what)
    if value > date.today() and not future_ok:
        return None, CaseProfile.tr("%1 cannot be in the future.").replace("%1", what)
    if value.year < 1900 or value.year > 2100:
        return None, CaseProfile.tr("%1: the year %2 is not plausible.").replace(
            "%1", what).replace("%2", str(value.year))
    return value.isoformat(), ""


class ProfileForm(QWidget):
    """The case profile. Emits `saved(pk)` after each successful save.

    Its mode: DIRECT (autosaved, a case with no locked work), READ_ONLY (a case with locked
    work) or EDITING (read-only's fields opened by Edit profile; saved by `finish_edit`)."""

    saved = Signal(int)
    stray_focus = Signal()  # focus arrived in a field by no act of the evaluator
    mode_changed = Signal(str)

    def __init__(self, store: Desk, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case = case
        self._loading = False
        self._mode = DIRECT
        self._returning: QWidget | None = None  # the field focus may come back to
        self._pending: dict[str, Any] = {}  # OSP facts chosen while editing, saved by Done

        self.case_id = QLineEdit()
        self.case_id.setAccessibleName(self.tr("Pseudonymous case id"))
        self.case_id.setToolTip(self.tr("A pseudonym or file number, never a name"))
        self.date_of_birth = self._date_field(self.tr("Date of birth"))
        self.release_date = self._date_field(self.tr("Release date"))
        self.investigation_date = self._date_field(self.tr("Index investigation date"))
        self.pattern = QComboBox()
        self.pattern.setAccessibleName(self.tr("Sexual offending history"))
        self.pattern.addItem(pattern_label(""), "")
        for key in PATTERNS:
            self.pattern.addItem(pattern_label(key), key)
        self.production = self._flag_field(self.tr("Produced CSEM with a live child"))
        self.contact = self._flag_field(self.tr("Any contact sexual offence"))
        self.young_victim = self._flag_field(self.tr("Any victim aged 13 or younger"))
        self.young_victim.setToolTip(self.tr("At the offence. STABLE-2007 item 3 is scored when "
                                             "this is Yes or the history is CSEM only"))
        self.osp_button = QPushButton()  # OSP/DC and OSP/IIC counts and dates (ui.osp_facts)
        self.osp_button.setObjectName("ospFactsButton")
        self.osp_button.setAutoDefault(False)
        self.osp_button.clicked.connect(self.edit_osp_facts)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Referral question, sources on file, deadlines "
                                              "(no names)"))
        self.notes.setMinimumHeight(64)
        self.notes.setMaximumHeight(72)
        self.message = label("", "muted")
        self.message.setAccessibleName(self.tr("Save status"))

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Case &id:"), self.case_id)
        left.addRow(self.tr("Date of &birth:"), self.date_of_birth)
        left.addRow(self.tr("&Release date:"), self.release_date)
        left.addRow(self.tr("Index in&vestigation:"), self.investigation_date)
        right.addRow(self.tr("Offending hi&story:"), self.pattern)
        right.addRow(self.tr("CSEM &production:"), self.production)
        right.addRow(self.tr("Con&tact offence:"), self.contact)
        right.addRow(self.tr("Victim 13 or youn&ger:"), self.young_victim)
        right.addRow(self.tr("OSP:"), self.osp_button)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        notes_row = QFormLayout()
        notes_row.addRow(self.tr("&Notes:"), self.notes)
        grid.addLayout(notes_row, 1, 0, 1, 2)
        grid.addWidget(self.message, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self.save)
        for field in (self.case_id, self.date_of_birth, self.release_date,
                      self.investigation_date):
            field.editingFinished.connect(self._autosave)
        self.pattern.currentIndexChanged.connect(self._pattern_changed)
        self.production.currentIndexChanged.connect(self._changed)
        self.contact.currentIndexChanged.connect(self._changed)
        self.young_victim.currentIndexChanged.connect(self._changed)
        self.notes.textChanged.connect(self._notes_changed)
        for field in self.fields():
            field.installEventFilter(self)
        self.load(case)

    def fields(self) -> tuple[QWidget, ...]:
        """Every input of the profile (what a stray key could change)."""
        return (self.case_id, self.date_of_birth, self.release_date, self.investigation_date,
                self.pattern, self.production, self.contact, self.young_victim,
                self.osp_button, self.notes)

    # -- focus only by the evaluator's act ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            reason = event.reason()  # type: ignore[attr-defined]
            if reason in DELIBERATE_FOCUS or watched is self._returning:
                self._returning = watched  # type: ignore[assignment]
                return False
            self.stray_focus.emit()  # the view moves the keyboard to its assessment list
            return True
        if event.type() == QEvent.Type.FocusOut \
                and event.reason() not in AWAY_FOCUS:  # type: ignore[attr-defined]
            self._returning = None
        return False

    def focus_field(self, field: QWidget | None = None) -> None:
        """Put the keyboard in a field on the evaluator's behalf (Edit profile, a new case)."""
        if field is None:
            field = self.case_id
        self._returning = field
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the mode ----------------------------------------------------------------------------

    @property
    def mode(self) -> str:
        return self._mode

    def set_locked_work(self, locked: bool) -> None:
        """A case with locked work is read-only until Edit profile; one without is direct."""
        if locked and self._mode == DIRECT:
            self.flush()
            self._set_mode(READ_ONLY)
        elif not locked and self._mode == READ_ONLY:
            self._set_mode(DIRECT)

    def begin_edit(self) -> None:
        """Edit profile: the fields open, nothing is saved until Done."""
        if self._mode == READ_ONLY:
            self._set_mode(EDITING)
        if self._mode != READ_ONLY:
            self.focus_field()

    def discard_edit(self) -> None:
        """Escape: the profile as stored again, read-only; unsaved edits are dropped."""
        if self._mode != EDITING:
            return
        self._pending = {}
        self._set_mode(READ_ONLY)
        self.load(self._store.get_case(self._case.pk))
        self._show(self.tr("Edits discarded"), error=False)
        self.stray_focus.emit()  # the keyboard goes to the assessment list

    def finish_edit(self) -> bool:
        """Done: save the edits (a new case id or date of birth after a confirmation and a
        reason). False when nothing was saved; every field stays as typed."""
        if self._mode != EDITING:
            return False
        fields, problem = self.values()
        if problem:
            self._show(problem, error=True)
            return False
        reason = ""
        changed = [(name, old, fields[name]) for name, old in (
            ("case_id", self._case.case_id), ("date_of_birth", self._case.date_of_birth))
            if (old or None) != (fields[name] or None)]
        if changed:
            answer = self.ask_reason(changed)
            if answer is None:
                self._show(self.tr("Not saved: the change was not confirmed"), error=True)
                return False
            reason = answer
        if not self.save(reason=reason):
            return False
        self._set_mode(READ_ONLY)
        self.stray_focus.emit()
        return True

    def ask_reason(self, changed: list[tuple[str, Any, Any]]) -> str | None:
        """Confirm a change of identifying fields; the reason, or None when cancelled."""
        from tally.ui.assessment.dialogs import ReasonDialog

        names = {"case_id": self.tr("Case id"), "date_of_birth": self.tr("Date of birth")}
        lines = "\n".join(
            self.tr("%1: %2 → %3").replace("%1", names[name]).replace(
                "%2", old or self.tr("not recorded")).replace("%3", new or self.tr("not recorded"))
            for name, old, new in changed)
        dialog = ReasonDialog(
            self.tr("Change identifying details"),
            self.tr("This case has locked or signed assessments.") + "\n\n" + lines + "\n\n"
            + self.tr("The locked and signed versions keep the details they were locked with, "
                      "and their reports do not change. The profile, new assessments and "
                      "amendments that take the profile's facts use the new ones. The change "
                      "and its reason go in the audit trail."),
            self.tr("&Change"), self)
        dialog.setObjectName("identifyingChangeDialog")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        reason = dialog.text()
        dialog.deleteLater()
        self.window().activateWindow()
        if self._mode == EDITING:
            self.focus_field(self.case_id if changed[0][0] == "case_id"
                             else self.date_of_birth)
        return reason if accepted and reason else None

    def _set_mode(self, mode: str) -> None:
        self._mode = mode
        writable = mode != READ_ONLY
        for field in (self.case_id, self.date_of_birth, self.release_date,
                      self.investigation_date):
            field.setReadOnly(not writable)
        self.notes.setReadOnly(not writable)
        for box in (self.pattern, self.production, self.young_victim, self.osp_button):
            box.setEnabled(writable)
        self.contact.setEnabled(writable)
        if writable:
            self._sync_contact_with_pattern()
        self.mode_changed.emit(mode)

    def _date_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(self.tr("YYYY-MM-DD"))
        field.setAccessibleName(name)
        field.setMaxLength(10)
        return field

    def _flag_field(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for value, text in FLAG_CHOICES:
            box.addItem(self.tr(text), value)
        return box

    @property
    def case(self) -> CaseRow:
        return self._case

    def load(self, case: CaseRow) -> None:
        self._loading = True
        try:
            self._case = case
            facts = case.facts
            self.case_id.setText(case.case_id)
            self.date_of_birth.setText(case.date_of_birth or "")
            self.release_date.setText(str(facts.get("release_date") or ""))
            self.investigation_date.setText(str(facts.get("index_investigation_date") or ""))
            index = self.pattern.findData(case.offence_pattern)
            if index < 0:  # a pattern this version does not know: keep and show it
                self.pattern.addItem(case.offence_pattern, case.offence_pattern)
                index = self.pattern.count() - 1
            self.pattern.setCurrentIndex(index)
            self.production.setCurrentIndex(self.production.findData(
                facts.get("csem_production")))
            self.contact.setCurrentIndex(self.contact.findData(
                facts.get("contact_sexual_offence")))
            self.young_victim.setCurrentIndex(self.young_victim.findData(
                facts.get("victim_13_or_younger")))
            self.notes.setPlainText(case.notes)
            self.osp_button.setText(recorded_text(facts))
            self._sync_contact_with_pattern()
            self.message.setText("")
        finally:
            self._loading = False

    def _sync_contact_with_pattern(self) -> None:
        """A mixed history has a contact offence and a CSEM-only one has none: the pattern
        decides the flag, so the two can never contradict each other."""
        csem_only = is_csem_only(self.pattern.currentData())
        if csem_only is None:
            self.contact.setEnabled(self._mode != READ_ONLY)
            return
        self.contact.setCurrentIndex(self.contact.findData(not csem_only))
        self.contact.setEnabled(False)

    def _pattern_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._sync_contact_with_pattern()
        finally:
            self._loading = False
        self._autosave()

    def _changed(self) -> None:
        if not self._loading:
            self._autosave()

    def _autosave(self) -> None:
        if self._mode == DIRECT:  # while editing a locked case, Done saves
            self.save()

    def _notes_changed(self) -> None:
        if not self._loading and self._mode == DIRECT:
            self._notes_timer.start()

    def values(self) -> tuple[dict[str, Any], str]:
        """The fields as the store takes them, and the first problem found ("" if none)."""
        case_id = self.case_id.text().strip()
        if not case_id:
            return {}, self.tr("The case needs a pseudonymous id.")
        dob, problem = parse_optional_date(self.date_of_birth.text(), self.tr("Date of birth"))
        if problem:
            return {}, problem
        release, problem = parse_optional_date(self.release_date.text(), self.tr("Release date"),
                                              future_ok=True)
        if problem:
            return {}, problem
        investigated, problem = parse_optional_date(
            self.investigation_date.text(), self.tr("Index investigation date"))
        if problem:
            return {}, problem
        for other, what in ((release, self.tr("release date")),
                            (investigated, self.tr("index investigation date"))):
            if dob and other and other <= dob:
                return {}, self.tr("The %1 must come after the date of birth.").replace(
                    "%1", what)
        facts = dict(self._case.facts)  # keep facts this screen does not edit
        for key, value in self._pending.items():  # OSP facts chosen while editing
            if value is None:
                facts.pop(key, None)
            else:
                facts[key] = value
        pattern = self.pattern.currentData() or ""
        updates = {
            "release_date": release,
            "index_investigation_date": investigated,
            "csem_only": is_csem_only(pattern),
            "csem_production": self.production.currentData(),
            "contact_sexual_offence": self.contact.currentData(),
            "victim_13_or_younger": self.young_victim.currentData(),
        }
        for key, value in updates.items():
            if value is None:
                facts.pop(key, None)
            else:
                facts[key] = value
        return {
            "case_id": case_id, "date_of_birth": dob, "facts": facts,
            "offence_pattern": pattern, "notes": self.notes.toPlainText(),
        }, ""

    def edit_osp_facts(self) -> None:
        current = {**self._case.facts, **self._pending}
        dialog = OspFactsDialog({k: v for k, v in current.items() if v is not None}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if self._mode == EDITING:  # kept with the other edits until Done
                self._pending.update(dialog.values)
                shown = {**self._case.facts, **self._pending}
                self.osp_button.setText(recorded_text(
                    {k: v for k, v in shown.items() if v is not None}))
            else:
                self.save(dialog.values)

    def save(self, extra_facts: dict[str, Any] | None = None, reason: str = "") -> bool:
        """Save what is on screen now (and `extra_facts`, None removing one); False (and a
        message) when it cannot be saved. `reason`: why an identifying field changed."""
        from tally.operations.errors import StoreError

        self._notes_timer.stop()
        fields, problem = self.values()
        if problem:
            self._show(problem, error=True)
            return False
        for key, value in (extra_facts or {}).items():
            if value is None:
                fields["facts"].pop(key, None)
            else:
                fields["facts"][key] = value
        try:
            self._store.update_case(self._case.pk, reason=reason, **fields)
        except StoreError as exc:
            self._show(str(exc), error=True)
            return False
        self._pending = {}
        self._case = self._store.get_case(self._case.pk)
        self.osp_button.setText(recorded_text(self._case.facts))
        self._show(self.tr("All changes saved"), error=False)
        self.saved.emit(self._case.pk)
        return True

    def flush(self) -> None:
        """Save pending notes now (before locking or closing)."""
        if self._notes_timer.isActive():
            self.save()

    def _show(self, text: str, *, error: bool) -> None:
        set_role(self.message, "error" if error else "muted")
        self.message.setText(text)


class AssessmentTable(QTableWidget):
    """The case's assessments; Enter or a double click opens one. A superseded version is
    in italics; a void one is struck through, with when, by whom and why in its tooltip."""

    open_requested = Signal(int)

    HEADERS = (
        QT_TRANSLATE_NOOP("AssessmentTable", "Instrument"),
        QT_TRANSLATE_NOOP("AssessmentTable", "Date"),
        QT_TRANSLATE_NOOP("AssessmentTable", "Status"),
        QT_TRANSLATE_NOOP("AssessmentTable", "Version"),
        QT_TRANSLATE_NOOP("AssessmentTable", "Total"),
        QT_TRANSLATE_NOOP("AssessmentTable", "Band"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        self.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.setAccessibleName(self.tr("Assessments of this case"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.itemActivated.connect(lambda item: self.open_requested.emit(
            int(self.item(item.row(), 0).data(Qt.ItemDataRole.UserRole))))

    def show_lines(self, lines: list[AssessmentLine]) -> None:
        self.setRowCount(len(lines))
        for row, line in enumerate(lines):
            if line.problem:
                total = "—"
            elif line.complete:
                total = str(line.total)
            else:
                total = self.tr("%1 so far (%n missing)", "", line.missing).replace(
                    "%1", str(line.total))
            band = line.band or ("—" if line.complete or line.problem else self.tr("not yet"))
            cells = (line.form_name, line.meta.assessment_date, status_label(line.meta.status),
                     str(line.meta.version), total, band)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.meta.id)
                tips = [line.problem] if line.problem else []
                if line.form_changed:
                    tips.append(self.tr("Scored with a different version of this form file"))
                if line.meta.void is not None:
                    tips.insert(0, void_text(line.meta.void))
                if tips:
                    item.setToolTip("\n".join(tips))
                if line.meta.status in ("amended", "void"):
                    font = item.font()
                    font.setItalic(line.meta.status == "amended")
                    # struck through, but the word "Void" itself stays plain to read
                    font.setStrikeOut(line.meta.status == "void" and column != 2)
                    item.setFont(font)
                if line.meta.void is not None:
                    item.setForeground(QColor(colours()["muted"]))
                    item.setData(Qt.ItemDataRole.AccessibleTextRole,
                                 f"{text}, {status_label('void')}" if column else text)
                self.setItem(row, column, item)
        if lines and self.currentRow() < 0:
            self.setCurrentCell(0, 0)
        # as tall as its rows (2 to 8), so the trend below stays in view
        visible = min(max(len(lines), 2), 8)
        self.setFixedHeight(self.horizontalHeader().height() + 4
                            + visible * self.verticalHeader().defaultSectionSize())

    def current_id(self) -> int:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else -1


class CaseView(QScrollArea):
    """Everything about one case: profile, assessments, trend."""

    saved = Signal(int)
    open_assessment = Signal(int)
    choose_instrument = Signal(int)
    export_requested = Signal()

    def __init__(self, store: Desk, catalog: Catalog, case_pk: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._catalog = catalog
        case = store.get_case(case_pk)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)

        self.title = label("", "title", wrap=False)
        layout.addWidget(self.title)
        profile_card = card()
        profile_layout = QVBoxLayout(profile_card)
        profile_head = QHBoxLayout()
        profile_head.addWidget(label(self.tr("Profile"), "heading"))
        self.profile_state = label("", "muted")
        self.profile_state.setAccessibleName(self.tr("Profile editing"))
        profile_head.addWidget(self.profile_state, 1)
        self.edit_button = QPushButton(self.tr("E&dit profile"))
        self.edit_button.setObjectName("editProfileButton")
        self.edit_button.setToolTip(self.tr("Change the profile of a case with locked work (%1)")
                                    .replace("%1", shortcut_key("main", "edit_profile")))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("doneEditingButton")
        self.done_button.setToolTip(self.tr("Save the edits and make the profile read-only"))
        self.done_button.setProperty("role", "primary")
        self.discard_button = QPushButton(self.tr("Discard edits"))
        self.discard_button.setObjectName("discardEditsButton")
        self.discard_button.setToolTip(self.tr("Drop the unsaved edits (Escape)"))
        for button in (self.edit_button, self.discard_button, self.done_button):
            button.setAutoDefault(False)
            profile_head.addWidget(button)
        profile_layout.addLayout(profile_head)
        self.profile = ProfileForm(store, case)
        profile_layout.addWidget(self.profile)
        layout.addWidget(profile_card)
        self.discard_shortcut = QShortcut(QKeySequence(shortcut_key("main", "discard_edits")),
                                          profile_card)
        self.discard_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.discard_shortcut.setEnabled(False)

        assessments_card = card()
        a_layout = QVBoxLayout(assessments_card)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Assessments"), "heading"), 1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected assessment (Ctrl+O)"))
        self.open_button.setAccessibleName(self.tr("Open assessment"))
        self.add_button = QPushButton(self.tr("&Add instrument…"))
        self.add_button.setToolTip(self.tr("Choose an instrument for this case (Ctrl+I)"))
        self.add_button.setAccessibleName(self.tr("Add instrument"))
        self.add_button.setProperty("role", "primary")
        self.export_button = QPushButton(self.tr("Sign and e&xport PDF…"))
        self.export_button.setToolTip(self.tr(
            "One signed PDF of locked assessments of this case (Ctrl+Shift+E)"))
        self.export_button.setAccessibleName(self.tr("Sign and export PDF"))
        head.addWidget(self.open_button)
        head.addWidget(self.export_button)
        head.addWidget(self.add_button)
        a_layout.addLayout(head)
        self.assessments = AssessmentTable()
        a_layout.addWidget(self.assessments)
        self.empty = label(self.tr("No assessments yet. Choose an instrument to start one."),
                           "muted")
        a_layout.addWidget(self.empty)
        layout.addWidget(assessments_card)

        trend_card = card()
        t_layout = QVBoxLayout(trend_card)
        t_layout.addWidget(label(self.tr("Dynamic scores over time"), "heading"))
        self.chart = TrendChart()
        t_layout.addWidget(self.chart)
        layout.addWidget(trend_card)
        from tally.ui.case_outcomes import OutcomesCard  # follow-up, for local validation

        self.outcomes = OutcomesCard(store, case_pk)
        layout.addWidget(self.outcomes)
        layout.addStretch(1)
        self.setWidget(body)

        self.profile.saved.connect(self._profile_saved)
        self.profile.stray_focus.connect(self.focus_home)
        self.profile.mode_changed.connect(self._mode_changed)
        self.edit_button.clicked.connect(self.begin_edit)
        self.done_button.clicked.connect(self.profile.finish_edit)
        self.discard_button.clicked.connect(self.profile.discard_edit)
        self.discard_shortcut.activated.connect(self.profile.discard_edit)
        self._stale = False  # answers changed while hidden: refresh when shown
        unsubscribe = store.changes.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.assessments.open_requested.connect(self.open_assessment)
        self.open_button.clicked.connect(self.open_selected)
        self.add_button.clicked.connect(lambda: self.choose_instrument.emit(self.case_pk))
        self.export_button.clicked.connect(self.export_requested)
        self._update_title()
        self._mode_changed(self.profile.mode)
        self.refresh_assessments()

    @property
    def case_pk(self) -> int:
        return self.profile.case.pk

    @property
    def case(self) -> CaseRow:
        return self.profile.case

    def _update_title(self) -> None:
        self.title.setText(self.tr("Case %1").replace("%1", self.profile.case.case_id))

    def _profile_saved(self, pk: int) -> None:
        self._update_title()
        self.saved.emit(pk)  # the totals follow from the change notification

    def _on_change(self, change: Change) -> None:
        """One operation's notification: refresh what this view shows of its case."""
        from tally.operations import changes

        if change.case_pk != self.case_pk:
            return
        if change.kind == changes.CASE_EDITED and self.profile.mode != EDITING:
            case = self._store.get_case(self.case_pk)
            if case != self.profile.case:  # written elsewhere (a count from a wizard)
                self.profile.load(case)
                self._update_title()
        if change.kind == changes.ANSWERED and not self.isVisible():
            self._stale = True  # a wizard step in another tab: never re-score per keystroke
            return
        self.refresh_assessments()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh_assessments()
        super().showEvent(event)

    def refresh_assessments(self) -> None:
        self._stale = False
        lines = summarise(self._store, self._catalog, self.case_pk)
        self.assessments.show_lines(lines)
        self.assessments.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.open_button.setEnabled(bool(lines))
        self.export_button.setEnabled(bool(lines))  # the dialog says why drafts are not offered
        self.chart.set_series(trend(self._catalog, lines))
        self.profile.set_locked_work(self._store.has_locked_work(self.case_pk))

    def _mode_changed(self, mode: str) -> None:
        self.edit_button.setVisible(mode == READ_ONLY)
        self.done_button.setVisible(mode == EDITING)
        self.discard_button.setVisible(mode == EDITING)
        self.discard_shortcut.setEnabled(mode == EDITING)
        self.profile_state.setText({
            DIRECT: "",
            READ_ONLY: self.tr("Read-only: this case has locked work."),
            EDITING: self.tr("Editing: Done saves, Escape discards."),
        }[mode])

    def begin_edit(self) -> None:
        """Edit profile (the button, Case → Edit profile): open the fields of a read-only
        profile, the keyboard in the case id."""
        self.ensureWidgetVisible(self.profile.case_id)
        self.profile.begin_edit()

    def focus_home(self) -> None:
        """The keyboard's predictable place in a case: its assessment list (Add instrument
        when it has none)."""
        if self.assessments.isVisibleTo(self) and self.assessments.rowCount():
            self.assessments.setFocus()
        else:
            self.add_button.setFocus()

    def open_selected(self) -> None:
        assessment_id = self.assessments.current_id()
        if assessment_id >= 0:
            self.open_assessment.emit(assessment_id)

    def flush(self) -> None:
        self.profile.flush()

    def focus_profile(self) -> None:
        """Go to the case profile (Ctrl+2): its first field, or Edit profile when it is
        read-only. Nothing is selected, so a key typed next never replaces the case id."""
        self.ensureWidgetVisible(self.profile.case_id)
        if self.profile.mode == READ_ONLY:
            self.edit_button.setFocus()
        else:
            self.profile.focus_field()


class NewCaseDialog(QDialog):
    """Ask for the pseudonymous id of a new case; the store refuses a duplicate."""

    def __init__(self, store: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.case_pk = -1
        self.setWindowTitle(self.tr("New case"))
        self.setAccessibleName(self.tr("New case"))
        self.case_id = QLineEdit()
        self.case_id.setAccessibleName(self.tr("Pseudonymous case id"))
        self.message = label(self.tr("Use a pseudonym or file number, never a name."), "muted")
        form = QFormLayout()
        form.addRow(self.tr("Case &id:"), self.case_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create case"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        from tally.operations.errors import StoreError

        case_id = self.case_id.text().strip()
        if not case_id:
            set_role(self.message, "error")
            self.message.setText(self.tr("Enter a case id."))
            return
        try:
            self.case_pk = self._store.create_case(case_id)
        except StoreError as exc:
            set_role(self.message, "error")
            self.message.setText(str(exc))
            self.case_id.selectAll()
            return
        super().accept()
