"""Bad input to the scoring core is refused with one clear message; odd but valid input works."""

from __future__ import annotations

from datetime import date

import pytest

from tally.core.facts import InputError, completed_years, parse_facts
from tally.core.scoring import score, score_answers


@pytest.fixture
def s99(catalog):
    return catalog.get("static99r")


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([], "input must be a JSON object"),
        ({"item": {}}, "unknown key(s) item"),
        ({"items": []}, "'items' must be an object"),
        ({"items": {"age": 1}}, "unknown item 'age' for form 'static99r'"),
        ({"items": {"male_victims": 2}}, "does not allow 2 (allowed: 0, 1)"),
        ({"items": {"male_victims": True}}, "does not allow True"),
        ({"items": {"male_victims": 1.0}}, "does not allow 1.0"),
        ({"items": {"male_victims": "1"}}, "does not allow '1'"),
        ({"facts": []}, "'facts' must be an object"),
        ({"facts": {"release_date": "2025-13-01"}}, "fact 'release_date' must be an ISO date"),
        ({"facts": {"release_date": 20250101}}, "must be an ISO date"),
        ({"facts": {"casic_total": -1}}, "fact 'casic_total' must be a whole number of 0 or more"),
        ({"facts": {"casic_total": True}}, "must be a whole number"),
        ({"facts": {"csem_only": "yes"}}, "fact 'csem_only' must be true or false"),
    ],
)
def test_bad_input_is_refused(s99, answers, message):
    with pytest.raises(InputError) as err:
        score_answers(s99, answers)
    assert message in str(err.value)


def test_null_scores_and_facts_count_as_not_given(s99):
    result = score_answers(s99, {"items": {"male_victims": None}, "facts": {"release_date": None}})
    assert "male_victims" in result.missing
    assert result.total == 0


def test_unknown_facts_are_ignored_with_a_warning(s99):
    result = score(s99, {}, {"shoe_size": 44})
    assert "Unknown fact 'shoe_size' was ignored." in result.warnings


def test_empty_input_scores_nothing(s99):
    result = score_answers(s99, {})
    assert result.to_contract()["total"] == 0
    assert result.to_contract()["complete"] is False


def test_completed_years():
    assert completed_years(date(2000, 6, 15), date(2035, 6, 14)) == 34
    assert completed_years(date(2000, 6, 15), date(2035, 6, 15)) == 35


def test_parse_facts_types():
    facts, warnings = parse_facts({"csem_only": True, "casic_total": 4, "release_date": "2025-01-02"})
    assert facts == {"csem_only": True, "casic_total": 4, "release_date": date(2025, 1, 2)}
    assert warnings == []
    assert parse_facts(None) == ({}, [])
