"""Verify a Tally report offline: signature, trust, whole-file coverage, embedded data.

A report is valid only when every signature is intact and cryptographically valid, the
signer's certificate chains to a trust anchor (given with --trust or stored in the identity
folder), the last signature covers the entire file (anything appended after signing, such
as a revision that changes a score, makes it invalid), and the attached JSON hashes to the
value recorded with the attachment and printed on the page. When a database lookup is
given, the embedded assessments are compared with the records there: a report whose
assessments have since been amended is authentic but superseded, and says by which version,
when, why and how the total changed.

Exit codes: 0 valid (and, with a database, current), 1 invalid or tampered, 2 unreadable,
3 authentic but not current (superseded in, or absent from, the database named).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tally.core.catalog import Catalog
from tally.core.record import AssessmentRecord, canonical_json, sha256_hex
from tally.reports.content import ANCHOR_NAME, ATTACHMENT_NAME, DATA_FORMAT, AuditAnchor

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE, EXIT_NOT_CURRENT = 0, 1, 2, 3
_DESC_HASH = re.compile(r"SHA-256 ([0-9a-f]{64})")
MATCH, SUPERSEDED, ABSENT, DIFFERS = "match", "superseded", "absent", "differs"
NOT_CURRENT = (SUPERSEDED, ABSENT)

# id and uid of an embedded assessment -> the database record, or None when it is not there
RecordLookup = Callable[[int, str], AssessmentRecord | None]
# a database record -> the newest version of its amendment chain (itself when it is newest)
NewestLookup = Callable[[AssessmentRecord], AssessmentRecord | None]
# a form id -> the installed form, to compute the newer version's total (KeyError if absent)
# a catalog (the newer version's own form) or today's form by id
FormLookup = Catalog | Callable[[str], Any]


@dataclass(frozen=True)
class Newer:
    """The version that supersedes the one in a report."""

    version: int
    date: str  # YYYY-MM-DD: locked, or last changed for a draft
    reason: str
    status: str
    total_before: int | None  # as the report states it
    total_after: int | None  # the newer version scored now; None when it cannot be

    def text(self, arrow: str = "->") -> str:
        draft = " (a draft, not yet locked)" if self.status == "draft" else ""
        before = "?" if self.total_before is None else str(self.total_before)
        after = "not computed" if self.total_after is None else str(self.total_after)
        return (f"superseded by version {self.version}{draft} on {self.date}: "
                f"{self.reason or 'no reason recorded'}; total {before} {arrow} {after}")


@dataclass
class SignatureCheck:
    field: str
    signer: str = ""
    signer_subject: str = ""
    fingerprint: str = ""
    signing_time: datetime | None = None
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    whole_file: bool = False
    coverage: str = ""
    modifications: str = ""


@dataclass
class RecordCheck:
    uid: str
    status: str  # match, superseded, absent or differs
    message: str
    newer: Newer | None = None
    form_id: str = ""


@dataclass
class Verification:
    path: str
    readable: bool = True
    unreadable_reason: str = ""
    signatures: list[SignatureCheck] = field(default_factory=list)
    data: bytes | None = None
    data_sha256: str = ""
    recorded_sha256: str = ""
    printed: bool = False
    records: list[RecordCheck] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    anchor: AuditAnchor | None = None  # the audit head attached at export, if any

    @property
    def valid(self) -> bool:
        return self.readable and not self.problems

    @property
    def current(self) -> bool:
        """Valid, and no embedded assessment superseded in or absent from the database."""
        return self.valid and not any(r.status in NOT_CURRENT for r in self.records)

    @property
    def exit_code(self) -> int:
        if not self.readable:
            return EXIT_UNREADABLE
        if not self.valid:
            return EXIT_INVALID
        return EXIT_VALID if self.current else EXIT_NOT_CURRENT

    def payload(self) -> dict[str, Any] | None:
        """The embedded assessment data, when it is present and well formed."""
        if self.data is None:
            return None
        try:
            value = json.loads(self.data)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def lines(self) -> list[str]:
        """A plain summary for the terminal and the app's Verify screen."""
        if not self.readable:
            return [f"UNREADABLE: {self.path}: {self.unreadable_reason}"]
        verdict = ("VALID" if self.current else "AUTHENTIC BUT NOT CURRENT") if self.valid \
            else "INVALID"
        out = [f"{verdict}: {self.path}"]
        for i, sig in enumerate(self.signatures, 1):
            when = sig.signing_time.isoformat() if sig.signing_time else "not stated"
            out += [
                f"  signature {i} ({sig.field}): signed by {sig.signer or 'unknown'}",
                f"    signing time (claimed by the signer): {when}",
                f"    intact: {'yes' if sig.intact else 'NO'}; cryptographically valid: "
                f"{'yes' if sig.valid else 'NO'}; trusted: {'yes' if sig.trusted else 'NO'}",
                f"    coverage: {'entire file' if sig.whole_file else sig.coverage}",
                f"    certificate: {sig.signer_subject}",
                f"    certificate SHA-256: {sig.fingerprint}",
            ]
        if self.data is not None:
            out.append(f"  embedded data: {ATTACHMENT_NAME}, SHA-256 {self.data_sha256}")
            out.append(
                "    matches the hash recorded with it: "
                + ("yes" if self.recorded_sha256 == self.data_sha256 else "NO")
                + "; printed on the page: " + ("yes" if self.printed else "NO")
            )
        for rec in self.records:
            out.append(f"  database: {rec.message}")
        out += [f"  problem: {p}" for p in self.problems]
        return out


def _read_source(source: str | Path | bytes) -> tuple[str, bytes]:
    if isinstance(source, bytes):
        return "<memory>", source
    path = Path(source)
    return str(path), path.read_bytes()


def _asn1(certs: Sequence[Any]) -> list[Any]:
    from asn1crypto import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return [x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in certs]


def _check_signature(embedded, roots: list[Any]) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    status = validate_pdf_signature(embedded, context)
    cert = status.signing_cert
    check = SignatureCheck(field=str(embedded.field_name))
    check.signer = cert.subject.native.get("common_name", "") if cert else ""
    check.signer_subject = cert.subject.human_friendly if cert else ""
    check.fingerprint = cert.sha256_fingerprint if cert else ""
    check.signing_time = status.signer_reported_dt
    check.intact, check.valid, check.trusted = status.intact, status.valid, status.trusted
    coverage = status.coverage.name if status.coverage is not None else "UNKNOWN"
    check.whole_file = coverage == "ENTIRE_FILE"
    check.coverage = {
        "ENTIRE_REVISION": "its own revision only: content was added to the file after signing",
        "CONTIGUOUS_BLOCK_FROM_START": "part of the file only",
    }.get(coverage, coverage.lower().replace("_", " "))
    level = getattr(status, "modification_level", None)
    check.modifications = level.name.lower() if level is not None else ""
    return check


def _signature_problems(sig: SignatureCheck, last: bool) -> list[str]:
    problems = []
    if not sig.intact:
        problems.append(
            f"signature '{sig.field}' is broken: the signed bytes were changed after signing"
        )
    elif not sig.valid:
        problems.append(f"signature '{sig.field}' is not cryptographically valid")
    if sig.intact and sig.valid and not sig.trusted:
        problems.append(
            f"the signer's certificate ({sig.signer or 'unknown'}) is not trusted: pass "
            "--trust CERT.pem (the signer's or its CA's certificate) or add it with "
            "'tally identity trust-add'"
        )
    if last and not sig.whole_file:
        problems.append(
            "the signature does not cover the whole file: content was added after signing "
            f"(changes found: {sig.modifications or 'unknown'})"
        )
    return problems


def _attachment(reader, name: str = ATTACHMENT_NAME) -> tuple[bytes | None, str]:
    """The embedded JSON and the hash recorded in its description, if present."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return None, ""
    for i in range(0, len(names) - 1, 2):
        if str(names[i]) != name:
            continue
        spec = names[i + 1].get_object()
        data = spec["/EF"]["/F"].get_object().data
        found = _DESC_HASH.search(str(spec.get("/Desc", "")))
        return data, found.group(1) if found else ""
    return None, ""


def _page_streams(reader) -> list[bytes]:
    """Decoded content streams of every page (where the hash is printed)."""
    out: list[bytes] = []

    def walk(node) -> None:
        node = node.get_object()
        if "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid)
            return
        contents = node.get("/Contents")
        if contents is None:
            return
        contents = contents.get_object()
        streams = contents if isinstance(contents, list) else [contents]
        out.extend(s.get_object().data for s in streams)

    walk(reader.root["/Pages"])
    return out


def _date(moment: str) -> str:
    return moment[:10] if moment else "an unrecorded date"


def _newer(record: AssessmentRecord, newest: AssessmentRecord | None,
           total_before: int | None, forms: FormLookup | None) -> Newer | None:
    """What supersedes `record`, from its amendment chain; None when it is the newest."""
    later = sorted((h for h in record.history if h.version > record.version),
                   key=lambda h: h.version)
    if newest is not None and newest.version > record.version:
        note = next((h for h in later if h.version == newest.version), None)
        total_after = None
        if forms is not None:
            from tally.core.facts import InputError
            from tally.core.scoring import score

            try:
                scoring = newest.scoring_input()
                form = (forms.form_of(newest.form_id, newest.form_hash)
                        if isinstance(forms, Catalog) else forms(newest.form_id))
                total_after = score(form, scoring["items"], scoring["facts"]).total
            except (KeyError, InputError):
                total_after = None  # the form is not installed or the draft cannot be scored
        return Newer(newest.version, _date(newest.locked_at or (note.changed_at if note else "")),
                     newest.amendment_reason, newest.status, total_before, total_after)
    if later:  # no chain lookup: the record's own history still names the newer version
        last = later[-1]
        return Newer(last.version, _date(last.changed_at), last.reason, last.status,
                     total_before, None)
    if record.status == "amended":  # superseded, though the newer version is not readable
        return Newer(record.version + 1, "an unrecorded date", "", "", total_before, None)
    return None


def compare_records(payload: dict[str, Any], lookup: RecordLookup,
                    newest: NewestLookup | None = None,
                    forms: FormLookup | None = None) -> list[RecordCheck]:
    """Compare each embedded assessment with the database record of the same id.

    A record that matches but has a newer version in its amendment chain is `superseded`
    (named with its version, date, reason and the total before and after).
    """
    checks = []
    for item in payload.get("assessments", []):
        content = item.get("content", {})
        uid = str(content.get("uid", ""))
        form_id = str((content.get("form") or {}).get("id", ""))
        record = lookup(int(item.get("id", 0)), uid)
        if record is None or record.uid != uid:
            checks.append(RecordCheck(
                uid, ABSENT, f"assessment {uid} is authentic but not in this database, so "
                "it cannot be shown to be current", form_id=form_id))
            continue
        embedded_hash = sha256_hex(canonical_json(content))
        if not record.content_hash_now() == embedded_hash == record.content_hash:
            checks.append(RecordCheck(
                uid, DIFFERS, f"assessment {uid} DIFFERS from record {record.id} in this "
                "database (the report and the database disagree)", form_id=form_id))
            continue
        total = (item.get("result") or {}).get("total")
        later = _newer(record, newest(record) if newest else None,
                       total if isinstance(total, int) else None, forms)
        if later is not None:
            checks.append(RecordCheck(
                uid, SUPERSEDED, f"assessment {uid} (version {record.version}) is authentic "
                f"but {later.text()}", later, form_id))
        else:
            checks.append(RecordCheck(
                uid, MATCH, f"assessment {uid} matches record {record.id} and is its newest "
                f"version (status {record.status}, content hash {embedded_hash[:16]}…)",
                form_id=form_id))
    return checks


def verify_pdf(
    source: str | Path | bytes,
    trust: Sequence[Any] = (),
    use_stored_anchors: bool = True,
    lookup: RecordLookup | None = None,
    identity_folder: str | Path | None = None,
    newest: NewestLookup | None = None,
    forms: FormLookup | None = None,
) -> Verification:
    """Check a report. `trust` holds cryptography certificates (e.g. from --trust).

    The stored trust anchors (identity folder, `trust/`) are added unless
    `use_stored_anchors` is False. Never raises for a bad file: see `Verification`.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    from tally.reports.identity import trust_anchors

    try:
        where, raw = _read_source(source)
    except OSError as exc:
        return Verification(str(source), readable=False,
                            unreadable_reason=exc.strerror or str(exc))
    result = Verification(where)
    if not raw.startswith(b"%PDF-"):
        result.readable, result.unreadable_reason = False, "not a PDF file"
        return result
    try:
        reader = PdfFileReader(io.BytesIO(raw), strict=False)
        reader.root.get_object()
    except Exception as exc:  # any parse failure means we cannot judge the file at all
        result.readable, result.unreadable_reason = False, f"cannot be read as a PDF ({exc})"
        return result
    try:
        embedded = list(reader.embedded_signatures)
    except Exception:  # a damaged signature container: the file is readable but not valid
        result.problems.append("a signature in the file is damaged and cannot be read")
        embedded = None

    anchors = list(trust)
    if use_stored_anchors:
        anchors += trust_anchors(identity_folder)
    roots = _asn1(anchors)
    if embedded == []:
        result.problems.append("the file is not digitally signed")
    signed = embedded or []
    for sig in signed:
        try:
            check = _check_signature(sig, roots)
        except Exception as exc:  # a mangled signature container is a failed signature
            check = SignatureCheck(field=str(sig.field_name), coverage=f"not checked ({exc})")
        result.signatures.append(check)
        result.problems += _signature_problems(check, last=sig is signed[-1])

    try:
        data, recorded = _attachment(reader)
        anchor, _ = _attachment(reader, ANCHOR_NAME)
        pages = _page_streams(reader)
    except Exception as exc:  # damaged streams: the signature check above already says why
        result.problems.append(f"the report's content cannot be read ({exc})")
        return result
    if data is None:
        result.problems.append(f"the machine-readable copy ({ATTACHMENT_NAME}) is missing")
        return result
    result.data, result.recorded_sha256 = data, recorded
    if anchor is not None:
        result.anchor = AuditAnchor.parse(anchor)
        if result.anchor is None:
            result.problems.append(f"the attached {ANCHOR_NAME} is not an audit anchor")
    result.data_sha256 = hashlib.sha256(data).hexdigest()
    result.printed = any(result.data_sha256.encode() in page for page in pages)
    if result.recorded_sha256 != result.data_sha256:
        result.problems.append("the embedded data does not match the hash recorded with it")
    if not result.printed:
        result.problems.append("the embedded data's hash is not the one printed on the page")
    payload = result.payload()
    if payload is None or payload.get("format") != DATA_FORMAT:
        result.problems.append("the embedded data is not a Tally report")
        return result
    if lookup is not None:
        result.records = compare_records(payload, lookup, newest, forms)
        result.problems += [r.message for r in result.records if r.status == DIFFERS]
    return result
