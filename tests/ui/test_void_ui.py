"""Voiding in the app: from the Review page with a reason (Ctrl+Shift+X), then kept and
shown struck through in the case's assessments, left out of its trend and of the export
dialog's choices, with when, by whom and why on the assessment itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from tally.operations.desk import Desk
from tests.ui.assessment_fixtures import make_assessment, make_store, press
from tests.ui.test_assessment_workflow import (
    CTRL,
    CTRL_SHIFT,
    active_dialog,
    answer_all,
    open_view,
    type_text,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
REASON = "Scored for the wrong man: file of T-0002"


@pytest.fixture
def store(tmp_path):
    opened = make_store(tmp_path / "tally.db")
    yield opened
    opened.close()


def _lock_all(store, catalog, form_id: str, date: str, points: int) -> int:
    aid = make_assessment(store, catalog, form_id, date=date)
    for item in catalog.get(form_id).items:
        store.set_answer(aid, item.id, points)
    store.lock(aid, catalog.get(form_id))
    return aid


def test_void_from_review_with_a_reason_then_read_only_with_its_banner(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "acute2007")
    view = open_view(qtbot, store, catalog, aid)
    answer_all(qtbot, view, [1, 0, 1, 0, 0, 1, 2])
    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)  # a draft is not voided: nothing opens
    assert QApplication.activeModalWidget() is None
    assert not view.review.void_button.isVisible()
    view.session.lock(view.form)
    view.show_review()
    assert view.review.void_button.isVisible() and view.review.amend_button.isVisible()
    assert not view.void_banner.isVisible()

    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)
    dialog = active_dialog(qtbot, "voidDialog")
    assert any("never exported" in text.text() for text in dialog.findChildren(QLabel))
    assert not dialog.ok.isEnabled()  # a void needs a reason
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.assessment_meta(aid).status == "locked"

    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)
    dialog = active_dialog(qtbot, "voidDialog")
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    type_text(qtbot, REASON)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.session.status() == "void")
    assert view.current_page() == "results" and view.session.read_only()
    note = store.void_note(aid)
    assert note.reason == REASON and note.voided_by == "Dr Test Evaluator"
    assert view.void_banner.isVisible()
    assert view.void_banner.text() == (
        f"Voided on {note.voided_at[:10]} by Dr Test Evaluator: {REASON}. Kept on record; "
        "never exported, not counted in the case's totals or trend.")
    assert view.totals.property("void") is True
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert view.current_page() == "review"
    assert not view.review.void_button.isVisible() and not view.review.amend_button.isVisible()
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)  # nothing to amend, nothing to void again
    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)
    assert QApplication.activeModalWidget() is None
    assert [e.action for e in store.audit_entries("assessment", aid)][-2:] == ["lock", "void"]


def test_training_never_offers_a_void(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "acute2007")
    store.lock(aid)
    view = open_view(qtbot, store, catalog, aid, training=True)
    view.show_review()
    assert not view.review.void_button.isVisible()
    view.request_void()
    assert QApplication.activeModalWidget() is None


def test_a_void_is_struck_through_and_leaves_the_trend_and_the_export(qtbot, store, catalog):
    from tally.ui.case_profile import CaseView
    from tally.ui.export import ExportDialog

    desk = Desk(store)
    first = _lock_all(store, catalog, "stable2007", "2024-01-10", 1)
    wrong = _lock_all(store, catalog, "stable2007", "2024-06-10", 2)
    case_pk = store.assessment_meta(first).case_pk
    view = CaseView(desk, catalog, case_pk)
    qtbot.addWidget(view)
    view.show()
    assert [len(s.points) for s in view.chart.series()] == [2]

    desk.void(wrong, REASON)  # the change notification refreshes the view
    table = view.assessments
    rows = {int(table.item(r, 0).data(Qt.ItemDataRole.UserRole)): r
            for r in range(table.rowCount())}
    struck = table.item(rows[wrong], 4)
    assert table.item(rows[wrong], 2).text() == "Void"
    assert struck.font().strikeOut() and struck.text() == "26"  # kept, with its total
    assert REASON in struck.toolTip() and "never exported" in struck.toolTip()
    assert struck.data(Qt.ItemDataRole.AccessibleTextRole) == "26, Void"
    assert not table.item(rows[first], 4).font().strikeOut()
    (series,) = view.chart.series()
    assert [p.total for p in series.points] == [13]  # only the current one
    assert desk.get_case(case_pk).n_assessments == 1

    dialog = ExportDialog(desk, catalog, case_pk, [first])
    qtbot.addWidget(dialog)
    offered = [dialog.assessments.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dialog.assessments.count())]
    assert offered == [first]
    assert not dialog.voids_note.isHidden()
    assert dialog.voids_note.text().startswith("Never exported: STABLE-2007 · 2024-06-10 · Void")
