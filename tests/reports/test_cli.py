"""`tally report`, `tally verify` and `tally identity` end to end, with a real encrypted store."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tally.cli import main
from tally.reports import identity

from .conftest import HERE, PASSPHRASE, pdfsig, qpdf_check

DB_PASS = "store passphrase 1"


def test_example_report_verifies_with_its_certificate(tmp_path, capsys):
    pdf, cert = tmp_path / "example.pdf", tmp_path / "example-cert.pem"
    assert main(["report", "--example", str(pdf), "--cert-out", str(cert)]) == 0
    assert "tally verify" in capsys.readouterr().out
    qpdf_check(pdf)
    assert "Signature is Valid" in pdfsig(pdf)
    assert main(["verify", str(pdf), "--trust", str(cert)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("VALID") and "entire file" in out and "printed on the page: yes" in out
    assert main(["verify", str(pdf)]) == 1
    assert "not trusted" in capsys.readouterr().out
    (tmp_path / "junk.pdf").write_bytes(b"junk")
    assert main(["verify", str(tmp_path / "junk.pdf")]) == 2


def test_example_cert_defaults_beside_the_pdf(tmp_path, capsys):
    assert main(["report", "--example", str(tmp_path / "ex.pdf")]) == 0
    assert (tmp_path / "ex-signer.pem").exists()


def test_an_existing_report_or_certificate_is_never_replaced_unasked(tmp_path, capsys):
    pdf, cert, docx = tmp_path / "ex.pdf", tmp_path / "ex-signer.pem", tmp_path / "ex.docx"
    for target in (pdf, cert, docx):
        target.write_bytes(b"an earlier file the user keeps")
        others = [p for p in (pdf, cert, docx) if p != target]
        for other in others:
            other.unlink(missing_ok=True)
        assert main(["report", "--example", str(pdf), "--docx", str(docx)]) == 2
        assert f"{target}: already exists; give --force to replace it" in capsys.readouterr().err
        assert target.read_bytes() == b"an earlier file the user keeps"
        assert not any(o.exists() for o in others)  # nothing else was written either
    assert main(["report", "--example", str(pdf), "--docx", str(docx), "--force"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and cert.read_bytes().startswith(b"-----BEGIN")
    for written in (pdf, cert, docx):
        assert written.stat().st_mode & 0o777 == 0o600, written


def test_a_planted_temporary_file_or_symlink_is_never_written_through(tmp_path):
    from tally.reports.export import write_atomically

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "report.pdf"
    (tmp_path / ".report.pdf.tmp").symlink_to(victim)  # the old fixed temporary name
    write_atomically(out, b"%PDF-new")
    assert out.read_bytes() == b"%PDF-new" and victim.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".report.pdf.tmp", "report.pdf",
                                                          "victim.txt"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report"], "name at least one assessment id"),
        (["report", "1"], "--out FILE.pdf"),
        (["report", "1", "--out", "x.pdf", "--cert-out", "c.pem"], "goes with --example"),
        (["report", "--example", "x.pdf", "1"], "--example takes no assessment ids"),
        (["report", "--example", "x.txt"], "must end in .pdf"),
        (["report", "--example", "/no/such/dir/x.pdf"], "no such folder"),
        (["report", "--example", "x.pdf", "--meaning", " "], "meaning of the signature"),
        (["verify", "x.pdf", "--trust", "/no/such.pem"], "cannot read certificate"),
        (["identity", "show"], "no signing identity"),
        (["identity", "export-cert", "x.pem"], "no signing certificate"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, message, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_identity_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", PASSPHRASE)
    assert main(["identity", "create", "--name", "Dr Cli", "--org", "Org"]) == 0
    assert "self-signed" in capsys.readouterr().out
    assert main(["identity", "create", "--name", "Dr Cli"]) == 2
    assert "--replace" in capsys.readouterr().err
    assert main(["identity", "show"]) == 0
    assert "CN=Dr Cli" in capsys.readouterr().out
    cert = tmp_path / "mine.pem"
    assert main(["identity", "export-cert", str(cert)]) == 0
    assert cert.stat().st_mode & 0o777 == 0o600
    capsys.readouterr()
    assert main(["identity", "export-cert", str(cert)]) == 2  # never replaced unasked
    assert "already exists; give --force" in capsys.readouterr().err
    assert main(["identity", "export-cert", str(cert), "--force"]) == 0
    assert main(["identity", "trust-add", str(cert)]) == 0
    assert "now trusted: O=Org,CN=Dr Cli" in capsys.readouterr().out
    # a request for the CA replaces the identity; the issued certificate completes it
    request = tmp_path / "req.pem"
    request.write_bytes(b"the case database, say")
    assert main(["identity", "csr", "--name", "Dr Cli", "--out", str(request),
                 "--replace"]) == 2
    assert request.read_bytes() == b"the case database, say"
    assert main(["identity", "show"]) == 0  # the identity was not replaced either
    assert "CN=Dr Cli" in capsys.readouterr().out
    assert main(["identity", "csr", "--name", "Dr Cli", "--out", str(request),
                 "--replace", "--force"]) == 0
    assert request.read_bytes().startswith(b"-----BEGIN CERTIFICATE REQUEST")
    assert main(["identity", "import-cert", str(cert)]) == 2  # not for this key
    p12 = tmp_path / "me.p12"
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, p12cert = identity.make_self_signed("Dr P12", bits=2048)
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"me", key, p12cert, None, serialization.BestAvailableEncryption(b"p12pass!")))
    monkeypatch.setenv("TALLY_P12_PASSPHRASE", "p12pass!")
    assert main(["identity", "import-p12", str(p12), "--replace"]) == 0
    assert "CN=Dr P12" in capsys.readouterr().out


def test_passphrase_needed_when_not_at_a_terminal(monkeypatch, capsys):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["identity", "create", "--name", "Dr X"]) == 2
    assert "TALLY_KEY_PASSPHRASE" in capsys.readouterr().err


@pytest.fixture
def store_with_assessments(tmp_path, monkeypatch):
    """A real SQLCipher store holding one locked and one draft assessment of the demo form."""
    from tally.core.loader import load_form
    from tally.store import Store

    forms_dir = tmp_path / "forms"
    forms_dir.mkdir()
    shutil.copy(HERE / "demo_form.toml", forms_dir / "demo.toml")
    form = load_form(forms_dir / "demo.toml")
    monkeypatch.setenv("TALLY_FORMS_DIR", str(forms_dir))
    monkeypatch.setenv("TALLY_PASSPHRASE", DB_PASS)
    db = tmp_path / "cases.db"
    store = Store.create(db, DB_PASS)
    try:
        store.set_evaluator("Dr Store", "PhD", "Clinic")
        case = store.create_case("S-1", "1980-01-01", {"csem_only": True})
        ids = []
        for _ in range(2):
            aid = store.create_assessment(case, "demo", form.version, form.content_hash,
                                          "2026-03-02")
            for item, points in (("priors", 1), ("contact", 0), ("interest", 1)):
                store.set_answer(aid, item, points, rationale="r", sources=["file"])
            ids.append(aid)
        store.lock(ids[0])
    finally:
        store.close()
    return db, ids[0], ids[1]


def test_report_from_the_store_signed_and_audited(store_with_assessments, tmp_path,
                                                  monkeypatch, capsys):
    db, locked, draft = store_with_assessments
    out = tmp_path / "out.pdf"
    # no identity yet: exported unsigned, and says so
    assert main(["--db", str(db), "report", str(locked), "--out", str(out)]) == 0
    assert "not signed: no signing identity" in capsys.readouterr().out
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", PASSPHRASE)
    identity.create_self_signed(PASSPHRASE, "Dr Store", bits=2048)
    cert = tmp_path / "cert.pem"
    cert.write_bytes(identity.certificate_pem(identity.certificate()))
    assert main(["--db", str(db), "report", str(locked), "--out", str(out)]) == 2
    assert "already exists; give --force" in capsys.readouterr().err
    assert main(["--db", str(db), "report", str(locked), "--out", str(out), "--force"]) == 0
    printed = capsys.readouterr().out
    assert "signed by Dr Store" in printed
    qpdf_check(out)
    data_hash = next(line.split()[-1] for line in printed.splitlines()
                     if line.startswith("embedded data SHA-256"))
    # the export is in the audit trail
    from tally.store import Store

    store = Store.open(db, DB_PASS)
    try:
        exports = [e for e in store.audit_entries() if e.action == "export"]
        signed = store.get_assessment(locked)
    finally:
        store.close()
    assert any(data_hash in str(e.after) for e in exports)
    # the signed export is the evaluator's signature: the record is now signed, with the
    # manifestation printed on the page
    assert signed.status == "signed"
    assert [s.printed_name for s in signed.signatures] == ["Dr Store"]
    # verify against the database: the embedded assessment matches the record
    assert main(["--db", str(db), "verify", str(out), "--trust", str(cert)]) == 0
    assert "matches record" in capsys.readouterr().out
    # on the signer's own machine their own certificate is trusted without --trust ...
    assert main(["verify", str(out)]) == 0
    capsys.readouterr()
    # ... unless stored trust is switched off
    assert main(["verify", str(out), "--no-stored-trust"]) == 1
    assert "not trusted" in capsys.readouterr().out
    # drafts are refused, wrong key passphrase is refused, unknown ids are refused
    assert main(["--db", str(db), "report", str(draft), "--out", str(out), "--force"]) == 2
    assert "is a draft" in capsys.readouterr().err
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", "wrong passphrase")
    assert main(["--db", str(db), "report", str(locked), "--out", str(tmp_path / "w.pdf")]) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert not (tmp_path / "w.pdf").exists()
    assert main(["--db", str(db), "report", "999", "--out", str(out), "--unsigned",
                 "--force"]) == 2
    assert main(["--db", str(db), "report", str(locked), "--out", str(tmp_path / "u.pdf"),
                 "--unsigned"]) == 0
    assert "--unsigned was given" in capsys.readouterr().out


def test_reportlab_and_pyhanko_are_not_loaded_at_start_up():
    code = (
        "import sys, tally.cli, tally.reports.export, tally.reports.verify, "
        "tally.reports.identity, tally.commands.report, tally.commands.verify\n"
        "tally.cli.build_parser()\n"
        "heavy = [m for m in ('reportlab', 'pyhanko', 'cryptography') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).parents[2])
    assert run.returncode == 0, run.stderr


def test_verify_says_superseded_after_an_amendment_and_exits_3(store_with_assessments, tmp_path,
                                                              monkeypatch, capsys):
    """A report of version 1, since amended to version 2 with another total: not green."""
    from tally.store import Store

    db, locked, _draft = store_with_assessments
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", PASSPHRASE)
    identity.create_self_signed(PASSPHRASE, "Dr Store", bits=2048)
    out = tmp_path / "v1.pdf"
    assert main(["--db", str(db), "report", str(locked), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "verify", str(out)]) == 0
    assert "is its newest version" in capsys.readouterr().out

    store = Store.open(db, DB_PASS)
    try:
        newer = store.amend(locked, "prior conviction found in the court record")
        store.set_answer(newer, "priors", 2)
        store.lock(newer)
        locked_on = store.get_assessment(newer).locked_at[:10]
    finally:
        store.close()
    assert main(["--db", str(db), "verify", str(out)]) == 3
    printed = capsys.readouterr().out
    assert printed.startswith("AUTHENTIC BUT NOT CURRENT")
    # young (derived, 46 on 2026-03-02: 0) + priors 1 -> 2 + interest 1: total 2 -> 3
    assert (f"authentic but superseded by version 2 on {locked_on}: prior conviction found "
            "in the court record; total 2 -> 3") in printed
    # without --db the file alone is still valid: currency needs the database
    assert main(["verify", str(out)]) == 0
    capsys.readouterr()


def test_verify_against_another_database_exits_3(store_with_assessments, tmp_path,
                                                 monkeypatch, capsys):
    from tally.store import Store

    db, locked, _draft = store_with_assessments
    out = tmp_path / "r.pdf"
    assert main(["--db", str(db), "report", str(locked), "--out", str(out), "--unsigned"]) == 0
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", PASSPHRASE)
    identity.create_self_signed(PASSPHRASE, "Dr Store", bits=2048)
    assert main(["--db", str(db), "report", str(locked), "--out", str(out), "--force"]) == 0
    other = tmp_path / "other.db"
    Store.create(other, DB_PASS).close()
    capsys.readouterr()
    assert main(["--db", str(other), "verify", str(out)]) == 3
    assert "authentic but not in this database" in capsys.readouterr().out


def test_void_from_the_command_line_then_never_reported_and_verify_exits_3(
        store_with_assessments, tmp_path, monkeypatch, capsys):
    """A signed report, then its assessment voided: `tally verify --db` says when and why;
    `tally report` refuses the void; bad input is one line and changes nothing."""
    import json

    from tally.store import Store

    db, locked, draft = store_with_assessments
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", PASSPHRASE)
    identity.create_self_signed(PASSPHRASE, "Dr Store", bits=2048)
    out = tmp_path / "signed.pdf"
    assert main(["--db", str(db), "report", str(locked), "--out", str(out)]) == 0
    capsys.readouterr()

    assert main(["--db", str(db), "assessments", "void", str(draft), "--reason", "wrong"]) == 2
    err = capsys.readouterr().err
    assert "cannot void a draft" in err and "nothing was changed" in err
    assert main(["--db", str(db), "assessments", "void", str(locked), "--reason", " "]) == 2
    assert "needs a reason" in capsys.readouterr().err
    assert main(["--db", str(db), "assessments", "void", "999", "--reason", "x"]) == 2
    assert "no assessment with id 999" in capsys.readouterr().err
    assert main(["--db", str(db), "assessments", "void", str(locked),
                 "--reason", "scored for the wrong case"]) == 0
    assert capsys.readouterr().out == (
        f"voided assessment {locked} (S-1 demo version 1, was signed): scored for the wrong "
        "case\n")

    assert main(["--db", str(db), "assessments", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[locked]["status"] == "void"
    assert rows[locked]["void"]["reason"] == "scored for the wrong case"
    assert rows[draft]["void"] is None
    assert main(["--db", str(db), "cases", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["n_assessments"] == 1  # the draft only

    assert main(["--db", str(db), "report", str(locked), "--out", str(tmp_path / "again.pdf")]
                ) == 2
    assert "was voided (scored in error): a void is never exported" in capsys.readouterr().err
    assert not (tmp_path / "again.pdf").exists()

    store = Store.open(db, DB_PASS)
    try:
        voided_on = store.void_note(locked).voided_at[:10]
        assert store.verify_audit().ok and store.invariant_problems() == []
    finally:
        store.close()
    assert main(["--db", str(db), "verify", str(out)]) == 3
    printed = capsys.readouterr().out
    assert printed.startswith("AUTHENTIC BUT NOT CURRENT")
    assert (f"is authentic but was voided on {voided_on}: scored for the wrong case; it is "
            "not current") in printed
    assert main(["verify", str(out)]) == 0  # the file alone is still valid
    capsys.readouterr()
