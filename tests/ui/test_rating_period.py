"""The period a dynamic rating covers, entered in the assessment's header, and the report
context entered from the Case menu: both stored, both printed in the signed report
(pdftotext), neither changeable once the rating is locked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tally.operations.desk import Desk
from tally.operations.lookups import (
    earlier_ratings,
    load_report_context,
    previous_versions,
)
from tally.operations.session import StoreSession
from tally.reports.export import export_report
from tests.reports.test_report_pages import flatten, pages

from .conftest import unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

FACTS = {"release_date": "2025-11-03", "index_investigation_date": "2023-09-14",
         "csem_only": True, "contact_sexual_offence": False}


def _draft(desk: Desk, catalog, pk: int, form_id: str, day: str) -> int:
    form = catalog.get(form_id)
    aid = desk.create_assessment(pk, form_id, form.version, form.content_hash, day, form=form)
    for item in form.items:
        if item.derive is None or item.derive.optional:
            desk.set_answer(aid, item.id, item.min_points, rationale="Seen in the file.")
    return aid


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_period_is_entered_checked_frozen_and_copied(qtbot, store, catalog):
    from tally.ui.assessment import AssessmentView

    desk = Desk(store)
    pk = desk.create_case("RP-1", "1980-02-03", FACTS, "csem_only")
    aid = _draft(desk, catalog, pk, "acute2007", "2026-11-02")
    view = AssessmentView(StoreSession(desk, aid), catalog)
    qtbot.addWidget(view)
    view.show()
    bar = view.period_bar
    assert bar.isVisible() and "the report prints it" in bar.note.text()

    _type(qtbot, bar.start, "2026-10-05")
    assert desk.rating_period(aid) is None  # one date only: nothing saved, nothing said
    _type(qtbot, bar.end, "2026-11-31")
    assert desk.rating_period(aid) is None
    assert bar.note.text() == "Not saved: 2026-11-31 is not a date as YYYY-MM-DD."
    assert bar.note.property("error") is True
    _type(qtbot, bar.end, "2026-11-20")  # after the rating was made
    assert desk.rating_period(aid) is None
    assert "cannot end after the assessment date (2026-11-02)" in bar.note.text()
    assert bar.start.text() == "2026-10-05"  # what was typed stays to be corrected
    _type(qtbot, bar.end, "2026-10-01")
    assert "starts (2026-10-05) after it ends (2026-10-01)" in bar.note.text()
    _type(qtbot, bar.end, "2026-11-01")
    assert desk.rating_period(aid) == ("2026-10-05", "2026-11-01")
    assert bar.note.property("error") is False and bar.clear_button.isVisible()

    view.session.lock(view.form)
    view._after_lifecycle()
    assert bar.start.isReadOnly() and bar.end.isReadOnly()
    assert not bar.clear_button.isVisible()
    newer = view.session.amend("a collateral call changed item 2")
    view.set_session(newer)
    assert desk.rating_period(newer.assessment_id) == ("2026-10-05", "2026-11-01")
    assert not bar.start.isReadOnly()  # the new draft may correct it
    bar.clear_button.click()
    assert desk.rating_period(newer.assessment_id) is None
    assert desk.rating_period(aid) == ("2026-10-05", "2026-11-01")  # the locked one keeps it


def test_a_static_instrument_has_no_period(qtbot, store, catalog):
    from tally.ui.assessment import AssessmentView

    desk = Desk(store)
    pk = desk.create_case("RP-2", "1980-02-03", FACTS, "csem_only")
    view = AssessmentView(StoreSession(desk, _draft(desk, catalog, pk, "cport", "2026-11-02")),
                          catalog)
    qtbot.addWidget(view)
    view.show()
    assert not view.period_bar.isVisible()


def test_context_from_the_case_menu_and_periods_reach_the_signed_report(
        qtbot, window, store, catalog, tmp_path):
    desk = Desk(store)
    pk = desk.create_case("RP-3", "1980-02-03", FACTS, "csem_only")
    stable = _draft(desk, catalog, pk, "stable2007", "2026-11-02")
    acute = _draft(desk, catalog, pk, "acute2007", "2026-11-02")
    desk.set_rating_period(stable, "2026-05-01", "2026-10-31")
    for aid in (stable, acute):
        desk.lock(aid, catalog.get(desk.assessment_meta(aid).form_id))
    store.close()

    unlock(qtbot, window)
    window.workspace.show_case(pk)

    from tally.ui.report_context import ReportContextDialog

    class Filled(ReportContextDialog):
        """The real dialog, filled in as an evaluator would, then saved (no modal loop)."""

        def exec(self) -> int:
            assert self.windowTitle() == "Report context"
            self.referral.setPlainText("Risk of reoffending on release to the community")
            self.requested_by.setText("Parole board, eastern region")
            self.records.setPlainText("Police occurrence report | 2023-09-14 | 12 pages")
            self.training["acute2007"].setText("SAARNA ACUTE-2007 workshop, 2025")
            return 1

    assert window.act_context.text() == "Report conte&xt…"
    assert window.workspace.edit_report_context(Filled)
    desk = window.store
    records = [desk.get_assessment(i) for i in (stable, acute)]
    context = load_report_context(desk, records)
    assert context.referral_question.startswith("Risk of reoffending")
    assert context.training == {"acute2007": "SAARNA ACUTE-2007 workshop, 2025"}

    out = tmp_path / "report.pdf"
    export_report(records, window.catalog, out, context=context,
                  previous=previous_versions(desk, records),
                  earlier=earlier_ratings(desk, records))
    text = flatten(" ".join(pages(out)))
    assert "Risk of reoffending on release to the community" in text
    assert "Parole board, eastern region" in text
    assert "Police occurrence report" in text
    assert "SAARNA ACUTE-2007 workshop, 2025" in text
    assert "2026-05-01 to 2026-10-31" in text  # STABLE-2007's period, as entered
    assert "not recorded; rated on 2026-11-02" in text  # ACUTE-2007 had none: said so
