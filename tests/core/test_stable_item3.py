"""STABLE-2007 item 3 as sourced: scored when a victim was 13 or younger or the history is
CSEM only; otherwise left out, the total runs 0 to 24 and no band is shown."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.core.loader import FormError, parse_form
from tally.core.scoring import NOT_SCORED, score
from tests.core.test_loader_errors import valid

FORMS = Path(__file__).resolve().parents[2] / "forms"
ITEM3 = "emotional_identification_with_children"


@pytest.fixture(scope="module")
def stable():
    return Catalog.load([FORMS]).get("stable2007")


def answers(stable, points=2):
    return {i.id: points for i in stable.items}


@pytest.mark.parametrize("facts", [
    {},  # nothing recorded: scored (the default never drops an item)
    {"victim_13_or_younger": True, "csem_only": False},
    {"victim_13_or_younger": False, "csem_only": True},  # SAARNA FAQ per the talk
    {"csem_only": False},  # victim age unknown: scored
])
def test_item3_is_scored_unless_the_facts_rule_it_out(stable, facts):
    result = score(stable, answers(stable), facts)
    assert result.not_scored == ()
    assert result.total == 26 and result.band.id == "high"
    assert result.scales["total"].max_total == 26
    assert "not_scored" not in result.to_contract()


def test_without_a_young_victim_or_csem_only_history_item3_is_left_out(stable):
    facts = {"victim_13_or_younger": False, "csem_only": False}
    result = score(stable, {k: v for k, v in answers(stable).items() if k != ITEM3}, facts)
    assert result.complete and result.missing == ()
    assert result.not_scored == (ITEM3,)
    assert result.items[ITEM3].origin == NOT_SCORED
    assert "no source gives cut-offs for the 12-item version" in result.items[ITEM3].how
    scale = result.scales["total"]
    assert (scale.min_total, scale.max_total, scale.total) == (0, 24, 24)
    assert result.band is None and scale.band is None
    assert result.to_contract() == {
        "form": "stable2007", "total": 24, "band": None, "complete": True, "missing": [],
        "not_scored": [ITEM3],
    }


def test_an_entered_item3_that_is_not_scored_is_left_out_with_a_warning(stable):
    facts = {"victim_13_or_younger": False, "csem_only": False}
    result = score(stable, answers(stable, 1), facts)
    assert result.total == 12 and result.band is None
    assert any("was entered but is not scored" in w for w in result.warnings)


def test_the_rule_is_form_data_with_its_sources(stable):
    rule = stable.item(ITEM3).scored_when
    assert rule.any_of == ("victim_13_or_younger", "csem_only")
    assert rule.provenance.sources == ("vandenberg", "talk")


@pytest.mark.parametrize(("value", "expected"), [
    ([], "'any' must be a non-empty list of yes/no facts"),
    (["casic_total"], "'casic_total' is not a known yes/no fact"),
])
def test_a_bad_scored_when_is_refused(value, expected):
    data = copy.deepcopy(valid())
    data["items"][0]["scored_when"] = {"any": value, "explanation": "Why.", "source": "talk",
                                       "evidence": "seed"}
    with pytest.raises(FormError) as err:
        parse_form(data, "mini.toml")
    assert str(err.value) == f"mini.toml: item 'first' scored_when: {expected}"


def test_any_scale_with_an_item_left_out_has_no_band():
    data = copy.deepcopy(valid())
    data["items"][0]["scored_when"] = {"any": ["csem_only"], "explanation": "Left out.",
                                       "source": "talk", "evidence": "seed"}
    form = parse_form(data, "mini.toml")
    result = score(form, {"first": 1, "second": 1}, {"csem_only": False})
    assert result.total == 1 and result.band is None and result.not_scored == ("first",)
    assert (result.scales["total"].min_total, result.scales["total"].max_total) == (0, 1)
