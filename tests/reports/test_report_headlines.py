"""The PDF says what the screens say: no level where Static-99R does not apply, and both
ACUTE-2007 scales with their categories (read back with pdftotext)."""

from __future__ import annotations

import pytest

from tally.reports.export import export_report
from tally.store import Store
from tests.core.test_headline import CSEM_ONLY, STATIC_ITEMS
from tests.ui.test_headlines import ACUTE

from .test_report_pages import flatten, pages


def _report(catalog, tmp_path, facts, form_id, items, profile):
    store = Store.create(tmp_path / f"{form_id}-{profile}.db", "headline passphrase 1")
    try:
        store.set_evaluator("Dr Headline")
        case = store.create_case("HL-1", "1975-04-02", facts, "csem_only")
        form = catalog.get(form_id)
        aid = store.create_assessment(case, form_id, form.version, form.content_hash,
                                      "2026-11-02")
        for item_id, points in items.items():
            store.set_answer(aid, item_id, points, rationale="Seen in the file.")
        store.lock(aid)
        out = tmp_path / f"{form_id}-{profile}.pdf"
        result = export_report([store.get_assessment(aid)], catalog.get, out, profile=profile)
        return flatten(" ".join(pages(out))), result
    finally:
        store.close()


@pytest.mark.parametrize("profile", ["court", "working"])
def test_no_level_in_the_pdf_for_a_csem_only_static99r(catalog, tmp_path, profile):
    text, result = _report(catalog, tmp_path, CSEM_ONLY, "static99r", STATIC_ITEMS, profile)
    assert "No risk level: scoring criteria not met" in text
    assert "does not meet the Static-99R scoring criteria" in text
    assert "Level IV" not in text and "Well above average" not in text
    assert b'"band_withheld":"scoring_criteria_not_met"' in result.data


def test_the_level_is_printed_when_the_criteria_are_met(catalog, tmp_path):
    facts = {**CSEM_ONLY, "contact_sexual_offence": True}
    text, result = _report(catalog, tmp_path, facts, "static99r", STATIC_ITEMS, "working")
    assert "Level IVb" in text and "No risk level" not in text
    assert b'"band_withheld":null' in result.data


def test_acute_prints_both_scales_with_their_categories(catalog, tmp_path):
    text, _ = _report(catalog, tmp_path, {}, "acute2007", ACUTE, "working")
    assert "High acute risk (sexual/violent)" in text
    assert "Moderate acute risk (general)" in text
