"""OSP/DC and OSP/IIC in the signed report: total (or none), band, probability with its
follow-up caveat, the risk reduction, the OSP/IIC anomaly and the source, in the PDF's text
and in its embedded data (which follows the scoring contract)."""

from __future__ import annotations

import json

from tally.core.record import AnswerRecord, CaseRecord
from tally.reports.content import prepare, report_data
from tally.reports.export import export_report
from tests.reports.conftest import make_record, pdf_text

FACTS = {
    "contact_adult_sexual_sanction_count": 2, "contact_child_sexual_sanction_count": 0,
    "noncontact_sexual_offence_count": 0, "indecent_image_sanction_count": 0,
    "sanction_count_all_offences": 3, "followup_start_date": "2015-01-10",
    "most_recent_sexual_offence_date": "2009-11-02", "stranger_victim_current": True,
    "in_custody": False,
}
CASE = CaseRecord("T-0015", "1980-05-20", FACTS, "mixed_escalation")


def _derived(form):
    return tuple(AnswerRecord(i.id, None, "derived") for i in form.items)


def test_osp_results_on_the_page_and_in_the_embedded_data(catalog, signer, tmp_path):
    dc, iic = catalog.get("ospdc"), catalog.get("ospiic")
    forms = {"ospdc": dc, "ospiic": iic}
    records = [make_record(dc, number=1, case=CASE, answers=_derived(dc)),
               make_record(iic, number=2, case=CASE, answers=_derived(iic))]
    out = tmp_path / "osp.pdf"
    export_report(records, forms, out, identity=signer)
    text = " ".join(pdf_text(out).split())
    # 10 + 0 + 0 + age 34 (9) + 29 at the offence (10) + 6 + 4 = 39, very high, then high
    assert "OSP/DC total: 39" in text and "Probability: 8.31%" in text
    assert "Risk reduction applied: lowered from Very high to High" in text
    assert "does not state the follow-up period" in text
    assert "OSP/IIC: no total (a first-match hierarchy)" in text
    assert "Decided by rule 6 of 6 (first match wins): otherwise (no earlier rule applied)." in text
    assert "may be a defect in the published code" in text
    assert "016919c5305b083e690a145856909c7b6de8c6a1" in text
    data = report_data(prepare(records, forms))
    dc_result, iic_result = (a["result"] for a in data["assessments"])
    assert (dc_result["total"], dc_result["band"], dc_result["band_reduced"]) == (39, "high", True)
    assert iic_result["total"] is None and iic_result["probability"] == 0.0
    json.dumps(data)  # the embedded copy stays plain JSON


def test_page_one_gives_the_probability_and_no_total_for_the_hierarchy(catalog, tmp_path):
    dc, iic = catalog.get("ospdc"), catalog.get("ospiic")
    records = [make_record(dc, number=1, case=CASE, answers=_derived(dc)),
               make_record(iic, number=2, case=CASE, answers=_derived(iic))]
    out = tmp_path / "osp.pdf"
    export_report(records, {"ospdc": dc, "ospiic": iic}, out)
    import subprocess

    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(out), "-"], check=True,
                           capture_output=True, text=True).stdout
    page = " ".join(first.split())
    assert "probability 8.31% (follow-up period not stated)" in page
    assert "no total" in page and "1 of 6" not in page and "hierarchy 1" not in page
    assert "read the note in the OSP/IIC section" in page


def test_the_osp_lines_are_said_in_the_report_language_without_ids(tmp_path):
    """The hierarchy rule names its items, the reduction its facts, in English and in French
    (issue 16: no core-made English sentence, no fact id, in a French report)."""
    from pathlib import Path

    from tally.core.catalog import Catalog

    forms_dir = Path(__file__).resolve().parents[2] / "forms"
    case = CaseRecord("T-0016", "1980-05-20", {**FACTS, "indecent_image_sanction_count": 2},
                      "mixed_escalation")
    texts = {}
    for lang in ("en", "fr"):
        catalog = Catalog.load([forms_dir], lang)
        dc, iic = catalog.get("ospdc"), catalog.get("ospiic")
        records = [make_record(dc, number=1, case=case, answers=_derived(dc)),
                   make_record(iic, number=2, case=case, answers=_derived(iic))]
        out = tmp_path / f"osp-{lang}.pdf"
        export_report(records, {"ospdc": dc, "ospiic": iic}, out, lang=lang)
        texts[lang] = " ".join(pdf_text(out).split())
    en, fr = texts["en"], texts["fr"]
    rule = catalog.get("ospiic").item("indecent_image_sanctions").name  # the French name
    assert "(first match wins): Indecent" in en and " 2 or more." in en
    assert "Risk reduction applied: lowered from Very high to High: 5 full years or more since " \
           "the start of follow-up, date of the most recent sexual offence" in en
    assert f"{rule} : 2 ou plus" in fr
    assert "niveau abaissé de Très élevée à Élevée : au moins 5 années complètes depuis : début du " \
           "suivi, date de l'infraction sexuelle la plus récente" in fr
    for text in (en, fr):
        for code in ("indecent_image_sanctions", "followup_start_date", "2+", "lowered from"
                     if text is fr else "abaissé"):
            assert code not in text, code
