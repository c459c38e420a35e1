"""Local content review: every unconfirmed number of every form, confirmed or corrected against
the manual by a named reviewer, or a norms table added from it; signed with the reviewer's
identity and saved in the data folder (tally.reports.local_review does the files and crypto).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tally.core.catalog import Catalog
from tally.core.local_review import CONFIRM, CORRECT, NORMS, Number, numbers, unconfirmed
from tally.ui.assessment.text import evidence_text, local_text


class ContentReviewDialog(QDialog):
    """The review screen; `changed` is True once a review was saved (reload the forms)."""

    def __init__(self, plain: Catalog, identity_folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentReview")
        self.setWindowTitle(self.tr("Local content review"))
        self.resize(1000, 620)
        self._plain = plain
        self._folder = identity_folder
        self._rows: list[tuple[str, Number]] = []
        self.changed = False

        intro = QLabel(self.tr(
            "Numbers the form files mark as unconfirmed. If you hold the manual, confirm each "
            "against it, correct it, or add a norms table from it, naming the manual, edition "
            "and page. Your review is signed with your signing identity and saved in your data "
            "folder; copy the file to other machines to share it."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("reviewNumbers")
        self.table.setAccessibleName(self.tr("Unconfirmed numbers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Form"), self.tr("Number"), self.tr("Value"), self.tr("Evidence")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.show_all = QCheckBox(self.tr(
            "Show &all numbers, also those the form files give as sourced (to confirm a "
            "seed or published number against the manual too)"))
        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.manual = QLineEdit()
        self.manual.setAccessibleName(self.tr("Manual checked"))
        self.edition = QLineEdit()
        self.edition.setAccessibleName(self.tr("Edition"))
        self.page = QLineEdit()
        self.page.setAccessibleName(self.tr("Page"))
        self.new_value = QLineEdit()
        self.new_value.setAccessibleName(self.tr("Corrected value"))
        self.new_value.setPlaceholderText(self.tr("for Correct: e.g. 4 to 5, 18, 0/1/2"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Signing key passphrase"))
        fields = QFormLayout()
        fields.addRow(self.tr("&Manual:"), self.manual)
        fields.addRow(self.tr("&Edition:"), self.edition)
        fields.addRow(self.tr("&Page:"), self.page)
        fields.addRow(self.tr("Corrected &value:"), self.new_value)
        fields.addRow(self.tr("&Key passphrase:"), self.passphrase)

        self.confirm_button = QPushButton(self.tr("&Confirm selected"))
        self.correct_button = QPushButton(self.tr("Co&rrect selected"))
        self.norms_button = QPushButton(self.tr("Add &norms table…"))
        close = QPushButton(self.tr("Close"))
        self.confirm_button.clicked.connect(lambda: self._save(CONFIRM))
        self.correct_button.clicked.connect(lambda: self._save(CORRECT))
        self.norms_button.clicked.connect(self._add_norms)
        self.table.itemSelectionChanged.connect(self._selected)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.confirm_button, self.correct_button, self.norms_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.message = QLabel("")
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel("")
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table, 1)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        from tally.reports.local_review import apply_reviews

        reviewed, status = apply_reviews(self._plain)
        self._rows = []
        for form in self._plain:
            now = {n.target: n for n in numbers(reviewed.get(form.id))}
            listed = numbers(form) if self.show_all.isChecked() else unconfirmed(form)
            self._rows += [(form.id, now.get(n.target, n)) for n in listed]
        self.table.setRowCount(len(self._rows))
        for row, (form_id, number) in enumerate(self._rows):
            prov = number.provenance
            evidence = local_text(prov) if prov.local else evidence_text(prov.evidence)
            for column, text in enumerate((form_id, number.label, number.value, evidence)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(number.target if column == 1 else text)
                self.table.setItem(row, column, cell)
        lines = [self.tr("Review in use: %1").replace("%1", line) for line in status.applied]
        lines += [self.tr("Refused: %1").replace("%1", line) for line in status.problems]
        self.status.setText("\n".join(lines) or self.tr("No local review: every number is as "
                                                         "the form files say."))

    def _selected(self) -> None:
        """A number that may be corrected starts the corrected value from its current words
        (the same shape a correction must have); one that may only be confirmed says so."""
        rows = self.table.selectionModel().selectedRows()
        number = self._rows[rows[0].row()][1] if rows else None
        correctable = number is not None and number.correctable
        self.correct_button.setEnabled(correctable)
        self.new_value.setEnabled(correctable)
        self.new_value.setText(number.value if correctable and number is not None else "")
        self.new_value.setPlaceholderText(
            self.tr("for Correct: e.g. 4 to 5, 18, 0/1/2") if correctable or number is None
            else self.tr("this number can be confirmed, not corrected"))

    def row_text(self, row: int) -> str:
        return " | ".join(self.table.item(row, c).text() for c in range(4))

    def select(self, form_id: str, target: str) -> None:
        for row, (fid, number) in enumerate(self._rows):
            if fid == form_id and number.target == target:
                self.table.selectRow(row)
                return
        raise KeyError(target)

    # -- saving -----------------------------------------------------------------------------

    def _signer(self):
        from tally.reports import identity

        if not identity.exists(self._folder):
            raise ValueError(self.tr("Create a signing identity first (File → Signing identity)."))
        return identity.load(self.passphrase.text(), self._folder)

    def _save(self, action: str, table: dict | None = None) -> None:
        from tally.reports.identity import IdentityError
        from tally.reports.local_review import ReviewFileError, add_entry

        target = ""
        form_id = ""
        if action != NORMS:
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                self.message.setText(self.tr("Select a number first."))
                return
            form_id, number = self._rows[rows[0].row()]
            target = number.target
        else:
            form_id = str((table or {}).pop("form", ""))
        if form_id not in self._plain:
            self.message.setText(self.tr("Unknown form %1.").replace("%1", form_id))
            return
        try:
            path = add_entry(
                self._signer(), self._plain.get(form_id), action, manual=self.manual.text(),
                edition=self.edition.text(), page=self.page.text(), target=target,
                new_value=self.new_value.text(), table=table)
        except (ReviewFileError, IdentityError, ValueError) as exc:
            self.message.setText(str(exc))
            return
        self.changed = True
        self.passphrase.clear()
        self.message.setText(self.tr("Saved and signed: %1").replace("%1", str(path)))
        self.refresh()

    def _add_norms(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Norms table"), "", self.tr("Norms table (*.toml)"))
        if path:
            self.add_norms_file(Path(path))

    def add_norms_file(self, path: Path) -> None:
        """A TOML file with `form = "ID"` and one [[norms]] table, typed from the manual."""
        import tomllib

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            (table,) = data["norms"]
        except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError):
            self.message.setText(self.tr("%1 is not a file with a form id and one [[norms]] "
                                         "table.").replace("%1", path.name))
            return
        self._save(NORMS, {**table, "form": data.get("form", "")})
