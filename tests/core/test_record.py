"""The canonical record: equal content gives equal bytes and an equal hash; any change shows."""

from __future__ import annotations

from dataclasses import replace

from tally.core.record import (
    AnswerRecord,
    AssessmentRecord,
    CaseRecord,
    EvaluatorRecord,
    canonical_json,
    sha256_hex,
)


def record(**changes) -> AssessmentRecord:
    base = AssessmentRecord(
        id=1,
        uid="a1",
        case=CaseRecord("TR-0001", "1980-02-03", {"release_date": "2025-01-01"}, "csem_only"),
        form_id="static99r",
        form_version="2016.1",
        form_hash="f" * 64,
        assessment_date="2026-11-24",
        evaluator=EvaluatorRecord("A. Evaluator", "Psychologist"),
        status="locked",
        answers=(
            AnswerRecord("male_victims", 1, rationale="Police report, 2019.", sources=("file",)),
            AnswerRecord("age_at_release", -1, origin="derived", derivation="age 44"),
        ),
    )
    return replace(base, **changes)


def test_canonical_json_is_deterministic():
    assert canonical_json({"b": 1, "a": [1, "é"]}) == '{"a":[1,"é"],"b":1}'.encode()
    assert sha256_hex(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_equal_content_gives_an_equal_hash_whatever_the_status_or_signature():
    assert record().content_hash_now() == record(status="signed", id=9).content_hash_now()


def test_any_change_to_the_content_changes_the_hash():
    base = record().content_hash_now()
    changed_answer = record(answers=(AnswerRecord("male_victims", 0),))
    changed_facts = record(case=CaseRecord("TR-0001", "1980-02-03", {}, "csem_only"))
    changed_form = record(form_version="2016.2")
    for other in (changed_answer, changed_facts, changed_form):
        assert other.content_hash_now() != base


def test_scoring_input_takes_entered_answers_and_case_facts():
    assert record().scoring_input() == {
        "items": {"male_victims": 1},
        "facts": {
            "release_date": "2025-01-01",
            "date_of_birth": "1980-02-03",
            "assessment_date": "2026-11-24",
        },
    }
    no_dob = record(case=CaseRecord("TR-0002"))
    assert no_dob.scoring_input()["facts"] == {"assessment_date": "2026-11-24"}


def test_an_updated_answer_keeps_text_fields_given_as_none():
    old = AnswerRecord("male_victims", 1, rationale="Police report.", sources=("file",),
                       override_reason="", derivation="")
    kept = old.updated(0)
    assert (kept.points, kept.rationale, kept.sources) == (0, "Police report.", ("file",))
    changed = old.updated(None, rationale="", sources=["interview"], origin="derived",
                          override_reason="r", derivation="d")
    assert changed == AnswerRecord("male_victims", None, "derived", "", ("interview",), "r", "d")
