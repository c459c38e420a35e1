"""The case list (lazy fetch, sort by header, search as you type), new case, and the case
profile with every edit saved to the real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tests.ui.conftest import add_cases, unlock

# the offscreen platform warns that it cannot pass size hints to a top-level window
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def panel(qtbot, store):
    from tally.ui.case_list import CaseListPanel

    add_cases(store, 450)
    widget = CaseListPanel(Desk(store))
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_list_fetches_pages_as_it_scrolls(qtbot, panel):
    model = panel.model
    assert model.total == 450
    assert model.rowCount() == 200  # one page, not the whole table
    assert panel.count.text() == "450 case(s)"
    panel.table.scrollToBottom()  # the view asks for more when it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() > 200)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    ids = [model.case_at(r).case_id for r in range(450)]
    assert ids == sorted(ids) and len(set(ids)) == 450


def test_clicking_a_header_sorts_in_the_store(qtbot, panel):
    model, header = panel.model, panel.table.horizontalHeader()
    x = header.sectionPosition(0) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.case_at(0).case_id == "CASE-00449"  # descending after the second sort
    assert model.rowCount() == 200 and model.total == 450
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.case_at(0).case_id == "CASE-00000"
    x3 = header.sectionPosition(3) + 10  # number of assessments
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x3, 5))
    assert model._order == "n_assessments"


def test_search_as_you_type_waits_for_a_pause_then_filters(qtbot, panel, store):
    store.update_case(store.find_case("CASE-00123").pk, notes="awaiting polygraph report")
    qtbot.keyClicks(panel.search, "polyg")
    assert panel.model.total == 450  # debounced: nothing yet
    qtbot.waitUntil(lambda: panel.model.total == 1, timeout=2000)
    assert panel.model.case_at(0).case_id == "CASE-00123"
    assert panel.count.text() == "1 case(s) match"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "CASE-0044")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # Enter searches at once
    assert panel.model.total == 10
    assert panel.table.hasFocus() and panel.current_pk() == panel.model.case_at(0).pk


def _answer_dialog(qtbot, text: str) -> None:
    """Type into the modal dialog that is about to open, then press Enter."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        # on a loaded machine the first key could come before the field has the focus
        qtbot.waitUntil(lambda: dialog.focusWidget() is not None
                        and dialog.focusWidget().hasFocus())
        qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    QTimer.singleShot(50, fill)


def test_new_case_then_profile_edits_are_saved(qtbot, closed_db, window):
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.act_new_case.isEnabled())
    ws = window.workspace
    _answer_dialog(qtbot, "P-2024-017")
    window.act_new_case.trigger()
    window.activateWindow()  # offscreen does not hand activation back after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    view = ws.case_view
    assert view is not None and view.case.case_id == "P-2024-017"
    assert ws.cases.model.case_at(ws.cases.table.currentIndex().row()).case_id == "P-2024-017"
    assert window.focusWidget() is view.profile.date_of_birth  # ready to type the date
    profile = view.profile

    qtbot.keyClicks(profile.date_of_birth, "1979-02-30")  # no such day
    qtbot.keyClick(profile.date_of_birth, Qt.Key.Key_Tab)
    assert "YYYY-MM-DD" in profile.message.text()
    store = window.store
    assert store.get_case(view.case_pk).date_of_birth is None  # nothing changed
    profile.date_of_birth.clear()
    qtbot.keyClicks(profile.date_of_birth, "1979-02-28")
    qtbot.keyClick(profile.date_of_birth, Qt.Key.Key_Tab)
    qtbot.keyClicks(profile.release_date, "2024-06-30")
    qtbot.keyClick(profile.release_date, Qt.Key.Key_Tab)
    profile.pattern.setCurrentIndex(profile.pattern.findData("mixed_deescalation"))
    profile.production.setCurrentIndex(profile.production.findData(False))
    profile.young_victim.setCurrentIndex(profile.young_victim.findData(True))
    profile.notes.setFocus()
    qtbot.keyClicks(profile.notes, "Referral from parole board")
    qtbot.waitUntil(lambda: store.get_case(view.case_pk).notes != "", timeout=3000)

    case = store.get_case(view.case_pk)
    assert case.date_of_birth == "1979-02-28"
    assert case.offence_pattern == "mixed_deescalation"
    assert case.notes == "Referral from parole board"
    assert case.facts == {
        "release_date": "2024-06-30", "csem_only": False, "csem_production": False,
        "contact_sexual_offence": True, "victim_13_or_younger": True,
    }
    assert not profile.contact.isEnabled()  # a mixed history has a contact offence
    assert profile.message.text() == "All changes saved"

    # a release date before birth is refused with one message; the store keeps the old one
    profile.release_date.setText("1970-01-01")
    profile.release_date.editingFinished.emit()
    assert "after the date of birth" in profile.message.text()
    assert store.get_case(view.case_pk).facts["release_date"] == "2024-06-30"

    # a duplicate case id is refused by the store with its own message
    other = store.create_case("P-OTHER")
    profile.release_date.setText("2024-06-30")
    profile.case_id.setText("P-OTHER")
    profile.case_id.editingFinished.emit()
    assert "already exists" in profile.message.text()
    assert store.get_case(view.case_pk).case_id == "P-2024-017"
    assert store.get_case(other).case_id == "P-OTHER"


def test_locking_saves_notes_still_being_typed(qtbot, closed_db, window):
    unlock(qtbot, window)
    store = window.store
    pk = store.create_case("LOCK-1")
    ws = window.workspace
    ws.cases.model.refresh()
    assert ws.cases.select_case(pk)
    ws.case_view.profile.notes.setFocus()
    qtbot.keyClicks(ws.case_view.profile.notes, "typed just before lock")
    window.lock()  # before the autosave delay has passed
    from tally.store import Store
    from tests.ui.conftest import PASSPHRASE

    with Store.open(closed_db, PASSPHRASE) as reopened:
        assert reopened.get_case(pk).notes == "typed just before lock"
