"""CASIC declares in its form the CPORT item it feeds (#11): the loader checks the table and
the catalog checks that the item it names exists and derives from that fact."""

from __future__ import annotations

import copy
import shutil
import tomllib
from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.core.loader import FormError, parse_form

FORMS = Path(__file__).resolve().parents[2] / "forms"


def casic_data() -> dict:
    return tomllib.loads((FORMS / "casic.toml").read_text(encoding="utf-8"))


def test_casic_feeds_cport_item_5_through_casic_total_with_the_gate_in_both_languages():
    for lang, words in (("en", "No admission"), ("fr", "Aucun aveu")):
        feeds = Catalog.load([FORMS], lang).get("casic").feeds
        assert feeds is not None
        assert (feeds.form, feeds.item, feeds.fact) == (
            "cport", "sexual_interest_in_children", "casic_total")
        assert feeds.gate.startswith(words)


@pytest.mark.parametrize("change, problem", [
    (lambda d: d.__setitem__("kind", "static"), "only a companion form feeds"),
    (lambda d: d["feeds"].__setitem__("form", "casic"), "cannot feed itself"),
    (lambda d: d["feeds"].__setitem__("fact", "date_of_birth"), "not a known count fact"),
    (lambda d: d["feeds"].__setitem__("gate", " "), "'gate' is empty"),
    (lambda d: d["feeds"].__setitem__("typo", 1), "unknown key 'typo' in feeds"),
])
def test_a_bad_feeds_table_is_refused(change, problem):
    data = copy.deepcopy(casic_data())
    change(data)
    with pytest.raises(FormError, match=problem):
        parse_form(data, "casic.toml")


@pytest.mark.parametrize("edit, problem", [
    ('form = "cport"', "no form 'nosuch' is loaded"),
    ('item = "sexual_interest_in_children"', "form 'cport' has no item 'nosuch'"),
    ('item = "sexual_interest_in_children"\n', None),
])
def test_the_catalog_turns_off_a_link_to_an_item_that_is_not_there(tmp_path, edit, problem):
    for name in ("casic.toml", "cport.toml"):
        shutil.copy(FORMS / name, tmp_path / name)
    text = (FORMS / "casic.toml").read_text(encoding="utf-8")
    if problem is None:  # an item that exists but is not derived from casic_total
        text = text.replace(edit, 'item = "age_35_or_younger"\n')
        problem = "item 'age_35_or_younger' of 'cport' is not derived from 'casic_total'"
    else:
        text = text.replace(edit, edit.split("=")[0] + '= "nosuch"')
    (tmp_path / "casic.toml").write_text(text, encoding="utf-8")
    catalog = Catalog.load([tmp_path])
    assert catalog.get("casic").feeds is None
    assert catalog.problems == [f"casic.toml: feeds: {problem}; the link is off"]
