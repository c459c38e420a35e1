"""Fixtures for training tests: the bundled case library and a real encrypted store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tally.training.library import BUNDLED, Library

REPO = Path(__file__).resolve().parents[2]
CASES = REPO / "resources" / "training"


@pytest.fixture(scope="session")
def library() -> Library:
    loaded = Library.load([(CASES, BUNDLED)])
    assert not loaded.problems, loaded.problems
    return loaded


@pytest.fixture
def store(tmp_path: Path) -> Iterator:
    from tally.store import Store

    s = Store.create(tmp_path / "tally.db", "training passphrase")
    yield s
    s.close()


@pytest.fixture
def tstore(store):
    from tally.training.storage import TrainingStore

    ticks = iter(f"2025-01-01T10:{m:02d}:{s:02d}+00:00" for m in range(60) for s in range(60))
    return TrainingStore(store.conn, clock=lambda: next(ticks))
