"""Training mode in the real window: a complete practice attempt with the keyboard, through
the evaluators' wizard beside the vignette, ending in the feedback view; then progress,
trainer tools and in-app case authoring. Real SQLCipher store, real forms and cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tally.store import Store
from tally.training.library import BUNDLED, USER, Library
from tally.ui.training import TrainingWindow
from tally.ui.training.feedback import FeedbackView
from tests.ui.assessment_fixtures import digit_key, press

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
CASES = Path(__file__).resolve().parents[2] / "resources" / "training"


@pytest.fixture
def window(qtbot, tmp_path, catalog):
    store = Store.create(tmp_path / "tally.db", "training passphrase")
    user = tmp_path / "user-training"
    library = Library.load([(CASES, BUNDLED), (user, USER)])
    win = TrainingWindow(Desk(store), catalog, library=library, user_folder=user)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()
    store.close()


def add_trainee(qtbot, win, name: str) -> None:
    win.tabs.setCurrentIndex(2)
    win.trainer.name.setText(name)
    win.trainer.add_trainee()
    win.select_trainee(name)


def test_complete_practice_attempt_ends_in_feedback(qtbot, window, catalog) -> None:
    win = window
    assert win.no_trainee.isVisible() and not win.picker.start_button.isEnabled()
    add_trainee(qtbot, win, "Trainee A")
    assert not win.no_trainee.isVisible()

    case = win.library.get("tr09_settled_older_man")
    ref = case.reference("stable2007@2024-03-05")
    win.tabs.setCurrentIndex(0)
    win.picker.select(case.id, ref.key)
    win.picker.start_button.click()
    practice = win.practice
    assert practice is not None and practice.isVisible()
    # the vignette sits beside the wizard; nothing of the reference is on screen
    assert "TR-09" in practice.vignette.toPlainText()
    assert "walking club" in practice.vignette.toPlainText()
    assert practice.assessment.training and practice.assessment.form.id == "stable2007"
    screen_text = practice.vignette.toPlainText()
    assert not any(i.rationale in screen_text for i in ref.items.values())

    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    form = catalog.get("stable2007")
    plan = ref.points() | {"negative_emotionality": 2, "deviant_sexual_preference": 2}
    for item in form.items:
        assert practice.assessment.current_item_id() == item.id
        press(qtbot, digit_key(plan[item.id]))
        press(qtbot, Qt.Key.Key_Return)
    assert practice.assessment.current_page() == "review"
    session = practice.session
    assert {k: a.points for k, a in session.answers().items()} == plan  # autosaved

    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.objectName() == "lockDialog"
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_S, ALT)  # &Submit
    qtbot.waitUntil(lambda: win.feedback_view is not None and win.feedback_view.isVisible())

    view: FeedbackView = win.feedback_view
    fb = view.feedback
    assert (fb.agreed, fb.compared) == (11, 13)
    assert fb.trainee_total == 5 and fb.reference_total == 3 and fb.total_difference == 2
    assert (fb.trainee_band, fb.reference_band) == ("moderate", "low")
    text = view.text.toPlainText()
    assert "11 of 13 items agree (85%)" in text
    assert "Reference: 1: " in text or "Reference: Partly present" in text
    assert ref.items["negative_emotionality"].rationale in text
    assert ref.items["deviant_sexual_preference"].guidance in text
    assert ref.items["cooperation_with_supervision"].rationale not in text  # agreed: no lecture
    assert "✗ differs" in text and "✓ agree" in text

    # progress for this trainee now counts the attempt
    view.progress_requested.emit()
    assert win.tabs.currentIndex() == 1
    assert win.progress_view.card_count() == 1
    assert "1 of 4 scored cases" in win.progress_view.findChild(
        type(win.progress_view.cards.itemAt(0).widget())).bar.format()

    # another trainee sees none of it
    add_trainee(qtbot, win, "Trainee B")
    assert win.progress_view.card_count() == 0
    assert win.tstore.results(win.trainee_id()) == []

    # back to the first trainee: the rule is configurable
    win.select_trainee("Trainee A")
    win.progress_view.threshold.setValue(90)
    win.progress_view.cases.setValue(2)
    win.progress_view._apply()
    assert win.tstore.proficiency_rule().min_cases == 2
    assert "0 of 2 scored cases" in win.progress_view.cards.itemAt(0).widget().bar.format()


def test_practice_resumes_and_closes_without_loss(qtbot, window) -> None:
    win = window
    add_trainee(qtbot, win, "Resumer")
    case = win.library.get("tr06_acute_over_time")
    practice = win.start_practice(case.id, "acute2007@2024-07-09")
    assert practice is not None and "Practice · TR-06 · 2024-07-09" in (
        practice.assessment.title.text())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, digit_key(1))
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_W, CTRL)  # close the wizard: back to the case list
    qtbot.waitUntil(lambda: win.practice is None)
    again = win.start_practice(case.id, "acute2007@2024-07-09")
    assert again.session.answers()["victim_access"].points == 1
    assert again.assessment.current_item_id() == "hostility"


def test_trainer_tools_packs_and_authoring(qtbot, window, catalog, tmp_path) -> None:
    win = window
    trainer = win.trainer
    add_trainee(qtbot, win, "Dup")
    trainer.name.setText("Dup")
    trainer.add_trainee()
    assert "already a trainee" in trainer.message.text()

    trainer.check_library()
    assert "every reference score agrees" in trainer.message.text()
    trainer.case_list.item(0).setSelected(True)
    pack = trainer.export_to(tmp_path / "one.zip")
    assert "Exported 1 case(s)" in trainer.message.text()
    assert not trainer.import_from(pack)  # clashes with the installed case
    assert "already installed" in trainer.message.text()

    from tally.ui.training.authoring import CaseAuthoringDialog

    dialog = CaseAuthoringDialog(catalog, win.user_folder, {c.id for c in win.library}, win)
    qtbot.addWidget(dialog)
    dialog.code.setText("TR-51")
    dialog.title_edit.setText("Authored in the app")
    dialog.summary.setText("A short fictional case written by a trainer.")
    dialog.vignette.setPlainText("## Index offence\nFictional facts.\n\n## History\nNone.")
    dialog.form_choice.setCurrentIndex(dialog.form_choice.findData("casic"))
    dialog.save()
    assert "give every item a score" in dialog.problems.text()
    for i, (points, rationale, _g) in enumerate(dialog.item_widgets.values()):
        points.setCurrentIndex(points.findData(i % 2))
        rationale.setText(f"Reason number {i}")
    dialog.save()
    assert dialog.saved is not None, dialog.problems.text()
    saved = dialog.saved
    assert saved.id == "user_tr_51" and saved.references[0].total == 3
    assert [s.heading for s in saved.sections] == ["Index offence", "History"]
    assert (win.user_folder / "user_tr_51.toml").is_file()
    win.reload_library()
    assert "user_tr_51" in win.library and win.library.get("user_tr_51").origin == "user"
