"""The signing identity: self-signed, CA request + issued certificate, PKCS#12, trust anchors."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from tally.reports import identity
from tally.reports.identity import IdentityError

from .conftest import PASSPHRASE


def test_self_signed_identity_is_stored_encrypted_and_unlocks(tmp_path):
    folder = tmp_path / "id"
    info = identity.create_self_signed(PASSPHRASE, "Dr Ada Example", "Clinic", "a@example.org",
                                       folder=folder, bits=2048)
    assert info.self_signed and "Dr Ada Example" in info.subject and not info.pending_request
    assert info.key_type == "RSA 2048"
    key_pem = (folder / identity.KEY_FILE).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key_pem  # PKCS#8, never plain
    assert stat.S_IMODE((folder / identity.KEY_FILE).stat().st_mode) == 0o600
    unlocked = identity.load(PASSPHRASE, folder)
    usage = unlocked.cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment  # nonRepudiation
    assert unlocked.common_name == "Dr Ada Example"
    assert identity.exists(folder)


def test_wrong_key_passphrase_is_a_clear_error(tmp_path):
    identity.create_self_signed(PASSPHRASE, "Dr Ada Example", folder=tmp_path, bits=2048)
    with pytest.raises(IdentityError, match="passphrase is wrong"):
        identity.load("not the passphrase", tmp_path)


def test_refusals(tmp_path):
    with pytest.raises(IdentityError, match="at least 8"):
        identity.create_self_signed("short", "Dr A", folder=tmp_path)
    with pytest.raises(IdentityError, match="evaluator's name"):
        identity.create_self_signed(PASSPHRASE, "  ", folder=tmp_path)
    with pytest.raises(IdentityError, match="no signing identity"):
        identity.load(PASSPHRASE, tmp_path)
    with pytest.raises(IdentityError, match="no signing identity"):
        identity.show(tmp_path)
    identity.create_self_signed(PASSPHRASE, "Dr A", folder=tmp_path, bits=2048)
    with pytest.raises(IdentityError, match="already exists"):
        identity.create_self_signed(PASSPHRASE, "Dr B", folder=tmp_path, bits=2048)
    info = identity.create_self_signed(PASSPHRASE, "Dr B", folder=tmp_path, bits=2048,
                                       overwrite=True)
    assert "Dr B" in info.subject


def _ca():
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test Org Root CA")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _issue(ca_key, ca_cert, csr: x509.CertificateSigningRequest) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder().subject_name(csr.subject).issuer_name(ca_cert.subject)
        .public_key(csr.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
    )
    for ext in csr.extensions:
        builder = builder.add_extension(ext.value, ext.critical)
    return builder.sign(ca_key, hashes.SHA256())


@pytest.fixture(scope="module")
def ca():
    return _ca()


def test_request_then_import_the_issued_certificate(tmp_path, ca):
    ca_key, ca_cert = ca
    folder = tmp_path / "id"
    request_pem = identity.create_request(PASSPHRASE, "Dr Ada Example", "Org", folder=folder,
                                          bits=2048)
    csr = x509.load_pem_x509_csr(request_pem)
    assert csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Dr Ada Example"
    with pytest.raises(IdentityError, match="not been imported yet"):
        identity.load(PASSPHRASE, folder)
    with pytest.raises(IdentityError, match="waiting for the CA"):
        identity.show(folder)
    issued = _issue(ca_key, ca_cert, csr)
    bundle = tmp_path / "issued.pem"
    bundle.write_bytes(identity.certificate_pem(issued) + identity.certificate_pem(ca_cert))
    info = identity.import_certificate(bundle, folder)
    assert not info.self_signed and "Test Org Root CA" in info.issuer
    unlocked = identity.load(PASSPHRASE, folder)
    assert unlocked.chain and unlocked.chain[0].subject == ca_cert.subject


def test_import_certificate_refuses_a_foreign_one(tmp_path, ca):
    folder = tmp_path / "id"
    with pytest.raises(IdentityError, match="no key waiting"):
        identity.import_certificate(tmp_path / "x.pem", folder)
    identity.create_request(PASSPHRASE, "Dr Ada Example", folder=folder, bits=2048)
    other = tmp_path / "other.pem"
    other.write_bytes(identity.certificate_pem(ca[1]))
    with pytest.raises(IdentityError, match="not issued for this identity's key"):
        identity.import_certificate(other, folder)
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(IdentityError, match="is not a certificate"):
        identity.import_certificate(junk, folder)
    with pytest.raises(IdentityError, match="cannot read"):
        identity.import_certificate(tmp_path / "missing.pem", folder)


def test_import_certificate_with_the_passphrase_after_the_request_is_gone(tmp_path, ca):
    folder = tmp_path / "id"
    csr = x509.load_pem_x509_csr(
        identity.create_request(PASSPHRASE, "Dr Ada", folder=folder, bits=2048))
    (folder / identity.REQUEST_FILE).unlink()
    issued = tmp_path / "issued.der"
    issued.write_bytes(_issue(*ca, csr).public_bytes(serialization.Encoding.DER))
    with pytest.raises(IdentityError, match="passphrase is needed"):
        identity.import_certificate(issued, folder)
    with pytest.raises(IdentityError, match="passphrase is wrong"):
        identity.import_certificate(issued, folder, passphrase="wrong passphrase")
    assert not identity.import_certificate(issued, folder, passphrase=PASSPHRASE).self_signed


def test_pkcs12_import(tmp_path, ca):
    key, cert = identity.make_self_signed("Dr P12", "Org", bits=2048)
    p12 = tmp_path / "me.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"me", key, cert, [ca[1]], serialization.BestAvailableEncryption(b"p12-pass")))
    folder = tmp_path / "id"
    with pytest.raises(IdentityError, match="wrong PKCS#12 passphrase"):
        identity.import_pkcs12(p12, "wrong", PASSPHRASE, folder)
    info = identity.import_pkcs12(p12, "p12-pass", PASSPHRASE, folder)
    assert "Dr P12" in info.subject
    unlocked = identity.load(PASSPHRASE, folder)
    assert len(unlocked.chain) == 1
    certonly = tmp_path / "certonly.p12"
    certonly.write_bytes(pkcs12.serialize_key_and_certificates(
        b"c", None, None, [cert], serialization.NoEncryption()))
    with pytest.raises(IdentityError, match="no private key"):
        identity.import_pkcs12(certonly, "", PASSPHRASE, tmp_path / "id2")


def _self_signed_with(key):
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dr Odd Key")])
    now = datetime.now(UTC)
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9)))
    from cryptography.hazmat.primitives.asymmetric import ed25519

    algorithm = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return builder.sign(key, algorithm)


@pytest.mark.parametrize("kind", ["dsa", "ed25519", "rsa1024", "p256"])
def test_a_p12_key_that_cannot_sign_reports_is_refused_at_import(tmp_path, kind):
    from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519, rsa

    key = {"dsa": lambda: dsa.generate_private_key(2048),
           "ed25519": ed25519.Ed25519PrivateKey.generate,
           "rsa1024": lambda: rsa.generate_private_key(65537, 1024),
           "p256": lambda: ec.generate_private_key(ec.SECP256R1())}[kind]()
    p12 = tmp_path / "odd.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"odd", key, _self_signed_with(key), None, serialization.BestAvailableEncryption(b"pw")))
    folder = tmp_path / "id"
    if kind == "p256":  # ECDSA on a NIST curve signs reports: accepted
        assert "Dr Odd Key" in identity.import_pkcs12(p12, "pw", PASSPHRASE, folder).subject
        return
    with pytest.raises(IdentityError, match="sign") as info:
        identity.import_pkcs12(p12, "pw", PASSPHRASE, folder)
    assert "\n" not in str(info.value)
    assert not (folder / identity.KEY_FILE).exists()  # nothing was stored


def test_mismatched_certificate_file_is_refused_on_load(tmp_path):
    identity.create_self_signed(PASSPHRASE, "Dr A", folder=tmp_path, bits=2048)
    _, other = identity.make_self_signed("Dr Other", bits=2048)
    (tmp_path / identity.CERT_FILE).write_bytes(identity.certificate_pem(other))
    with pytest.raises(IdentityError, match="does not belong"):
        identity.load(PASSPHRASE, tmp_path)


def test_trust_anchors(tmp_path, ca):
    root = tmp_path / "root.pem"
    root.write_bytes(identity.certificate_pem(ca[1]))
    assert identity.trust_anchors(tmp_path) == []
    assert identity.add_trust_anchor(root, tmp_path) == ["CN=Test Org Root CA"]
    (tmp_path / identity.TRUST_DIR / "broken.pem").write_bytes(b"-----BEGIN nonsense")
    anchors = identity.trust_anchors(tmp_path)
    assert [a.subject for a in anchors] == [ca[1].subject]
    assert identity.load_certificates(root)[0] == ca[1]
    assert identity.certificate(tmp_path) is None


def test_default_folder_is_in_the_user_data_folder(tmp_path):
    assert identity.identity_dir() == tmp_path / "data" / "identity"


def test_the_stored_key_is_stretched_with_scrypt(tmp_path):
    """A stolen key.pem must not open with the passphrase through PBKDF2's 2,048 rounds."""
    from cryptography.hazmat.primitives import serialization

    from tally.reports import identity

    identity.create_self_signed("a long key passphrase", "Dr Test", folder=tmp_path)
    raw = (tmp_path / identity.KEY_FILE).read_bytes()
    assert raw.startswith(b"# tally-kdf scrypt n=131072 r=8 p=1 salt=")  # N=2^17
    pem = raw.split(b"\n", 1)[1]
    with pytest.raises(ValueError):
        serialization.load_pem_private_key(pem, b"a long key passphrase")
    assert identity.load("a long key passphrase", folder=tmp_path).common_name == "Dr Test"


def test_a_key_stored_with_the_old_scrypt_cost_is_upgraded_when_unlocked(tmp_path, monkeypatch):
    """Tally 0.1 stored keys at N=2^14; the next unlock re-encrypts at N=2^17, same key."""
    from tally.reports import identity

    monkeypatch.setattr(identity, "_SCRYPT", {"n": 2**14, "r": 8, "p": 1})
    identity.create_self_signed("a long key passphrase", "Dr Old", folder=tmp_path)
    old = (tmp_path / identity.KEY_FILE).read_bytes()
    assert old.startswith(b"# tally-kdf scrypt n=16384 ")
    before = identity.load("a long key passphrase", folder=tmp_path)
    monkeypatch.undo()
    assert (tmp_path / identity.KEY_FILE).read_bytes() == old  # nothing newer to upgrade to
    again = identity.load("a long key passphrase", folder=tmp_path)
    new = (tmp_path / identity.KEY_FILE).read_bytes()
    assert new.startswith(b"# tally-kdf scrypt n=131072 ")
    assert (tmp_path / identity.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert again.key.private_numbers() == before.key.private_numbers()
    assert identity.load("a long key passphrase", folder=tmp_path).common_name == "Dr Old"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


@pytest.mark.parametrize("header", [b"# tally-kdf scrypt n=3 r=8 p=1 salt=00",
                                    b"# tally-kdf scrypt n=1099511627776 r=8 p=1 salt=00",
                                    b"# tally-kdf scrypt n=x salt=00",
                                    b"# tally-kdf scrypt n=16384 r=8 p=1"])
def test_a_damaged_scrypt_header_is_one_line(tmp_path, header):
    from tally.reports import identity

    identity.create_self_signed("a long key passphrase", "Dr Test", folder=tmp_path)
    path = tmp_path / identity.KEY_FILE
    path.write_bytes(header + b"\n" + path.read_bytes().split(b"\n", 1)[1])
    with pytest.raises(identity.IdentityError, match="scrypt"):
        identity.load("a long key passphrase", folder=tmp_path)
