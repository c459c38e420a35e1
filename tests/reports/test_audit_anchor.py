"""The audit anchor: each report from a database carries the audit head at export, covered
by the signature; `tally audit verify --against` proves the trail up to it was not cut or
rewritten, which an intact chain alone cannot (whoever holds the passphrase can recompute
it or cut its end and move the head)."""

from __future__ import annotations

import subprocess

import pytest

from tally.cli import main
from tally.reports import identity
from tally.reports.content import ANCHOR_NAME, AuditAnchor
from tally.reports.verify import verify_pdf
from tally.store import Store
from tally.store.audit import GENESIS, entry_hash

from .conftest import PASSPHRASE
from .test_cli import DB_PASS, store_with_assessments  # noqa: F401 - the fixture


@pytest.fixture
def signed_report(store_with_assessments, tmp_path, monkeypatch, capsys):  # noqa: F811
    db, locked, _ = store_with_assessments
    monkeypatch.setenv("TALLY_KEY_PASSPHRASE", PASSPHRASE)
    identity.create_self_signed(PASSPHRASE, "Dr Anchor", bits=2048)
    with Store.open(db, DB_PASS) as store:  # the newest entry is one no invariant watches
        store.update_case(store.find_case("S-1").pk, notes="File received from probation.")
        head = store.audit_head()
    out = tmp_path / "signed.pdf"
    assert main(["--db", str(db), "report", str(locked), "--out", str(out)]) == 0
    capsys.readouterr()
    return db, out, head


def _drop_triggers(store: Store) -> None:
    for (name,) in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        store.conn.execute(f"DROP TRIGGER {name}")


def _restore_triggers(store: Store) -> None:
    """Put the triggers back as the migrations made them, so only the anchor can tell."""
    from tally.store.invariants import expected_triggers

    version = store.conn.execute("PRAGMA user_version").fetchone()[0]
    sql = dict(store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'"))
    for name in expected_triggers(version):
        assert name not in sql
    from tally.store.connection import driver
    from tally.store.schema import MIGRATIONS

    probe = driver().connect(":memory:")
    for script in MIGRATIONS[:version]:
        probe.executescript(script)
    for (text,) in probe.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"):
        store.conn.execute(text)
    probe.close()
    store.conn.commit()


def _rechain(store: Store) -> None:
    """Recompute every hash from the genesis and move the head: a chain that links."""
    prev = GENESIS
    rows = store.conn.execute(
        "SELECT id, at, who, action, entity, entity_id, before, after FROM audit ORDER BY id"
    ).fetchall()
    for row in rows:
        digest = entry_hash(prev, row)
        store.conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?",
                           (prev, digest, row[0]))
        prev = digest
    store.conn.execute("UPDATE audit_head SET last_id = ?, last_hash = ?",
                       (rows[-1][0], prev))


def test_a_signed_report_carries_the_head_and_prints_it(signed_report) -> None:
    _, out, head = signed_report
    checked = verify_pdf(out, [identity.certificate()])
    assert checked.valid and checked.anchor == AuditAnchor(*head)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    assert f"audit trail stood at entry {head[0]}" in flat and head[1][:16] in flat
    assert ANCHOR_NAME in flat


def test_the_trail_holds_against_its_report(signed_report, capsys) -> None:
    db, out, head = signed_report
    assert main(["--db", str(db), "audit", "verify", "--against", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"holds audit entry {head[0]}" in printed and "checks pass" in printed


def test_a_cut_trail_is_caught(signed_report, capsys) -> None:
    db, out, head = signed_report
    with Store.open(db, DB_PASS) as store:
        _drop_triggers(store)
        store.conn.execute("DELETE FROM audit WHERE id >= ?", (head[0],))
        last = store.conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        store.conn.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", last)
        store.conn.commit()
        _restore_triggers(store)
        assert store.verify_audit().ok  # the chain alone links
    assert main(["--db", str(db), "audit", "verify"]) == 0  # ... and passes without a report
    capsys.readouterr()
    assert main(["--db", str(db), "audit", "verify", "--against", str(out)]) == 1
    printed = capsys.readouterr().out
    assert f"made at audit entry {head[0]}" in printed and "entries were cut" in printed
    assert printed.count("\n") == 1


def test_a_recomputed_trail_is_caught(signed_report, capsys) -> None:
    db, out, _ = signed_report
    with Store.open(db, DB_PASS) as store:
        _drop_triggers(store)
        store.conn.execute("UPDATE audit SET who = 'someone else' WHERE id = 2")
        _rechain(store)
        store.conn.commit()
        _restore_triggers(store)
        assert store.verify_audit().ok
    assert main(["--db", str(db), "audit", "verify"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "audit", "verify", "--against", str(out)]) == 1
    assert "the trail was rewritten" in capsys.readouterr().out


def test_a_report_that_proves_nothing_says_so(signed_report, tmp_path, capsys,
                                              monkeypatch) -> None:
    db, out, _ = signed_report
    tampered = tmp_path / "tampered.pdf"
    raw = bytearray(out.read_bytes())
    at = raw.index(b"/Author")
    raw[at + 10] ^= 1
    tampered.write_bytes(bytes(raw))
    example = tmp_path / "example.pdf"
    monkeypatch.delenv("TALLY_FORMS_DIR")  # the example uses the bundled forms
    assert main(["report", "--example", str(example)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "audit", "verify", "--against", str(tampered)]) == 1
    assert "does not verify" in capsys.readouterr().out
    assert main(["--db", str(db), "audit", "verify", "--against", str(example),
                 "--trust", str(tmp_path / "example-signer.pem")]) == 2
    assert "carries no audit anchor" in capsys.readouterr().out
    assert main(["--db", str(db), "audit", "verify", "--against",
                 str(tmp_path / "none.pdf")]) == 2
    assert main(["--db", str(db), "audit", "verify", "--against", str(out),
                 "--trust", str(tmp_path / "missing.pem")]) == 2


def test_an_attached_anchor_that_is_not_one_is_a_problem(tmp_path) -> None:
    from tally.reports.build import attach_json

    class Odd(AuditAnchor):
        def json(self) -> bytes:
            return b'{"format": "something else"}'

    from reportlab.pdfgen import canvas

    page = tmp_path / "p.pdf"
    c = canvas.Canvas(str(page))
    c.drawString(72, 72, "x")
    c.save()
    pdf = attach_json(page.read_bytes(), b"{}", "0" * 64, Odd(1, "a"))
    checked = verify_pdf(pdf)
    assert checked.anchor is None
    assert f"the attached {ANCHOR_NAME} is not an audit anchor" in checked.problems
    assert AuditAnchor.parse(b"not json") is None
    assert AuditAnchor.parse(b'{"format": "tally.audit-anchor/1", "entry": true, '
                             b'"hash": "x"}') is None
    assert AuditAnchor.parse(AuditAnchor(3, "h").json()) == AuditAnchor(3, "h")


def test_on_another_machine_the_signer_is_trusted_only_when_given(
    signed_report, tmp_path, monkeypatch, capsys,
) -> None:
    db, out, _ = signed_report
    cert = tmp_path / "signer.pem"
    cert.write_bytes(identity.certificate_pem(identity.certificate()))
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path / "elsewhere"))  # no identity here
    assert main(["--db", str(db), "audit", "verify", "--against", str(out)]) == 1
    assert "not trusted" in capsys.readouterr().out
    assert main(["--db", str(db), "audit", "verify", "--against", str(out),
                 "--trust", str(cert)]) == 0
