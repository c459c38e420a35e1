"""The training tables are part of the store's versioned schema (migration 6), not created
on first use; a database that made its own earlier migrates with its attempts intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.store import Store
from tally.store.schema import SCHEMA_VERSION
from tally.training.storage import TrainingStore, TrainingStoreError

PASS = "training passphrase"


def _tables(store: Store) -> set[str]:
    return {name for (name,) in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'training_%'")}


def test_a_new_database_has_the_training_tables(tmp_path: Path) -> None:
    with Store.create(tmp_path / "t.db", PASS) as store:
        assert _tables(store) == {"training_trainees", "training_attempts", "training_answers",
                                  "training_attempt_facts", "training_settings"}
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert TrainingStore(store.conn).trainees() == []


def test_tables_made_before_the_migration_are_taken_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store.create(path, PASS) as store:
        TrainingStore(store.conn).add_trainee("Trainee Example")
        store.conn.execute("PRAGMA user_version = 5")  # as before 6 (7 runs again too)
    with Store.open(path, PASS) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [t.name for t in TrainingStore(store.conn).trainees()] == ["Trainee Example"]
        assert store.invariant_problems() == []


def test_a_database_without_them_is_one_line_and_creates_nothing() -> None:
    import sqlite3

    conn = sqlite3.connect(":memory:")
    with pytest.raises(TrainingStoreError, match="no training tables"):
        TrainingStore(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
