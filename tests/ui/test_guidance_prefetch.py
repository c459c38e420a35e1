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
