"""Norms tables: the loader refuses a table that does not cover the scale's whole range once,
or that leaves out what a reader needs (norm group, follow-up ...); results print the man's row."""

from __future__ import annotations

import copy

import pytest

from tally.core.loader import FormError, parse_form
from tally.core.norms import NO_TABLE, norms_lines
from tally.core.scoring import score
from tests.core.test_loader_errors import valid


def table(**changes) -> dict:
    out = {
        "id": "routine", "name": "Mini norms (test)", "norm_group": "Routine test samples",
        "sample_size": 1200, "follow_up": "5 years, fixed", "outcome": "any sexual recidivism",
        "base_rate": "6% of the norm group reoffended within 5 years.",
        "source": "paper", "evidence": "published",
        "rows": [
            {"score": 0, "percentile": 20.5, "percentile_ci": [18.0, 23.0], "risk_ratio": 0.5,
             "rate": 2.0, "rate_ci": [1.5, 2.6]},
            {"score": 1, "percentile": 60.0, "risk_ratio": 1.0, "rate": 4.1},
            {"min": 2, "percentile": 90.0, "rate": 9.5, "rate_ci": [8.0, 11.2]},
        ],
    }
    out.update(changes)
    return out


def with_norms(*tables) -> dict:
    data = copy.deepcopy(valid())
    data["norms"] = list(tables)
    return data


def rows(*ranges):
    return [{**r, "percentile": 50.0} for r in ranges]


CASES = [
    ("gap", table(rows=rows({"score": 0}, {"score": 2})), "gap: no row covers 1 to 1"),
    ("overlap", table(rows=rows({"score": 0}, {"min": 0, "max": 1}, {"score": 2})),
     "two rows cover 0"),
    ("starts too high", table(rows=rows({"score": 1}, {"score": 2})),
     "rows start at 1, but scale 'total' runs from 0"),
    ("starts too low", table(rows=rows({"score": -1}, {"min": 0})),
     "rows start at -1, but scale 'total' runs from 0"),
    ("ends short", table(rows=rows({"score": 0}, {"score": 1})),
     "rows end at 1, but scale 'total' runs to 2"),
    ("runs past the top", table(rows=rows({"min": 0, "max": 3})),
     "rows end at 3, but scale 'total' runs to 2"),
    ("no follow-up", {k: v for k, v in table().items() if k != "follow_up"},
     "missing 'follow_up': a norms table must say it"),
    ("no norm group", {k: v for k, v in table().items() if k != "norm_group"},
     "missing 'norm_group': a norms table must say it"),
    ("no base rate", {k: v for k, v in table().items() if k != "base_rate"},
     "missing 'base_rate'"),
    ("no sample size", {k: v for k, v in table().items() if k != "sample_size"},
     "missing number 'sample_size'"),
    ("empty sample", table(sample_size=0), "'sample_size' must be 1 or more, got 0"),
    ("no source", {k: v for k, v in table().items() if k != "source"},
     "a number with no source"),
    ("unknown scale", table(scale="sum"), "unknown scale 'sum'"),
    ("misspelt key", table(folow_up="x"), "unknown key 'folow_up' in norms table"),
    ("misspelt row key", table(rows=[{"score": 0, "percentil": 1}]),
     "row 1: unknown key 'percentil' in norms row"),
    ("row with nothing", table(rows=[{"min": 0}]),
     "row 1: a row needs a percentile, a risk ratio or a rate"),
    ("score and min", table(rows=[{"score": 0, "min": 0, "rate": 1.0}]),
     "give either 'score' or 'min'/'max', not both"),
    ("row upside down", table(rows=[{"min": 2, "max": 0, "rate": 1.0}]), "max 0 is below min 2"),
    ("percentile over 100", table(rows=[{"min": 0, "percentile": 101}]),
     "'percentile' must be 0 to 100, got 101"),
    ("negative ratio", table(rows=[{"min": 0, "risk_ratio": -1}]),
     "'risk_ratio' must be 0 or more, got -1"),
    ("text as rate", table(rows=[{"min": 0, "rate": "4%"}]), "'rate' must be a number"),
    ("interval outside", table(rows=[{"min": 0, "rate": 4.0, "rate_ci": [5.0, 6.0]}]),
     "'rate_ci' [5.0, 6.0] must run from low to high around 4"),
    ("interval not a pair", table(rows=[{"min": 0, "rate": 4.0, "rate_ci": [3.0]}]),
     "'rate_ci' must be [low, high]"),
    ("interval without value", table(rows=[{"min": 0, "rate": 4.0, "percentile_ci": [1, 2]}]),
     "'percentile_ci' given without its value"),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bad_norms_table_is_refused_with_one_line(raw, expected):
    with pytest.raises(FormError) as err:
        parse_form(with_norms(raw), "mini.toml")
    message = str(err.value)
    assert message.startswith("mini.toml: norms 'routine'")
    assert expected in message and "\n" not in message


def test_two_tables_with_one_id_are_refused():
    with pytest.raises(FormError, match=r"mini.toml: norms: two norms tables have the same id"):
        parse_form(with_norms(table(), table()), "mini.toml")


def test_the_mans_row_with_norm_group_follow_up_and_base_rate():
    form = parse_form(with_norms(table()), "mini.toml")
    (norms,) = form.norms
    assert norms.provenance.source == "paper" and norms.row_for(2).max == 2
    (line,) = norms_lines(form, score(form, {"first": 0, "second": 0}))
    assert line.text == (
        "Mini norms (test): Score 0: percentile 20.5 (95% CI 18 to 23); relative risk ratio "
        "0.5; expected rate 2% (95% CI 1.5 to 2.6%) of any sexual recidivism within 5 years, "
        "fixed. Norm group: Routine test samples (N = 1,200), followed up 5 years, fixed. "
        "Base rate: 6% of the norm group reoffended within 5 years."
    )
    (top,) = norms_lines(form, score(form, {"first": 1, "second": 1}))
    assert top.text.startswith("Mini norms (test): Score 2: percentile 90; expected rate 9.5%")


def test_no_table_no_estimate_and_no_row_for_an_incomplete_scale():
    bare = parse_form(valid(), "mini.toml")
    assert [n.text for n in norms_lines(bare, score(bare, {"first": 1}))] == [NO_TABLE]
    form = parse_form(with_norms(table()), "mini.toml")
    (line,) = norms_lines(form, score(form, {"first": 1}))
    assert line.text == "Mini norms (test): no estimate: the scale is incomplete."
    data = with_norms(table(rows=[{"min": 0, "rate": 1.0}]))
    data["items"][0]["scored_when"] = {"any": ["csem_only"], "explanation": "Left out.",
                                       "source": "talk", "evidence": "seed"}
    short = parse_form(data, "mini.toml")
    (line,) = norms_lines(short, score(short, {"second": 1}, {"csem_only": False}))
    assert "an item is not scored" in line.text


def test_no_rate_where_a_check_withholds_the_level():
    """A CSEM-only man on a form whose criteria he does not meet: no level, so no rate."""
    data = with_norms(table())
    data["checks"] = [{"rule": "csem_only_without_contact_or_production",
                       "withhold_band": "scoring_criteria_not_met",
                       "message": "Criteria not met for this case."}]
    form = parse_form(data, "mini.toml")
    facts = {"csem_only": True, "csem_production": False, "contact_sexual_offence": False}
    result = score(form, {"first": 1, "second": 1}, facts)
    assert result.band is None and result.band_withheld == "scoring_criteria_not_met"
    (line,) = norms_lines(form, result)
    assert line.text == "Mini norms (test): no estimate: the scoring criteria are not met."
    assert "rate" not in line.text
