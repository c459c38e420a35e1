"""One change notification refreshes the case view: a linked CASIC's total scoring CPORT item
5 shows in the case's assessments at once, and a profile edit leaves it alone (#11)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tally.operations.desk import Desk

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_linked_casic_total_survives_a_profile_edit(qtbot, store, catalog):
    from tally.ui.case_profile import CaseView

    desk = Desk(store)
    cport = catalog.get("cport")
    pk = desk.create_case("K-1", "1980-05-20", {"csem_only": True}, "csem_only")
    aid = desk.create_assessment(pk, "cport", cport.version, cport.content_hash, "2024-02-01")
    view = CaseView(desk, catalog, pk)
    qtbot.addWidget(view)
    view.show()
    casic_id = desk.start_casic(aid)
    for item, points in zip(catalog.get("casic").item_ids, (1, 1, 1, 0, 0, 0), strict=True):
        desk.set_answer(casic_id, item, points)
    desk.set_casic_gate(aid, True)
    rows = {view.assessments.item(r, 0).text(): view.assessments.item(r, 4).text()
            for r in range(view.assessments.rowCount())}
    assert rows["CPORT"].startswith("1 so far")  # item 5 derived from the linked CASIC
    assert rows["CASIC"] == "3"

    view.profile.notes.setFocus()
    qtbot.keyClicks(view.profile.notes, "Probation file read.")
    view.profile.flush()
    qtbot.keyClick(view.profile.release_date, Qt.Key.Key_Tab)
    case = store.get_case(pk)
    assert case.notes == "Probation file read." and "casic_total" not in case.facts
    assert desk.get_assessment(aid).case.facts["casic_total"] == 3  # still the link's


def test_answers_in_a_hidden_case_view_refresh_it_once_when_shown(qtbot, store, catalog):
    from tally.ui.case_profile import CaseView

    desk = Desk(store)
    cport = catalog.get("cport")
    pk = desk.create_case("K-2", "1980-05-20", {"csem_only": True}, "csem_only")
    aid = desk.create_assessment(pk, "cport", cport.version, cport.content_hash, "2024-02-01")
    view = CaseView(desk, catalog, pk)
    qtbot.addWidget(view)
    assert not view.isVisible()
    desk.set_answer(aid, "prior_criminal_history", 1)
    desk.set_answer(aid, "conditional_release_failure", 1)
    assert view.assessments.item(0, 4).text().startswith("0 so far")  # not re-scored yet
    view.show()
    assert view.assessments.item(0, 4).text().startswith("2 so far")


def test_a_future_release_date_is_kept_and_a_refused_date_keeps_the_other_fields(
        qtbot, store, catalog):
    """A pre-release parole assessment has its release date ahead; a date of birth in the
    future is refused in one line, and the other fields typed in the same edit stay."""
    from datetime import date, timedelta

    from tally.ui.case_profile import CaseView

    desk = Desk(store)
    pk = desk.create_case("F-1", "1980-05-20", {"csem_only": True}, "csem_only")
    view = CaseView(desk, catalog, pk)
    qtbot.addWidget(view)
    view.show()
    ahead = (date.today() + timedelta(days=200)).isoformat()
    view.profile.release_date.setText(ahead)
    view.profile.notes.setPlainText("Parole hearing before release.")
    assert view.profile.save()
    case = store.get_case(pk)
    assert case.facts["release_date"] == ahead and case.notes == "Parole hearing before release."

    view.profile.date_of_birth.setText(ahead)
    view.profile.notes.setPlainText("Second note.")
    assert not view.profile.save()
    assert "cannot be in the future" in view.profile.message.text()
    assert view.profile.notes.toPlainText() == "Second note."  # still on screen, not discarded
    assert store.get_case(pk).date_of_birth == "1980-05-20"  # nothing half-saved
    view.profile.date_of_birth.setText("2101-01-01")
    view.profile.release_date.setText("2101-01-01")
    assert not view.profile.save()
