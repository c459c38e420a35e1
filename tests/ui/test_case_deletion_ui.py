"""Deleting a case and applying a retention period through the GUI, on a real SQLCipher file:
confirmation by the case id, a reason for signed work, nothing of the case left readable."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from tally.store import Store
from tests.ui.conftest import PASSPHRASE, unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
MARKER = "ZEBRA-LANTERN-7731"


def _assert_marker_gone(db_path) -> None:
    """No page of the closed file, free pages included, holds the case's text."""
    from pathlib import Path

    from tests.decrypted_pages import decrypted_pages

    pages = decrypted_pages(db_path, PASSPHRASE)
    assert any(b"KEEP-1" in p or b"NEW-1" in p for p in pages)  # the pages did decrypt
    assert not [i for i, p in enumerate(pages) if MARKER.encode() in p]
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def _case_with_assessment(store: Store, catalog, case_id: str, date: str, notes: str = "",
                          lock: bool = False, rationale: str = f"{MARKER} rationale") -> int:
    form = catalog.get("casic")
    pk = store.create_case(case_id, "1970-01-01", {"csem_only": True}, "csem_only", notes)
    aid = store.create_assessment(pk, form.id, form.version, form.content_hash, date)
    for item in form.items:
        store.set_answer(aid, item.id, item.min_points, rationale=rationale)
    if lock:
        store.lock(aid, form)
    return pk


def _answer(monkeypatch, typed: str, reason: str = "") -> list:
    from tally.ui import case_deletion

    seen = []

    def exec_(dialog: case_deletion.DeleteCaseDialog) -> int:
        seen.append(dialog)
        assert not dialog.delete.isEnabled()  # nothing deletes before the id is typed
        dialog.reason.setText(reason)
        dialog.typed.setText(typed)
        if not dialog.ready():
            return QDialog.DialogCode.Rejected
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(case_deletion.DeleteCaseDialog, "exec", exec_)
    return seen


def test_delete_a_case_from_the_case_menu(qtbot, monkeypatch, catalog, store, db_path,
                                          window) -> None:
    keep = store.create_case("KEEP-1")
    pk = _case_with_assessment(store, catalog, "GONE-1", "2024-05-02", notes=f"{MARKER} note")
    store.close()
    unlock(qtbot, window)
    ws = window.workspace
    assert ws.cases.select_case(pk)
    ws.open_assessment(window.store.list_assessments(case_pk=pk)[0].id)  # open: closed first
    seen = _answer(monkeypatch, "GONE-1")
    window.act_delete_case.trigger()
    assert seen and seen[0].signed == 0
    assert [c.case_id for c in window.store.list_cases()] == ["KEEP-1"]
    assert ws.open_assessment_ids() == []
    entry = window.store.audit_entries()[-1]
    assert entry.action == "case.delete" and "GONE-1" in str(entry.after)
    assert MARKER not in str(entry.after)
    assert window.store.audit_problems() == []
    from tally.ui.database_life import AuditTrailDialog

    trail = AuditTrailDialog(window.store, window)  # the redacted entries still name it
    qtbot.addWidget(trail)
    named = [trail.model.what(e) for e in trail.model.entries if e.entity_id == pk
             and e.entity == "case"]
    assert named and all(n == f"case {pk} (GONE-1, deleted)" for n in named)
    trail.close()
    window.lock()
    _assert_marker_gone(db_path)
    assert keep


def test_a_wrong_id_or_missing_reason_deletes_nothing(qtbot, monkeypatch, catalog, store,
                                                      window) -> None:
    pk = _case_with_assessment(store, catalog, "LOCKED-1", "2024-05-02", lock=True)
    store.close()
    unlock(qtbot, window)
    window.workspace.cases.select_case(pk)
    _answer(monkeypatch, "LOCKED-2")  # a typo in the id
    window.act_delete_case.trigger()
    assert [c.case_id for c in window.store.list_cases()] == ["LOCKED-1"]


def test_signed_work_needs_a_reason(qtbot) -> None:
    from tally.ui.case_deletion import DeleteCaseDialog

    dialog = DeleteCaseDialog("C-9", 3, 2)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    assert "A reason is required" in dialog.findChild(QLabel, "deleteWhat").text()
    dialog.typed.setText("C-9")
    assert not dialog.ready() and not dialog.delete.isEnabled()
    dialog.reason.setText("retention period ended")
    assert dialog.ready() and dialog.delete.isEnabled()


def test_retention_lists_then_deletes_on_confirmation(qtbot, monkeypatch, catalog, store,
                                                      db_path, window) -> None:
    from tally.ui import case_deletion

    _case_with_assessment(store, catalog, "OLD-1", "2009-03-01", notes=f"{MARKER} old")
    _case_with_assessment(store, catalog, "NEW-1", "2025-03-01", rationale="kept")
    # a case opened in 2009: last activity is the later of its creation and its assessments
    store.conn.execute("UPDATE cases SET created_at = '2009-02-01T09:00:00+00:00' "
                       "WHERE case_id = 'OLD-1'")
    store.conn.commit()
    store.close()
    unlock(qtbot, window)
    shown = []

    def exec_(dialog: case_deletion.RetentionDialog) -> int:
        shown.append(dialog)
        assert dialog.years.value() == 0 and dialog.years.text() == "not set"
        dialog.list_candidates()
        assert "Set the retention period" in dialog.summary.text()
        dialog.years.setValue(10)
        dialog.list_candidates()
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "OLD-1"
        assert not dialog.delete.isEnabled()
        dialog.reason.setText("retention period ended")
        dialog.confirm.setText(dialog.confirm_word)
        assert dialog.delete.isEnabled()
        dialog.delete.click()
        assert dialog.deleted == ["OLD-1"]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(case_deletion.RetentionDialog, "exec", exec_)
    window.act_retention.trigger()
    assert shown
    assert [c.case_id for c in window.store.list_cases()] == ["NEW-1"]
    assert window.prefs.retention_years == 10
    window.lock()
    _assert_marker_gone(db_path)
