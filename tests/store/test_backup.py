"""Backup -> restore keeps everything; a damaged backup is refused and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.store import NotATallyDatabase, Store, StoreError, WrongPassphrase

from .conftest import PASS, draft, drop_triggers, file_bytes, manifest


def _snapshot(store: Store) -> tuple[object, ...]:
    ids = [m.id for m in store.list_assessments()]
    return (
        store.list_cases(),
        [store.get_assessment(i) for i in ids],
        store.list_assessments(),
        store.evaluator(),
    )


def _populate(store: Store) -> None:
    a1 = draft(store, "R-1")
    store.lock(a1)
    store.sign(a1, manifest())
    store.amend(a1, "correction")
    draft(store, "R-2")


def test_round_trip_preserves_everything(tmp_path: Path, store: Store) -> None:
    _populate(store)
    before = _snapshot(store)
    entries = store.audit_entries()
    backup = store.backup(tmp_path / "copy.tallybackup")
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    store.create_case("AFTER-BACKUP")
    store.close()
    aside = Store.restore(backup, store.path, PASS)
    assert aside is not None and aside.name.startswith("tally.db.before-restore-")
    with Store.open(aside, PASS) as old:
        assert old.find_case("AFTER-BACKUP") is not None  # the previous db is kept whole
    with Store.open(store.path, PASS, check="full") as restored:
        assert _snapshot(restored) == before
        after = restored.audit_entries()
        # the copy was taken before its own "backup" entry; "restore" continues the chain
        assert after[: len(entries)] == entries
        assert [e.action for e in after[len(entries):]] == ["restore"]
        assert restored.verify_audit().ok
        restored.set_answer(restored.list_assessments()[0].id, "item_9", 1)  # still writable


def test_restore_into_empty_place(tmp_path: Path, store: Store) -> None:
    draft(store)
    backup = store.backup(tmp_path / "b.db")
    target = tmp_path / "new" / "restored.db"
    assert Store.restore(backup, target, PASS) is None
    with Store.open(target, PASS) as restored:
        assert restored.count_cases() == 1


def test_backup_after_passphrase_change_uses_new_one(tmp_path: Path, store: Store) -> None:
    draft(store)
    store.change_passphrase(PASS, "second new passphrase")
    backup = store.backup(tmp_path / "b.db")
    with pytest.raises(WrongPassphrase):
        Store.open(backup, PASS)
    with Store.open(backup, "second new passphrase") as copy:
        assert copy.count_cases() == 1


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["flipped byte", "wrong passphrase", "broken audit", "missing"])
def test_bad_backup_is_refused_and_nothing_changes(tmp_path: Path, store: Store, how: str) -> None:
    _populate(store)
    (tmp_path / "backups").mkdir()
    backup = store.backup(tmp_path / "backups" / "b.db")
    passphrase = PASS
    if how == "flipped byte":
        _damage(backup)
    elif how == "wrong passphrase":
        passphrase = "not it"
    elif how == "broken audit":
        with Store.open(backup, PASS) as copy:
            drop_triggers(copy)
            copy.conn.execute("UPDATE audit SET who = 'forger' WHERE id = 3")
            copy.conn.commit()
    else:
        backup.unlink()
    store.close()
    live = file_bytes(tmp_path)
    backups = file_bytes(tmp_path / "backups")
    with pytest.raises(StoreError) as info:
        Store.restore(backup, store.path, passphrase)
    assert "\n" not in str(info.value)
    assert file_bytes(tmp_path) == live
    assert file_bytes(tmp_path / "backups") == backups


def test_backup_refuses_itself_and_missing_folder(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreError, match="database itself"):
        store.backup(store.path)
    with pytest.raises(StoreError, match="no such folder"):
        store.backup(tmp_path / "nope" / "b.db")
    with pytest.raises(StoreError, match="same file"):
        Store.restore(store.path, store.path, PASS)
    assert isinstance(NotATallyDatabase("x"), StoreError)


def test_a_backup_is_private_to_its_owner(tmp_path, store) -> None:
    # ATTACH made the file under the umask (0644) until the temporary file was made 0600 first
    import os

    old = os.umask(0o022)
    try:
        written = store.backup(tmp_path / "private.db")
    finally:
        os.umask(old)
    assert written.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
