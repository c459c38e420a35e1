"""Export one report: check and score the records, lay out the PDF, sign it, write it.

This is the one call the app and the command line make. The file is written through a
temporary name and renamed, so a failed export never leaves half a PDF behind.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from tally.core.record import AssessmentRecord
from tally.core.report_context import ReportContext
from tally.files import write_atomically
from tally.reports.content import (
    AuditAnchor,
    CompanionUse,
    FormSource,
    data_sha256,
    prepare,
    report_json,
)
from tally.reports.identity import SigningIdentity, fingerprint

DEFAULT_MEANING = (
    "Author: I scored these assessments and attest that this summary shows my scoring as I "
    "recorded it."
)
DEFAULT_MEANINGS = {  # the default signature meaning in each report language
    "en": DEFAULT_MEANING,
    "fr": "Auteur : j'ai coté ces évaluations et j'atteste que ce sommaire présente ma "
          "cotation telle que je l'ai consignée.",
}
MEANINGS = {  # the signature meanings offered for a report in each language, default first
    "en": (DEFAULT_MEANING, "Reviewer: I reviewed these assessments."),
    "fr": (DEFAULT_MEANINGS["fr"], "Réviseur : j'ai révisé ces évaluations."),
}


@dataclass(frozen=True)
class ExportResult:
    pdf: bytes
    pdf_sha256: str
    data: bytes  # the embedded JSON
    data_sha256: str
    signed: bool
    signer: str = ""
    signed_at: datetime | None = None
    path: Path | None = None
    text: str = ""  # the report's text, block by block (what the DOCX copy holds)
    docx_path: Path | None = None  # the editable working copy, when one was asked for
    docx: bytes | None = None


def now_with_offset() -> datetime:
    """Local time with its UTC offset, to the second: what the page prints."""
    return datetime.now().astimezone().replace(microsecond=0)


def export_report(
    records: Sequence[AssessmentRecord],
    forms: FormSource,
    out: str | Path | None = None,
    identity: SigningIdentity | None = None,
    meaning: str = DEFAULT_MEANING,
    example: bool = False,
    signing_time: datetime | None = None,
    context: ReportContext | None = None,
    profile: str | None = None,
    previous: Mapping[str, AssessmentRecord] | None = None,
    earlier: Mapping[str, AssessmentRecord] | None = None,
    today: date | None = None,
    docx_out: str | Path | None = None,
    lang: str = "en",
    write: bool = True,
    audit_anchor: AuditAnchor | None = None,
    companions: Mapping[str, CompanionUse] | None = None,
) -> ExportResult:
    """Build (and sign, when an unlocked identity is given) the report for `records`.

    `context` is the referral and the evaluator's judgement; `profile` "court" (the default)
    or "working"; `previous` the versions amended records replace (by uid) and `earlier` the
    previous rating of each record's instrument (by the record's uid), so the page can say
    what changed; `docx_out` also writes the editable, unsigned DOCX copy of the same
    content (which names the PDF's data SHA-256). `lang` is the report's language (en or fr),
    whatever the interface's: every fixed text, date and number follows it; `forms` should
    give the forms in it too. write=False builds everything and writes nothing: the caller
    writes `pdf` and `docx` to `path` and `docx_path` (operations.signoff, which records the
    sign-off in the same step). `audit_anchor` is the database's audit head now: attached and
    printed, so `tally audit verify --against` can prove the trail up to it was never cut or
    rewritten. `companions` (by the record's uid) the CASIC version a CPORT's item 5 was
    scored from, printed item by item with the statement recorded. Raises ReportError for
    records that may not leave (drafts, tampered, mixed cases), IdentityError/SigningError
    when signing fails. Nothing is written on failure.
    """
    from tally.reports.build import Manifest, build_pdf
    from tally.reports.signing import sign_pdf

    scored = prepare(records, forms, previous, earlier, companions)
    data = report_json(scored)
    digest = data_sha256(data)
    manifest = None
    moment = None
    if identity is not None:
        moment = (signing_time or now_with_offset()).replace(microsecond=0)
        manifest = Manifest(
            printed_name=identity.common_name, signed_at=moment, meaning=meaning,
            certificate_subject=identity.cert.subject.rfc4514_string(),
            certificate_fingerprint=fingerprint(identity.cert),
        )
    from tally.reports.language import L, use

    with use(lang):
        built = build_pdf(scored, data, digest, manifest=manifest, example=example,
                          context=context, profile=profile, today=today, anchor=audit_anchor)
        stamp = L.SIG_STAMP
    pdf = built.pdf
    if identity is not None:
        assert moment is not None
        pdf = sign_pdf(pdf, identity, moment, meaning, built.signature_page, built.signature_box,
                       stamp_text=stamp)
    docx_bytes = None
    if docx_out is not None:
        from tally.reports.docx import build_docx

        docx_bytes = build_docx(built.blocks, digest, manifest, scored[0].record.case.case_id)
    target = Path(out) if out is not None else None
    if target is not None and write:
        write_atomically(target, pdf)
    docx_path = Path(docx_out) if docx_out is not None else None
    if docx_path is not None and docx_bytes is not None and write:
        write_atomically(docx_path, docx_bytes)
    return ExportResult(
        pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest(), data=data, data_sha256=digest,
        signed=identity is not None, signer=identity.common_name if identity else "",
        signed_at=moment, path=target, text=built.text, docx_path=docx_path, docx=docx_bytes,
    )
