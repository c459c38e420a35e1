"""Every item's guidance reads at the guidance pane's font (0.1 showed the first item's
guidance at another size than the rest: each cached document kept the font it was made
with)."""

from __future__ import annotations

import pytest

from tests.ui.assessment_fixtures import make_assessment, make_store
from tests.ui.test_assessment_workflow import open_view

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_each_item_guidance_uses_the_pane_font(qtbot, tmp_path, catalog) -> None:
    store = make_store(tmp_path / "t.db")
    aid = make_assessment(store, catalog, "static99r")
    view = open_view(qtbot, store, catalog, aid)
    pane = view.wizard.guidance
    seen = set()
    for item in catalog.get("static99r").items[:4]:
        view.wizard.show_item(item.id)
        assert view.current_item_id() == item.id
        seen.add(pane.document().defaultFont().pointSizeF())
    assert seen == {pane.font().pointSizeF()}
    store.close()
