"""No level where the instrument does not apply, and every scale's level where it has several:
the wizard header, review, lock dialog, results and the case table all say the same."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tally.operations.session import StoreSession
from tests.core.test_headline import CSEM_ONLY, STATIC_ITEMS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

ACUTE = {"victim_access": 2, "hostility": 0, "sexual_preoccupation": 2,
         "rejection_of_supervision": 0, "emotional_collapse": 0,
         "collapse_of_social_supports": 0, "substance_abuse": 0}


def scored(store, catalog, form_id: str, items: dict, facts: dict) -> tuple[Desk, int, int]:
    desk = Desk(store)
    case = desk.find_case("H-1")
    pk = case.pk if case else desk.create_case("H-1", "1975-04-02", facts, "csem_only")
    form = catalog.get(form_id)
    aid = desk.create_assessment(pk, form_id, form.version, form.content_hash, "2024-05-02")
    for item_id, points in items.items():
        desk.set_answer(aid, item_id, points, rationale="on file")
    return desk, pk, aid


def every_view(qtbot, desk, catalog, pk, aid) -> dict[str, str]:
    from tally.ui.assessment import AssessmentView
    from tally.ui.case_profile import CaseView

    view = AssessmentView(StoreSession(desk, aid), catalog)
    qtbot.addWidget(view)
    view.show()
    view.show_review()
    # the review page shows the view's header (total and levels) above its own summary
    assert view.totals.isVisible() and view.review.isVisible()
    assert view.totals.text() not in view.review.summary.text()  # said once, not twice
    # the header's headline is one line; the why is the line under it, in every mode
    why = view.withheld_why.text() if view.withheld_why.isVisible() else ""
    texts = {"header": view.totals_text() + " " + why, "review": view.totals.text() + " " + why}
    view.request_lock()
    dialog = QApplication.activeModalWidget() or view.findChild(object, "lockDialog")
    texts["lock"] = next(w.text() for w in dialog.findChildren(type(view.review.summary))
                         if "Result:" in w.text())
    dialog.reject()
    view.show_results()
    texts["results"] = view.results.browser.toPlainText() + " " + why
    case = CaseView(desk, catalog, pk)
    qtbot.addWidget(case)
    texts["case table"] = case.assessments.item(0, 5).text()
    return texts


def test_static99r_on_a_csem_only_case_shows_no_level_anywhere(qtbot, store, catalog):
    desk, pk, aid = scored(store, catalog, "static99r", STATIC_ITEMS, CSEM_ONLY)
    for where, text in every_view(qtbot, desk, catalog, pk, aid).items():
        assert "No risk level: scoring criteria not met" in text, where
        assert "Level IV" not in text and "Level I" not in text, where
        assert "does not meet the Static-99R scoring criteria" in text, where
        assert text.count("does not meet the Static-99R scoring criteria") == 1, where  # once


def test_the_level_shows_when_the_criteria_are_met(qtbot, store, catalog):
    facts = {**CSEM_ONLY, "csem_production": True}
    desk, pk, aid = scored(store, catalog, "static99r", STATIC_ITEMS, facts)
    for where, text in every_view(qtbot, desk, catalog, pk, aid).items():
        assert "Level IVb" in text, where
        assert "No risk level" not in text, where


def test_acute_high_and_moderate_both_headline_everywhere(qtbot, store, catalog):
    desk, pk, aid = scored(store, catalog, "acute2007", ACUTE, {})
    for where, text in every_view(qtbot, desk, catalog, pk, aid).items():
        assert "High acute risk (sexual/violent)" in text, where
        assert "Moderate acute risk (general)" in text, where
