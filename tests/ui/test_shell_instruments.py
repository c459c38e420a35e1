"""Instrument choice for a case, opening the assessment, the trend chart, and settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tally.operations.desk import Desk
from tests.ui.conftest import unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CSEM_ONLY = {"release_date": "2024-03-01", "index_investigation_date": "2021-06-15",
             "csem_only": True, "csem_production": False, "contact_sexual_offence": False}


def test_csem_only_case_static99r_does_not_meet_the_criteria(store, catalog):
    from tally.ui.instrument_choice import APPLIES, NOT_MET, PAIRED, assess_suitability

    pk = store.create_case("C-1", "1975-04-02", CSEM_ONLY, "csem_only")
    found = {s.form.id: s for s in assess_suitability(
        catalog, store.get_case(pk), store.list_assessments(case_pk=pk), "2024-05-02")}
    static = found["static99r"]
    assert static.verdict == NOT_MET
    assert any("does not meet the Static-99R scoring criteria" in r for r in static.reasons)
    assert found["cport"].verdict == APPLIES and found["rm2000s"].verdict == APPLIES
    stable = found["stable2007"]
    assert stable.verdict == PAIRED
    # the static partner offered is the one that fits a CSEM-only case
    assert any("static partner for this case: RM2000/S." in p for p in stable.pairing)
    assert any("Scored together with STABLE-2007" in p for p in found["acute2007"].pairing)
    assert any("Companion to CPORT" in p for p in found["casic"].pairing)
    assert any("Age at release: pre-filled" in p for p in static.prefill)
    ordered = [s.form.id for s in assess_suitability(
        catalog, store.get_case(pk), [], "2024-05-02")]
    assert ordered[-1] == "static99r"  # what does not apply comes last

    mixed = store.create_case("C-2", "1975-04-02", dict(CSEM_ONLY, csem_only=False,
                                                     contact_sexual_offence=True),
                              "mixed_escalation")
    mixed_found = {s.form.id: s for s in assess_suitability(
        catalog, store.get_case(mixed), [], "2024-05-02")}
    assert mixed_found["static99r"].verdict == APPLIES
    assert not mixed_found["static99r"].reasons


def test_choosing_an_instrument_creates_and_opens_the_assessment(qtbot, closed_db, window):
    unlock(qtbot, window)
    store, ws = window.store, window.workspace
    pk = store.create_case("C-CSEM", "1975-04-02", CSEM_ONLY, "csem_only")
    ws.cases.model.refresh()
    assert ws.cases.select_case(pk)

    seen = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        seen["items"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.select_form("static99r")
        seen["details"] = dialog.details.toPlainText()
        dialog.select_form("cport")
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(50, choose)
    window.act_instrument.trigger()  # Ctrl+I
    assert "Static-99R\nDoes not meet the scoring criteria" in seen["items"]
    assert seen["items"][0].startswith("CPORT")
    assert "does not meet the Static-99R scoring criteria" in seen["details"]
    assert "Research context" in seen["details"] and ".58" in seen["details"]
    metas = store.list_assessments(case_pk=pk)
    assert [(m.form_id, m.status) for m in metas] == [("cport", "draft")]
    assert metas[0].form_version == window.catalog.get("cport").version
    from tally.ui.assessment import AssessmentView

    current = ws.tabs.currentWidget()
    assert isinstance(current, AssessmentView)
    assert ws.tabs.tabText(ws.tabs.currentIndex()) == "C-CSEM · CPORT"
    assert ws.case_view.assessments.rowCount() == 1
    window.act_close_tab.trigger()  # Ctrl+W closes the assessment tab
    assert ws.tabs.count() == 1 and ws.open_assessment_ids() == []


def test_scoring_an_instrument_that_does_not_apply_needs_a_deliberate_yes(qtbot, store,
                                                                          catalog):
    from PySide6.QtWidgets import QMessageBox

    from tally.ui.instrument_choice import InstrumentChoiceDialog

    pk = store.create_case("C-3", "1975-04-02", CSEM_ONLY, "csem_only")
    dialog = InstrumentChoiceDialog(catalog, store.get_case(pk), [])
    qtbot.addWidget(dialog)
    dialog.select_form("static99r")
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())  # Cancel
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.isHidden()

    def score_anyway() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Score anyway").click()

    QTimer.singleShot(50, score_anyway)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    form, when = dialog.chosen()
    assert form.id == "static99r" and when == dialog.date.text()
    dialog.date.setText("2999-01-01")
    dialog.done(0)
    dialog.accept()
    assert "future" in dialog.message.text()


def _complete(store, catalog, case_pk: int, form_id: str, when: str, points: int) -> int:
    form = catalog.get(form_id)
    aid = store.create_assessment(case_pk, form.id, form.version, form.content_hash, when)
    for item in form.items:
        store.set_answer(aid, item.id, points)
    return aid


def test_case_view_lists_assessments_with_scores_and_a_trend(qtbot, store, catalog):
    from tally.ui.case_profile import CaseView

    pk = store.create_case("T-1", "1975-04-02", CSEM_ONLY, "csem_only")
    _complete(store, catalog, pk, "stable2007", "2023-01-10", 2)
    _complete(store, catalog, pk, "stable2007", "2024-01-10", 1)
    _complete(store, catalog, pk, "acute2007", "2024-01-10", 1)
    draft = store.create_assessment(pk, "cport", catalog.get("cport").version,
                                    catalog.get("cport").content_hash, "2024-02-01")
    store.set_answer(draft, "prior_criminal_history", 1)
    view = CaseView(Desk(store), catalog, pk)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    table = view.assessments
    rows = {table.item(r, 1).text() + " " + table.item(r, 0).text():
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    assert rows["2023-01-10 STABLE-2007"][4] == "26"  # 13 items x 2, from core.scoring
    assert rows["2024-01-10 STABLE-2007"][4] == "13"
    cport = rows["2024-02-01 CPORT"]
    assert cport[2] == "Draft" and cport[4].startswith("1 so far")
    series = {s.name: [(p.when.isoformat(), p.total) for p in s.points]
              for s in view.chart.series()}
    assert series == {"STABLE-2007": [("2023-01-10", 26), ("2024-01-10", 13)],
                      "ACUTE-2007": [("2024-01-10", 7)]}
    assert "STABLE-2007: 2023-01-10: 26" in view.chart.accessibleDescription()
    view.chart.grab()  # paints without error


def test_settings_are_kept_and_applied(qtbot, prefs, closed_db, window):
    from tally.ui.settings import SettingsDialog

    unlock(qtbot, window)
    dialog = SettingsDialog(prefs, str(closed_db), window.store, window)
    qtbot.addWidget(dialog)
    dialog.idle.setValue(3)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(14)
    dialog.name.setText("")
    dialog.accept()
    assert "full name" in dialog.message.text() and prefs.idle_lock_minutes != 3
    dialog.name.setText("Dr Renamed")
    dialog.accept()
    assert (prefs.idle_lock_minutes, prefs.theme, prefs.font_points) == (3, "dark", 14)
    assert window.store.evaluator().name == "Dr Renamed"
    from tally.ui.application import apply_appearance, colours

    app = QApplication.instance()
    apply_appearance(app, prefs)
    assert colours()["base"] != "#ffffff" and app.font().pointSize() == 14
    prefs.theme, prefs.font_points = "light", 0
    apply_appearance(app, prefs)
    assert colours()["base"] == "#ffffff"
