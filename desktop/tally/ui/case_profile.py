"""The case page: the profile (autosaved), the case's assessments and the trend chart.

Every edit is checked and saved on its own (when a field is left, or shortly after typing
stops); input that fails a check is shown with one clear message and changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor
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
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tally.ui.application import colours
from tally.ui.case_summary import AssessmentLine, status_label, summarise, trend, void_text
from tally.ui.i18n import TrContext
from tally.ui.osp_facts import OspFactsDialog, recorded_text
from tally.ui.trend_chart import TrendChart
from tally.ui.typology import PATTERNS, is_csem_only, pattern_label
from tally.ui.widgets import card, label, set_role

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.changes import Change
    from tally.operations.desk import Desk
    from tally.operations.rows import CaseRow

NOTES_SAVE_DELAY_MS = 800
CaseProfile = TrContext("CaseProfile")
FLAG_CHOICES = ((None, QT_TRANSLATE_NOOP("ProfileForm", "Not recorded")),
                (False, QT_TRANSLATE_NOOP("ProfileForm", "No")),
                (True, QT_TRANSLATE_NOOP("ProfileForm", "Yes")))
CASIC_MAX = 6


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
    """The editable case profile. Emits `saved(pk)` after each successful save."""

    saved = Signal(int)

    def __init__(self, store: Desk, case: CaseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._case = case
        self._loading = False

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
        self.casic = QSpinBox()
        self.casic.setRange(-1, CASIC_MAX)
        self.casic.setSpecialValueText(self.tr("Not scored"))
        self.casic.setAccessibleName(self.tr("CASIC total"))
        self.casic.setToolTip(self.tr("Used for CPORT item 5 when there is no admission or "
                                      "diagnosis: positive at 3 or more"))
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
        right.addRow(self.tr("CASIC tota&l:"), self.casic)
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
            field.editingFinished.connect(self.save)
        self.pattern.currentIndexChanged.connect(self._pattern_changed)
        self.production.currentIndexChanged.connect(self._changed)
        self.contact.currentIndexChanged.connect(self._changed)
        self.young_victim.currentIndexChanged.connect(self._changed)
        self.casic.valueChanged.connect(self._changed)
        self.notes.textChanged.connect(self._notes_changed)
        self.load(case)

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
            casic = facts.get("casic_total")
            self.casic.setValue(casic if isinstance(casic, int) else -1)
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
            self.contact.setEnabled(True)
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
        self.save()

    def _changed(self) -> None:
        if not self._loading:
            self.save()

    def _notes_changed(self) -> None:
        if not self._loading:
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
        pattern = self.pattern.currentData() or ""
        updates = {
            "release_date": release,
            "index_investigation_date": investigated,
            "csem_only": is_csem_only(pattern),
            "csem_production": self.production.currentData(),
            "contact_sexual_offence": self.contact.currentData(),
            "victim_13_or_younger": self.young_victim.currentData(),
            "casic_total": self.casic.value() if self.casic.value() >= 0 else None,
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
        dialog = OspFactsDialog(self._case.facts, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save(dialog.values)

    def save(self, extra_facts: dict[str, Any] | None = None) -> bool:
        """Save what is on screen now (and `extra_facts`, None removing one); False (and a
        message) when it cannot be saved."""
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
            self._store.update_case(self._case.pk, **fields)
        except StoreError as exc:
            self._show(str(exc), error=True)
            return False
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
        profile_layout.addWidget(label(self.tr("Profile"), "heading"))
        self.profile = ProfileForm(store, case)
        profile_layout.addWidget(self.profile)
        layout.addWidget(profile_card)

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
        self._stale = False  # answers changed while hidden: refresh when shown
        unsubscribe = store.changes.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.assessments.open_requested.connect(self.open_assessment)
        self.open_button.clicked.connect(self.open_selected)
        self.add_button.clicked.connect(lambda: self.choose_instrument.emit(self.case_pk))
        self.export_button.clicked.connect(self.export_requested)
        self._update_title()
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
        if change.kind == changes.CASE_EDITED:
            case = self._store.get_case(self.case_pk)
            if case != self.profile.case:  # written elsewhere (a CASIC total from a wizard)
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

    def open_selected(self) -> None:
        assessment_id = self.assessments.current_id()
        if assessment_id >= 0:
            self.open_assessment.emit(assessment_id)

    def flush(self) -> None:
        self.profile.flush()

    def focus_profile(self) -> None:
        self.ensureWidgetVisible(self.profile.case_id)
        self.profile.case_id.setFocus()
        self.profile.case_id.selectAll()


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
