"""The validation screen on a real demo database with synthetic outcomes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tally.operations.desk import Desk
from tally.operations.validation import export_research
from tally.store import Store
from tally.store.demo import add_demo_data
from tally.store.demo_outcomes import add_demo_outcomes
from tally.ui.validation import ValidationDialog

pytestmark = pytest.mark.gui


def test_validation_screen_shows_every_group_and_pools_sites(qtbot, tmp_path: Path,
                                                             catalog) -> None:
    with Store.create(tmp_path / "d.db", "screen passphrase words") as store:
        add_demo_data(store, 160, seed=3)
        add_demo_outcomes(store, catalog, seed=3)
        dialog = ValidationDialog(store, catalog)
        qtbot.addWidget(dialog)
        assert dialog.banner.text().startswith("SYNTHETIC OUTCOMES")
        assert dialog.results.rowCount() == 5 * len(catalog)
        groups = {dialog.results.item(r, 1).text() for r in range(dialog.results.rowCount())}
        assert groups == {"All", "CSEM only", "Mixed (CSEM and contact)",
                          "Static-99R criteria met", "Static-99R criteria not met"}
        first = [dialog.results.item(0, c).text() for c in range(dialog.results.columnCount())]
        assert first[0] == catalog.get(dialog.report.results[0].instrument).name
        assert first[2] == str(dialog.report.results[0].n)  # N beside every figure
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("any_recidivism"))
        dialog.compute()
        assert dialog.report.outcome == "any_recidivism"
        out = tmp_path / "all.csv"
        export_research(store, catalog, out)
    with out.open() as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    paths = []
    for n in range(2):
        path = tmp_path / f"site{n}.csv"
        with path.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=header)
            writer.writeheader()
            writer.writerows(rows[n::2])
        paths.append(str(path))
    dialog.pool(paths)
    assert dialog.pool_table.rowCount() >= 1
    assert "2 site file(s) pooled" in dialog.pool_notes.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,here\n")
    dialog.pool([str(bad)])
    assert "not a research export" in dialog.pool_notes.text()


def test_case_view_outcomes_card_saves_audits_and_refuses(qtbot, tmp_path: Path,
                                                          catalog) -> None:
    from tally.store import outcomes as oc
    from tally.ui.case_profile import CaseView

    with Store.create(tmp_path / "c.db", "card passphrase words") as store:
        store.set_evaluator("Dr Card")
        pk = store.create_case("CARD-1", "1980-01-02", {"csem_only": True}, "csem_only")
        view = CaseView(Desk(store), catalog, pk)
        qtbot.addWidget(view)
        card = view.outcomes
        assert not card.add_button.isEnabled()  # no event before follow-up starts
        card.start.setText("2019-03-04")
        card.end.setText("2024-05-06")
        assert not card.save_followup()  # an end date needs its reason
        assert "both the end date and the reason" in card.message.text()
        card.end_reason.setCurrentIndex(card.end_reason.findData("records_check"))
        assert card.save_followup()
        assert oc.get_followup(store, pk) == oc.Followup(
            pk, "2019-03-04", "release", "2024-05-06", "records_check")
        card.event_type.setCurrentIndex(card.event_type.findData("csem"))
        card.event_date.setText("2030-01-01")
        assert not card.add_event() and "in the future" in card.message.text()
        card.event_date.setText("2018-01-01")
        assert not card.add_event() and "before follow-up started" in card.message.text()
        card.event_date.setText("2021-07-08")
        card.event_source.setText("records check")
        assert card.add_event()
        assert card.events.rowCount() == 1 and card.events.item(0, 0).text() == "CSEM"
        assert [e.event_date for e in oc.list_events(store, pk)] == ["2021-07-08"]
        card.events.setCurrentCell(0, 0)
        assert card.delete_selected() and card.events.rowCount() == 0
        actions = [e.action for e in store.audit_entries("case", pk)]
        assert actions[-3:] == ["followup.set", "event.add", "event.delete"]
        assert not card.synthetic.isVisible() and card.synthetic.text() == ""
