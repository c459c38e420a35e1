"""A consistency check that fires shows on the item's page, in the review and in the signed
report's warnings (0.1 accepted CPORT item 4 = yes on a CSEM-only case with no word)."""

from __future__ import annotations

import subprocess

import pytest

from tally.operations.desk import Desk
from tally.operations.session import StoreSession
from tally.reports.export import export_report

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CSEM_ONLY = {"csem_only": True, "contact_sexual_offence": False, "csem_production": False,
             "date_of_birth": "1980-01-01", "index_investigation_date": "2023-03-01"}
CPORT = {"age_35_or_younger": 0, "prior_criminal_history": 0, "conditional_release_failure": 0,
         "contact_sexual_offending": 1, "sexual_interest_in_children": 0,
         "boy_content_csem": 0, "boy_content_other": 0}


def test_a_contact_item_on_a_csem_only_case_is_flagged_on_screen_and_in_the_report(
        qtbot, store, catalog, tmp_path):
    from tally.ui.assessment import AssessmentView

    desk = Desk(store)
    form = catalog.get("cport")
    pk = desk.create_case("C-1", "1980-01-01", CSEM_ONLY, "csem_only")
    aid = desk.create_assessment(pk, "cport", form.version, form.content_hash, "2024-05-02")
    for item_id, points in CPORT.items():
        desk.set_answer(aid, item_id, points, rationale="on file")
    view = AssessmentView(StoreSession(desk, aid), catalog)
    qtbot.addWidget(view)
    view.show()
    view.wizard.go("contact_sexual_offending")
    note = view.wizard.page.consistency
    assert note.isVisible() and note.text().startswith("Check: The case profile records CSEM")
    view.wizard.go("boy_content_csem")
    assert not view.wizard.page.consistency.isVisible()
    view.show_review()
    assert "1 consistency check(s) to look at:" in view.review.summary.text()
    assert "4. Check: The case profile records CSEM" in view.review.summary.text()

    desk.lock(aid)
    out = tmp_path / "r.pdf"
    export_report([store.get_assessment(aid)], catalog.get, out)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "Consistency check, item 4: The case profile records CSEM offences only" in text
