"""The wizard's workflows with a real store: derived items and overrides, CASIC from inside
CPORT item 5, rationale and sources autosave, navigator, lock, amend, results and needs
profile. Everything is driven by key presses sent to the focused widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tally.operations.desk import Desk
from tally.store import Store
from tally.ui.assessment import AssessmentView, StoreSession
from tally.ui.assessment.state import ItemState
from tests.ui.assessment_fixtures import PASSPHRASE, digit_key, make_assessment, make_store, press

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def open_view(qtbot, store, catalog, assessment_id, **kwargs) -> AssessmentView:
    view = AssessmentView(StoreSession(Desk(store), assessment_id), catalog, **kwargs)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return view


def active_dialog(qtbot, name: str):
    qtbot.waitUntil(
        lambda: QApplication.activeModalWidget() is not None
        and QApplication.activeModalWidget().objectName() == name
    )
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(
        QApplication.focusWidget()
    ))
    return dialog


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def answer_all(qtbot, view, digits) -> None:
    for digit in digits:
        if digit is not None:
            press(qtbot, digit_key(digit))
        press(qtbot, Qt.Key.Key_Return)


@pytest.fixture
def store(tmp_path):
    opened = make_store(tmp_path / "tally.db")
    yield opened
    opened.close()


def test_derived_item_prefilled_and_overridden_with_reason(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "static99r")
    view = open_view(qtbot, store, catalog, aid)
    page = view.wizard.page
    assert view.current_item_id() == "age_at_release"
    assert view.state.state("age_at_release") is ItemState.DERIVED
    assert "age 43 on 2024-03-01" in page.derived_text.text()
    assert [b.isChecked() for b in page.choice_buttons()] == [False, False, True, False]

    press(qtbot, digit_key(2))  # 35 to 39.9: differs from the derived -1, needs a reason
    dialog = active_dialog(qtbot, "overrideDialog")
    assert not dialog.ok.isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # a blank reason is refused
    assert dialog.isVisible()
    type_text(qtbot, "Release date moved: sentence recalculated 2019")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    answer = view.session.answers()["age_at_release"]
    assert (answer.points, answer.origin) == (0, "entered")
    assert answer.override_reason == "Release date moved: sentence recalculated 2019"
    assert "age 43" in answer.derivation
    assert view.state.state("age_at_release") is ItemState.OVERRIDDEN
    assert "Overridden by hand" in page.derived_text.text()
    assert view.state.result.items["age_at_release"].points == 0

    press(qtbot, Qt.Key.Key_D, CTRL)  # back to the derived value
    answer = view.session.answers()["age_at_release"]
    assert (answer.points, answer.origin, answer.override_reason) == (-1, "derived", "")

    press(qtbot, digit_key(1))  # another override, this time cancelled: nothing changes
    dialog = active_dialog(qtbot, "overrideDialog")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.session.answers()["age_at_release"].points == -1
    assert [b.isChecked() for b in page.choice_buttons()] == [False, False, True, False]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.choice_buttons()[2])


def test_casic_from_inside_cport_item_5(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "cport")
    view = open_view(qtbot, store, catalog, aid)
    press(qtbot, Qt.Key.Key_End, CTRL)
    press(qtbot, Qt.Key.Key_P, ALT)
    press(qtbot, Qt.Key.Key_P, ALT)
    page = view.wizard.page
    assert view.current_item_id() == "sexual_interest_in_children"
    assert page.casic_box.isVisible() and not page.casic_gate.isVisible()
    assert "No CASIC is linked" in page.casic_text.text()
    assert page.casic_button.text() == "Start a CASIC for this case (Ctrl+K)"
    assert "needs CASIC total" in page.derived_text.text()

    with qtbot.waitSignal(view.open_requested) as opened:  # the host opens it in its own tab
        press(qtbot, Qt.Key.Key_K, CTRL)
    casic_id = opened.args[0]
    desk = view.session._store
    assert desk.assessment_meta(casic_id).form_id == "casic"
    for item, points in zip(catalog.get("casic").item_ids, (1, 0, 1, 1, 0, 0), strict=True):
        desk.set_answer(casic_id, item, points, rationale="from the forensic report")
    view.wizard.reread()  # the view comes back into sight
    assert page.casic_gate.isVisible() and not page.casic_gate.isChecked()
    assert "total 3, 6 of 6 items answered" in page.casic_text.text()
    assert "Tick the statement" in page.casic_text.text()
    assert page.casic_button.text() == "Open the linked CASIC (Ctrl+K)"
    assert view.state.points("sexual_interest_in_children") is None  # no gate: not derived

    page.casic_gate.click()  # no admission and no diagnosis is on file
    assert view.session.casic_feed().fed == 3 and view.session.facts()["casic_total"] == 3
    assert view.state.state("sexual_interest_in_children") is ItemState.DERIVED
    assert "Its total scores this item" in page.casic_text.text()
    case = store.get_case(store.assessment_meta(aid).case_pk)
    assert "casic_total" not in case.facts  # the link's, not a loose profile number

    press(qtbot, digit_key(0))  # an admission-free 0 against CASIC 3 needs a reason
    dialog = active_dialog(qtbot, "overrideDialog")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.state.points("sexual_interest_in_children") == 1

    with qtbot.waitSignal(view.open_requested) as opened:  # Ctrl+K now opens the linked one
        press(qtbot, Qt.Key.Key_K, CTRL)
    assert opened.args[0] == casic_id
    qtbot.mouseClick(page.casic_gate_text, Qt.MouseButton.LeftButton)  # its text toggles it:
    assert not page.casic_gate.isChecked()  # an admission turned up after all
    assert view.state.points("sexual_interest_in_children") is None
    assert "An admission or a diagnosis is on file" in page.casic_text.text()
    page.casic_unlink.click()
    assert view.session.casic_feed().link is None
    assert page.casic_button.text().startswith("Link the CASIC of ")
    press(qtbot, Qt.Key.Key_K, CTRL)  # links the case's CASIC again, stays on the item
    assert view.session.casic_feed().casic.id == casic_id

    casic_view = open_view(qtbot, store, catalog, casic_id)
    assert casic_view.feeds_banner.isVisible()
    assert "Feeds CPORT item 5 of the assessment of" in casic_view.feeds_banner.text()
    assert "(version 1, draft)" in casic_view.feeds_banner.text()


def test_rationale_and_sources_autosave_and_survive_reopen(qtbot, tmp_path, store, catalog):
    aid = make_assessment(store, catalog, "stable2007")
    view = open_view(qtbot, store, catalog, aid)
    press(qtbot, digit_key(2))
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert QApplication.focusWidget() is view.wizard.page.rationale
    type_text(qtbot, "Associates 3 and 4 both 2024")  # digits type, they do not score
    assert view.session.answers()["significant_social_influences"].points == 2
    press(qtbot, Qt.Key.Key_I, ALT)  # leaving the field writes the rationale at once
    press(qtbot, Qt.Key.Key_Space)  # first source: file review
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # fourth: interview
    press(qtbot, Qt.Key.Key_N, ALT)
    assert view.current_item_id() == "capacity_for_relationship_stability"
    press(qtbot, Qt.Key.Key_E, CTRL)
    type_text(qtbot, "Pending score")  # a rationale before any score is kept too
    qtbot.waitUntil(
        lambda: view.session.answers().get("capacity_for_relationship_stability") is not None
    )
    store.close()

    reopened = Store.open(tmp_path / "tally.db", PASSPHRASE)
    answers = {a.item_id: a for a in reopened.get_assessment(aid).answers}
    first = answers["significant_social_influences"]
    assert first.rationale == "Associates 3 and 4 both 2024"
    assert first.sources == ("file_review", "interview")
    assert first.points == 2
    second = answers["capacity_for_relationship_stability"]
    assert (second.points, second.rationale) == (None, "Pending score")
    assert reopened.assessment_meta(aid).position == "capacity_for_relationship_stability"
    reopened.close()


def test_navigator_jump_and_missing_state(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "acute2007")
    view = open_view(qtbot, store, catalog, aid)
    press(qtbot, digit_key(1))
    press(qtbot, Qt.Key.Key_J, CTRL)
    assert QApplication.focusWidget() is view.wizard.navigator
    press(qtbot, Qt.Key.Key_Down, times=4)
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_item_id() == "emotional_collapse"
    nav = view.wizard.navigator
    first, third = nav.item(0), nav.item(2)
    assert first.text().startswith("\u2713 +1  1. ")
    assert third.text().startswith("\u25cb")
    assert "missing" in third.data(Qt.ItemDataRole.AccessibleTextRole)
    assert view.totals.text() == "Total 1 · incomplete, 6 missing"
    press(qtbot, Qt.Key.Key_M, CTRL)  # first missing item
    assert view.current_item_id() == "hostility"


def test_lock_makes_read_only_and_amend_creates_version_2(qtbot, tmp_path, store, catalog):
    aid = make_assessment(store, catalog, "acute2007")
    view = open_view(qtbot, store, catalog, aid)
    changes = []
    view.changed.connect(lambda: changes.append(1))
    answer_all(qtbot, view, [1, 0, 1, 0, 0, 1, 2])
    assert view.current_page() == "review"
    assert "UNCONFIRMED band" in view.totals.text()

    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    dialog = active_dialog(qtbot, "lockDialog")
    press(qtbot, Qt.Key.Key_Return)  # Cancel has the focus: Enter does not lock
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.session.status() == "draft"

    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    dialog = active_dialog(qtbot, "lockDialog")
    press(qtbot, Qt.Key.Key_L, ALT)  # &Lock
    qtbot.waitUntil(lambda: view.session.status() == "locked")
    assert view.session.read_only()
    assert view.current_page() == "results"
    assert store.get_assessment(aid).content_hash

    view.show_wizard("victim_access")
    assert not any(b.isEnabled() for b in view.wizard.page.choice_buttons())
    assert view.wizard.page.rationale.isReadOnly()
    press(qtbot, Qt.Key.Key_J, CTRL)  # the navigator still works when read-only
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, digit_key(2))  # refused silently: nothing can change
    assert store.get_assessment(aid).answers[0].points == 1
    assert "Read-only" in view.wizard.save_state.text()

    press(qtbot, Qt.Key.Key_R, CTRL)
    assert view.current_page() == "review"
    assert view.review.amend_button.isVisible() and not view.review.lock_button.isVisible()
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = active_dialog(qtbot, "amendDialog")
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    type_text(qtbot, "Substance use reported by probation after lock")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.session.version() == 2)
    assert view.session.status() == "draft" and not view.session.read_only()
    assert view.current_page() == "wizard"
    new_id = view.session.assessment_id
    assert new_id != aid
    press(qtbot, Qt.Key.Key_End, CTRL)
    press(qtbot, digit_key(1))  # substance_abuse 2 -> 1 in version 2
    old, new = store.get_assessment(aid), store.get_assessment(new_id)
    assert old.status == "amended"
    assert {a.item_id: a.points for a in old.answers}["substance_abuse"] == 2
    assert {a.item_id: a.points for a in new.answers}["substance_abuse"] == 1
    assert new.version == 2 and new.amendment_reason.startswith("Substance use")
    assert "version 2" in view.title.text()
    assert changes


def test_results_show_bands_scales_and_needs_profile_with_change(qtbot, store, catalog):
    first = make_assessment(store, catalog, "stable2007", date="2023-01-10")
    view = open_view(qtbot, store, catalog, first)
    answer_all(qtbot, view, [0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    view.close()
    second = make_assessment(store, catalog, "stable2007", date="2024-01-10")
    view = open_view(qtbot, store, catalog, second)
    answer_all(qtbot, view, [0, 1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0])
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert view.current_page() == "results"
    text = view.results.browser.toPlainText()
    assert "Total 4" in text
    assert "Moderate" in text or "moderate" in text
    assert "UNCONFIRMED" in text
    assert "Needs profile" in text
    # targets highest first, with the item's CSEM finding beside it
    assert text.index("Emotional identification") < text.index("Impulsive")
    assert "HR 4.23" in text or "Hazard ratio" in text
    assert "Change since 2023-01-10" in text
    assert "Total before 2, now 4." in text
    assert "Research context" in text
    # each evidence mark names its source's kind; talk-only numbers say so
    assert "[S29 (secondary), UNCONFIRMED" in text
    assert "[talk (talk), from the research talk] talk or third-party source only" in text
    assert "S30 (secondary) iResearchNet" in text
    assert "No estimate: no verified norms table." in text
    # the wizard's guidance pane shows the kind beside the score's evidence mark too
    guidance = view.wizard.guidance.toPlainText()
    assert "talk (talk)" in guidance and "talk or third-party source only" in guidance


def test_stable_item3_not_scored_without_a_young_victim(qtbot, store, catalog):
    facts = {"victim_13_or_younger": False, "csem_only": False}
    aid = make_assessment(store, catalog, "stable2007", facts=facts, case_id="ST-12")
    view = open_view(qtbot, store, catalog, aid)
    answer_all(qtbot, view, [1, 1, None, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
    press(qtbot, Qt.Key.Key_Home, CTRL)
    view.wizard.show_item("emotional_identification_with_children")
    assert "Not scored for this case." in view.wizard.page.derived_text.text()
    assert view.wizard.navigator.item(2).text().startswith("\u2013")  # the not-scored mark
    press(qtbot, Qt.Key.Key_T, CTRL)
    text = view.results.browser.toPlainText()
    assert "Total 12 (possible 0 to 24)" in text
    assert "no source gives cut-offs for the 12-item version" in text
    assert "Band:" not in text and "Incomplete" not in text


def test_results_rm2000s_raise_and_static99r_warning(qtbot, store, catalog):
    aid = make_assessment(
        store, catalog, "rm2000s", facts={"release_date": "2024-03-01"}, case_id="R-1"
    )
    view = open_view(qtbot, store, catalog, aid)
    answer_all(qtbot, view, [None, 1, 1, 1, 1, 1, 1])  # step 1 = 2, four factors
    press(qtbot, Qt.Key.Key_T, CTRL)
    text = view.results.browser.toPlainText()
    assert "Step 1: 2 points, category Medium" in text
    assert "Aggravating factors present: 4 of 4" in text
    assert "Raised by 2 level(s)" in text
    view.close()

    csem_only = {"release_date": "2024-03-01", "csem_only": True}
    aid = make_assessment(store, catalog, "static99r", facts=csem_only, case_id="S-1")
    view = open_view(qtbot, store, catalog, aid)
    press(qtbot, Qt.Key.Key_T, CTRL)
    text = view.results.browser.toPlainText()
    assert "does not meet the Static-99R scoring criteria" in text
    assert "Incomplete, 9 missing" in text


def test_training_mode_submits_and_never_amends(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "casic")
    view = open_view(qtbot, store, catalog, aid, training=True)
    answer_all(qtbot, view, [1, 1, 1, 0, 0, 0])
    assert "Submit" in view.review.lock_button.text()
    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    active_dialog(qtbot, "lockDialog")
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: view.session.read_only())
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert not view.review.amend_button.isVisible()
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)
    assert QApplication.activeModalWidget() is None


def test_refused_change_shows_one_line_and_changes_nothing(qtbot, store, catalog):
    aid = make_assessment(store, catalog, "casic")
    view = open_view(qtbot, store, catalog, aid)
    store.lock(aid)  # locked behind the view's back (another window, a script)
    press(qtbot, digit_key(1))
    assert view.error_banner.isVisible()
    assert "cannot change an answer" in view.error_banner.text()
    assert store.get_assessment(aid).answers == ()
    assert not view.wizard.page.choice_buttons()[1].isChecked()


def test_close_signal_and_accessible_names(qtbot, store, catalog):
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QPlainTextEdit

    aid = make_assessment(store, catalog, "static99r")
    view = open_view(qtbot, store, catalog, aid)
    with qtbot.waitSignal(view.closed, timeout=1000):
        press(qtbot, Qt.Key.Key_W, CTRL)
    unnamed = [
        w
        for w in view.findChildren(QAbstractButton) + view.findChildren(QPlainTextEdit)
        if not w.accessibleName() and not isinstance(w, QCheckBox) and w.isVisible()
    ]
    assert not unnamed, [w.text() if hasattr(w, "text") else w for w in unnamed]
    assert all(b.accessibleName() for b in view.findChildren(QCheckBox))


def test_host_window_keeps_its_own_shortcuts(qtbot, store, catalog):
    """Embedded in a window whose Ctrl+W closes a tab, Ctrl+W is the host's (not ambiguous),
    and the wizard's own keys still work."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    aid = make_assessment(store, catalog, "casic")
    window = QMainWindow()
    qtbot.addWidget(window)
    fired = []
    close_tab = QAction("Close tab", window)
    close_tab.setShortcut("Ctrl+W")
    close_tab.triggered.connect(lambda _checked=False: fired.append("host"))
    window.addAction(close_tab)
    view = AssessmentView(StoreSession(Desk(store), aid), catalog)
    view.closed.connect(lambda: fired.append("view"))
    window.setCentralWidget(view)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_W, CTRL)
    assert fired == ["host"]
    press(qtbot, digit_key(1))
    assert view.session.answers()["never_married"].points == 1
