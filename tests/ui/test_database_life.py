"""The database's life inside the app (File → Back up…, Restore…, Change passphrase…, Audit
trail…), driven in a real window on a real SQLCipher file, through the store's own functions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tally.store import Store, WrongPassphrase
from tests.ui.conftest import PASSPHRASE, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
NEW_PASSPHRASE = "a lantern over the harbour wall"


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    """What the window told the user in a message box (kind, text), without blocking."""
    messages: list[tuple[str, str]] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda _parent, _title, text, *_a, _k=kind, **_kw: messages.append((_k, text))))
    return messages


def _save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(path), "")))


def test_back_up_from_the_file_menu(qtbot, monkeypatch, said, store, db_path, window) -> None:
    store.create_case("BK-001", notes="before the backup")
    store.close()
    unlock(qtbot, window)
    dest = db_path.parent / "copy.db"
    _save_as(monkeypatch, dest)
    window.act_backup.trigger()
    assert dest.is_file() and dest.stat().st_mode & 0o077 == 0
    assert "Encrypted backup written to" in window.statusBar().currentMessage()
    window.lock()
    with Store.open(dest, PASSPHRASE) as copy:
        assert [c.case_id for c in copy.list_cases()] == ["BK-001"]
        assert copy.verify_audit().ok

    # a second backup to the same name is refused: a backup never replaces a file
    unlock(qtbot, window)
    before = dest.read_bytes()
    window.act_backup.trigger()
    assert said and said[-1][0] == "warning" and "already exists" in said[-1][1]
    assert dest.read_bytes() == before


def test_change_passphrase_in_the_app(qtbot, store, db_path, window) -> None:
    from tally.ui.database_life import ChangePassphraseDialog

    store.close()
    unlock(qtbot, window)
    dialog = ChangePassphraseDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    qtbot.keyClicks(dialog.new, "password")  # the one rule: too short and guessable
    assert not dialog.ok.isEnabled() and "at least" in dialog.message.text()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW_PASSPHRASE)
    assert "not the same" in dialog.message.text()
    qtbot.keyClicks(dialog.repeat, NEW_PASSPHRASE)
    assert dialog.ok.isEnabled()

    # a wrong current passphrase: said on the dialog, nothing changed
    dialog.current.setText("not the passphrase at all")
    dialog.ok.click()
    assert dialog.isVisible() and "wrong" in dialog.message.text().lower()

    dialog.current.setText(PASSPHRASE)
    dialog.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.lock()
    with pytest.raises(WrongPassphrase):
        Store.open(db_path, PASSPHRASE)
    with Store.open(db_path, NEW_PASSPHRASE) as reopened:
        assert reopened.audit_entries()[-1].action == "passphrase.change"
        assert reopened.verify_audit().ok
    unlock(qtbot, window, NEW_PASSPHRASE)


def test_restore_from_the_file_menu(qtbot, monkeypatch, said, store, db_path, window) -> None:
    from tally.ui import database_life

    store.create_case("RS-001")
    backup = db_path.parent / "monday.db"
    store.backup(backup)
    store.create_case("RS-002", notes="saved after the backup")
    store.close()
    unlock(qtbot, window)

    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(backup), "")))

    def answered(dialog: database_life.RestoreDialog) -> int:
        assert not dialog.ok.isEnabled()  # nothing happens before the box is ticked
        dialog.passphrase.setText(PASSPHRASE)
        dialog.understood.setChecked(True)
        assert dialog.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(database_life.RestoreDialog, "exec", answered)
    window.act_restore.trigger()
    assert window.store is None and window.current_page() == "unlock"
    assert said[-1][0] == "information" and "was restored from" in said[-1][1]
    kept = [p for p in db_path.parent.iterdir() if p.name.startswith("cases.db.before-restore-")
            and "-wal" not in p.name and "-shm" not in p.name]
    assert len(kept) == 1 and str(kept[0].name) in said[-1][1]

    unlock(qtbot, window)
    ids = [c.case_id for c in window.store.list_cases()]
    assert ids == ["RS-001"]
    assert window.store.audit_problems() == []


def test_a_wrong_backup_passphrase_restores_nothing(qtbot, monkeypatch, said, store, db_path,
                                                    window) -> None:
    from tally.ui import database_life

    backup = db_path.parent / "monday.db"
    store.backup(backup)
    store.create_case("KEEP-1")
    store.close()
    unlock(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(backup), "")))

    def answered(dialog: database_life.RestoreDialog) -> int:
        dialog.passphrase.setText("the wrong one entirely")
        dialog.understood.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(database_life.RestoreDialog, "exec", answered)
    window.act_restore.trigger()
    assert said[-1][0] == "warning" and "not restored" in said[-1][1]
    assert "\n" not in said[-1][1]
    unlock(qtbot, window)
    assert [c.case_id for c in window.store.list_cases()] == ["KEEP-1"]


def test_the_audit_trail_view(qtbot, store, db_path, window) -> None:
    case_pk = store.create_case("AU-001", notes="first note")
    store.update_case(case_pk, notes="second note")
    store.close()
    unlock(qtbot, window)
    window.act_audit.trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "auditTrailDialog") is not None)
    dialog = window.findChild(QDialog, "auditTrailDialog")
    total = dialog.model.rowCount()
    assert total >= 3 and dialog.count.text() == f"{total} of {total} entries"

    # filter by kind and by text, then read one entry's before and after
    dialog.kind.setCurrentIndex(dialog.kind.findData("case"))
    assert 0 < dialog.proxy.rowCount() < total
    qtbot.keyClicks(dialog.search, "second note")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    detail = dialog.detail.toPlainText()
    assert "case.update" in detail or "case.edit" in detail
    assert '"first note"' in detail and '"second note"' in detail
    assert detail.index("first note") < detail.index("second note")  # before, then after

    assert "(AU-001)" in detail  # the row names the case, not only its row number

    # a case id finds every entry about that case, whatever the entry holds
    dialog.kind.setCurrentIndex(0)
    dialog.search.setText("au-001")
    assert dialog.proxy.rowCount() == 2
    assert dialog.proxy.index(0, 1).data().endswith("UTC+00:00") or "UTC" in \
        dialog.proxy.index(0, 1).data()

    dialog.verify_button.click()
    assert "verifies" in dialog.verdict.text() and "NOT" not in dialog.verdict.text()

    # a dropped trigger (someone with the passphrase and a SQL shell) is named
    window.store._store.conn.execute("DROP TRIGGER audit_append_only_update")
    dialog.verify_button.click()
    assert "does NOT verify" in dialog.verdict.text()
    assert "trigger" in dialog.verdict.text()
    dialog.close()


def test_the_new_actions_wait_for_unlock(qtbot, closed_db, window) -> None:
    window.ensure_actions()
    for action in (window.act_backup, window.act_restore, window.act_passphrase,
                   window.act_audit):
        assert not action.isEnabled()
    unlock(qtbot, window)
    assert all(a.isEnabled() for a in (window.act_backup, window.act_restore,
                                       window.act_passphrase, window.act_audit))
    assert Qt  # keep the import for the key constants used by unlock()
