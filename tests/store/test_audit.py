"""The hash chain: intact after real work, and every kind of tampering found and named."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tally.cli import main
from tally.core.record import canonical_json, sha256_hex
from tally.store import Store
from tally.store.audit import GENESIS

from .conftest import PASS, draft, drop_triggers, manifest


def _work(store: Store) -> int:
    aid = draft(store, answers=4)
    store.lock(aid)
    store.sign(aid, manifest())
    store.record_export([aid], "a" * 64, "b" * 64, "/exports/x.pdf")
    return aid


def test_chain_links_every_entry(store: Store) -> None:
    aid = _work(store)
    entries = store.audit_entries()
    assert entries[0].prev_hash == GENESIS
    for prev, entry in itertools.pairwise(entries):
        assert entry.prev_hash == prev.hash and entry.id == prev.id + 1
    first = entries[0]
    body = {
        "id": first.id, "at": first.at, "who": first.who, "action": first.action,
        "entity": first.entity, "entity_id": first.entity_id,
        "before": None, "after": canonical_json(first.after).decode(),
    }
    assert first.hash == sha256_hex(GENESIS.encode() + canonical_json(body))
    export = store.audit_entries("assessment", aid)[-1]
    assert export.action == "export" and export.after["pdf_sha256"] == "a" * 64
    assert "+" in export.at or "-" in export.at[10:]  # UTC offset
    report = store.verify_audit()
    assert report.ok and report.checked == len(entries) and report.first_broken is None
    assert [e.id for e in store.audit_entries(entity="case")] == [2]
    store.record_export([aid, aid], "c" * 64, "d" * 64, "/exports/y.pdf")
    assert store.audit_entries()[-1].entity_id is None


def test_export_of_unknown_assessment_is_refused(store: Store) -> None:
    from tally.store import StoreError

    with pytest.raises(StoreError, match="no assessment"):
        store.record_export([42], "a", "b", "p")


@pytest.mark.parametrize(
    ("tamper", "broken", "words"),
    [
        ("UPDATE audit SET after = replace(after, '1', '2') WHERE id = 5", 5, "altered"),
        ("UPDATE audit SET who = 'Someone Else' WHERE id = 7", 7, "altered"),
        ("UPDATE audit SET prev_hash = hash WHERE id = 6", 6, "does not link"),
        ("DELETE FROM audit WHERE id = 4", 4, "missing"),
        ("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)", None, "after"),
    ],
)
def test_tampering_is_named(
    db_path: Path, store: Store, tamper: str, broken: int | None, words: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    _work(store)
    last = store.audit_entries()[-1].id
    drop_triggers(store)
    store.conn.execute(tamper)
    store.conn.commit()
    report = store.verify_audit()
    expected = broken if broken is not None else last
    assert not report.ok and report.first_broken == expected and words in report.message
    store.close()
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    assert main(["--db", str(db_path), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"BROKEN at entry {expected}" in out


def test_cli_verify_ok_and_unreadable(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _work(store)
    store.close()
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["audit", "list", "--db", str(db_path), "--entity", "case"]) == 0
    assert '"action": "case.create"' in capsys.readouterr().out
    monkeypatch.setenv("TALLY_PASSPHRASE", "wrong")
    assert main(["--db", str(db_path), "audit", "verify"]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    assert main(["--db", str(db_path.with_name("none.db")), "audit", "verify"]) == 2


@pytest.mark.parametrize(
    ("tamper", "named"),
    [
        (None, "the trigger answers_frozen_update is missing"),
        ("UPDATE answers SET points = points + 1 WHERE assessment_id = {aid}",
         "its answers no longer match the content hash fixed at lock"),
        ("DELETE FROM signatures WHERE assessment_id = {aid}", "is signed but has no signature"),
    ],
)
def test_audit_verify_names_what_sql_alone_could_break(
    db_path: Path, store: Store, tamper: str | None, named: str,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """An intact chain is not enough: a passphrase holder can drop the triggers and change a
    signed assessment, or strip its signature, without touching the audit rows."""
    aid = _work(store)
    if tamper is None:
        store.conn.execute("DROP TRIGGER answers_frozen_update")
        store.conn.commit()
    else:
        drop_triggers(store)
        store.conn.execute(tamper.format(aid=aid))
        store.conn.commit()
    assert store.verify_audit().ok  # the chain itself still links
    store.close()
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    assert main(["--db", str(db_path), "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "but the database fails" in out and named in out


def test_audit_verify_says_the_checks_pass(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _work(store)
    store.close()
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    assert main(["--db", str(db_path), "audit", "verify"]) == 0
    assert "triggers and lifecycle checks pass" in capsys.readouterr().out
