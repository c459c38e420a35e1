"""Editing a case with locked work is an explicit act (#11 item 3), in the real main window on a
real SQLCipher file: the profile is read-only until Edit profile; Done saves (a new date of
birth after a confirmation and a reason, both audited; the locked version unchanged), Escape
discards; a refused value keeps every field typed; and no key typed in the case list, a tab
bar or right after a dialog ever lands in a profile field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
FACTS = {"csem_only": True, "contact_sexual_offence": False, "release_date": "2024-06-30"}
STRAY = "ab1x9z0q"  # letters and digits, as a stray hand types them


@pytest.fixture
def cases(store, catalog):
    """A case with a locked Static-99R (its age item derived: 38 at release, 0 points) and a
    case with only a draft."""
    form = catalog.get("static99r")
    locked_pk = store.create_case("L-1", "1986-01-01", dict(FACTS), "csem_only", "on file")
    aid = store.create_assessment(locked_pk, form.id, form.version, form.content_hash,
                                  "2024-05-01")
    for item in form.items:
        if item.id != "age_at_release":
            store.set_answer(aid, item.id, 0, rationale="on file")
    store.lock(aid, form)
    draft_pk = store.create_case("D-1", "1975-03-03", dict(FACTS), "csem_only")
    draft = store.create_assessment(draft_pk, form.id, form.version, form.content_hash,
                                    "2024-05-01")
    store.close()
    return locked_pk, aid, draft_pk, draft


@pytest.fixture
def opened(qtbot, window, cases):
    unlock(qtbot, window)
    return window, *cases


def snapshot(win) -> list[tuple]:
    return [(c.pk, c.case_id, c.date_of_birth, c.facts, c.offence_pattern, c.notes)
            for c in win.store.list_cases()]


def stray(qtbot, keys: str = STRAY) -> None:
    """Each key to whatever has the keyboard now, as a real keyboard sends it."""
    for text in keys:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, text)


def show(win, pk: int):
    ws = win.workspace
    assert ws.cases.select_case(pk)
    assert ws.case_view is not None and ws.case_view.case_pk == pk
    return ws.case_view


def no_profile_field_has_focus(view) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused not in view.profile.fields()


def test_no_key_in_the_case_list_a_tab_bar_or_after_a_dialog_lands_in_the_profile(
        qtbot, opened):
    win, locked_pk, locked, draft_pk, draft = opened
    ws = win.workspace
    before = snapshot(win)
    for pk in (draft_pk, locked_pk):  # directly editable, and read-only
        view = show(win, pk)
        # the case list: typing, then Enter opens the case at its assessment list
        ws.focus_cases()
        stray(qtbot)
        qtbot.keyClick(ws.cases.table, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is view.assessments
        stray(qtbot)
        assert no_profile_field_has_focus(view)

        # the tab bar, with an assessment tab open (arrows switch tabs)
        ws.open_assessment(draft if pk == draft_pk else locked)
        ws.tabs.tabBar().setFocus()
        stray(qtbot)
        qtbot.keyClick(ws.tabs.tabBar(), Qt.Key.Key_Left)
        stray(qtbot)
        assert no_profile_field_has_focus(view)

        # a tab closed while the keyboard was in it: Qt hands focus to the case page, whose
        # last focused child was the case id (clicked before the tab opened)
        ws.tabs.setCurrentIndex(0)
        qtbot.mouseClick(view.profile.case_id, Qt.MouseButton.LeftButton)
        assert view.profile.case_id.hasFocus()
        tab = ws.open_assessment(draft if pk == draft_pk else locked)
        assert ws.tabs.currentWidget() is tab and tab.isAncestorOf(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ControlModifier)  # back to the Case tab
        assert ws.tabs.currentIndex() == 0
        stray(qtbot)
        assert no_profile_field_has_focus(view)
        ws.tabs.setCurrentIndex(ws.tabs.indexOf(tab))
        tab.setFocus()
        ws.close_tab()
        assert ws.tabs.currentIndex() == 0
        stray(qtbot)
        assert no_profile_field_has_focus(view)
        assert QApplication.focusWidget() is view.assessments

        # right after the New case dialog is closed with Escape
        ws.focus_cases()

        def escape() -> None:
            dialog = QApplication.activeModalWidget()
            assert dialog is not None
            qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

        QTimer.singleShot(50, escape)
        win.act_new_case.trigger()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        qtbot.waitUntil(lambda: ws.cases.table.hasFocus())
        stray(qtbot)
        assert no_profile_field_has_focus(view)
    assert snapshot(win) == before  # no case changed


def test_a_locked_case_is_read_only_until_edit_then_done_asks_for_a_reason(qtbot, opened):
    win, locked_pk, locked, _draft_pk, _draft = opened
    store = win.store
    locked_record = store.get_assessment(locked)
    view = show(win, locked_pk)
    profile = view.profile
    assert profile.mode == "read_only"
    assert profile.case_id.isReadOnly() and profile.date_of_birth.isReadOnly()
    assert not profile.pattern.isEnabled() and not profile.young_victim.isEnabled()
    assert profile.notes.isReadOnly() and not profile.osp_button.isEnabled()
    assert view.edit_button.isVisible() and not view.done_button.isVisible()
    assert "Read-only" in view.profile_state.text()
    win.workspace.focus_profile()  # Ctrl+2 on a read-only profile: the Edit button
    assert view.edit_button.hasFocus()

    qtbot.keyClick(view.edit_button, Qt.Key.Key_F2)  # Case → Edit profile
    assert profile.mode == "editing" and profile.case_id.hasFocus()
    assert not profile.case_id.isReadOnly() and view.done_button.isVisible()
    profile.date_of_birth.setFocus(Qt.FocusReason.TabFocusReason)
    profile.date_of_birth.selectAll()
    qtbot.keyClicks(profile.date_of_birth, "1992-01-01")
    qtbot.keyClick(profile.date_of_birth, Qt.Key.Key_Tab)  # no autosave while editing
    assert store.get_case(locked_pk).date_of_birth == "1986-01-01"

    # the confirmation, cancelled: nothing saved, the edit stays on screen
    seen: list[str] = []

    def answer(reason: str | None) -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog.objectName() + "|" + dialog.message.text())
        if reason is None or dialog.ok.isEnabled():  # a reason is required
            dialog.reject()
            return
        qtbot.keyClicks(dialog.reason, reason)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    QTimer.singleShot(50, lambda: answer(None))
    view.done_button.click()
    assert profile.mode == "editing"
    assert seen[0].startswith("identifyingChangeDialog|")
    assert "Date of birth: 1986-01-01 → 1992-01-01" in seen[0]
    assert "not confirmed" in profile.message.text()
    assert profile.date_of_birth.text() == "1992-01-01"
    assert store.get_case(locked_pk).date_of_birth == "1986-01-01"

    QTimer.singleShot(50, lambda: answer("Birth certificate received"))
    view.done_button.click()
    qtbot.waitUntil(lambda: profile.mode == "read_only")
    assert store.get_case(locked_pk).date_of_birth == "1992-01-01"
    entry = [e for e in store.audit_entries("case", locked_pk) if e.action == "case.update"][-1]
    assert entry.before["date_of_birth"] == "1986-01-01"
    assert entry.after["date_of_birth"] == "1992-01-01"
    assert entry.after["reason"] == "Birth certificate received"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.assessments)  # predictable
    record = store.get_assessment(locked)  # the locked version: its facts and hash as locked
    assert record.case == locked_record.case
    assert record.content_hash == record.content_hash_now() == locked_record.content_hash
    assert store.audit_problems() == []


def test_escape_discards_and_a_refused_value_keeps_the_other_fields(qtbot, opened):
    from datetime import date, timedelta

    win, locked_pk, _locked, _draft_pk, _draft = opened
    store = win.store
    view = show(win, locked_pk)
    profile = view.profile
    before = snapshot(win)
    win.act_edit_profile.trigger()
    assert profile.mode == "editing"
    profile.notes.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClicks(profile.notes, " Parole hearing set.")
    profile.pattern.setCurrentIndex(profile.pattern.findData("mixed_escalation"))
    qtbot.keyClick(profile.notes, Qt.Key.Key_Escape)
    assert profile.mode == "read_only"
    assert profile.notes.toPlainText() == "on file"
    assert profile.pattern.currentData() == "csem_only"
    assert QApplication.focusWidget() is view.assessments
    assert snapshot(win) == before

    # a refused value: one clear line, nothing saved, every field typed still there
    view.edit_button.click()
    ahead = (date.today() + timedelta(days=30)).isoformat()
    profile.date_of_birth.setText(ahead)
    profile.notes.setPlainText("Second note.")
    assert not profile.finish_edit()
    assert "cannot be in the future" in profile.message.text()
    assert profile.mode == "editing" and profile.notes.toPlainText() == "Second note."
    assert snapshot(win) == before
    profile.date_of_birth.setText("1986-01-01")  # back as it was: no reason needed
    assert profile.finish_edit()
    assert store.get_case(locked_pk).notes == "Second note."
    assert profile.mode == "read_only"


def test_a_case_with_only_drafts_stays_directly_editable(qtbot, opened):
    win, _locked_pk, _locked, draft_pk, _draft = opened
    view = show(win, draft_pk)
    profile = view.profile
    assert profile.mode == "direct" and not view.edit_button.isVisible()
    assert not isinstance(profile.case_id, QLineEdit) or not profile.case_id.isReadOnly()
    win.workspace.focus_profile()
    assert profile.case_id.hasFocus() and not profile.case_id.hasSelectedText()
    profile.case_id.setText("D-2")
    profile.case_id.editingFinished.emit()
    assert win.store.get_case(draft_pk).case_id == "D-2"  # autosaved, no reason asked
    win.act_edit_profile.trigger()  # nothing to open: the profile just has the keyboard
    assert profile.mode == "direct" and profile.case_id.hasFocus()


def test_amend_shows_what_the_profile_facts_would_change_and_takes_them_only_if_chosen(
        qtbot, opened):
    win, locked_pk, locked, _draft_pk, _draft = opened
    store = win.store
    store.update_case(locked_pk, date_of_birth="1992-01-01", reason="birth certificate")
    ws = win.workspace
    view = ws.open_assessment(locked)
    view.request_amend()
    dialog = view._dialog
    assert dialog is not None and dialog.objectName() == "amendDialog"
    assert dialog.take_facts.isVisible() and not dialog.take_facts.isChecked()
    lines = dialog.changes.text()
    assert "date of birth changed: 1986-01-01 → 1992-01-01" in lines
    assert "item 1 (Age at release) re-derived from 0 to +1" in lines
    qtbot.keyClicks(dialog.reason, "typo in a rationale")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # not chosen: the locked facts
    qtbot.waitUntil(lambda: view._dialog is None)
    first = view.session.assessment_id
    assert first != locked
    assert store.get_assessment(first).case.date_of_birth == "1986-01-01"
    assert store.get_assessment(first).answers == store.get_assessment(locked).answers

    store.lock(first)
    view = ws.open_assessment(first)
    view.request_amend()
    dialog = view._dialog
    dialog.take_facts.setChecked(True)
    qtbot.keyClicks(dialog.reason, "birth date corrected")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view._dialog is None)
    second = view.session.assessment_id
    assert store.get_assessment(second).case.date_of_birth == "1992-01-01"
    assert view.state.result.items["age_at_release"].points == 1
    assert store.get_assessment(locked).case.date_of_birth == "1986-01-01"
