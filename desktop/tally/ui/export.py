"""Sign and export: locked assessments of one case as one signed PDF summary.

The evaluator re-authenticates by typing the signing key passphrase, sees the signature
manifest that will be printed (name, date and time with UTC offset, meaning), and gets the
file, its data hash and the signer back. Drafts are not offered: only a locked assessment is
fixed, so only it can be vouched for. reportlab and pyHanko load when the export runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tally.ui.case_summary import status_label
from tally.ui.widgets import label, set_role

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.desk import Desk
    from tally.operations.rows import AssessmentMeta

EXPORTABLE = ("locked", "signed")
_C = "SignatureMeaning"
# The export module's default first; the others as the brief of the signature page words them.
REVIEWER_MEANING = QT_TRANSLATE_NOOP("SignatureMeaning", "Reviewer: I reviewed these assessments.")
AUTHOR_MEANING = QT_TRANSLATE_NOOP(
    "SignatureMeaning",
    "Author: I scored these assessments and attest that this summary shows my scoring as "
    "I recorded it.")


def meanings(lang: str | None = None) -> list[str]:
    """The pick-list of signature meanings, the export default first, without duplicates;
    for a report in `lang`, the meanings in that language (they are printed on its page)."""
    from tally.reports.export import DEFAULT_MEANING, MEANINGS

    if lang is not None:
        return list(MEANINGS[lang])

    out: list[str] = []
    for text in (DEFAULT_MEANING, QCoreApplication.translate(_C, AUTHOR_MEANING),
                 QCoreApplication.translate(_C, REVIEWER_MEANING)):
        if text.rstrip(".") not in {m.rstrip(".") for m in out}:
            out.append(text)
    return out


def default_file_name(case_id: str, date: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in case_id).strip("-")
    return f"tally-{safe or 'case'}-{date}.pdf"


def format_moment(moment: Any) -> str:
    """2026-11-24 10:15:00 UTC+01:00, as the page prints it (without loading reportlab)."""
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC{offset[:3]}:{offset[3:]}"


def documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def open_folder(path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class ExportDialog(QDialog):
    """Choose assessments, type the key passphrase, see the manifest, sign and export."""

    exported = Signal(object)  # ExportResult
    identity_requested = Signal()

    def __init__(self, store: Desk, catalog: Catalog, case_pk: int,
                 selected: list[int] | tuple[int, ...] = (), identity_folder: str | Path | None
                 = None, out_dir: str | Path | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._store = store
        self._catalog = catalog
        self._case = store.get_case(case_pk)
        self._folder = Path(identity_folder) if identity_folder is not None else None
        self.result: Any = None
        self._replace_ok: Path | None = None
        self.setWindowTitle(self.tr("Sign and export PDF — case %1").replace(
            "%1", self._case.case_id))
        self.setAccessibleName(self.tr("Sign and export PDF"))

        metas = store.list_assessments(case_pk=case_pk)
        offered = [m for m in metas if m.status in EXPORTABLE]
        drafts = [m for m in metas if m.status == "draft"]
        voided = [m for m in metas if m.status == "void"]

        chooser = QGroupBox(self.tr("Assessments in this report"))
        ch_layout = QVBoxLayout(chooser)
        self.assessments = QListWidget()
        self.assessments.setAccessibleName(self.tr("Locked assessments to include"))
        self.assessments.setToolTip(self.tr("Space ticks or unticks the highlighted assessment"))
        for meta in offered:
            item = QListWidgetItem(self._describe(meta))
            item.setData(Qt.ItemDataRole.UserRole, meta.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if meta.id in selected
                               else Qt.CheckState.Unchecked)
            self.assessments.addItem(item)
        if offered:
            self.assessments.setCurrentRow(0)
        rows = max(2, min(len(offered), 6))
        self.assessments.setFixedHeight(rows * self.assessments.sizeHintForRow(0) + 8
                                        if offered else 48)
        ch_layout.addWidget(self.assessments)
        self.none_offered = label(self.tr(
            "This case has no locked assessment yet. Lock an assessment on its Review page "
            "first."), "error")
        self.none_offered.setVisible(not offered)
        ch_layout.addWidget(self.none_offered)
        self.drafts_note = label("", "muted")
        if drafts:
            self.drafts_note.setText(self.tr(
                "Not offered: %1. A draft can still change, so a signature cannot "
                "vouch for it; lock it on its Review page to include it.").replace(
                    "%1", "; ".join(self._describe(m) for m in drafts)))
        self.drafts_note.setVisible(bool(drafts))
        ch_layout.addWidget(self.drafts_note)
        self.voids_note = label("", "muted")
        if voided:
            self.voids_note.setText(self.tr(
                "Never exported: %1. A void was scored in error and stays on record only."
            ).replace("%1", "; ".join(self._describe(m) for m in voided)))
        self.voids_note.setVisible(bool(voided))
        ch_layout.addWidget(self.voids_note)

        file_box = QGroupBox(self.tr("File"))
        f_row = QHBoxLayout(file_box)
        when = offered[0].assessment_date if offered else "report"
        self.out_path = QLineEdit(str(Path(out_dir or documents_dir())
                                      / default_file_name(self._case.case_id, when)))
        self.out_path.setAccessibleName(self.tr("PDF file to write"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose where to write the PDF"))
        browse.clicked.connect(self._browse)
        f_row.addWidget(self.out_path, 1)
        f_row.addWidget(browse)
        self.context_button = QPushButton(self.tr("Report conte&xt…"))
        self.context_button.setAccessibleName(self.tr("Edit the report context of this case"))
        self.context_button.setToolTip(self.tr(
            "Referral question, jurisdiction, sources of information, your training, "
            "responsivity, your combined level and departures: entered once per case"))
        self.context_button.clicked.connect(self.edit_context)
        f_row.addWidget(self.context_button)
        self.docx = QCheckBox(self.tr("Also write an editable &DOCX copy (unsigned working "
                                      "copy, beside the PDF)"))
        self.docx.setAccessibleName(self.tr("Also write an editable DOCX copy"))
        from tally.ui.application import current_language

        # the report's language is chosen per export, whatever the interface's
        self.report_language = QComboBox()
        self.report_language.setAccessibleName(self.tr("Report language"))
        self.report_language.setToolTip(
            self.tr("The language of the report's fixed text, dates and numbers"))
        for code, name in (("en", "English"), ("fr", "Français")):  # each named in itself
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(0 if current_language() == "en" else 1)
        language_label = label(self.tr("Report &language:"), wrap=False)
        language_label.setBuddy(self.report_language)
        options = QHBoxLayout()  # under the file row: the DOCX copy and the report's language
        options.addWidget(self.docx)
        options.addStretch(1)
        options.addWidget(language_label)
        options.addWidget(self.report_language)
        file_layout = QVBoxLayout()
        file_layout.addWidget(file_box)
        file_layout.addLayout(options)

        self.manifest = QGroupBox(self.tr("Signature printed on the page"))
        m_form = QFormLayout(self.manifest)
        self.printed_name = label("", selectable=True)
        self.printed_name.setAccessibleName(self.tr("Printed name"))
        self.signed_at = label("", "muted")
        self.signed_at.setAccessibleName(self.tr("Date and time of signing"))
        self.meaning = QComboBox()
        self.meaning.setAccessibleName(self.tr("Meaning of the signature"))
        self.meaning.addItems(meanings())
        self.report_language.currentIndexChanged.connect(self._language_changed)
        self.key_passphrase = QLineEdit()
        self.key_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_passphrase.setAccessibleName(self.tr("Signing key passphrase"))
        m_form.addRow(self.tr("Printed name:"), self.printed_name)
        m_form.addRow(self.tr("Date and time:"), self.signed_at)
        m_form.addRow(self.tr("&Meaning:"), self.meaning)
        m_form.addRow(self.tr("&Key passphrase:"), self.key_passphrase)
        m_form.addRow("", label(self.tr(
            "Typing the key passphrase confirms that you are signing now. The selected "
            "assessments are recorded as signed, and the export goes into the audit trail."),
            "muted"))

        self.no_identity = QGroupBox(self.tr("No signing identity"))
        n_layout = QVBoxLayout(self.no_identity)
        n_layout.addWidget(label(self.tr(
            "There is no signing identity on this computer, so the report cannot be signed. "
            "Create one (a minute, once), or export without a signature: the page then says "
            "in plain words that it is not signed, and nobody can check who wrote it."),
            "notice"))
        self.create_identity_button = QPushButton(self.tr("Create &signing identity…"))
        self.create_identity_button.setAccessibleName(self.tr("Create a signing identity"))
        self.create_identity_button.clicked.connect(self._create_identity)
        self.unsigned = QCheckBox(self.tr("Export &without a signature (the page will say "
                                          "it is unsigned)"))
        self.unsigned.setAccessibleName(self.tr("Confirm export without a signature"))
        self.unsigned.toggled.connect(self._update_button)
        n_layout.addWidget(self.create_identity_button)
        n_layout.addWidget(self.unsigned)

        self.message = label("", "error", selectable=True)
        self.message.setAccessibleName(self.tr("Problem"))
        self.outcome = QGroupBox(self.tr("Written"))
        o_form = QFormLayout(self.outcome)
        self.written_to = label("", selectable=True)
        self.written_to.setAccessibleName(self.tr("Written to"))
        self.written_signer = label("", selectable=True)
        self.written_signer.setAccessibleName(self.tr("Signed by"))
        self.written_hash = label("", selectable=True)
        self.written_hash.setAccessibleName(self.tr("Embedded data SHA-256"))
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setAccessibleName(self.tr("Open the folder of the PDF"))
        self.open_folder_button.clicked.connect(
            lambda: open_folder(Path(self.written_to.text())))
        self.out_path.textChanged.connect(lambda _text: setattr(self, "_replace_ok", None))
        o_form.addRow(self.tr("File:"), self.written_to)
        self.written_docx = label("", selectable=True)
        self.written_docx.setAccessibleName(self.tr("Editable copy written to"))
        o_form.addRow(self.tr("Copy:"), self.written_docx)
        o_form.addRow(self.tr("Signature:"), self.written_signer)
        o_form.addRow(self.tr("Data SHA-256:"), self.written_hash)
        o_form.addRow("", self.open_folder_button)
        self.outcome.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(chooser)
        layout.addLayout(file_layout)
        layout.addWidget(self.manifest)
        layout.addWidget(self.no_identity)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.assessments.itemChanged.connect(lambda _item: self._update_button())
        self.refresh_identity()
        # "now:" is a clock, not the moment the dialog opened
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_now)
        self._clock.start()

    # ------------------------------------------------------------------ state

    def _describe(self, meta: AssessmentMeta) -> str:
        name = self._catalog.get(meta.form_id).name if meta.form_id in self._catalog \
            else meta.form_id
        version = f" · v{meta.version}" if meta.version > 1 else ""
        return f"{name} · {meta.assessment_date} · {status_label(meta.status)}{version}"

    def has_identity(self) -> bool:
        from tally.reports import identity

        return identity.exists(self._folder)

    def refresh_identity(self) -> None:
        """Show the manifest when an identity exists, the choice to create one otherwise."""
        from tally.reports import identity

        has = self.has_identity()
        self.manifest.setVisible(has)
        self.no_identity.setVisible(not has)
        if has:
            cert = identity.certificate(self._folder)
            self.printed_name.setText(identity.subject_name(cert) if cert is not None else "")
            self._show_now()
            self.key_passphrase.setFocus()
        self._update_button()

    def _show_now(self) -> None:
        from tally.reports.export import now_with_offset

        if self.result is None:
            self.signed_at.setText(self.tr("the moment you sign (now: %1)").replace(
                "%1", format_moment(now_with_offset())))

    def chosen_ids(self) -> list[int]:
        ids = []
        for row in range(self.assessments.count()):
            item = self.assessments.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def offered_ids(self) -> list[int]:
        return [int(self.assessments.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.assessments.count())]

    def set_chosen(self, ids: list[int]) -> None:
        for row in range(self.assessments.count()):
            item = self.assessments.item(row)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update_button(self) -> None:
        if self.result is not None:
            return
        signing = self.has_identity()
        self.export_button.setText(self.tr("&Sign and export") if signing
                                   else self.tr("&Export unsigned"))
        self.export_button.setEnabled(bool(self.chosen_ids())
                                      and (signing or self.unsigned.isChecked()))

    def _say(self, text: str) -> None:
        set_role(self.message, "error")
        self.message.setText(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the report to"), self.out_path.text(), self.tr("PDF (*.pdf)"))
        if path:
            self.out_path.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            self._replace_ok = Path(self.out_path.text())  # the file dialog asked already

    def _records(self, ids: list[int]) -> list[Any]:
        return [self._store.get_assessment(i) for i in ids]

    def edit_context(self, dialog_factory: Any = None) -> bool:
        """Open the report context of this case; save it when the evaluator saves."""
        from tally.operations.errors import StoreError
        from tally.operations.lookups import load_report_context, save_report_context
        from tally.ui.report_context import ReportContextDialog

        records = self._records(self.chosen_ids() or self.offered_ids())
        forms = [self._catalog.get(r.form_id) for r in records if r.form_id in self._catalog]
        context = load_report_context(self._store, records)
        dialog = (dialog_factory or ReportContextDialog)(context, forms, self)
        if not dialog.exec():
            return False
        try:
            save_report_context(self._store, self._case.pk, dialog.context())
        except StoreError as exc:
            self._say(self.tr("The report context was not saved: %1").replace("%1", str(exc)))
            return False
        return True

    def _create_identity(self) -> None:
        from tally.ui.identity import IdentityDialog

        dialog = IdentityDialog(self._store, self._folder, self)
        dialog.exec()
        self.refresh_identity()

    # ------------------------------------------------------------------ export

    def _target(self) -> Path | None:
        text = self.out_path.text().strip()
        if not text:
            self._say(self.tr("Choose where to write the PDF."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".pdf":
            self._say(self.tr("The file name must end in .pdf."))
            return None
        if not path.parent.is_dir():
            self._say(self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)))
            return None
        existing = [p for p in (path, path.with_suffix(".docx") if self.docx.isChecked() else None)
                    if p is not None and p.exists()]
        if existing and self._replace_ok != path:
            self._replace_ok = path  # asked once: the same button again replaces it
            self._say(self.tr("%1 already exists. Press the button again to replace it, or "
                              "choose another name.").replace(
                "%1", " and ".join(p.name for p in existing)))
            return None
        return path

    def export(self) -> bool:
        """Sign (or, when confirmed, not) and write the PDF; record signatures and export.

        Nothing is written and nothing recorded when any step before the rename fails.
        """
        from PySide6.QtGui import QGuiApplication

        from tally.reports import identity

        if self.result is not None:  # already done: the button now closes
            self.accept()
            return True
        self.message.clear()
        ids = self.chosen_ids()
        if not ids:
            self._say(self.tr("Tick at least one locked assessment."))
            return False
        path = self._target()
        if path is None:
            return False
        signing = self.has_identity()
        if not signing and not self.unsigned.isChecked():
            self._say(self.tr("Create a signing identity, or confirm an unsigned export."))
            return False
        meaning = self.meaning.currentText().strip()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            signer = None
            if signing:
                try:
                    signer = identity.load(self.key_passphrase.text(), self._folder)
                except identity.IdentityError as exc:
                    self.key_passphrase.clear()
                    self.key_passphrase.setFocus()
                    self._say(self.tr("%1. Nothing was written.").replace(
                        "%1", str(exc)[:1].upper() + str(exc)[1:]))
                    return False
            result = self._write(ids, path, signer, meaning)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result is None:
            return False
        self._show_result(result)
        return True

    def _language_changed(self) -> None:
        """The standard meanings follow the report's language; a typed one stays."""
        index = self.meaning.currentIndex()
        standard = index >= 0 and self.meaning.currentText() == self.meaning.itemText(index)
        self.meaning.clear()
        self.meaning.addItems(meanings(self.report_language.currentData()))
        self.meaning.setCurrentIndex(min(index, self.meaning.count() - 1) if standard else 0)

    def _report_catalog(self, lang: str) -> Any:
        """The forms in the report's language (the interface's catalog when they agree)."""
        from tally.ui.application import current_language

        if lang == current_language():
            return self._catalog
        from tally.paths import load_catalog

        catalog = load_catalog(lang)
        self._store.use_catalog(catalog)  # each record with the form it was scored with
        return catalog

    def _write(self, ids: list[int], path: Path, signer: Any, meaning: str) -> Any:
        from tally.operations.errors import SignOffIncomplete, StoreError
        from tally.operations.lookups import (
            audit_anchor,
            companions,
            earlier_ratings,
            load_report_context,
            previous_versions,
        )
        from tally.reports.content import ReportError
        from tally.reports.export import export_report
        from tally.reports.identity import IdentityError
        from tally.reports.signing import SigningError

        try:
            records = self._records(ids)
            lang = self.report_language.currentData()
            result = export_report(records, self._report_catalog(lang), out=path,
                                   identity=signer, meaning=meaning,
                                   previous=previous_versions(self._store, records),
                                   earlier=earlier_ratings(self._store, records),
                                   context=load_report_context(self._store, records),
                                   docx_out=path.with_suffix(".docx")
                                   if self.docx.isChecked() else None, lang=lang, write=False,
                                   audit_anchor=audit_anchor(self._store),
                                   companions=companions(self._store, records))
            # the files, the signatures and the export entry: all of them or none
            self._store.sign_off(records, result, meaning)
        except SignOffIncomplete as exc:  # signed, recorded: only the file is not in place yet
            self._say(str(exc))
            return None
        except (ReportError, SigningError, IdentityError, StoreError) as exc:
            self._say(self.tr("%1. Nothing was written.").replace("%1", str(exc)))
            return None
        except OSError as exc:
            self._say(self.tr("Cannot write %1: %2. Nothing was written.").replace(
                "%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return None
        self.exported.emit(result)
        return result

    def _show_result(self, result: Any) -> None:
        self.result = result
        self.written_to.setText(str(result.path))
        if result.signed:
            self.written_signer.setText(self.tr("%1, %2").replace("%1", result.signer).replace(
                "%2", format_moment(result.signed_at)))
        else:
            self.written_signer.setText(self.tr("not signed (the page says so)"))
        self.written_hash.setText(result.data_sha256)
        if result.docx_path is not None:
            self.written_docx.setText(self.tr("%1 (editable, unsigned working copy)")
                                      .replace("%1", str(result.docx_path)))
        self.outcome.setVisible(True)
        self.manifest.setEnabled(False)
        self.no_identity.setEnabled(False)
        self.assessments.setEnabled(False)
        self.key_passphrase.clear()
        self.export_button.setText(self.tr("Done"))
        self.export_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setVisible(False)
        # Enter after signing means "done", never "launch a file manager"
        self.open_folder_button.setAutoDefault(False)
        self.export_button.setDefault(True)
        self.export_button.setFocus()
        self.adjustSize()  # the outcome box appeared: lay the dialog out again
