"""A form file updated after lock, in the app: the case table and the assessment's own screens
show the locked record with the form it was scored with (kept in the database), and a new
assessment is scored with the new file (tests/reports/test_form_drift.py has the report)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tally.operations.desk import Desk
from tests.reports.test_form_drift import FACTS, POINTS, new_edition

from .conftest import unlock

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _locked_static(desk: Desk, catalog, pk: int, day: str) -> int:
    form = catalog.get("static99r")
    aid = desk.create_assessment(pk, form.id, form.version, form.content_hash, day, form=form)
    for item in form.items:
        if item.derive is None or item.derive.optional:
            desk.set_answer(aid, item.id, POINTS.get(item.id, item.min_points),
                            rationale="Seen in the file.")
    desk.lock(aid, form)
    return aid


def test_the_app_shows_an_old_record_with_its_own_form(qtbot, window, store, catalog,
                                                        tmp_path, monkeypatch):
    desk = Desk(store)
    pk = desk.create_case("FD-UI", "1988-04-12", FACTS, "mixed")
    old = _locked_static(desk, catalog, pk, "2026-03-02")
    store.close()
    monkeypatch.setenv("TALLY_FORMS_DIR", str(new_edition(tmp_path)))  # the update installed

    unlock(qtbot, window)
    updated = window.catalog
    assert updated.get("static99r").version == "2016.2"
    new = _locked_static(window.store, updated, pk, "2026-11-20")
    window.workspace.show_case(pk)
    table = window.workspace.case_view.assessments
    rows = {int(table.item(r, 0).data(Qt.ItemDataRole.UserRole)): r
            for r in range(table.rowCount())}
    texts = {aid: " ".join(table.item(rows[aid], c).text() for c in range(table.columnCount()))
             for aid in (old, new)}
    assert "Level III" in texts[old] and "Level IV" not in texts[old]
    assert "Level IVa" in texts[new]
    assert not table.item(rows[old], 0).toolTip()  # not flagged: shown with its own form

    view = window.workspace.open_assessment(old)
    assert view.form.version == "2016.1" and view.form.kept
    assert "Level III" in view.totals_text()
    assert "Static-99R 2016.1" in view.title.text()
    assert "kept in the database (another is installed now)" in view.title.text()
    view.show_results()
    assert "Level III – Average risk" in view.results.browser.toPlainText()
    newer = window.workspace.open_assessment(new)
    assert newer.form.version == "2016.2" and "Level IVa" in newer.totals_text()
    assert "kept in the database" not in newer.title.text()
