"""Each of the six instruments completed through the real wizard with the keyboard only, then
checked in the real encrypted store: the stored answers, and the total and band scored from
the stored record (as reports will score it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tally.core.scoring import score_answers
from tally.operations.desk import Desk
from tally.store import Store
from tally.ui.assessment import AssessmentView, StoreSession
from tests.ui.assessment_fixtures import PASSPHRASE, digit_key, make_assessment, make_store, press

pytestmark = [
    pytest.mark.gui,
    # the offscreen platform cannot size real windows; it says so once per top-level window
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

# Per item, in form order: a digit to press, or None to accept the derived value with Enter.
# Case facts (assessment_fixtures): born 1980-05-20, released 2024-03-01 (age 43),
# index investigation 2021-06-15 (age 41).
PLANS = {
    # age derived -1; 1+0+1+1+1+1+0+0+1 -> total 5, Level IVa
    "static99r": ([None, 1, 0, 1, 1, 1, 1, 0, 0, 1], 5, "IVa"),
    # age derived 0 (41 > 35); 1+0+1+1+1+0 -> total 4, no bands published
    "cport": ([None, 1, 0, 1, 1, 1, 0], 4, None),
    # 1+0+1+1+0+0 -> 3, no bands
    "casic": ([1, 0, 1, 1, 0, 0], 3, None),
    # age derived 0; step 1 = 0+1+1 = 2 (medium); factors 1+0+1+0 = 2 -> raised to high
    "rm2000s": ([None, 1, 1, 1, 0, 1, 0], 2, "high"),
    # 1+0+2+1+0+1+1+0+2+1+0+1+0 = 10 -> moderate (4-11)
    "stable2007": ([1, 0, 2, 1, 0, 1, 1, 0, 2, 1, 0, 1, 0], 10, "moderate"),
    # general = 1+0+1+0+0+1+2 = 5 -> high; sex/violence = 1+0+1+0 = 2 -> moderate
    "acute2007": ([1, 0, 1, 0, 0, 1, 2], 5, "high"),
}


def open_view(qtbot, store, catalog, assessment_id, **kwargs) -> AssessmentView:
    view = AssessmentView(StoreSession(Desk(store), assessment_id), catalog, **kwargs)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # activation is queued
    return view


@pytest.mark.parametrize("form_id", list(PLANS))
def test_complete_each_instrument_by_keyboard(qtbot, tmp_path, catalog, form_id):
    keys, total, band = PLANS[form_id]
    form = catalog.get(form_id)
    store = make_store(tmp_path / "tally.db")
    aid = make_assessment(store, catalog, form_id)
    view = open_view(qtbot, store, catalog, aid)
    assert view.current_item_id() == form.item_ids[0]

    for item, digit in zip(form.items, keys, strict=True):
        assert view.current_item_id() == item.id
        if digit is None:
            assert "derived" in view.wizard.page.derived_text.text().lower()
        else:
            press(qtbot, digit_key(digit))
        press(qtbot, Qt.Key.Key_Return)
    assert view.current_page() == "review"
    assert "incomplete" not in view.totals.text()

    store.close()
    reopened = Store.open(tmp_path / "tally.db", PASSPHRASE)
    record = reopened.get_assessment(aid)
    stored = {a.item_id: a for a in record.answers}
    assert set(stored) == set(form.item_ids)
    for item, digit in zip(form.items, keys, strict=True):
        if digit is None:
            assert stored[item.id].origin == "derived"
            assert stored[item.id].derivation  # how it was derived is on record
        else:
            assert (stored[item.id].points, stored[item.id].origin) == (digit, "entered")
    result = score_answers(form, record.scoring_input())
    assert result.complete
    assert result.total == total
    assert (result.band.id if result.band else None) == band
    if form_id == "acute2007":
        assert result.scales["sex_violence"].total == 2
        assert result.scales["sex_violence"].band.id == "moderate"
    if form_id == "rm2000s":
        assert result.scales["step1"].band.id == "medium"
        assert result.raised_levels == 1
    reopened.close()


def test_static99r_age_key_is_by_position(qtbot, tmp_path, catalog):
    """Static-99R age has points 1, 0, -1, -3: keys are 1..4 by position, shown on each."""
    store = make_store(tmp_path / "tally.db")
    aid = make_assessment(store, catalog, "static99r", facts={})  # no release date: not derived
    view = open_view(qtbot, store, catalog, aid)
    buttons = view.wizard.page.choice_buttons()
    assert [b.text().split()[0] for b in buttons] == ["1", "2", "3", "4"]
    press(qtbot, digit_key(4))  # fourth option: 60 or older, -3
    assert view.session.answers()["age_at_release"].points == -3
    assert view.totals.text().startswith("Total -3")
    press(qtbot, digit_key(0))  # no option has key 0 here: nothing changes
    assert view.session.answers()["age_at_release"].points == -3
    store.close()
