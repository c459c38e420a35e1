"""Every source the Results screen cites in a bracket ([S8 (manual), published]) is listed
under its Sources heading, for every installed form (0.1 cited "(S8)" and never said what S8
was)."""

from __future__ import annotations

import re

import pytest

from tally.operations.desk import Desk
from tally.operations.session import StoreSession
from tests.ui.test_osp_ui import OSP_FACTS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FACTS = {"csem_only": False, "contact_offence": True, "victim_13_or_younger": True}


@pytest.mark.parametrize("form_id", ["cport", "casic", "rm2000s", "static99r", "stable2007",
                                     "acute2007", "ospdc", "ospiic"])
def test_every_cited_source_is_listed(qtbot, store, catalog, form_id) -> None:
    from tally.ui.assessment import AssessmentView

    if form_id not in catalog:
        pytest.skip(f"{form_id} is not installed")
    form = catalog.get(form_id)
    desk = Desk(store)
    facts = OSP_FACTS if form_id.startswith("osp") else FACTS  # OSP derives from counts
    pk = desk.create_case("SRC-1", "1975-04-02", facts, "mixed")
    aid = desk.create_assessment(pk, form_id, form.version, form.content_hash, "2024-05-02")
    for item in form.items:
        if item.derive is None:
            desk.set_answer(aid, item.id, item.max_points, rationale="on file")
    view = AssessmentView(StoreSession(desk, aid), catalog)
    qtbot.addWidget(view)
    view.show()
    view.show_results()
    text = view.results.browser.toPlainText()
    cited_part, heading, listed_part = text.rpartition("\nSources\n")
    if not heading:  # no Sources list at all: nothing may be cited
        cited_part, listed_part = text, ""
    cited = set()
    for bracket in re.findall(r"\[([^\[\]]*)\]", cited_part):
        cited.update(re.findall(r"\b(S\d+)\b", bracket))
    if not form_id.startswith("osp"):  # OSP names its published code inline, not by key
        assert cited, form_id
    listed = set(re.findall(r"^\s*(S\d+)\b", listed_part, flags=re.M))
    assert cited <= listed, f"{form_id}: cited but not listed: {sorted(cited - listed)}"

