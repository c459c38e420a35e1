"""The CASIC a CPORT's item 5 was scored from, in the report (#11): item by item with the
gate statement when it is not reported on its own, a reference to its own section when it
is, "not recorded" when the gate was not given; in French too; and in the embedded JSON."""

from __future__ import annotations

import json

import pytest

from tally.operations.desk import Desk
from tally.operations.lookups import companions
from tally.reports.content import CompanionUse, ReportError
from tally.reports.export import export_report

from .test_report_pages import flatten, pages

PASS = "companion passphrase 11"


def _locked_pair(tmp_path, catalog, gate: bool | None):
    desk = Desk.create(tmp_path / "cases.db", PASS)
    desk.set_evaluator("Dr Journey")
    pk = desk.create_case("J-12", "1984-03-09", {"csem_only": True,
                                                 "index_investigation_date": "2023-05-02"})
    cport = catalog.get("cport")
    aid = desk.create_assessment(pk, "cport", cport.version, cport.content_hash, "2026-12-01")
    casic = desk.start_casic(aid)
    for item, points in zip(catalog.get("casic").item_ids, (1, 1, 1, 1, 0, 0), strict=True):
        desk.set_answer(casic, item, points, rationale=f"Examiner's report on {item}")
    for item in cport.items:
        if item.derive is None or item.derive.optional:
            desk.set_answer(aid, item.id, 0, rationale="File review.")
    if gate is not None:
        desk.set_casic_gate(aid, gate)
    desk.lock(casic, catalog.get("casic"))
    desk.lock(aid, cport)
    return desk, aid, casic


@pytest.mark.parametrize("with_casic", [False, True])
def test_the_casic_used_is_printed_once_with_the_gate(tmp_path, catalog, with_casic):
    desk, aid, casic = _locked_pair(tmp_path, catalog, True)
    try:
        ids = [aid, casic] if with_casic else [aid]
        records = [desk.get_assessment(i) for i in ids]
        out = tmp_path / "report.pdf"
        result = export_report(records, catalog, out, companions=companions(desk, records))
        flat = flatten(" ".join(pages(out)))
        assert "Item 5 scored from the linked CASIC" in flat
        assert "Recorded by the evaluator: No admission" in flat
        assert flat.count("Examiner's report on csem_stories") == 1
        if with_casic:
            assert "its items are in its own section of this report" in flat
        embedded = json.loads(result.data)["assessments"][0]["companion"]
        assert (embedded["form"], embedded["total"], embedded["no_admission_no_diagnosis"]) \
            == ("casic", 4, True)
        assert embedded["uid"] == desk.assessment_meta(casic).uid
    finally:
        desk.close()


def test_no_gate_says_so_and_the_french_report_too(tmp_path, catalog):
    from tally.paths import load_catalog

    desk, aid, _ = _locked_pair(tmp_path, catalog, None)
    try:
        records = [desk.get_assessment(aid)]
        used = companions(desk, records)
        assert "casic_total" not in records[0].case.facts  # item 5 was not derived
        out = tmp_path / "report.pdf"
        export_report(records, catalog, out, companions=used)
        flat = flatten(" ".join(pages(out)))
        assert "Not recorded: No admission" in flat and "did not score item 5" in flat
        french = tmp_path / "rapport.pdf"
        export_report(records, load_catalog("fr"), french, companions=used, lang="fr")
        flat = flatten(" ".join(pages(french)))
        assert "Item 5 coté d'après le CASIC lié" in flat
        assert "Non consigné : Aucun aveu" in flat
    finally:
        desk.close()


def test_a_companion_that_is_not_fixed_content_is_refused(tmp_path, catalog):
    desk, aid, _ = _locked_pair(tmp_path, catalog, True)
    try:
        record = desk.get_assessment(aid)
        draft = desk.get_assessment(desk.create_assessment(
            desk.assessment_meta(aid).case_pk, "casic", "1.0",
            catalog.get("casic").content_hash, "2026-12-02"))
        with pytest.raises(ReportError, match=r"linked CASIC .* is not a locked record"):
            export_report([record], catalog, companions={record.uid: CompanionUse(draft, True)})
    finally:
        desk.close()
