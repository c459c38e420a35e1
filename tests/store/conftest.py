"""Fixtures for the store tests: real SQLCipher files in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tally.core.record import SignatureManifest
from tally.store import Store

PASS = "correct horse battery staple"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tally.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.create(db_path, PASS)
    s.set_evaluator("Dr Test Evaluator", "Clinical psychologist", "Test Clinic")
    yield s
    s.close()


def manifest(name: str = "Dr Test Evaluator") -> SignatureManifest:
    return SignatureManifest(name, "2025-03-01T10:15:00+01:00", "Author: I scored this")


def draft(store: Store, case_id: str = "C-001", answers: int = 3) -> int:
    """A draft CPORT-like assessment with `answers` answers."""
    pk = store.create_case(case_id, "1980-05-06", {"csem_only": True}, "csem_only", "notes")
    aid = store.create_assessment(pk, "cport", "1.0", "f" * 64, "2025-02-01")
    for i in range(answers):
        store.set_answer(aid, f"item_{i}", i % 2, rationale=f"why {i}", sources=["file"])
    return aid


def drop_triggers(store: Store) -> None:
    """What an attacker with the passphrase and a SQL shell could do."""
    names = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in names:
        store.conn.execute(f"DROP TRIGGER {name}")
    store.conn.commit()


def file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def kill_points(trial: Callable[[int], tuple[bool, str]],
                every: int) -> tuple[int, set[str]]:
    """Run trial(kill_at) at kill_at = 1, 1 + every, ... until one runs to its end: how many
    were killed and the states they left (trial returns (completed, state))."""
    kill_at, points, seen = 1, 0, set()
    while True:
        completed, state = trial(kill_at)
        if completed:
            return points, seen
        seen.add(state)
        points += 1
        kill_at += every
