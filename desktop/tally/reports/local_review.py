"""Signed local content reviews: the file an agency copies to every machine.

A review file (``data_dir()/reviews/*.json``) holds the review (who, when, and entries that
confirm or correct a form's numbers or add a norms table, each naming manual, edition, page
and date), the reviewer's certificate, and a detached signature over the review's canonical
JSON made with the reviewer's signing identity. On loading, a file whose signature fails, whose
certificate is not trusted here, or that is malformed is reported and ignored whole; an entry
that no longer matches its form (version changed, or the number now differs) is reported and
ignored alone. What passes goes into core as plain data (tally.core.local_review.amend) and
through the same form validator. The default is no review, and then nothing changes.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tally.core import local_review as core_review
from tally.core.catalog import Catalog
from tally.core.loader import FormError, load_form
from tally.core.record import canonical_json

FORMAT = "tally-content-review/1"


class ReviewFileError(Exception):
    """A review that cannot be read, verified or written; str() is one line."""


def reviews_dir() -> Path:
    from tally.paths import data_dir

    return data_dir() / "reviews"


@dataclass
class ReviewStatus:
    """What loading the reviews found: shown by `tally forms show/review` and the app."""

    applied: list[str] = field(default_factory=list)  # one line per review file used
    problems: list[str] = field(default_factory=list)  # refused files and ignored entries


# -- signing --------------------------------------------------------------------------------

def _sign(key, data: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    if isinstance(key, rsa.RSAPrivateKey):
        return key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256()))
    raise ReviewFileError("the signing key is neither RSA nor EC")


def _verify(cert, data: bytes, signature: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

    key = cert.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except InvalidSignature:
        return False
    return True


def _trusted(cert) -> bool:
    """The reviewer is this installation's own identity, a trust anchor, or issued by one."""
    from tally.reports import identity

    own = identity.certificate()
    anchors = identity.trust_anchors()
    if own is not None and own == cert:
        return True
    for anchor in anchors:
        if anchor == cert:
            return True
        try:
            cert.verify_directly_issued_by(anchor)
            return True
        except Exception:
            continue
    return False


# -- files ----------------------------------------------------------------------------------

def review_path(signer) -> Path:
    """One file per reviewer, named by the certificate's fingerprint."""
    from tally.reports import identity

    short = identity.fingerprint(signer.cert).replace(":", "")[:16].lower()
    return reviews_dir() / f"review-{short}.json"


def read_review(path: Path) -> tuple[dict, Any]:
    """The verified review and its certificate; ReviewFileError with one line if refused."""
    from cryptography import x509

    name = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReviewFileError(f"review {name}: cannot be read ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ReviewFileError(f"review {name}: not a Tally content review ({FORMAT})")
    review, cert_pem, sig = doc.get("review"), doc.get("certificate"), doc.get("signature")
    if not isinstance(review, dict) or not isinstance(cert_pem, str) or not isinstance(sig, str):
        raise ReviewFileError(f"review {name}: missing review, certificate or signature")
    try:
        cert = x509.load_pem_x509_certificate(cert_pem.encode())
        signature = base64.b64decode(sig, validate=True)
    except ValueError:
        raise ReviewFileError(f"review {name}: the certificate or signature is damaged") from None
    if not _verify(cert, canonical_json(review), signature):
        raise ReviewFileError(
            f"review {name}: the signature does not match its content (changed after signing); "
            "ignored")
    if not _trusted(cert):
        from tally.reports.identity import subject_name

        raise ReviewFileError(
            f"review {name}: signed by {subject_name(cert)}, whose certificate is not trusted "
            "here (tally identity trust-add); ignored")
    entries = review.get("entries")
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ReviewFileError(f"review {name}: 'entries' must be a list")
    return review, cert


def write_review(review: Mapping[str, Any], signer, path: Path | None = None) -> Path:
    """Sign the review with the identity and write it atomically; returns the file."""
    from tally.reports.identity import certificate_pem

    target = path or review_path(signer)
    doc = {
        "format": FORMAT,
        "review": dict(review),
        "certificate": certificate_pem(signer.cert).decode(),
        "signature": base64.b64encode(_sign(signer.key, canonical_json(dict(review)))).decode(),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(target.name + ".tmp")
    temp.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(temp, target)  # a crash leaves the old file or the new one, never half of one
    return target


def own_review(signer) -> dict:
    """The signer's current review (verified), or a new empty one."""
    from tally.reports.identity import subject_name

    path = review_path(signer)
    if path.exists():
        review, _cert = read_review(path)
        return review
    return {"reviewer": subject_name(signer.cert), "entries": []}


def add_entry(signer, form, action: str, *, manual: str, edition: str, page: str,
              target: str = "", new_value: str = "", table: Mapping[str, Any] | None = None,
              today: str | None = None) -> Path:
    """Confirm or correct one number of `form` (the form as its file says), or add a norms
    table, in the signer's review; the table is checked by the form validator before saving."""
    from tally.reports.identity import subject_name

    for what, value in (("manual", manual), ("edition", edition), ("page", page)):
        if not value.strip():
            raise ReviewFileError(f"name the {what} you checked against")
    if action not in core_review.ACTIONS:
        raise ReviewFileError(f"unknown review action {action!r}")
    entry: dict[str, Any] = {
        "action": action, "form": form.id, "form_version": form.version,
        "form_hash": form.content_hash, "manual": manual.strip(), "edition": edition.strip(),
        "page": page.strip(), "date": today or datetime.now(UTC).date().isoformat(),
        "reviewer": subject_name(signer.cert),
    }
    if action == core_review.NORMS:
        entry["table"] = dict(table or {})
    else:
        number = next((n for n in core_review.numbers(form) if n.target == target), None)
        if number is None:
            raise ReviewFileError(f"{form.id} has no number '{target}'")
        entry["target"], entry["value"] = target, number.value
        if action == core_review.CORRECT:
            entry["new_value"] = new_value
    _apply(form, [entry])  # refuse now what loading would refuse later
    review = own_review(signer)
    entries = [e for e in review["entries"]
               if action == core_review.NORMS or not (e.get("form") == form.id
                                                     and e.get("target") == target)]
    review = {**review, "entries": [*entries, entry], "updated": entry["date"]}
    return write_review(review, signer)


def _apply(form, entries: Sequence[Mapping[str, Any]]):
    """The form reloaded from its file with the entries applied; ReviewFileError if refused."""
    try:
        return load_form(form.path, form.lang,
                         amend=lambda data: core_review.amend(data, form, entries))
    except (FormError, core_review.ReviewError, KeyError, TypeError) as exc:
        raise ReviewFileError(f"{form.id}: the review cannot be applied: {exc}") from None


def reviewed_catalog(lang: str = "en") -> Catalog:
    """The installed forms with every verified local review applied: what the app, reports and
    `tally forms show` use. Refused reviews and ignored entries are in `problems`."""
    from tally.paths import load_catalog

    catalog, status = apply_reviews(load_catalog(lang))
    catalog.problems.extend(status.problems)
    catalog.reviews = status.applied
    return catalog


def apply_reviews(catalog: Catalog, folder: Path | None = None) -> tuple[Catalog, ReviewStatus]:
    """The catalog with every verified review applied, and what was applied or refused."""
    status = ReviewStatus()
    folder = folder or reviews_dir()
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        return catalog, status
    by_form: dict[str, list[dict]] = {}
    for path in files:
        try:
            review, _cert = read_review(path)
        except ReviewFileError as exc:
            status.problems.append(str(exc))
            continue
        used = 0
        changed: set[str] = set()
        for position, entry in enumerate(review["entries"], 1):
            form_id = entry.get("form")
            if form_id not in catalog:
                status.problems.append(f"review {path.name} entry {position}: form "
                                       f"{form_id!r} is not installed; ignored")
                continue
            form = catalog.get(form_id)
            why = core_review.matches(form, entry)
            if why:
                status.problems.append(f"review {path.name} entry {position}: {why}; ignored")
                continue
            if entry.get("form_hash") != form.content_hash:
                changed.add(form_id)
            by_form.setdefault(form_id, []).append({**entry, "reviewer": review.get(
                "reviewer", entry.get("reviewer", ""))})
            used += 1
        status.applied.append(f"{path.name}: review by {review.get('reviewer', '?')}, "
                              f"{used} of {len(review['entries'])} entries apply")
        for form_id in sorted(changed):  # said, not hidden: the numbers were checked one by one
            status.applied.append(
                f"{path.name}: the {form_id} form file changed since the review; its entries "
                "were checked number by number and only those that still match apply")
    forms = {form.id: form for form in catalog}
    for form_id, entries in by_form.items():
        try:
            forms[form_id] = _apply(forms[form_id], entries)
        except ReviewFileError as exc:
            status.problems.append(f"{exc}; the form is used as its file says")
    out = Catalog(forms, list(catalog.problems), catalog.lang)
    return out, status
