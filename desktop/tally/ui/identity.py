"""The signing identity in the app: create, import, request from a CA, trust anchors, show.

All of the cryptography happens in `tally.reports.identity`, imported inside the actions, so
opening this dialog (or the app) never loads cryptography. Every action either completes or
changes nothing and says why in one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tally.ui.widgets import label, set_role

if TYPE_CHECKING:
    from tally.operations.desk import Desk

MIN_KEY_PASSPHRASE = 8  # tally.reports.identity.MIN_PASSPHRASE, without importing it here


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class IdentityDialog(QDialog):
    """Settings → Signing identity. `folder` None means the user's data folder."""

    changed = Signal()
    key_bits: int | None = None  # tests use 2048 to save time; None = the library default

    def __init__(self, store: Desk | None = None, folder: str | Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signing identity"))
        self.setAccessibleName(self.tr("Signing identity"))
        self._folder = Path(folder) if folder is not None else None
        evaluator = store.evaluator() if store is not None else None

        current = QGroupBox(self.tr("Current signing identity"))
        c_form = QFormLayout(current)
        self.subject = label("", selectable=True)
        self.subject.setAccessibleName(self.tr("Certificate subject"))
        self.issuer = label("", selectable=True)
        self.issuer.setAccessibleName(self.tr("Certificate issuer"))
        self.validity = label("", selectable=True)
        self.validity.setAccessibleName(self.tr("Validity"))
        self.fingerprint = label("", selectable=True)
        self.fingerprint.setAccessibleName(self.tr("Certificate SHA-256 fingerprint"))
        self.location = label("", "muted", selectable=True)
        self.location.setAccessibleName(self.tr("Identity folder"))
        c_form.addRow(self.tr("Subject:"), self.subject)
        c_form.addRow(self.tr("Issuer:"), self.issuer)
        c_form.addRow(self.tr("Valid:"), self.validity)
        c_form.addRow(self.tr("SHA-256:"), self.fingerprint)
        c_form.addRow(self.tr("Folder:"), self.location)
        self.export_cert_button = QPushButton(self.tr("&Save certificate for others…"))
        self.export_cert_button.setAccessibleName(self.tr("Save the signing certificate"))
        self.export_cert_button.setToolTip(self.tr(
            "Write your certificate (public, no key) so readers can check your reports"))
        c_form.addRow("", self.export_cert_button)

        # --- new identity: self-signed, or a request for the organisation's CA
        new_page = QWidget()
        n_page = QVBoxLayout(new_page)
        n_form = QFormLayout()
        n_page.addLayout(n_form)
        self.name = QLineEdit(evaluator.name if evaluator else "")
        self.name.setAccessibleName(self.tr("Name printed on signatures"))
        self.organisation = QLineEdit(evaluator.organisation if evaluator else "")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail (optional)"))
        self.passphrase = _password_field(self.tr("Key passphrase"))
        self.passphrase_again = _password_field(self.tr("Key passphrase again"))
        self.replace = QCheckBox(self.tr("&Replace the existing identity (its key is lost; "
                                         "reports already signed stay valid)"))
        self.replace.setAccessibleName(self.tr("Replace the existing identity"))
        n_form.addRow(self.tr("&Name:"), self.name)
        n_form.addRow(self.tr("&Organisation:"), self.organisation)
        n_form.addRow(self.tr("&E-mail:"), self.email)
        n_form.addRow(self.tr("Key &passphrase:"), self.passphrase)
        n_form.addRow(self.tr("&Again:"), self.passphrase_again)
        # outside the form: a form row gives a wrapped label too little height (it was
        # crushed when the dialog re-laid itself out after creating an identity)
        n_page.addWidget(label(self.tr(
            "The key passphrase protects your private signing key and is asked for every "
            "time you sign. Nothing can recover it: if it is forgotten, create a new "
            "identity. It is separate from the database passphrase."), "notice"))
        self.create_button = QPushButton(self.tr("&Create personal certificate"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setAccessibleName(self.tr("Create a self-signed signing identity"))
        self.request_button = QPushButton(self.tr("Re&quest from my CA…"))
        self.request_button.setAccessibleName(
            self.tr("Create a certificate request for the organisation's CA"))
        self.request_button.setToolTip(self.tr(
            "Creates the key here and saves a request file for your organisation's "
            "certificate authority; import the certificate it issues on the Import tab"))
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.request_button)
        row.addStretch(1)
        n_page.addLayout(row)
        n_page.addStretch(1)

        # --- import: the CA's certificate for our request, or a PKCS#12 file
        import_page = QWidget()
        i_layout = QVBoxLayout(import_page)
        i_layout.addWidget(label(self.tr(
            "Certificate issued by your organisation's CA for the request made here:"), "muted"))
        self.import_cert_button = QPushButton(self.tr("Import &issued certificate…"))
        self.import_cert_button.setAccessibleName(self.tr("Import the issued certificate"))
        i_layout.addWidget(self.import_cert_button)
        i_layout.addWidget(label(self.tr(
            "Or a key with its certificate in a PKCS#12 file (.p12, .pfx). The key is "
            "stored again under the new key passphrase below."), "muted"))
        p_form = QFormLayout()
        self.p12_passphrase = _password_field(self.tr("PKCS#12 file passphrase"))
        self.p12_new_passphrase = _password_field(self.tr("New key passphrase"))
        self.p12_new_again = _password_field(self.tr("New key passphrase again"))
        p_form.addRow(self.tr("&File passphrase:"), self.p12_passphrase)
        p_form.addRow(self.tr("New &key passphrase:"), self.p12_new_passphrase)
        p_form.addRow(self.tr("A&gain:"), self.p12_new_again)
        i_layout.addLayout(p_form)
        self.import_p12_button = QPushButton(self.tr("Import PKCS#&12 file…"))
        self.import_p12_button.setAccessibleName(self.tr("Import a PKCS#12 file"))
        i_layout.addWidget(self.import_p12_button)
        i_layout.addStretch(1)

        # --- trust anchors
        trust_page = QWidget()
        t_layout = QVBoxLayout(trust_page)
        t_layout.addWidget(label(self.tr(
            "Root certificates of your organisation: reports signed with certificates they "
            "issued are shown as trusted when verified on this computer."), "muted"))
        self.anchors = QListWidget()
        self.anchors.setAccessibleName(self.tr("Trusted root certificates"))
        t_layout.addWidget(self.anchors)
        self.add_anchor_button = QPushButton(self.tr("A&dd root certificate…"))
        self.add_anchor_button.setAccessibleName(self.tr("Add a trusted root certificate"))
        t_layout.addWidget(self.add_anchor_button)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Identity actions"))
        self.tabs.addTab(new_page, self.tr("New identity"))
        self.tabs.addTab(import_page, self.tr("Import"))
        self.tabs.addTab(trust_page, self.tr("Trusted roots"))

        self.message = label("", "muted", selectable=True)
        self.message.setAccessibleName(self.tr("Result"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(current)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.replace)  # applies to a new identity and to a PKCS#12 import
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

        self.create_button.clicked.connect(lambda: self.create_self_signed())
        self.request_button.clicked.connect(self._choose_request_file)
        self.import_cert_button.clicked.connect(self._choose_issued_certificate)
        self.import_p12_button.clicked.connect(self._choose_pkcs12)
        self.add_anchor_button.clicked.connect(self._choose_anchor)
        self.export_cert_button.clicked.connect(self._choose_certificate_out)
        self.refresh()

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Show the stored identity (no passphrase needed: the certificate is public)."""
        from tally.reports import identity

        folder = identity.identity_dir(self._folder)
        self.location.setText(str(folder))
        has = identity.exists(self._folder)
        pending = (folder / identity.REQUEST_FILE).exists()
        if has:
            info = identity.show(self._folder)
            self.subject.setText(info.subject)
            self.issuer.setText(info.issuer + (self.tr(" (self-signed)") if info.self_signed
                                               else ""))
            self.validity.setText(self.tr("%1 to %2 (UTC)").replace(
                "%1", f"{info.not_before:%Y-%m-%d}").replace("%2", f"{info.not_after:%Y-%m-%d}"))
            self.fingerprint.setText(info.fingerprint_sha256)
        else:
            self.subject.setText(self.tr("A certificate request is waiting for your CA; "
                                         "import the certificate it issues.") if pending
                                 else self.tr("No signing identity on this computer yet."))
            for field in (self.issuer, self.validity, self.fingerprint):
                field.setText("—")
        self.export_cert_button.setEnabled(has)
        exists_already = has or pending
        self.replace.setVisible(exists_already)
        if not exists_already:
            self.replace.setChecked(False)
        self.anchors.clear()
        for cert in identity.trust_anchors(self._folder):
            print_ = identity.fingerprint(cert)[:23]
            self.anchors.addItem(f"{cert.subject.rfc4514_string()}  ·  {print_}…")

    def has_identity(self) -> bool:
        from tally.reports import identity

        return identity.exists(self._folder)

    def _say(self, text: str, *, error: bool) -> None:
        set_role(self.message, "error" if error else "muted")
        self.message.setText(text)

    def _new_passphrase(self, first: QLineEdit, again: QLineEdit) -> str | None:
        value = first.text()
        if len(value) < MIN_KEY_PASSPHRASE:
            self._say(self.tr("The key passphrase needs at least %1 characters.").replace(
                "%1", str(MIN_KEY_PASSPHRASE)), error=True)
            first.setFocus()
            return None
        if again.text() != value:
            self._say(self.tr("The two key passphrases differ. Nothing was created."), error=True)
            again.clear()
            again.setFocus()
            return None
        return value

    def _done(self, text: str) -> None:
        for field in (self.passphrase, self.passphrase_again, self.p12_passphrase,
                      self.p12_new_passphrase, self.p12_new_again):
            field.clear()
        self.replace.setChecked(False)
        self.refresh()
        self._say(text, error=False)
        self.changed.emit()

    def _busy(self):
        from contextlib import contextmanager

        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        @contextmanager
        def cursor():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                yield
            finally:
                QGuiApplication.restoreOverrideCursor()
        return cursor()

    def _bits(self) -> dict[str, int]:
        return {"bits": self.key_bits} if self.key_bits else {}

    # ------------------------------------------------------------------ actions

    def create_self_signed(self) -> bool:
        from tally.reports import identity

        passphrase = self._new_passphrase(self.passphrase, self.passphrase_again)
        if passphrase is None:
            return False
        try:
            with self._busy():
                info = identity.create_self_signed(
                    passphrase, self.name.text(), self.organisation.text(), self.email.text(),
                    folder=self._folder, overwrite=self.replace.isChecked(), **self._bits())
        except identity.IdentityError as exc:
            self._say(self._plain(str(exc)), error=True)
            return False
        self._done(self.tr("Created a personal signing certificate for %1. Give readers "
                           "the certificate (Save certificate for others…) so they can "
                           "check your reports.").replace("%1", info.subject))
        return True

    def save_request(self, out: str | Path) -> bool:
        from tally.reports import identity

        passphrase = self._new_passphrase(self.passphrase, self.passphrase_again)
        if passphrase is None:
            return False
        try:
            with self._busy():
                request = identity.create_request(
                    passphrase, self.name.text(), self.organisation.text(), self.email.text(),
                    folder=self._folder, overwrite=self.replace.isChecked(), **self._bits())
            Path(out).write_bytes(request)
        except identity.IdentityError as exc:
            self._say(self._plain(str(exc)), error=True)
            return False
        except OSError as exc:
            self._say(self.tr("Cannot write %1: %2").replace("%1", str(out)).replace(
                "%2", exc.strerror or str(exc)), error=True)
            return False
        self._done(self.tr("Saved the certificate request %1. Send it to your organisation's "
                           "CA, then import the certificate it issues (Import tab).").replace(
                               "%1", str(out)))
        return True

    def import_issued_certificate(self, path: str | Path) -> bool:
        from tally.reports import identity

        try:
            info = identity.import_certificate(path, folder=self._folder)
        except identity.IdentityError as exc:
            self._say(self._plain(str(exc)), error=True)
            return False
        self._done(self.tr("Imported the certificate issued to %1.").replace("%1", info.subject))
        return True

    def import_pkcs12(self, path: str | Path) -> bool:
        from tally.reports import identity

        passphrase = self._new_passphrase(self.p12_new_passphrase, self.p12_new_again)
        if passphrase is None:
            return False
        try:
            with self._busy():
                info = identity.import_pkcs12(
                    path, self.p12_passphrase.text(), passphrase, folder=self._folder,
                    overwrite=self.replace.isChecked())
        except identity.IdentityError as exc:
            self._say(self._plain(str(exc)), error=True)
            return False
        self._done(self.tr("Imported the signing identity of %1.").replace("%1", info.subject))
        return True

    def add_trust_anchor(self, path: str | Path) -> bool:
        from tally.reports import identity

        try:
            added = identity.add_trust_anchor(path, self._folder)
        except identity.IdentityError as exc:
            self._say(str(exc), error=True)
            return False
        self._done(self.tr("Now trusted: %1").replace("%1", "; ".join(added)))
        return True

    def save_certificate(self, out: str | Path) -> bool:
        from tally.reports import identity

        cert = identity.certificate(self._folder)
        if cert is None:
            self._say(self.tr("There is no signing certificate to save."), error=True)
            return False
        try:
            Path(out).write_bytes(identity.certificate_pem(cert))
        except OSError as exc:
            self._say(self.tr("Cannot write %1: %2").replace("%1", str(out)).replace(
                "%2", exc.strerror or str(exc)), error=True)
            return False
        self._say(self.tr("Saved the certificate %1.").replace("%1", str(out)), error=False)
        return True

    def _plain(self, message: str) -> str:
        """The library speaks to the command line; say the same thing in the app's terms."""
        return message.replace("add --replace to replace it",
                               self.tr("tick 'Replace the existing identity' to replace it"))

    # ------------------------------------------------------------------ file choosers

    def _choose_request_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate request"), str(Path.home() / "tally-request.pem"),
            self.tr("Certificate request (*.pem *.csr)"))
        if path:
            self.save_request(path)

    def _choose_issued_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Issued certificate"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.import_issued_certificate(path)

    def _choose_pkcs12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("PKCS#12 file"), str(Path.home()),
            self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"))
        if path:
            self.import_pkcs12(path)

    def _choose_anchor(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Root certificate"), str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if path:
            self.add_trust_anchor(path)

    def _choose_certificate_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save signing certificate"), str(Path.home() / "tally-signer.pem"),
            self.tr("Certificate (*.pem)"))
        if path:
            self.save_certificate(path)
