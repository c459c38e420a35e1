"""CASIC as its own assessment feeding CPORT item 5 (#11), end to end in the real window over
a real SQLCipher file: start both, score and lock the CASIC, record the gate, item 5 derived;
a profile edit changes nothing; lock, amend, lock; sign and export; the PDF (pdftotext) prints
the CASIC item by item with the gate statement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.reports.test_report_pages import flatten, pages
from tests.ui.assessment_fixtures import digit_key, press
from tests.ui.conftest import unlock
from tests.ui.test_export_verify import KEY_PASS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ITEM5 = "sexual_interest_in_children"
CASIC_POINTS = (1, 1, 0, 1, 0, 0)  # total 3
GATE = "No admission of sexual interest in children and no diagnosis of paedophilic disorder"


def _modal(qtbot, name: str):
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == name)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _lock(qtbot, view) -> None:
    view.request_lock()
    _modal(qtbot, "lockDialog")
    press(qtbot, Qt.Key.Key_L, ALT)  # &Lock


def _score_by_keys(qtbot, view, points) -> None:
    """Each item: its digit, a rationale typed after Ctrl+E, then Alt+N to the next."""
    for item, value in zip(view.form.items, points, strict=True):
        view.show_wizard(item.id)
        press(qtbot, digit_key(value))
        press(qtbot, Qt.Key.Key_E, CTRL)
        qtbot.keyClicks(QApplication.focusWidget(), f"Forensic report p.{item.number}")
        press(qtbot, Qt.Key.Key_N, ALT)


def test_casic_feeds_cport_item_5_through_lock_amend_and_the_signed_report(
        qtbot, closed_db, window, tmp_path):
    from tally.ui.assessment import AssessmentView
    from tally.ui.export import ExportDialog

    unlock(qtbot, window)
    desk, ws, catalog = window.store, window.workspace, window.catalog
    pk = desk.create_case("J-11", "1984-03-09", {
        "csem_only": True, "index_investigation_date": "2023-05-02", "csem_production": False,
        "contact_sexual_offence": False}, "csem_only")
    ws.cases.model.refresh()
    assert ws.cases.select_case(pk)
    cport_form = catalog.get("cport")
    cport = desk.create_assessment(pk, "cport", cport_form.version, cport_form.content_hash,
                                   "2026-12-01", form=cport_form)
    cport_view = ws.open_assessment(cport)
    cport_view.show_wizard(ITEM5)
    page = cport_view.wizard.page
    assert page.casic_button.text() == "Start a CASIC for this case (Ctrl+K)"
    press(qtbot, Qt.Key.Key_K, CTRL)  # a CASIC of this case, linked, in its own tab
    casic_view = ws.tabs.currentWidget()
    assert isinstance(casic_view, AssessmentView) and casic_view is not cport_view
    casic = casic_view.session.assessment_id
    assert ws.tabs.tabText(ws.tabs.currentIndex()) == "J-11 · CASIC"
    assert "Feeds CPORT item 5 of the assessment of 2026-12-01" in casic_view.feeds_banner.text()

    _score_by_keys(qtbot, casic_view, CASIC_POINTS)
    assert casic_view.state.result.total == 3 and casic_view.state.result.complete

    ws.tabs.setCurrentWidget(cport_view)  # back on item 5: it reads the CASIC again
    assert "total 3, 6 of 6 items answered" in page.casic_text.text()
    page.casic_gate.click()  # the evaluator records: no admission, no diagnosis
    assert cport_view.state.points(ITEM5) == 1
    assert "casic_total = 3" in cport_view.state.result.items[ITEM5].how

    # the rest of the CPORT, then a lock that needs the CASIC locked first
    for item in cport_form.items:
        cport_view.show_wizard(item.id)
        if cport_view.state.points(item.id) is None:
            press(qtbot, digit_key(0))
        qtbot.keyClicks(page.rationale, f"File review ({item.number}).")
        cport_view.wizard._leave_item()
    _lock(qtbot, cport_view)
    qtbot.waitUntil(lambda: cport_view.error_banner.isVisible())
    assert "lock the linked CASIC (2026-12-01, version 1) first" in \
        cport_view.error_banner.text()
    assert cport_view.session.status() == "draft"

    ws.tabs.setCurrentWidget(casic_view)
    _lock(qtbot, casic_view)
    qtbot.waitUntil(lambda: casic_view.session.status() == "locked")

    # a profile edit (any field) leaves item 5 and the CASIC as they were
    ws.tabs.setCurrentIndex(0)
    ws.edit_profile()  # the case has locked work: its profile opens for editing on purpose
    profile = ws.case_view.profile
    profile.notes.setFocus()
    qtbot.keyClicks(profile.notes, "Referral from the parole board.")
    ws.case_view.done_button.click()
    assert desk.get_case(pk).notes == "Referral from the parole board."
    ws.tabs.setCurrentWidget(cport_view)
    assert cport_view.state.points(ITEM5) == 1
    casic_record = desk.get_assessment(casic)
    assert casic_record.status == "locked"
    assert [a.points for a in casic_record.answers] == list(CASIC_POINTS)

    _lock(qtbot, cport_view)
    qtbot.waitUntil(lambda: cport_view.session.status() == "locked")
    locked = desk.get_assessment(cport)
    assert locked.case.facts["casic_total"] == 3
    assert desk.casic_link(cport).casic_uid == casic_record.uid

    cport_view.request_amend()
    _modal(qtbot, "amendDialog")
    qtbot.keyClicks(QApplication.focusWidget(), "Rationale of item 2 made precise")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cport_view.session.version() == 2)
    amended = cport_view.session.assessment_id
    record = desk.get_assessment(amended)
    assert [(a.item_id, a.points, a.rationale) for a in record.answers] == [
        (a.item_id, a.points, a.rationale) for a in locked.answers]
    assert record.case.facts["casic_total"] == 3 and cport_view.state.points(ITEM5) == 1
    _lock(qtbot, cport_view)
    qtbot.waitUntil(lambda: cport_view.session.status() == "locked")

    from tally.ui.identity import IdentityDialog

    folder = tmp_path / "identity"
    IdentityDialog.key_bits = 2048  # the same code path, a second less per key
    maker = IdentityDialog(desk, folder)
    qtbot.addWidget(maker)
    maker.passphrase.setText(KEY_PASS)
    maker.passphrase_again.setText(KEY_PASS)
    assert maker.create_self_signed(), maker.message.text()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = ExportDialog(desk, catalog, pk, [amended], identity_folder=folder,
                          out_dir=out_dir)
    qtbot.addWidget(dialog)
    dialog.key_passphrase.setText(KEY_PASS)
    exported = []
    dialog.exported.connect(exported.append)
    assert dialog.export(), dialog.message.text()
    flat = flatten(" ".join(pages(exported[0].path)))
    assert "Item 5 scored from the linked CASIC" in flat
    assert f"Recorded by the evaluator: {GATE} is on file." in flat
    assert f"record id {casic_record.uid}" in flat and "total 3: its items as locked" in flat
    for item in catalog.get("casic").items:
        assert item.name in flat
    assert "Forensic report p.4" in flat  # a CASIC rationale, printed with its item
    assert desk.get_assessment(amended).status == "signed"

    from tally.operations.lookups import record_lookups
    from tally.reports import identity
    from tally.reports.verify import verify_pdf

    lookup, newest = record_lookups(desk)
    check = verify_pdf(exported[0].path, [identity.certificate(folder)], lookup=lookup,
                       newest=newest, forms=catalog.get)
    assert check.exit_code == 0 and {r.status for r in check.records} == {"match"}

    # amended once more (a draft): the command line and the Verify screen read the newer
    # version the same way, its item 5 still from the linked CASIC, so the same newer total
    desk.amend(amended, "a typing error in a rationale")
    (c_lookup, c_newest), (a_lookup, a_newest) = desk.record_lookups(), record_lookups(desk)
    cli = verify_pdf(exported[0].path, [identity.certificate(folder)], lookup=c_lookup,
                     newest=c_newest, forms=catalog.get)
    app = verify_pdf(exported[0].path, [identity.certificate(folder)], lookup=a_lookup,
                     newest=a_newest, forms=catalog.get)
    assert cli.exit_code == app.exit_code == 3
    (stale,) = [r for r in cli.records if r.status == "superseded"]
    (same,) = [r for r in app.records if r.status == "superseded"]
    assert stale.newer.total_after == same.newer.total_after == stale.newer.total_before
