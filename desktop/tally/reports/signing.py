"""Sign a built report: PAdES baseline B-B, a visible field, the whole file covered.

The signing time written into the signature is the same moment printed on the page as the
signature manifestation, so the page and the signature can never disagree. No timestamp
authority is used (Tally is offline): the time is the signer's claim, as B-B allows.
pyHanko is imported inside the functions, never at application start-up.
"""

from __future__ import annotations

import io
from datetime import datetime

from tally.reports.identity import SigningIdentity

FIELD_NAME = "TallySignature"
STAMP_TEXT = "Digitally signed by\n%(signer)s\n%(ts)s"
TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"


class SigningError(Exception):
    """The PDF could not be signed; str() is one clear line for the user."""


def _pyhanko_signer(identity: SigningIdentity):
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ec import ECDSA
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign import signers
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    cert = x509.Certificate.load(identity.cert.public_bytes(der))
    key = keys.PrivateKeyInfo.load(identity.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    chain = [x509.Certificate.load(c.public_bytes(der)) for c in identity.chain]

    class LoadedKeySigner(signers.SimpleSigner):
        """Signs with the key already unlocked: pyHanko's default re-parses and re-checks
        the key for every signature, which costs tens of milliseconds for RSA-3072."""

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            hash_algo = get_pyca_cryptography_hash(digest_algorithm)
            if mechanism.signature_algo == "ecdsa":
                return identity.key.sign(data, ECDSA(hash_algo))
            return identity.key.sign(data, PKCS1v15(), hash_algo)

    return LoadedKeySigner(
        signing_cert=cert, signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),
    )


def sign_pdf(
    pdf: bytes,
    identity: SigningIdentity,
    signing_time: datetime,
    meaning: str,
    page: int,
    box: tuple[float, float, float, float],
    location: str = "",
    stamp_text: str = STAMP_TEXT,
) -> bytes:
    """Return `pdf` with one PAdES B-B signature appended as an incremental update.

    `page` (0-based) and `box` place the visible signature field where the report left room;
    `stamp_text` is the visible stamp's wording, in the report's language.
    """
    if signing_time.tzinfo is None:
        raise SigningError("the signing time needs a UTC offset")
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    class FixedTimeSigner(signers.PdfSigner):
        """PdfSigner that signs at the moment already printed on the page."""

        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = signing_time
            return session

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=meaning,
        name=identity.common_name,
        location=location or None,
    )
    signer = FixedTimeSigner(
        meta,
        signer=_pyhanko_signer(identity),
        new_field_spec=fields.SigFieldSpec(  # pyHanko's hint says int; PDF boxes are reals
            sig_field_name=FIELD_NAME, on_page=page, box=box),  # type: ignore[arg-type]
        stamp_style=TextStampStyle(stamp_text=stamp_text, timestamp_format=TIME_FORMAT,
                                   border_width=0),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    # room for the CMS container: certificates plus signature and attributes, so pyHanko
    # need not sign a dummy document first just to measure it
    certs = (identity.cert, *identity.chain)
    reserve = 2 * (4096 + sum(len(c.tbs_certificate_bytes) + 1024 for c in certs))
    out = signer.sign_pdf(writer, output=io.BytesIO(), bytes_reserved=reserve)
    return out.getvalue()
