"""The evaluator's signing identity: a private key, its certificate, and trust anchors.

Layout of the identity folder (``tally.paths.data_dir()/identity`` unless a folder is given):

- ``key.pem``: the private key, PKCS#8 encrypted with the scrypt-stretched key passphrase
  (never stored plain)
- ``cert.pem``: the signing certificate (self-signed, CA-issued, or from a PKCS#12 file)
- ``chain.pem``: intermediate certificates that came with it (may be absent)
- ``request.pem``: a certificate request waiting for the organisation's CA (may be absent)
- ``trust/*.pem``: root certificates this installation trusts when verifying reports

Only the ``cryptography`` library is used here, and only inside functions, so importing this
module costs nothing at start-up.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from cryptography import x509

KEY_FILE, CERT_FILE, CHAIN_FILE, REQUEST_FILE = "key.pem", "cert.pem", "chain.pem", "request.pem"
TRUST_DIR = "trust"
MIN_PASSPHRASE = 8
DEFAULT_KEY_BITS = 3072
DEFAULT_YEARS = 5


class IdentityError(Exception):
    """A signing identity that cannot be created, read or used; str() is one clear line."""


def identity_dir(folder: str | Path | None = None) -> Path:
    if folder is not None:
        return Path(folder)
    from tally.paths import data_dir

    return data_dir() / "identity"


@dataclass(frozen=True)
class IdentityInfo:
    """What `tally identity show` prints and the app shows in Settings."""

    folder: Path
    subject: str
    issuer: str
    self_signed: bool
    not_before: datetime
    not_after: datetime
    fingerprint_sha256: str
    key_type: str
    pending_request: bool


@dataclass(frozen=True)
class SigningIdentity:
    """An unlocked identity, ready to sign: the key only lives in memory."""

    key: Any  # cryptography private key
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def common_name(self) -> str:
        return subject_name(self.cert)


def subject_name(cert: x509.Certificate) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _check_passphrase(passphrase: str) -> bytes:
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(f"the key passphrase must have at least {MIN_PASSPHRASE} characters")
    return passphrase.encode()


def _name(common_name: str, organisation: str = "", email: str = ""):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    if not common_name.strip():
        raise IdentityError("a signing identity needs the evaluator's name")
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip())]
    if organisation.strip():
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    if email.strip():
        parts.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    return x509.Name(parts)


def _new_key(bits: int):
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def _signing_extensions(builder, public_key, ca: bool):
    """digitalSignature + nonRepudiation (content commitment): what PDF validators expect."""
    from cryptography import x509

    builder = builder.add_extension(
        x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=False,
            encipher_only=False, decipher_only=False,
        ),
        critical=True,
    )
    return builder.add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)


# PKCS#8 PEM encryption uses PBKDF2 with only 2,048 rounds, cheap to guess against a stolen
# key file. The passphrase is first stretched with scrypt (N=2^17, r=8: 128 MiB and about half
# a second a guess, current guidance) and the result encrypts the PEM; the first line of the
# file records the salt and parameters. A key stored with weaker ones (Tally 0.1 used N=2^14)
# is re-encrypted with these the next time it is unlocked.
_KDF_TAG = b"# tally-kdf scrypt"
_SCRYPT = {"n": 2**17, "r": 8, "p": 1}
_SCRYPT_MAXMEM = 256 * 2**20  # what N=2^17 needs, and a ceiling for a tampered header


def _stretch(passphrase: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib

    try:
        derived = hashlib.scrypt(passphrase, salt=salt, n=n, r=r, p=p, dklen=32,
                                 maxmem=_SCRYPT_MAXMEM)
    except (ValueError, MemoryError):  # parameters no Tally wrote (a damaged key file)
        raise IdentityError("the key file's scrypt parameters are not valid") from None
    return derived.hex().encode()


def _kdf_header(key_pem: bytes) -> tuple[dict[str, int], bytes, bytes] | None:
    """(scrypt parameters, salt, the PEM after the header), or None for a plain PKCS#8 file."""
    if not key_pem.startswith(_KDF_TAG):
        return None
    header, pem = key_pem.split(b"\n", 1)
    try:
        fields = dict(f.decode().split("=", 1) for f in header[len(_KDF_TAG):].split())
        salt = bytes.fromhex(fields.pop("salt"))
        return {k: int(v) for k, v in fields.items()}, salt, pem
    except (ValueError, KeyError, UnicodeDecodeError):
        raise IdentityError("the key file's scrypt header is damaged") from None


def _weaker_than_now(key_pem: bytes) -> bool:
    found = _kdf_header(key_pem)
    return found is None or any(found[0].get(k, 0) < v for k, v in _SCRYPT.items())


def _encrypted_key_pem(key, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives import serialization

    salt = os.urandom(16)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(
            _stretch(_check_passphrase(passphrase), salt, **_SCRYPT)
        ),
    )
    params = " ".join(f"{k}={v}" for k, v in _SCRYPT.items())
    return _KDF_TAG + f" {params} salt={salt.hex()}\n".encode() + pem


def _write_private(path: Path, data: bytes) -> None:
    """Write owner-only, through a temporary name, so a crash never leaves half a key."""
    from tally.files import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)


def refuse_existing(folder: Path, overwrite: bool) -> None:
    if not overwrite and ((folder / KEY_FILE).exists() or (folder / CERT_FILE).exists()):
        raise IdentityError(
            f"a signing identity already exists in {folder}; "
            "add --replace to replace it (the old key is then lost)"
        )


def make_self_signed(
    common_name: str, organisation: str = "", email: str = "",
    years: int = DEFAULT_YEARS, bits: int = DEFAULT_KEY_BITS,
):
    """A fresh key and a self-signed signing certificate for it (nothing written)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    key = _new_key(bits)
    name = _name(common_name, organisation, email)
    now = datetime.now(UTC).replace(microsecond=0)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    builder = _signing_extensions(builder, key.public_key(), ca=False)
    cert = builder.sign(key, hashes.SHA256())
    return key, cert


def create_self_signed(
    passphrase: str, common_name: str, organisation: str = "", email: str = "",
    folder: str | Path | None = None, overwrite: bool = False, bits: int = DEFAULT_KEY_BITS,
) -> IdentityInfo:
    """Create and store a personal self-signed signing identity."""
    from cryptography.hazmat.primitives import serialization

    target = identity_dir(folder)
    _check_passphrase(passphrase)
    refuse_existing(target, overwrite)
    key, cert = make_self_signed(common_name, organisation, email, bits=bits)
    _write_private(target / KEY_FILE, _encrypted_key_pem(key, passphrase))
    _write_private(target / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
    for stale in (CHAIN_FILE, REQUEST_FILE):
        (target / stale).unlink(missing_ok=True)
    return show(target)


def create_request(
    passphrase: str, common_name: str, organisation: str = "", email: str = "",
    folder: str | Path | None = None, overwrite: bool = False, bits: int = DEFAULT_KEY_BITS,
) -> bytes:
    """Create a key and a certificate signing request (PEM) for the organisation's CA.

    The key is stored encrypted now; the issued certificate is added by `import_certificate`.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    target = identity_dir(folder)
    _check_passphrase(passphrase)
    refuse_existing(target, overwrite)
    key = _new_key(bits)
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        _name(common_name, organisation, email)
    )
    builder = _signing_extensions(builder, key.public_key(), ca=False)
    request = builder.sign(key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)
    _write_private(target / KEY_FILE, _encrypted_key_pem(key, passphrase))
    (target / CERT_FILE).unlink(missing_ok=True)
    (target / CHAIN_FILE).unlink(missing_ok=True)
    _write_private(target / REQUEST_FILE, request)
    return request


def _load_certs(data: bytes, what: str) -> list[x509.Certificate]:
    from cryptography import x509

    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise IdentityError(f"{what} is not a certificate (PEM or DER)") from None


def _read(path: str | Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise IdentityError(f"cannot read {what} {path}: {exc.strerror or exc}") from None


def _same_key(a, b) -> bool:
    from cryptography.hazmat.primitives import serialization

    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return a.public_bytes(*fmt) == b.public_bytes(*fmt)


def import_certificate(
    cert_file: str | Path, folder: str | Path | None = None, passphrase: str | None = None
) -> IdentityInfo:
    """Import the certificate the CA issued for our request (PEM or DER, chain may follow).

    The certificate must carry the stored key's public key; with `passphrase` the key is
    also unlocked as a check. Extra certificates in the file are kept as the chain.
    """
    from cryptography.hazmat.primitives import serialization

    target = identity_dir(folder)
    if not (target / KEY_FILE).exists():
        raise IdentityError("there is no key waiting for a certificate: create a request first")
    certs = _load_certs(_read(cert_file, "certificate"), str(cert_file))
    key_pem = (target / KEY_FILE).read_bytes()
    public = _public_key_of_stored(target, key_pem, passphrase)
    mine = [c for c in certs if _same_key(c.public_key(), public)]
    if not mine:
        raise IdentityError(f"{cert_file} was not issued for this identity's key")
    cert = mine[0]
    chain = [c for c in certs if c is not cert]
    _write_private(target / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
    _write_chain(target, chain)
    (target / REQUEST_FILE).unlink(missing_ok=True)
    return show(target)


def _public_key_of_stored(target: Path, key_pem: bytes, passphrase: str | None):
    """The stored key's public half: from the pending request, or by unlocking the key."""
    from cryptography import x509

    if passphrase is not None:
        return _load_key(key_pem, passphrase).public_key()
    request = target / REQUEST_FILE
    if request.exists():
        return x509.load_pem_x509_csr(request.read_bytes()).public_key()
    raise IdentityError("the key passphrase is needed to match the certificate to the key")


def _write_chain(target: Path, chain: list) -> None:
    from cryptography.hazmat.primitives import serialization

    if chain:
        data = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain)
        _write_private(target / CHAIN_FILE, data)
    else:
        (target / CHAIN_FILE).unlink(missing_ok=True)


def _require_signing_key(key, where: object) -> None:
    """Tally signs with RSA (2048 bits or more) or ECDSA on a NIST curve; a DSA or Ed25519 key
    would be stored and then fail at the first signature, so it is refused here."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise IdentityError(f"{where}: an RSA key of {key.key_size} bits is too short to "
                                "sign reports (2048 or more)")
        return
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name in (
            "secp256r1", "secp384r1", "secp521r1"):
        return
    kind = type(key).__name__.replace("_", "").replace("PrivateKey", "") or "this"
    raise IdentityError(f"{where}: a {kind} key cannot sign Tally reports (use an RSA key of "
                        "2048 bits or more, or ECDSA on P-256, P-384 or P-521)")


def import_pkcs12(
    p12_file: str | Path, p12_passphrase: str, passphrase: str,
    folder: str | Path | None = None, overwrite: bool = False,
) -> IdentityInfo:
    """Import a key and certificate from a PKCS#12 (.p12/.pfx) file; re-encrypt the key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    target = identity_dir(folder)
    _check_passphrase(passphrase)
    refuse_existing(target, overwrite)
    data = _read(p12_file, "PKCS#12 file")
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            data, p12_passphrase.encode() if p12_passphrase else None
        )
    except ValueError:
        raise IdentityError(
            f"{p12_file} cannot be opened: wrong PKCS#12 passphrase or not a PKCS#12 file"
        ) from None
    if key is None or cert is None:
        raise IdentityError(f"{p12_file} holds no private key with its certificate")
    _require_signing_key(key, p12_file)
    if not _same_key(cert.public_key(), key.public_key()):
        raise IdentityError(f"{p12_file}: the certificate does not belong to its key")
    _write_private(target / KEY_FILE, _encrypted_key_pem(key, passphrase))
    _write_private(target / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
    _write_chain(target, list(extra))
    (target / REQUEST_FILE).unlink(missing_ok=True)
    return show(target)


def _load_key(key_pem: bytes, passphrase: str):
    from cryptography.hazmat.primitives import serialization

    secret = passphrase.encode()
    found = _kdf_header(key_pem)
    if found is not None:
        params, salt, key_pem = found
        secret = _stretch(secret, salt, **params)
    try:
        # The key was generated here or checked when imported; re-checking an RSA-3072 key
        # costs ~85 ms per unlock, which the signing budget cannot afford.
        return serialization.load_pem_private_key(
            key_pem, secret, unsafe_skip_rsa_key_validation=True
        )
    except (ValueError, TypeError):
        raise IdentityError(
            "the key passphrase is wrong (the signing key was not unlocked)"
        ) from None


def exists(folder: str | Path | None = None) -> bool:
    """True when there is a key with a certificate, i.e. reports can be signed."""
    target = identity_dir(folder)
    return (target / KEY_FILE).is_file() and (target / CERT_FILE).is_file()


def load(passphrase: str, folder: str | Path | None = None) -> SigningIdentity:
    """Unlock the stored identity with the key passphrase."""
    target = identity_dir(folder)
    if not exists(target):
        if (target / REQUEST_FILE).exists():
            raise IdentityError(
                "the signing certificate has not been imported yet "
                "(send request.pem to your CA, then import the certificate it issues)"
            )
        raise IdentityError(f"there is no signing identity in {target}")
    key_pem = (target / KEY_FILE).read_bytes()
    key = _load_key(key_pem, passphrase)
    if _weaker_than_now(key_pem):  # upgrade an older key file to today's scrypt cost
        # a passphrase below today's rule, or a read-only folder: keep the file as it is
        with contextlib.suppress(IdentityError, OSError):
            _write_private(target / KEY_FILE, _encrypted_key_pem(key, passphrase))
    cert = _load_certs((target / CERT_FILE).read_bytes(), "cert.pem")[0]
    if not _same_key(cert.public_key(), key.public_key()):
        raise IdentityError("cert.pem does not belong to the stored key")
    chain: list = []
    if (target / CHAIN_FILE).exists():
        chain = _load_certs((target / CHAIN_FILE).read_bytes(), "chain.pem")
    return SigningIdentity(key, cert, tuple(chain))


def certificate(folder: str | Path | None = None) -> x509.Certificate | None:
    """The stored signing certificate (public, no passphrase needed), or None."""
    path = identity_dir(folder) / CERT_FILE
    if not path.is_file():
        return None
    return _load_certs(path.read_bytes(), "cert.pem")[0]


def certificate_pem(cert: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return cert.public_bytes(serialization.Encoding.PEM)


def fingerprint(cert: x509.Certificate) -> str:
    from cryptography.hazmat.primitives import hashes

    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def show(folder: str | Path | None = None) -> IdentityInfo:
    target = identity_dir(folder)
    cert = certificate(target)
    if cert is None:
        if (target / REQUEST_FILE).exists():
            raise IdentityError(
                "a certificate request is waiting for the CA; no certificate imported yet"
            )
        raise IdentityError(f"there is no signing identity in {target}")
    public = cert.public_key()
    key_type = f"{type(public).__name__.lstrip('_').replace('PublicKey', '')}"
    size = getattr(public, "key_size", None)
    return IdentityInfo(
        folder=target,
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        self_signed=cert.issuer == cert.subject,
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint_sha256=fingerprint(cert),
        key_type=f"{key_type} {size}" if size else key_type,
        pending_request=(target / REQUEST_FILE).exists(),
    )


def add_trust_anchor(cert_file: str | Path, folder: str | Path | None = None) -> list[str]:
    """Copy root certificate(s) into the trust folder; returns the subjects added."""
    certs = _load_certs(_read(cert_file, "certificate"), str(cert_file))
    trust = identity_dir(folder) / TRUST_DIR
    trust.mkdir(parents=True, exist_ok=True)
    added = []
    for cert in certs:
        name = fingerprint(cert).replace(":", "")[:32].lower() + ".pem"
        (trust / name).write_bytes(certificate_pem(cert))
        added.append(cert.subject.rfc4514_string())
    return added


def trust_anchors(folder: str | Path | None = None) -> list[x509.Certificate]:
    """Every certificate in the trust folder (unreadable files are skipped)."""
    trust = identity_dir(folder) / TRUST_DIR
    found: list = []
    if trust.is_dir():
        for path in sorted(trust.glob("*.pem")):
            try:
                found.extend(_load_certs(path.read_bytes(), path.name))
            except IdentityError:
                continue
    return found


def load_certificates(path: str | Path) -> list[x509.Certificate]:
    """Certificates from a PEM or DER file given on the command line (e.g. --trust)."""
    return _load_certs(_read(path, "certificate"), str(path))
