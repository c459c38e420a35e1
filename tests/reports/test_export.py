"""Building reports: what may leave, what the page says, what is embedded."""

from __future__ import annotations

import json

import pytest

from tally.core.record import AnswerRecord, CaseRecord, VersionNote, canonical_json, sha256_hex
from tally.reports.content import ReportError, prepare, report_json
from tally.reports.export import export_report
from tally.reports.verify import verify_pdf

from .conftest import make_record, pdf_text, qpdf_check


def test_same_locked_assessment_twice_embeds_the_same_data_hash(demo_form, forms, signer,
                                                                 tmp_path):
    record = make_record(demo_form)
    first = export_report([record], forms, tmp_path / "a.pdf", identity=signer)
    second = export_report([record], forms, tmp_path / "b.pdf", identity=signer)
    assert first.data_sha256 == second.data_sha256 == sha256_hex(first.data)
    assert first.data == second.data
    for path in (tmp_path / "a.pdf", tmp_path / "b.pdf"):
        qpdf_check(path)
        assert verify_pdf(path).data_sha256 == first.data_sha256


def test_embedded_data_is_the_record_content_plus_results(demo_form, forms):
    record = make_record(demo_form)
    data = json.loads(report_json(prepare([record], forms)))
    assert data["format"] == "tally.report/1" and data["case_id"] == "T-0007"
    (item,) = data["assessments"]
    assert item["content"] == json.loads(canonical_json(record.content()))
    assert sha256_hex(canonical_json(item["content"])) == record.content_hash
    result = item["result"]
    # young (derived: 35 on 2026-03-02) 1 + priors 2 + contact 0 + interest 1 = 4: high band
    assert (result["total"], result["band"], result["band_evidence"]) == (4, "high",
                                                                         "unconfirmed")
    young = next(i for i in result["items"] if i["id"] == "young")
    assert young == {"id": "young", "points": 1, "origin": "derived",
                     "how": "age 35 on 2026-03-02 (assessment_date)"}


def test_page_says_what_a_reader_needs(demo_form, second_form, forms, signer, tmp_path):
    first = make_record(demo_form, history=(
        VersionNote(1, "amended", "2026-03-01T10:00:00+00:00", "original"),
        VersionNote(2, "locked", "2026-03-02T16:40:00+00:00", "corrected prior count"),
    ), version=2, amendment_reason="corrected prior count")
    second = make_record(second_form, number=2, answers=(
        AnswerRecord("priors", 0, "entered", "No priors.", ("police record",)),
        AnswerRecord("contact", 0, "entered"),
        AnswerRecord("interest", 0, "entered"),
    ))
    out = tmp_path / "two.pdf"
    result = export_report([first, second], forms, out, identity=signer,
                           meaning="Author: I attest this summary.")
    qpdf_check(out)
    text = " ".join(pdf_text(out).split())
    for expected in ("T-0007", "Dr Test Evaluator", "Demo Risk Scale", "Second Scale",
                     "Instrument edition (form) 1.0", demo_form.content_hash,
                     "Two convictions", "Information sources: police record",
                     "Derived: age 35", "have not been checked against a primary",
                     "corrected prior count", "Recidivism, 5 years", "Example, B. & Case, C.",
                     "Author: I attest this summary.", "Signed by: Dr Test Evaluator",
                     result.data_sha256, "Page 1 of", "Score item 2 from official records"):
        assert expected in text, expected
    signed_at = result.signed_at
    assert signed_at is not None and signed_at.strftime("%Y-%m-%d %H:%M:%S") in text
    assert "UTC+" in text or "UTC-" in text  # the offset is always printed
    assert "FICTIONAL EXAMPLE" not in text


def test_unsigned_export_says_so_and_example_banner(demo_form, forms, tmp_path):
    out = tmp_path / "plain.pdf"
    result = export_report([make_record(demo_form)], forms, out, example=True)
    assert not result.signed and result.signed_at is None
    qpdf_check(out)
    text = pdf_text(out)
    assert "NOT DIGITALLY SIGNED" in text and "FICTIONAL EXAMPLE" in text


def test_drafts_are_refused_and_nothing_is_written(demo_form, forms, signer, tmp_path):
    out = tmp_path / "draft.pdf"
    with pytest.raises(ReportError, match="is a draft: lock it"):
        export_report([make_record(demo_form, status="draft")], forms, out, identity=signer)
    assert not out.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"status": "amended"}, "superseded by an amendment"),
        ({"status": "odd"}, "status 'odd'"),
        ({"content_hash": ""}, "no content hash"),
        ({"content_hash": "0" * 64}, "does not match the hash fixed when it was locked"),
        ({"form_version": "0.9"}, "version 0.9, but version 1.0 is installed"),
        ({"form_id": "nope"}, "form 'nope' is not installed"),
    ],
)
def test_records_that_may_not_leave(demo_form, forms, change, message):
    record = make_record(demo_form, **change)  # the content hash follows other changes
    with pytest.raises(ReportError, match=message):
        prepare([record], forms)


def test_one_case_per_report_and_no_duplicates(demo_form, second_form, forms):
    a = make_record(demo_form)
    other = make_record(second_form, number=2, case=CaseRecord("T-9999", "1990-05-01"))
    with pytest.raises(ReportError, match="one report covers one case"):
        prepare([a, other], forms)
    with pytest.raises(ReportError, match="listed twice"):
        prepare([a, a], forms)
    with pytest.raises(ReportError, match="at least one"):
        prepare([], forms)


def test_bad_facts_are_reported_not_crashed(demo_form, forms):
    record = make_record(demo_form, case=CaseRecord("T-0007", "1990-13-45"))
    with pytest.raises(ReportError, match="cannot be scored"):
        prepare([record], forms)


def test_changed_form_file_is_flagged_on_the_page(demo_form, forms, tmp_path):
    record = make_record(demo_form, form_hash="f" * 64)
    (scored,) = prepare([record], forms)
    assert scored.form_changed
    out = tmp_path / "changed.pdf"
    export_report([record], forms, out)
    assert "form file has changed" in pdf_text(out)


def test_incomplete_assessment_has_no_band(demo_form, forms, tmp_path):
    record = make_record(demo_form, answers=(AnswerRecord("priors", 1, "entered"),),
                         case=CaseRecord("T-0007"))
    out = tmp_path / "incomplete.pdf"
    export_report([record], forms, out)
    text = pdf_text(out)
    assert "No category: the assessment is incomplete" in text and "missing" in text


def test_stable_item3_not_scored_shows_why_and_no_band(tmp_path):
    from pathlib import Path

    from tally.core.loader import load_form

    stable = load_form(Path(__file__).resolve().parents[2] / "forms" / "stable2007.toml")
    answers = tuple(AnswerRecord(i.id, 1, "entered") for i in stable.items
                    if i.id != "emotional_identification_with_children")
    case = CaseRecord("T-0012", "1980-02-01",
                      {"csem_only": False, "victim_13_or_younger": False}, "contact_only")
    record = make_record(stable, answers=answers, case=case)
    out = tmp_path / "stable12.pdf"
    export_report([record], {"stable2007": stable}, out)
    text = " ".join(pdf_text(out).split())
    assert "possible 0 to 24" in text and "of 26" not in text and "12 of 24" in text
    assert "no category: an item is not scored for this case" in text
    assert "No category. Item 3 is not scored" in text
    assert "no source gives cut-offs for the 12-item version" in text
    assert "not scored" in text.split("Items", 1)[1]  # the item row says so too


def test_norms_row_in_the_report_or_no_estimate(demo_form, forms, tmp_path):
    from pathlib import Path

    from tally.core.loader import load_form
    from tests.helpers.norms import DEMO_NORMS

    out = tmp_path / "plain.pdf"
    export_report([make_record(demo_form)], forms, out)
    assert "Norms: no estimate: no verified norms table" in pdf_text(out)

    path = tmp_path / "demo.toml"
    path.write_text(Path(demo_form.path).read_text() + DEMO_NORMS)
    normed = load_form(path)
    out = tmp_path / "normed.pdf"
    export_report([make_record(normed)], {"demo": normed}, out)
    text = " ".join(pdf_text(out).split())
    assert ("Norms: Demo routine norms (fictional): Score 4: percentile 93.5 (95% CI 91 to 96); "
            "relative risk ratio 2.4; expected rate 15.5% (95% CI 12 to 19.4%) of any sexual "
            "recidivism within 5 years, fixed.") in text
    assert "Norm group: Fictional routine samples (N = 640)" in text
    assert "Base rate: 8% of the fictional norm group reoffended within 5 years." in text
