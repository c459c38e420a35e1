"""Counts entered on the item's page are scored by the form's table (#11 item 6): Static-99R
prior sex offences from charges and convictions (the higher), stored with the case, shown and
printed with the points; clearing a count leaves the item to be scored by hand."""

from __future__ import annotations

import subprocess

import pytest

from tally.operations.desk import Desk
from tally.operations.session import StoreSession
from tally.reports.export import export_report

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_charges_and_convictions_score_prior_sex_offences(qtbot, store, catalog, tmp_path):
    from tally.ui.assessment import AssessmentView

    desk = Desk(store)
    form = catalog.get("static99r")
    pk = desk.create_case("N-1", "1975-04-02", {"contact_sexual_offence": True}, "mixed")
    aid = desk.create_assessment(pk, "static99r", form.version, form.content_hash, "2024-05-02")
    view = AssessmentView(StoreSession(desk, aid), catalog)
    qtbot.addWidget(view)
    view.show()
    wizard = view.wizard
    wizard.go("prior_sex_offences")
    page = wizard.page
    assert page.counts_box.isVisible()
    assert "Enter the counts below" in page.derived_text.text()
    charges = page.count_spin("prior_sex_charge_count")
    convictions = page.count_spin("prior_sex_conviction_count")
    assert charges.text() == "Not entered" and convictions.text() == "Not entered"

    charges.setValue(2)  # one count alone: both are needed, nothing is scored yet
    assert wizard.state.points("prior_sex_offences") is None
    convictions.setValue(1)
    assert wizard.state.points("prior_sex_offences") == 1
    convictions.setValue(2)  # convictions 2-3 -> 2, higher than charges 1-2 -> 1
    assert wizard.state.points("prior_sex_offences") == 2
    answer = store.get_assessment(aid).answers
    stored = next(a for a in answer if a.item_id == "prior_sex_offences")
    assert stored.origin == "derived" and "the higher: 2" in stored.derivation
    facts = store.get_case(pk).facts
    assert (facts["prior_sex_charge_count"], facts["prior_sex_conviction_count"]) == (2, 2)
    assert "Derived from case facts" in page.derived_text.text()

    wizard.go("prior_sentencing_dates")  # one table: 4 or more dates -> 1
    page.count_spin("prior_sentencing_date_count").setValue(4)
    assert wizard.state.points("prior_sentencing_dates") == 1
    page.count_spin("prior_sentencing_date_count").setValue(-1)  # "Not entered" again
    assert wizard.state.points("prior_sentencing_dates") is None

    wizard.go("male_victims")
    assert not page.counts_box.isVisible()  # no table behind this item

    for item_id in form.item_ids:
        if wizard.state.points(item_id) is None:
            desk.set_answer(aid, item_id, form.item(item_id).options[0].points,
                            rationale="on file")
    desk.lock(aid)
    out = tmp_path / "r.pdf"
    export_report([store.get_assessment(aid)], catalog.get, out, profile="working")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "number of prior sexual charges = 2 → 1" in text
    assert "number of prior sexual convictions = 2 → 2" in text
