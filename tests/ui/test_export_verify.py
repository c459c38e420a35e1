"""Signing identity, sign-and-export and verify in the app: real SQLCipher store, real key,
real signed PDF, checked again with the reports package's own verifier."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tests.ui.assessment_fixtures import make_assessment
from tests.ui.conftest import unlock

KEY_PASS = "signing key phrase 7"
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def id_folder(tmp_path):
    return tmp_path / "identity"


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch):
    """RSA-2048 instead of 3072: the same code path, a second less per key."""
    from tally.ui.identity import IdentityDialog

    monkeypatch.setattr(IdentityDialog, "key_bits", 2048)


def fill(store, catalog, assessment_id: int, points: int = 1) -> None:
    form = catalog.get(store.assessment_meta(assessment_id).form_id)
    for item in form.items:
        value = points if points in item.allowed else item.min_points
        store.set_answer(assessment_id, item.id, value, rationale=f"seen in file ({item.id})",
                         sources=["file review"])


@pytest.fixture
def case_with_assessments(store, catalog):
    """One case: STABLE-2007 and ACUTE-2007 locked, a second STABLE-2007 still a draft."""
    stable = make_assessment(store, catalog, "stable2007", date="2024-05-02")
    acute = make_assessment(store, catalog, "acute2007", date="2024-05-02")
    draft = make_assessment(store, catalog, "stable2007", date="2025-01-10")
    for aid in (stable, acute, draft):
        fill(store, catalog, aid)
    store.lock(stable)
    store.lock(acute)
    return store.assessment_meta(stable).case_pk, stable, acute, draft


def make_identity(qtbot, store, folder):
    from tally.ui.identity import IdentityDialog

    dialog = IdentityDialog(Desk(store), folder)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(KEY_PASS)
    dialog.passphrase_again.setText(KEY_PASS)
    assert dialog.create_self_signed(), dialog.message.text()
    return dialog


def export_dialog(qtbot, store, catalog, case_pk, selected, folder, out_dir):
    from tally.ui.export import ExportDialog

    dialog = ExportDialog(Desk(store), catalog, case_pk, selected, identity_folder=folder,
                          out_dir=out_dir)
    qtbot.addWidget(dialog)
    return dialog


def test_identity_dialog_creates_and_shows_the_identity(qtbot, store, id_folder, tmp_path):
    from tally.reports import identity
    from tally.ui.identity import IdentityDialog

    dialog = IdentityDialog(Desk(store), id_folder)
    qtbot.addWidget(dialog)
    # prefilled from the evaluator profile; nothing exists yet
    assert dialog.name.text() == "Dr Test Evaluator"
    assert dialog.organisation.text() == "Test Clinic"
    assert "No signing identity" in dialog.subject.text()
    assert not dialog.export_cert_button.isEnabled()
    # mismatched and short passphrases change nothing
    dialog.passphrase.setText(KEY_PASS)
    dialog.passphrase_again.setText(KEY_PASS + "x")
    assert not dialog.create_self_signed()
    assert "differ" in dialog.message.text() and not identity.exists(id_folder)
    dialog.passphrase.setText("short")
    dialog.passphrase_again.setText("short")
    assert not dialog.create_self_signed()
    assert "8 characters" in dialog.message.text() and not identity.exists(id_folder)

    dialog.passphrase.setText(KEY_PASS)
    dialog.passphrase_again.setText(KEY_PASS)
    assert dialog.create_self_signed()
    info = identity.show(id_folder)
    assert "Dr Test Evaluator" in dialog.subject.text() and "Test Clinic" in info.subject
    assert dialog.fingerprint.text() == info.fingerprint_sha256
    assert "self-signed" in dialog.issuer.text()
    assert dialog.passphrase.text() == ""  # not left on screen
    assert identity.load(KEY_PASS, id_folder).common_name == "Dr Test Evaluator"
    # a second identity needs the explicit replace tick
    assert dialog.replace.isVisibleTo(dialog)
    dialog.passphrase.setText(KEY_PASS)
    dialog.passphrase_again.setText(KEY_PASS)
    assert not dialog.create_self_signed()
    assert "Replace the existing identity" in dialog.message.text()
    assert identity.show(id_folder).fingerprint_sha256 == info.fingerprint_sha256
    # the certificate can be saved and then trusted as a root
    cert = tmp_path / "me.pem"
    assert dialog.save_certificate(cert)
    assert dialog.add_trust_anchor(cert)
    assert dialog.anchors.count() == 1
    assert not dialog.add_trust_anchor(tmp_path / "missing.pem")
    assert "cannot read" in dialog.message.text()


def test_request_for_a_ca_then_import_of_the_issued_certificate(qtbot, store, id_folder,
                                                                tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    from tally.reports import identity
    from tally.ui.identity import IdentityDialog

    dialog = IdentityDialog(Desk(store), id_folder)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(KEY_PASS)
    dialog.passphrase_again.setText(KEY_PASS)
    request_file = tmp_path / "request.pem"
    assert dialog.save_request(request_file), dialog.message.text()
    assert "waiting for your CA" in dialog.subject.text()
    # the organisation's CA issues a certificate for the request
    ca_key, ca_cert = identity.make_self_signed("Clinic Root CA", bits=2048)
    request = x509.load_pem_x509_csr(request_file.read_bytes())
    issued = (x509.CertificateBuilder().subject_name(request.subject)
              .issuer_name(ca_cert.subject).public_key(request.public_key())
              .serial_number(x509.random_serial_number())
              .not_valid_before(ca_cert.not_valid_before_utc)
              .not_valid_after(ca_cert.not_valid_after_utc)
              .sign(ca_key, hashes.SHA256()))
    cert_file = tmp_path / "issued.pem"
    cert_file.write_bytes(issued.public_bytes(serialization.Encoding.PEM))
    assert dialog.import_issued_certificate(cert_file), dialog.message.text()
    assert "Clinic Root CA" in dialog.issuer.text()
    assert identity.load(KEY_PASS, id_folder).cert == issued


def test_sign_and_export_then_verify(qtbot, store, catalog, case_with_assessments, id_folder,
                                     tmp_path):
    from tally.reports.verify import verify_pdf
    from tally.ui.verify import BANNER_COLOURS, INVALID, NOT_CURRENT, VALID, VerifyDialog

    case_pk, stable, acute, draft = case_with_assessments
    make_identity(qtbot, store, id_folder)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = export_dialog(qtbot, store, catalog, case_pk, [stable], id_folder, out_dir)
    # drafts are not offered, and the page says why
    assert sorted(dialog.offered_ids()) == sorted([stable, acute])
    assert draft not in dialog.offered_ids()
    assert dialog.drafts_note.isVisibleTo(dialog) and "draft" in dialog.drafts_note.text()
    assert dialog.chosen_ids() == [stable]
    assert dialog.printed_name.text() == "Dr Test Evaluator"
    assert dialog.export_button.text().replace("&", "") == "Sign and export"
    # both locked assessments go in one report
    dialog.set_chosen([stable, acute])
    dialog.meaning.setCurrentIndex(dialog.meaning.count() - 1)  # the reviewer's meaning
    meaning = dialog.meaning.currentText()
    assert meaning.startswith("Reviewer")
    dialog.key_passphrase.setText(KEY_PASS)
    exported = []
    dialog.exported.connect(exported.append)
    assert dialog.export(), dialog.message.text()
    result = exported[0]
    pdf = result.path
    assert pdf.exists() and pdf.parent == out_dir
    assert dialog.written_to.text() == str(pdf)
    assert dialog.written_hash.text() == result.data_sha256
    assert "Dr Test Evaluator" in dialog.written_signer.text()
    assert dialog.outcome.isVisibleTo(dialog) and dialog.key_passphrase.text() == ""

    # signed in the store with the manifest, and the export is in the audit trail
    for aid in (stable, acute):
        record = store.get_assessment(aid)
        assert record.status == "signed"
        assert record.signatures[-1].meaning == meaning
        assert record.signatures[-1].printed_name == "Dr Test Evaluator"
        assert record.signatures[-1].signed_at == result.signed_at.isoformat()
    assert store.get_assessment(draft).status == "draft"
    exports = [e for e in store.audit_entries() if e.action == "export"]
    assert len(exports) == 1
    assert exports[0].after["data_sha256"] == result.data_sha256
    assert sorted(exports[0].after["assessment_ids"]) == sorted([stable, acute])

    # the reports package's verifier agrees, trusting the signer's certificate
    from tally.reports import identity

    cert = identity.certificate(id_folder)
    check = verify_pdf(pdf, [cert], use_stored_anchors=False)
    assert check.valid, check.problems

    # the Verify screen: VALID, and both records match this database
    screen = VerifyDialog(Desk(store), identity_folder=id_folder)
    qtbot.addWidget(screen)
    assert screen.trust_own.isChecked()  # my own certificate is trusted on my computer
    assert screen.verify(pdf).valid
    screen.trust_own.setChecked(False)  # as a reader elsewhere: not trusted without the cert
    shown = screen.verify(pdf)
    assert not shown.valid and screen.banner.property("verdict") == INVALID
    assert "not trusted" in screen.banner.text() and screen.trusted.text().startswith("NO")
    cert_file = tmp_path / "signer.pem"
    cert_file.write_bytes(identity.certificate_pem(cert))
    screen.trust.setText(str(cert_file))  # ... and trusted once given the certificate
    shown = screen.verify(pdf)
    assert shown.valid
    assert screen.banner.property("verdict") == VALID
    assert screen.banner.text().startswith("VALID and trusted")
    assert "Dr Test Evaluator" in screen.signer.text()
    assert screen.coverage.text() == "the entire file"
    assert screen.trusted.text() == "yes"
    assert screen.data_hash.text() == result.data_sha256
    assert screen.database.text().count("matches record") == 2
    assert screen.report.toPlainText().startswith("VALID")

    # one flipped byte in a copy: INVALID
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    shown = screen.verify(tampered)
    assert not shown.valid and shown.readable
    assert screen.banner.property("verdict") == INVALID
    assert screen.banner.text().startswith("INVALID")
    # not a PDF at all: UNREADABLE
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf")
    screen.verify(junk)
    assert screen.banner.text().startswith("UNREADABLE")

    # exporting the now signed assessments again: no second signature, and the same locked
    # content embeds the same data hash every time, before and after it was signed
    hashes = []
    for name in ("again.pdf", "again2.pdf"):
        again = export_dialog(qtbot, store, catalog, case_pk, [stable, acute], id_folder,
                              out_dir)
        again.out_path.setText(str(out_dir / name))
        again.key_passphrase.setText(KEY_PASS)
        assert again.export(), again.message.text()
        hashes.append(again.result.data_sha256)
    assert hashes[0] == hashes[1] == result.data_sha256
    assert len(store.get_assessment(stable).signatures) == 1

    # amend the signed STABLE-2007 with another total: the same report is now amber, never
    # green, naming the newer version, its date, reason and both totals
    newer = store.amend(stable, "collateral interview changed item 5")
    store.set_answer(newer, "general_social_rejection", 2)
    store.lock(newer)
    screen = VerifyDialog(store, identity_folder=id_folder, forms=catalog)
    qtbot.addWidget(screen)
    shown = screen.verify(pdf)
    assert shown.valid and not shown.current and shown.exit_code == 3
    assert screen.banner.property("verdict") == NOT_CURRENT
    assert BANNER_COLOURS[NOT_CURRENT] in screen.banner.styleSheet()
    day = store.get_assessment(newer).locked_at[:10]
    assert screen.banner.text() == (
        "AUTHENTIC but NOT CURRENT — STABLE-2007 is authentic but superseded by version 2 on "
        f"{day}: collateral interview changed item 5; total 13 → 14")
    assert "matches record" in screen.database.text()  # the ACUTE-2007 is still current
    assert screen.report.toPlainText().startswith("AUTHENTIC BUT NOT CURRENT")
    stated = screen.stated.text().splitlines()  # what the report says, every scale's level
    assert any(line.startswith("STABLE-2007, version 1: total 13 · ") for line in stated)
    [acute_line] = [line for line in stated if line.startswith("ACUTE-2007, version 1: total ")]
    assert "Sexual/violent" in acute_line and "General" in acute_line
    assert acute_line.index("Sexual/violent") < acute_line.index("General")  # the form's order


def test_the_verify_screen_shows_a_withheld_level_as_none(qtbot, store, catalog, tmp_path):
    """A Static-99R on a CSEM-only case: the report states its total and no level, and the
    verify screen says so in the words every other view uses."""
    from tally.reports.export import export_report
    from tally.ui.verify import VerifyDialog
    from tests.core.test_headline import CSEM_ONLY, STATIC_ITEMS

    pk = store.create_case("W-1", "1975-04-02", CSEM_ONLY, "csem_only")
    form = catalog.get("static99r")
    aid = store.create_assessment(pk, "static99r", form.version, form.content_hash,
                                  "2024-05-02", form=form)
    for item_id, points in STATIC_ITEMS.items():
        store.set_answer(aid, item_id, points, rationale="on file")
    store.lock(aid, form)
    out = tmp_path / "withheld.pdf"
    export_report([store.get_assessment(aid)], catalog.get, out)
    screen = VerifyDialog(store, forms=catalog)
    qtbot.addWidget(screen)
    screen.verify(out)
    stated = screen.stated.text()
    assert stated.startswith("Static-99R, version 1: total ")
    assert stated.endswith("No risk level: scoring criteria not met")
    assert "Level" not in stated.replace("No risk level", "")


def test_wrong_key_passphrase_writes_nothing(qtbot, store, catalog, case_with_assessments,
                                             id_folder, tmp_path):
    case_pk, stable, _acute, _draft = case_with_assessments
    make_identity(qtbot, store, id_folder)
    dialog = export_dialog(qtbot, store, catalog, case_pk, [stable], id_folder, tmp_path)
    target = tmp_path / "wrong.pdf"
    dialog.out_path.setText(str(target))
    dialog.key_passphrase.setText("not the key phrase")
    audit_before = len(store.audit_entries())
    assert not dialog.export()
    assert "passphrase is wrong" in dialog.message.text()
    assert "Nothing was written" in dialog.message.text()
    assert dialog.key_passphrase.text() == ""
    assert not target.exists() and not list(tmp_path.glob("*.pdf"))
    assert store.get_assessment(stable).status == "locked"
    assert len(store.audit_entries()) == audit_before
    assert not dialog.outcome.isVisibleTo(dialog)


def test_without_identity_export_needs_explicit_unsigned_confirmation(
        qtbot, store, catalog, case_with_assessments, id_folder, tmp_path):
    from tally.reports.verify import verify_pdf

    case_pk, stable, _acute, _draft = case_with_assessments
    dialog = export_dialog(qtbot, store, catalog, case_pk, [stable], id_folder, tmp_path)
    assert dialog.no_identity.isVisibleTo(dialog) and not dialog.manifest.isVisibleTo(dialog)
    assert not dialog.export_button.isEnabled()
    assert not dialog.export()  # not confirmed: nothing happens
    assert not list(tmp_path.glob("*.pdf"))
    dialog.unsigned.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert dialog.export_button.text().replace("&", "") == "Export unsigned"
    assert dialog.export(), dialog.message.text()
    assert "not signed" in dialog.written_signer.text()
    assert store.get_assessment(stable).status == "locked"  # an unsigned export signs nothing
    assert "not digitally signed" in " ".join(verify_pdf(dialog.result.path).problems)
    assert [e for e in store.audit_entries() if e.action == "export"]


def test_bad_target_changes_nothing(qtbot, store, catalog, case_with_assessments, id_folder,
                                    tmp_path):
    case_pk, stable, _acute, _draft = case_with_assessments
    dialog = export_dialog(qtbot, store, catalog, case_pk, [stable], id_folder, tmp_path)
    dialog.unsigned.setChecked(True)
    dialog.out_path.setText(str(tmp_path / "report.txt"))
    assert not dialog.export() and ".pdf" in dialog.message.text()
    dialog.out_path.setText(str(tmp_path / "no" / "such" / "r.pdf"))
    assert not dialog.export() and "does not exist" in dialog.message.text()
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"keep me")
    dialog.out_path.setText(str(existing))
    assert not dialog.export() and "already exists" in dialog.message.text()
    assert existing.read_bytes() == b"keep me"
    dialog.set_chosen([])
    assert not dialog.export() and "Tick at least one" in dialog.message.text()
    assert not [e for e in store.audit_entries() if e.action == "export"]
    # asked once about the existing file (above), the same button again replaces it
    dialog.set_chosen([stable])
    assert dialog.export(), dialog.message.text()
    assert existing.read_bytes().startswith(b"%PDF-")


def test_app_menu_shortcut_and_case_button(qtbot, closed_db, window, catalog, tmp_path,
                                           monkeypatch):
    """Ctrl+Shift+E from the case view opens the export dialog on the selected assessment;
    Ctrl+Shift+V opens Verify even while Tally is locked."""
    from tally.store import Store
    from tally.ui.export import ExportDialog
    from tally.ui.verify import VerifyDialog

    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path / "data"))
    from tests.ui.conftest import PASSPHRASE

    store = Store.open(closed_db, PASSPHRASE)
    try:
        aid = make_assessment(store, catalog, "acute2007")
        fill(store, catalog, aid)
        store.lock(aid)
        case_pk = store.assessment_meta(aid).case_pk
    finally:
        store.close()

    seen: list = []

    def close_dialog(kind, tries=200):
        """Wait (without blocking) for the modal dialog, note it and close it."""
        def run():
            dialog = QApplication.activeModalWidget()
            if dialog is None and tries > 0:
                QTimer.singleShot(10, close_dialog(kind, tries - 1))
                return
            seen.append((kind, dialog))
            if dialog is not None:
                dialog.reject()
        return run

    # locked: Verify works and says it is not comparing with the database
    QTimer.singleShot(0, close_dialog("locked-verify"))
    qtbot.keyClick(window, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(seen) == 1)
    _kind, dialog = seen[0]
    assert isinstance(dialog, VerifyDialog)
    assert "locked" in dialog.database_note.text()
    # the unlock page offers the same, for evaluators who do not know the shortcut
    QTimer.singleShot(0, close_dialog("unlock-page-verify"))
    window.unlock_page.verify.click()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert isinstance(seen[1][1], VerifyDialog)

    unlock(qtbot, window)
    window.workspace.show_case(case_pk)
    view = window.workspace.case_view
    assert view.export_button.isEnabled()
    assert view.export_button.accessibleName() == "Sign and export PDF"
    QTimer.singleShot(0, close_dialog("export"))
    window.act_export.trigger()  # Ctrl+Shift+E
    qtbot.waitUntil(lambda: len(seen) == 3)
    _kind, dialog = seen[2]
    assert isinstance(dialog, ExportDialog)
    assert dialog.chosen_ids() == [aid]  # the assessment selected in the case view
    QTimer.singleShot(0, close_dialog("button"))
    view.export_button.click()
    qtbot.waitUntil(lambda: len(seen) == 4)
    assert isinstance(seen[3][1], ExportDialog)
    assert window.act_export.shortcut().toString() == "Ctrl+Shift+E"
    assert window.act_verify.isEnabled() and window.act_identity.isEnabled()


def test_the_app_does_not_load_signing_libraries_until_used():
    import subprocess
    import sys

    code = (
        "import sys, tally.ui.main_window, tally.ui.workspace, tally.ui.export, "
        "tally.ui.verify, tally.ui.identity\n"
        "heavy = [m for m in ('reportlab', 'pyhanko', 'cryptography') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.strip()
    assert out == ""


def test_pkcs12_import_through_the_dialog(qtbot, store, id_folder, tmp_path):
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from tally.reports import identity
    from tally.ui.identity import IdentityDialog

    key, cert = identity.make_self_signed("Dr Imported", "Elsewhere", bits=2048)
    p12 = tmp_path / "me.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"me", key, cert, None, BestAvailableEncryption(b"p12 secret")))
    dialog = IdentityDialog(Desk(store), id_folder)
    qtbot.addWidget(dialog)
    dialog.p12_passphrase.setText("wrong")
    dialog.p12_new_passphrase.setText(KEY_PASS)
    dialog.p12_new_again.setText(KEY_PASS)
    assert not dialog.import_pkcs12(p12)
    assert "wrong PKCS#12 passphrase" in dialog.message.text()
    assert not identity.exists(id_folder)
    dialog.p12_passphrase.setText("p12 secret")
    assert dialog.import_pkcs12(p12), dialog.message.text()
    assert "Dr Imported" in dialog.subject.text()
    assert identity.load(KEY_PASS, id_folder).cert == cert


def test_report_context_is_entered_once_and_printed_with_a_docx_copy(
        qtbot, store, catalog, case_with_assessments, id_folder, tmp_path):
    """The context dialog fills the report; it is remembered for the case's next export."""
    import docx

    from tally.ui.report_context import ReportContextDialog
    from tests.reports.test_report_pages import flatten, pages

    case_pk, stable, acute, _draft = case_with_assessments
    dialog = export_dialog(qtbot, store, catalog, case_pk, [stable, acute], id_folder, tmp_path)
    seen = []

    def filled(context, forms, parent):
        screen = ReportContextDialog(context, forms, parent)
        qtbot.addWidget(screen)
        seen.append(screen)
        screen.referral.setPlainText("Risk of sexual recidivism on release?")
        screen.jurisdiction.setText("Ontario, Canada")
        screen.records.setPlainText("Police case summary | 2024-03-01\nCriminal record")
        screen.interviews.setPlainText("Clinical interview | 2024-04-20 | 2 h")
        screen.training["stable2007"].setText("SAARNA training 2023")
        screen.combined.setText("my reading of the official table")
        screen.combined_source.setText("Evaluator Workbook")
        screen.departures.setPlainText("ACUTE-2007 | Higher than the total. | Recent loss.")
        screen.profile.setCurrentIndex(1)  # working copy
        screen.exec = lambda: True
        return screen

    assert dialog.edit_context(filled)
    assert sorted(f.id for f in seen[0]._forms) == ["acute2007", "stable2007"]
    dialog.unsigned.setChecked(True)
    dialog.docx.setChecked(True)
    assert dialog.export(), dialog.message.text()
    result = dialog.result
    assert result.docx_path == result.path.with_suffix(".docx")
    assert "working copy" in dialog.written_docx.text()
    flat = flatten(" ".join(pages(result.path)))
    for expected in ("Risk of sexual recidivism on release?", "Ontario, Canada",
                     "Police case summary · 2024-03-01", "Clinical interview · 2024-04-20 · 2 h",
                     "STABLE-2007: SAARNA training 2023", "my reading of the official table",
                     "ACUTE-2007: Higher than the total. Reason given by the evaluator: Recent",
                     "(cut-offs not confirmed)"):
        assert expected in flat, expected
    copy = docx.Document(str(result.docx_path))
    assert result.data_sha256 in copy.core_properties.subject

    # the next export of the same case remembers it; cancelling the dialog changes nothing
    again = export_dialog(qtbot, store, catalog, case_pk, [stable], id_folder, tmp_path)

    class Cancelled(ReportContextDialog):
        def exec(self):
            return False

    assert not again.edit_context(Cancelled)
    from tally.operations.lookups import load_report_context

    remembered = load_report_context(store, [store.get_assessment(stable)])
    assert remembered.referral_question == "Risk of sexual recidivism on release?"
    assert remembered.training["stable2007"] == "SAARNA training 2023"
    assert remembered.profile == "working"
