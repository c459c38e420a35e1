"""Signing and verifying real reports, checked by pyHanko and by poppler's pdfsig."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime

import pytest
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import PdfFileWriter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from tally.core.record import AnswerRecord, VersionNote
from tally.reports import identity
from tally.reports.content import ATTACHMENT_NAME
from tally.reports.export import export_report
from tally.reports.signing import SigningError, sign_pdf
from tally.reports.verify import Newer, Verification, compare_records, verify_pdf

from .conftest import make_record, pdfsig, qpdf_check


def _asn1(cert):
    from asn1crypto import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.Certificate.load(cert.public_bytes(Encoding.DER))


def test_signed_report_is_valid_for_pyhanko_pdfsig_and_tally(signed_pdf, signer):
    qpdf_check(signed_pdf)
    # pyHanko, directly: PAdES, intact, trusted against the signer's certificate, whole file
    with open(signed_pdf, "rb") as handle:
        (sig,) = PdfFileReader(handle).embedded_signatures
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=[_asn1(signer.cert)], allow_fetching=False))
        assert status.bottom_line and status.intact and status.valid and status.trusted
        assert status.coverage.name == "ENTIRE_FILE"
        assert str(sig.sig_object["/SubFilter"]) == "/ETSI.CAdES.detached"
        assert sig.sig_field["/Rect"][2] > sig.sig_field["/Rect"][0]  # a visible field
    # poppler, an independent implementation (self-signed: issuer unknown, signature valid)
    report = pdfsig(signed_pdf)
    assert "Signature is Valid" in report and "Total document signed" in report
    # tally verify
    result = verify_pdf(signed_pdf, [signer.cert])
    assert result.valid and result.exit_code == 0, result.problems
    (check,) = result.signatures
    assert check.signer == "Dr Test Evaluator" and check.whole_file and check.trusted
    assert check.signing_time is not None and check.signing_time.tzinfo is not None
    assert result.printed and result.recorded_sha256 == result.data_sha256
    assert result.lines()[0].startswith("VALID")


def test_signing_time_on_the_page_is_the_signature_time(demo_form, forms, signer, tmp_path):
    moment = datetime.fromisoformat("2026-11-24T10:15:07+01:00")
    out = tmp_path / "timed.pdf"
    export_report([make_record(demo_form)], forms, out, identity=signer, signing_time=moment)
    result = verify_pdf(out, [signer.cert])
    assert result.signatures[0].signing_time == moment
    with pytest.raises(SigningError, match="UTC offset"):
        sign_pdf(out.read_bytes(), signer, datetime(2026, 1, 1), "m", 0, (0, 0, 10, 10))


def test_untrusted_signer_is_not_valid_until_trusted(signed_pdf, signer, tmp_path):
    result = verify_pdf(signed_pdf)
    assert result.exit_code == 1
    assert any("not trusted" in p for p in result.problems)
    cert = tmp_path / "signer.pem"
    cert.write_bytes(identity.certificate_pem(signer.cert))
    identity.add_trust_anchor(cert)  # stored in the (test) user data folder
    assert verify_pdf(signed_pdf).exit_code == 0
    assert verify_pdf(signed_pdf, use_stored_anchors=False).exit_code == 1


def _flip_in_page_content(data: bytes) -> bytes:
    reader = PdfFileReader(io.BytesIO(data))
    ref = reader.root["/Pages"]["/Kids"][0].get_object().raw_get("/Contents")
    start = re.search(rb"\n%d 0 obj" % ref.idnum, data).start()
    at = data.index(b"stream", start) + 60
    (sig,) = reader.embedded_signatures
    assert at < sig.sig_object["/ByteRange"][1]  # inside the signed range
    flipped = bytearray(data)
    flipped[at] ^= 0x01
    return bytes(flipped)


def test_one_flipped_byte_is_tampering(signed_pdf, signer, tmp_path):
    bad = tmp_path / "flipped.pdf"
    bad.write_bytes(_flip_in_page_content(signed_pdf.read_bytes()))
    result = verify_pdf(bad, [signer.cert])
    assert result.exit_code == 1
    assert not result.signatures[0].intact
    assert any("changed after signing" in p for p in result.problems)
    assert "Digest Mismatch" in pdfsig(bad)


def _append_score_change(data: bytes) -> bytes:
    """An incremental revision that rewrites item 2's score from 2 to 0 on its page."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = next(kid.get_object() for kid in writer.root["/Pages"]["/Kids"]
                if b"Two or more" in kid.get_object()["/Contents"].get_object().data)
    old = page["/Contents"].get_object().data
    assert b"(2) Tj" in old and b"Two or more" in old
    new = old.replace(b"(2) Tj", b"(0) Tj", 1).replace(b"Two or more", b"None", 1)
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=new))
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_appended_revision_changing_a_score_is_invalid(signed_pdf, signer, tmp_path):
    bad = tmp_path / "appended.pdf"
    bad.write_bytes(_append_score_change(signed_pdf.read_bytes()))
    qpdf_check(bad)
    result = verify_pdf(bad, [signer.cert])
    assert result.exit_code == 1
    (check,) = result.signatures
    assert check.intact and not check.whole_file
    assert any("does not cover the whole file" in p for p in result.problems)
    assert "Not total document signed" in pdfsig(bad)


def test_damaged_signature_container_is_invalid_not_a_crash(signed_pdf, signer, tmp_path):
    data = bytearray(signed_pdf.read_bytes())
    (sig,) = PdfFileReader(io.BytesIO(bytes(data))).embedded_signatures
    at = sig.sig_object["/ByteRange"][1] + 3  # inside the hex CMS blob
    data[at] = ord("f") if data[at] != ord("f") else ord("e")
    bad = tmp_path / "badsig.pdf"
    bad.write_bytes(bytes(data))
    result = verify_pdf(bad, [signer.cert])
    assert result.exit_code == 1
    assert any("damaged" in p for p in result.problems)


def test_validator_failure_counts_as_a_failed_signature(signed_pdf, signer, monkeypatch):
    import pyhanko.sign.validation as validation

    def broken(*args, **kwargs):
        raise ValueError("unsupported algorithm")

    monkeypatch.setattr(validation, "validate_pdf_signature", broken)
    result = verify_pdf(signed_pdf, [signer.cert])
    assert result.exit_code == 1 and "not checked" in result.signatures[0].coverage


def test_unreadable_files_exit_2(tmp_path):
    missing = verify_pdf(tmp_path / "nope.pdf")
    assert missing.exit_code == 2 and not missing.readable
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"hello, not a pdf")
    assert verify_pdf(junk).exit_code == 2
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj garbage\n%%EOF\n")
    result = verify_pdf(broken)
    assert result.exit_code == 2 and result.lines()[0].startswith("UNREADABLE")


def test_unsigned_report_is_not_valid(demo_form, forms, tmp_path):
    result = export_report([make_record(demo_form)], forms)
    checked = verify_pdf(result.pdf)
    assert checked.exit_code == 1 and "the file is not digitally signed" in checked.problems
    assert checked.data_sha256 == result.data_sha256 and checked.printed


def _pdf_with_attachments(files: list[tuple[str, bytes, str | None]]) -> bytes:
    """A small PDF of our own: one page with no content, one with an array of streams."""
    writer = PdfFileWriter()
    box = generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, 200, 200)])
    writer.insert_page(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): box,
    }))
    streams = generic.ArrayObject([
        writer.add_object(generic.StreamObject(stream_data=b"BT ET")) for _ in range(2)])
    writer.insert_page(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): box, generic.pdf_name("/Contents"): streams,
    }))
    for name, data, description in files:
        stream = embed.EmbeddedFileObject.from_file_data(writer, data)
        embed.embed_file(writer, embed.FileSpec(name, file_name=name, embedded_data=stream,
                                                description=description))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_foreign_pdfs_are_reported_plainly():
    bare = verify_pdf(_pdf_with_attachments([]))
    assert f"the machine-readable copy ({ATTACHMENT_NAME}) is missing" in bare.problems
    assert verify_pdf(_pdf_with_attachments([("other.txt", b"x", None)])).data is None
    odd = verify_pdf(_pdf_with_attachments([("other.txt", b"x", None),
                                            (ATTACHMENT_NAME, b"[1, 2]", None)]))
    assert odd.exit_code == 1 and odd.data == b"[1, 2]"
    assert "the embedded data does not match the hash recorded with it" in odd.problems
    assert "the embedded data's hash is not the one printed on the page" in odd.problems
    assert "the embedded data is not a Tally report" in odd.problems


def test_payload_of_broken_data():
    assert Verification("x", data=b"{not json").payload() is None
    assert Verification("x", data=b"[]").payload() is None
    assert Verification("x").payload() is None


def test_comparison_with_database_records(signed_pdf, signer, demo_form):
    record = make_record(demo_form)
    same = verify_pdf(signed_pdf, [signer.cert], lookup=lambda i, uid: record)
    assert same.exit_code == 0 and same.records[0].status == "match"
    assert any("matches record 1" in line for line in same.lines())

    changed = replace(record, answers=record.answers[:1])
    changed = replace(changed, content_hash=changed.content_hash_now())
    differs = verify_pdf(signed_pdf, [signer.cert], lookup=lambda i, uid: changed)
    assert differs.exit_code == 1 and differs.records[0].status == "differs"

    absent = verify_pdf(signed_pdf, [signer.cert], lookup=lambda i, uid: None)
    assert absent.exit_code == 3 and absent.records[0].status == "absent"
    assert absent.valid and not absent.current
    assert absent.lines()[0].startswith("AUTHENTIC BUT NOT CURRENT")
    other = replace(record, uid="someone-else")
    payload = same.payload()
    assert payload is not None
    assert compare_records(payload, lambda i, uid: other)[0].status == "absent"



def test_problem_wording_for_an_intact_but_invalid_signature():
    from tally.reports.verify import SignatureCheck, _signature_problems

    check = SignatureCheck("F", intact=True, valid=False, whole_file=True)
    assert _signature_problems(check, last=True) == [
        "signature 'F' is not cryptographically valid"]


def test_ec_key_from_an_organisation_signs_too(demo_form, forms, tmp_path):
    """Organisation PKCS#12 files often hold EC keys: ECDSA signatures must work the same."""
    from datetime import UTC, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dr Elliptic")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
        .sign(key, hashes.SHA256())
    )
    out = tmp_path / "ec.pdf"
    export_report([make_record(demo_form)], forms, out,
                  identity=identity.SigningIdentity(key, cert))
    result = verify_pdf(out, [cert])
    assert result.valid, result.problems
    assert "Signature is Valid" in pdfsig(out)


def test_superseded_names_the_newer_version_date_reason_and_totals(signed_pdf, signer,
                                                                    demo_form):
    """The report holds version 1 (total 4); version 2 (total 2) supersedes it."""
    v1 = make_record(demo_form, status="amended", history=(
        VersionNote(1, "amended", "2026-03-05T09:00:00+00:00", ""),
        VersionNote(2, "locked", "2026-03-05T09:30:00+00:00", "prior count corrected"),
    ))
    v2 = make_record(demo_form, number=2, version=2, amends_uid=v1.uid,
                     amendment_reason="prior count corrected",
                     locked_at="2026-03-05T09:30:00+00:00", answers=(
                         AnswerRecord("priors", 0, "entered"),
                         AnswerRecord("contact", 0, "entered"),
                         AnswerRecord("interest", 1, "entered")))
    found = verify_pdf(signed_pdf, [signer.cert], lookup=lambda i, uid: v1,
                       newest=lambda record: v2, forms={"demo": demo_form}.__getitem__)
    (check,) = found.records
    assert found.valid and not found.current and found.exit_code == 3
    assert check.status == "superseded" and check.form_id == "demo"
    assert check.newer == Newer(2, "2026-03-05", "prior count corrected", "locked", 4, 2)
    assert ("authentic but superseded by version 2 on 2026-03-05: prior count corrected; "
            "total 4 -> 2") in "\n".join(found.lines())
    assert check.newer.text("→").endswith("total 4 → 2")

    # without the chain lookup the record's own history still names the newer version
    alone = verify_pdf(signed_pdf, [signer.cert], lookup=lambda i, uid: v1)
    assert alone.exit_code == 3
    assert alone.records[0].newer == Newer(2, "2026-03-05", "prior count corrected", "locked",
                                           4, None)
    assert "total 4 -> not computed" in "\n".join(alone.lines())
    # an amended record with no readable history, and a newer draft whose form is missing
    bare = replace(v1, history=())
    assert compare_records(alone.payload(), lambda i, uid: bare)[0].newer == Newer(
        2, "an unrecorded date", "", "", 4, None)
    draft = replace(v2, status="draft", locked_at="")
    missing = compare_records(alone.payload(), lambda i, uid: v1, lambda r: draft,
                              {}.__getitem__)[0].newer
    assert missing == Newer(2, "2026-03-05", "prior count corrected", "draft", 4, None)
    assert "(a draft, not yet locked)" in missing.text()
    no_reason = Newer(3, "2026-04-01", "", "locked", None, 5)
    assert no_reason.text() == ("superseded by version 3 on 2026-04-01: no reason recorded; "
                                "total ? -> 5")
    # the newest version being the record itself: current
    current = compare_records(alone.payload(), lambda i, uid: make_record(demo_form),
                              lambda r: r)[0]
    assert current.status == "match" and current.newer is None


def test_a_report_whose_assessment_was_voided_since_is_authentic_but_not_current(
        signed_pdf, signer, demo_form):
    record = make_record(demo_form)
    voided = replace(record, status="void")
    found = verify_pdf(signed_pdf, [signer.cert], lookup=lambda i, uid: voided,
                       newest=lambda r: r,
                       voided=lambda r: ("2026-03-07", "scored for the wrong case"))
    (check,) = found.records
    assert found.valid and not found.current and found.exit_code == 3
    assert (check.status, check.voided_on, check.void_reason, check.form_id) == (
        "voided", "2026-03-07", "scored for the wrong case", "demo")
    assert (f"  database: assessment {record.uid} (version 1) is authentic but was voided on "
            "2026-03-07: scored for the wrong case; it is not current") in found.lines()
    # without the void lookup it still says voided, not when or why
    alone = compare_records(found.payload(), lambda i, uid: voided)[0]
    assert alone.status == "voided" and alone.voided_on == ""
    assert alone.message.endswith("was voided in this database; it is not current")
    # a report of version 1 whose amendment was voided later: superseded, and says so
    later = Newer(2, "2026-03-08", "prior count corrected", "void", 4, 2)
    assert later.text() == ("superseded by version 2 (since voided) on 2026-03-08: prior count "
                            "corrected; total 4 -> 2")
