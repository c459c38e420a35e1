"""File → Back up…, Restore…, Change passphrase… and the audit trail, inside the app.

Each asks the Desk, which calls the same store functions as `tally backup`, `tally restore`,
`tally passphrase change` and `tally audit verify`; nothing here touches a file itself.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tally.operations.passphrase import MIN_LENGTH, passphrase_strength
from tally.ui.progress import announced, is_large
from tally.ui.widgets import set_role

if TYPE_CHECKING:
    from tally.operations.desk import Desk


# ---------------------------------------------------------------------- change passphrase


class ChangePassphraseDialog(QDialog):
    """Current passphrase, the new one twice, and the one rule said before OK is pressed."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.large = is_large(desk.path)  # announce the long step in a painted dialog
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        intro = QLabel(self.tr(
            "The whole database is encrypted again with the new passphrase. Backups made "
            "before keep the passphrase they were made with."))
        intro.setWordWrap(True)
        self.current = self._field("currentPassphrase")
        self.new = self._field("newPassphrase")
        self.repeat = self._field("repeatPassphrase")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.current)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change passphrase"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(self._update)
        self.setMinimumWidth(520)
        self._update()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def problem(self) -> str:
        """Why the input cannot be used yet, or "" when it can (the store's one rule)."""
        text = self.new.text()
        if not self.current.text():
            return self.tr("Enter the current passphrase.")
        if len(text) < MIN_LENGTH:
            return self.tr("Use at least %n characters.", "", MIN_LENGTH)
        if passphrase_strength(text) < 2:
            return self.tr("This passphrase is too easy to guess: add another word or two.")
        if self.repeat.text() != text:
            return self.tr("The two passphrases are not the same yet.")
        if text == self.current.text():
            return self.tr("The new passphrase is the current one.")
        return ""

    def _update(self) -> None:
        self.meter.setValue(passphrase_strength(self.new.text()))
        problem = self.problem()
        self.ok.setEnabled(not problem)
        set_role(self.message, "muted")
        self.message.setText(problem)

    def _submit(self) -> None:
        from tally.operations.errors import StoreError

        if self.problem():
            return
        try:
            with announced(self, self.tr("Change passphrase"),
                           self.tr("Re-encrypting the whole database with the new "
                                   "passphrase…"), show=self.large):
                self.desk.change_passphrase(self.current.text(), self.new.text())
        except StoreError as exc:  # the wrong current passphrase: nothing was changed
            set_role(self.message, "error")
            self.message.setText(_sentence(str(exc)))
            self.current.selectAll()
            self.current.setFocus()
            return
        self.accept()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


# ---------------------------------------------------------------------- restore


class RestoreDialog(QDialog):
    """Which backup, its passphrase, and what will happen to the open database."""

    def __init__(self, backup: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        text = QLabel(self.tr(
            "Tally checks the backup completely (its passphrase, integrity, version, triggers, "
            "lifecycle and audit chain) before anything changes. Then it replaces\n%1\nwith "
            "\n%2\nand keeps the current database beside it under a dated name. The database "
            "is closed for the restore; unlock it again afterwards with the backup's "
            "passphrase.").replace("%1", database).replace("%2", backup))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("backupPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # the consequence wraps in a label; a check box's text never wraps, and this one was
        # wider than a 1366 px screen gives a dialog in French (#14)
        later = QLabel(self.tr(
            "Work saved after this backup was made will not be in the restored database: it "
            "stays in the copy kept aside."))
        later.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I &understand"))
        self.understood.setObjectName("restoreUnderstood")
        self.understood.setAccessibleDescription(later.text())
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase of the backup:"), self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Restore"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        self.setMinimumWidth(560)
        # as high as its wrapped text is at that width: Qt measures it at the narrower size
        # hint and spreads what is left over as gaps between the rows
        self.resize(560, self.heightForWidth(560))
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.passphrase.text()) and self.understood.isChecked())


# ---------------------------------------------------------------------- the audit trail

class AuditModel(QAbstractTableModel):
    """The audit entries as rows: number, time, who, action, what (entity and its number)."""

    def __init__(self, entries: list[Any], subjects: dict[tuple[str, int], str],
                 parent: QWidget | None = None,
                 deleted: dict[tuple[str, int], str] | None = None) -> None:
        super().__init__(parent)
        self.entries = entries
        self.subjects = subjects
        self.deleted = deleted or {}  # entries of a deleted case name it, marked deleted
        self.headers = [self.tr("No."), self.tr("When"), self.tr("Who"), self.tr("Action"),
                        self.tr("What")]

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Any, role: int = 0) -> Any:
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(entry.id), moment_text(entry.at), entry.who, entry.action,
                    self.what(entry)][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None


    def what(self, entry: Any) -> str:
        """The entity, and the case it belongs to (or belonged to, before its deletion)."""
        if entry.entity_id is None:
            return str(entry.entity)
        named = self.subjects.get((entry.entity, entry.entity_id))
        gone = self.deleted.get((entry.entity, entry.entity_id))
        if named is None and gone is not None:
            named = self.tr("%1, deleted").replace("%1", gone)
        plain = f"{entry.entity} {entry.entity_id}"
        return f"{plain} ({named})" if named else plain


def moment_text(at: str) -> str:
    """2026-12-03 16:25:31 UTC+00:00: the stored ISO time without its fractions of a second."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is None:
        return f"{moment:%Y-%m-%d %H:%M:%S}"
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC{offset[:3]}:{offset[3:]}"


class AuditFilter(QSortFilterProxyModel):
    """Rows of one kind of thing (all, cases, assessments, …) whose text holds the filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = ""
        self.text = ""

    def set_filter(self, entity: str, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 deprecates invalidateFilter()
            self.beginFilterChange()
            self.entity, self.text = entity, text.strip().lower()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.10
            self.entity, self.text = entity, text.strip().lower()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        model = self.sourceModel()
        entry = model.data(model.index(row, 0, parent), Qt.ItemDataRole.UserRole)
        if self.entity and entry.entity != self.entity:
            return False
        if not self.text:
            return True
        words = " ".join([str(entry.id), entry.at, entry.who, entry.action, model.what(entry),
                          json.dumps(entry.before, ensure_ascii=False),
                          json.dumps(entry.after, ensure_ascii=False)]).lower()
        return self.text in words


class AuditTrailDialog(QDialog):
    """Browse and filter the audit trail, read each entry's before and after, verify it all."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.large = is_large(desk.path)  # announce the long step in a painted dialog
        self.setObjectName("auditTrailDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.kind = QComboBox()
        self.kind.setObjectName("auditKind")
        for text, entity in ((self.tr("Everything"), ""), (self.tr("Cases"), "case"),
                             (self.tr("Assessments"), "assessment"),
                             (self.tr("Exports"), "export"),
                             (self.tr("Database"), "database"),
                             (self.tr("Evaluator"), "evaluator")):
            self.kind.addItem(text, entity)
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Filter: a case id, an action, a number…"))
        self.search.setClearButtonEnabled(True)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.kind)
        find = QLabel(self.tr("&Filter:"))
        find.setBuddy(self.search)
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.setObjectName("auditVerify")
        bar = QHBoxLayout()
        for widget in (show, self.kind, find):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.verify_button)

        self.model = AuditModel(desk.audit_entries(), desk.audit_subjects(), self,
                                deleted=desk.deleted_subjects())
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("auditDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Select an entry to read what it changed."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._show_entry)
        self.verify_button.clicked.connect(self.verify)
        self.resize(980, 640)
        self._filter()
        self.search.setFocus()

    def _filter(self) -> None:
        self.proxy.set_filter(self.kind.currentData() or "", self.search.text())
        self.count.setText(self.tr("%1 of %2 entries").replace(
            "%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))

    def _show_entry(self, current: Any, _previous: Any = None) -> None:
        entry = self.proxy.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        if entry is None:
            self.detail.clear()
            return

        def shown(value: Any) -> str:
            if value is None:
                return self.tr("(nothing)")
            return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)

        self.detail.setPlainText("\n".join([
            self.tr("Entry %1, %2, by %3: %4").replace("%1", str(entry.id))
            .replace("%2", moment_text(entry.at)).replace("%3", entry.who)
            .replace("%4", entry.action),
            self.model.what(entry),
            self.tr("Hash: %1").replace("%1", entry.hash),
            "",
            self.tr("Before:"), shown(entry.before), "",
            self.tr("After:"), shown(entry.after),
        ]))

    def verify(self) -> None:
        with announced(self, self.tr("Verify the chain"),
                       self.tr("Checking every audit entry's hash and the lifecycle rules…"),
                       show=self.large):
            problems, checked = self.desk.audit_verdict()
        if problems:
            set_role(self.verdict, "error")
            self.verdict.setText(self.tr("The audit trail does NOT verify: %1").replace(
                "%1", " ".join(_sentence(p) for p in problems)))
        else:
            set_role(self.verdict, "notice")
            self.verdict.setText(self.tr(
                "The audit trail verifies: %1 entries chained by SHA-256, none cut or rewritten, "
                "and every lifecycle check holds.").replace("%1", str(checked)))
