"""Verify a signed PDF: one verdict anyone can read, then the evidence behind it.

It needs no database, so it works while Tally is locked; when a store is open, the
assessments embedded in the report are also compared with the records in it (found by
their uid, so a report from another database is reported as absent, never as a match). A
report whose assessments were amended since is authentic but superseded: amber, never green.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tally.ui.export import format_moment
from tally.ui.widgets import label, set_role

if TYPE_CHECKING:
    from tally.operations.desk import Desk

VALID, INVALID, UNREADABLE = "valid", "invalid", "unreadable"
NOT_CURRENT = "not current"  # authentic, but superseded, voided or absent in this database
# White on a dark colour reads the same in the light and the dark theme.
BANNER_COLOURS = {VALID: "#1b6e3a", INVALID: "#a61b1b", UNREADABLE: "#5b5b5b",
                  NOT_CURRENT: "#8a4b00"}


def store_lookup(store: Desk) -> Any:
    """lookup(id, uid) for `compare_records`: the record with that uid in this database."""
    from tally.operations.lookups import record_lookups

    return record_lookups(store)[0]


def verdict(result: Any) -> str:
    if not result.readable:
        return UNREADABLE
    if not result.valid:
        return INVALID
    return VALID if result.current else NOT_CURRENT


class VerifyDialog(QDialog):
    """File → Verify a signed PDF… (Ctrl+Shift+V)."""

    def __init__(self, store: Desk | None = None, identity_folder: str | Path | None = None,
                 parent: QWidget | None = None, forms: Any = None) -> None:
        """`forms` (the catalog) scores a newer version, with its own form, to show its total."""
        super().__init__(parent)
        self._forms = forms
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.setAccessibleName(self.tr("Verify a signed PDF"))
        self._store = store
        self._folder = identity_folder
        self.result: Any = None

        inputs = QFormLayout()
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("PDF file to verify"))
        self.file.setPlaceholderText(self.tr("a Tally report (.pdf)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the PDF file"))
        browse.clicked.connect(self._browse)
        f_row = QHBoxLayout()
        f_row.addWidget(self.file, 1)
        f_row.addWidget(browse)
        inputs.addRow(self._buddy(self.tr("&File:"), self.file), f_row)
        self.trust = QLineEdit()
        self.trust.setAccessibleName(self.tr("Extra certificate to trust (optional)"))
        self.trust.setPlaceholderText(self.tr("optional: the signer's or their CA's "
                                              "certificate (.pem)"))
        trust_browse = QPushButton(self.tr("B&rowse…"))
        trust_browse.setAccessibleName(self.tr("Choose a certificate to trust"))
        trust_browse.clicked.connect(self._browse_trust)
        t_row = QHBoxLayout()
        t_row.addWidget(self.trust, 1)
        t_row.addWidget(trust_browse)
        inputs.addRow(self._buddy(self.tr("&Trust also:"), self.trust), t_row)
        self.trust_own = QCheckBox(self.tr("Trust &my own signing certificate (reports I "
                                           "signed on this computer)"))
        self.trust_own.setAccessibleName(self.tr("Trust my own signing certificate"))
        self.trust_own.setChecked(True)
        inputs.addRow("", self.trust_own)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setProperty("role", "primary")
        self.verify_button.setAccessibleName(self.tr("Verify the file"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(lambda: self.verify())
        inputs.addRow("", self.verify_button)
        self.database_note = label(
            self.tr("The embedded assessments are compared with this database.")
            if store is not None else
            self.tr("Tally is locked: the file is checked on its own, without comparing it "
                    "with the database."), "muted")

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Verdict"))
        font = self.banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.banner.setFont(font)
        self.banner.setVisible(False)

        details = QGroupBox(self.tr("Details"))
        d_form = QFormLayout(details)
        self.signer = self._value(self.tr("Signer"))
        self.signing_time = self._value(self.tr("Signing time"))
        self.trusted = self._value(self.tr("Trusted"))
        self.coverage = self._value(self.tr("Coverage"))
        self.data_hash = self._value(self.tr("Embedded data SHA-256"))
        self.database = self._value(self.tr("Comparison with this database"))
        self.stated = self._value(self.tr("What the report states"))
        d_form.addRow(self.tr("Signer:"), self.signer)
        d_form.addRow(self.tr("Signing time:"), self.signing_time)
        d_form.addRow(self.tr("Trusted:"), self.trusted)
        d_form.addRow(self.tr("Coverage:"), self.coverage)
        d_form.addRow(self.tr("Data SHA-256:"), self.data_hash)
        d_form.addRow(self.tr("The report states:"), self.stated)
        d_form.addRow(self.tr("This database:"), self.database)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Full verification report"))
        self.report.setMinimumHeight(150)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(inputs)
        layout.addWidget(self.database_note)
        layout.addWidget(self.banner)
        layout.addWidget(details)
        layout.addWidget(label(self.tr("Full report"), "heading"))
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(700)
        self.file.setFocus()

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        """A row label whose Alt+letter focuses `field` (a layout row gets no buddy)."""
        row_label = QLabel(text)
        row_label.setBuddy(field)
        return row_label

    def _value(self, name: str) -> QLabel:
        value = label("—", selectable=True)
        value.setAccessibleName(name)
        return value

    # ------------------------------------------------------------------ verify

    def verify(self, path: str | Path | None = None) -> Any:
        """Check the file (the one given, or the one in the field); show and return it."""
        import logging

        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from tally.reports.identity import IdentityError, load_certificates
        from tally.reports.verify import verify_pdf

        if path is not None:
            self.file.setText(str(path))
        text = self.file.text().strip()
        if not text:
            self._show_banner(UNREADABLE, self.tr("Choose a PDF file to verify."))
            self.file.setFocus()
            return None
        trust = []
        if self.trust.text().strip():
            try:
                trust = load_certificates(Path(self.trust.text().strip()).expanduser())
            except IdentityError as exc:
                self._show_banner(UNREADABLE, str(exc))
                self.trust.setFocus()
                return None
        if self.trust_own.isChecked():
            from tally.reports.identity import certificate

            try:
                own = certificate(self._folder)
            except IdentityError:
                own = None  # a damaged cert.pem: verify without it; the verdict says why
            if own is not None:
                trust.append(own)
        # pyHanko logs each untrusted path with a traceback; the verdict says it plainly.
        logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
        logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
        lookup = newest = voided = None
        if self._store is not None:
            from tally.operations.lookups import record_lookups, record_voids

            lookup, newest = record_lookups(self._store)
            voided = record_voids(self._store)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = verify_pdf(Path(text).expanduser(), trust, lookup=lookup,
                                identity_folder=self._folder, newest=newest,
                                forms=self._forms, voided=voided)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_result(result)
        return result

    def show_result(self, result: Any) -> None:
        self.result = result
        state = verdict(result)
        self._show_banner(state, self._headline(result, state))
        sig = result.signatures[-1] if result.signatures else None
        yes, no = self.tr("yes"), self.tr("NO")
        if sig is not None:
            self.signer.setText(f"{sig.signer or self.tr('unknown')} — {sig.signer_subject}")
            self.signing_time.setText(format_moment(sig.signing_time) + self.tr(
                " (as stated by the signer)") if sig.signing_time else self.tr("not stated"))
            self.trusted.setText(yes if sig.trusted else no + self.tr(
                ": add the signer's or their CA's certificate under Trust also, or as a "
                "trusted root in Signing identity"))
            self.coverage.setText(self.tr("the entire file") if sig.whole_file
                                  else sig.coverage)
        else:
            for field in (self.signer, self.signing_time, self.trusted, self.coverage):
                field.setText("—")
        if result.data is not None:
            same = result.recorded_sha256 == result.data_sha256
            self.data_hash.setText(result.data_sha256 + ("" if same and result.printed
                                                         else self.tr(" (does NOT match)")))
        else:
            self.data_hash.setText("—")
        stated = [self._stated_text(a) for a in (result.payload() or {}).get("assessments", [])
                  if isinstance(a, dict)]
        self.stated.setText("\n".join(stated) if stated else "—")
        if result.records:
            self.database.setText("\n".join(self._record_text(r) for r in result.records))
        else:
            self.database.setText(self.tr("not compared (Tally is locked)")
                                  if self._store is None else "—")
        self.report.setPlainText("\n".join(result.lines()))

    def _form_name(self, check: Any) -> str:
        try:
            return self._forms.get(check.form_id).name if self._forms else check.form_id
        except KeyError:
            return check.form_id

    def _stated_text(self, item: dict[str, Any]) -> str:
        """One embedded assessment as its report states it: instrument, version, total and
        every level, or that no level may be given (the same words as every other view)."""
        from tally.ui.headline_text import Headline

        content = item.get("content") or {}
        result = item.get("result") or {}
        form_id = str((content.get("form") or {}).get("id", ""))
        try:
            form = self._forms.get(form_id) if self._forms else None
        except KeyError:
            form = None
        name = form.name if form is not None else form_id
        version = str(content.get("version", "?"))
        total = result.get("total")
        text = (self.tr("%1, version %2: total %3").replace("%3", str(total))
                if total is not None else self.tr("%1, version %2: no total (hierarchy)")
                ).replace("%1", name).replace("%2", version)
        if not result.get("complete", True):
            return text + " · " + Headline.tr("incomplete, %1 missing").replace(
                "%1", str(len(result.get("missing") or [])))
        if result.get("band_withheld"):
            return text + " · " + Headline.tr("No risk level: scoring criteria not met")
        scales = result.get("scales") or {}
        if len(scales) > 1:  # every scale's level: the higher concern is never hidden
            parts = []
            named = {sc.id: sc.name for sc in form.scales} if form is not None else {}
            order = [sid for sid in named if sid in scales] + [s for s in scales
                                                               if s not in named]
            for sid in order:  # in the form's order, as every other headline
                scale, scale_name = scales[sid], named.get(sid, sid)
                parts.append(f"{scale_name}: {scale.get('total')}, "
                             + self._band_words(scale.get("band_label"),
                                                scale.get("band_evidence")))
            return text + " · " + "; ".join(parts)
        return text + " · " + self._band_words(result.get("band_label"),
                                               result.get("band_evidence"))

    def _band_words(self, label: object, evidence: object) -> str:
        from tally.ui.headline_text import Headline

        if not label:
            return Headline.tr("no risk categories published")
        if evidence == "unconfirmed":
            return f"{label} " + Headline.tr("(unconfirmed cut-offs)")
        return str(label)

    def _record_text(self, check: Any) -> str:
        if check.newer is not None:
            return self.tr("%1 is authentic but %2").replace(
                "%1", self._form_name(check)).replace("%2", check.newer.text("→"))
        if check.status == "voided":
            if check.voided_on:
                return self.tr("%1 is authentic but was voided on %2: %3").replace(
                    "%1", self._form_name(check)).replace("%2", check.voided_on).replace(
                    "%3", check.void_reason)
            return self.tr("%1 is authentic but was voided in this database").replace(
                "%1", self._form_name(check))
        if check.status == "absent":
            return self.tr("%1 is authentic, but not in this database, so it cannot be "
                           "shown to be current").replace("%1", self._form_name(check))
        return check.message

    def _headline(self, result: Any, state: str) -> str:
        if state == UNREADABLE:
            return self.tr("UNREADABLE — %1").replace("%1", result.unreadable_reason)
        if state == NOT_CURRENT:
            from tally.reports.verify import NOT_CURRENT as STALE

            stale = next(r for r in result.records if r.status in STALE)
            return self.tr("AUTHENTIC but NOT CURRENT — %1").replace(
                "%1", self._record_text(stale))
        if state == VALID:
            sig = result.signatures[-1]
            return self.tr("VALID and trusted — intact, signed by %1, covering the whole "
                           "file").replace("%1", sig.signer or sig.signer_subject)
        return self.tr("INVALID or tampered — %1").replace("%1", result.problems[0])

    def _show_banner(self, state: str, text: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("verdict", state)
        colour = BANNER_COLOURS[state]
        self.banner.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: 600; "
            "padding: 10px; border-radius: 4px; }")
        set_role(self.banner, "verdict")
        self.banner.setVisible(True)

    # ------------------------------------------------------------------ choosers

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signed PDF"), self.file.text() or str(Path.home()),
            self.tr("PDF (*.pdf);;All files (*)"))
        if path:
            self.verify(path)

    def _browse_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate to trust"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.trust.setText(path)
            if self.file.text().strip():
                self.verify()

# lupdate cannot read inside f-strings: the words used in them, for the catalogue
_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("VerifyDialog", "unknown"),
)
