"""While the evaluator reads an item, the next item's guidance is laid out in the background,
so the step to it does not pay for that layout; what it shows is the same guidance."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tally.ui.assessment import wizard as wizard_module
from tests.ui.assessment_fixtures import make_assessment, make_store
from tests.ui.test_assessment_workflow import open_view

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_the_next_guidance_is_laid_out_while_this_one_is_read(qtbot, tmp_path, catalog):
    store = make_store(tmp_path / "t.db")
    aid = make_assessment(store, catalog, "stable2007")
    view = open_view(qtbot, store, catalog, aid)
    wizard = view.wizard
    form = view.form
    first, second = form.items[0], form.items[1]
    wizard.show_item(first.id)
    assert second.id not in wizard._docs  # nothing built before the reading pause
    qtbot.waitUntil(lambda: second.id in wizard._docs, timeout=wizard_module.PREFETCH_MS * 20)
    prefetched = wizard._docs[second.id]
    assert prefetched.textWidth() == wizard.guidance.viewport().width()
    assert prefetched.defaultFont() == wizard.guidance.font()
    wizard.show_item(second.id)
    QApplication.processEvents()
    assert wizard.guidance.document() is prefetched
    assert second.name in wizard.guidance.toPlainText()
    last = form.items[-1]
    wizard.show_item(last.id)  # the last item has no next one: nothing is scheduled
    assert wizard._prefetch_item is not None and wizard._prefetch_item.id != last.id
    view.close()
    store.close()


def test_the_choice_buttons_are_relabelled_for_an_item_with_as_many_choices(qtbot, tmp_path,
                                                                            catalog):
    """Going to an item with as many choices reuses the buttons (no rebuild in the step):
    each shows and names the new item's choice, none stays checked, a digit scores it."""
    from tests.ui.assessment_fixtures import digit_key, press

    store = make_store(tmp_path / "t.db")
    aid = make_assessment(store, catalog, "stable2007")
    view = open_view(qtbot, store, catalog, aid)
    wizard, form = view.wizard, view.form
    pairs = [(a, b) for a, b in zip(form.items, form.items[1:], strict=False)
             if len(a.options) == len(b.options) and a.derive is None and b.derive is None
             and [o.label for o in a.options] != [o.label for o in b.options]]
    first, second = pairs[0] if pairs else (form.items[0], form.items[1])
    wizard.show_item(first.id)
    before = list(wizard.page.choice_buttons())
    before[-1].click()  # the first item answered with its last choice
    wizard.show_item(second.id)
    after = list(wizard.page.choice_buttons())
    assert after == before  # the same buttons
    assert [b.text().split("    ")[1] for b in after] == [o.label for o in second.options]
    assert not any(b.isChecked() for b in after)
    assert all(o.label in b.accessibleName() for b, o in zip(after, second.options,
                                                               strict=True))
    press(qtbot, digit_key(second.options[1].points))
    assert view.session.answers()[second.id].points == second.options[1].points
    assert view.session.answers()[first.id].points == first.options[-1].points
    view.close()
    store.close()
