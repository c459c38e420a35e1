"""Consistency checks are form data: case facts against items, and one instrument against
another scored for the same case. A check that cannot be judged (a fact not recorded, the
other instrument not scored) stays quiet."""

from __future__ import annotations

import copy

import pytest

from tally.core.consistency import INFO, WARNING, evaluate, for_item
from tally.core.loader import FormError, parse_form
from tests.core.test_loader_errors import valid

CSEM_ONLY = {"csem_only": True, "contact_sexual_offence": False}


def test_the_bundled_forms_declare_at_least_ten_checks(catalog):
    ids = [c.id for f in catalog for c in f.consistency]
    assert len(ids) >= 10 and len(ids) == len(set(ids))
    for form in catalog:
        for check in form.consistency:
            assert form.has_item(check.item)
            for cond in check.when:  # items of other forms exist in those forms
                if cond.form and cond.form != form.id and cond.form in catalog:
                    assert catalog.get(cond.form).has_item(cond.item), (form.id, check.id)


def test_cport_contact_item_on_a_csem_only_case_is_flagged(catalog):
    cport = catalog.get("cport")
    found = evaluate(cport, {"contact_sexual_offending": 1}, CSEM_ONLY)
    assert [(f.check_id, f.severity) for f in found] == [
        ("contact_item_on_csem_only_case", WARNING)]
    assert for_item(found, "contact_sexual_offending") == found
    assert not evaluate(cport, {"contact_sexual_offending": 0}, CSEM_ONLY)
    assert not evaluate(cport, {"contact_sexual_offending": 1}, {"csem_only": True})  # unknown


def test_rm2000s_non_contact_on_a_csem_only_case_is_flagged(catalog):
    found = evaluate(catalog.get("rm2000s"), {"noncontact_offence": 1}, CSEM_ONLY)
    assert [f.check_id for f in found] == ["noncontact_on_csem_only_case"]


def test_one_instrument_against_another(catalog):
    static = catalog.get("static99r")
    found = evaluate(static, {"male_victims": 1}, {}, {"rm2000s": {"male_victim": 0}})
    assert [(f.check_id, f.severity) for f in found] == [("male_victims_yes_rm2000s_no", INFO)]
    assert not evaluate(static, {"male_victims": 1}, {}, {})  # RM2000/S not scored: quiet
    cport = catalog.get("cport")
    found = evaluate(cport, {"prior_criminal_history": 0}, {"criminal_appearance_count": 3})
    assert [f.check_id for f in found] == ["no_history_but_appearance_count"]
    assert not evaluate(cport, {"prior_criminal_history": 0}, {"criminal_appearance_count": 1})
    found = evaluate(cport, {"sexual_interest_in_children": 0}, {"casic_total": 4})
    assert [f.check_id for f in found] == ["item5_zero_with_casic_3_or_more"]
    assert not evaluate(cport, {"sexual_interest_in_children": 0}, {"casic_total": 2})


def _with(*checks) -> dict:
    data = copy.deepcopy(valid())
    data["consistency"] = list(checks)
    return data


GOOD = {"id": "c1", "item": "first", "severity": "warning", "message": "Look.",
        "when": [{"item": "first", "is": 1}, {"fact": "casic_total", "at_most": 2}]}


def test_a_valid_check_loads_and_fires():
    form = parse_form(_with(GOOD), "mini.toml")
    assert [f.check_id for f in evaluate(form, {"first": 1}, {"casic_total": 1})] == ["c1"]
    assert not evaluate(form, {"first": 1}, {"casic_total": 3})


@pytest.mark.parametrize(("change", "message"), [
    ({"severity": "loud"}, "severity must be warning or info"),
    ({"item": "nosuch"}, "unknown item 'nosuch'"),
    ({"when": []}, "needs at least one condition"),
    ({"when": [{"item": "first"}]}, "needs one of is, at_least, at_most"),
    ({"when": [{"item": "first", "is": 1, "at_most": 2}]}, "needs one of is, at_least"),
    ({"when": [{"fact": "nosuch_fact", "is": 1}]}, "'nosuch_fact' is not a known fact"),
    ({"when": [{"item": "nosuch", "is": 1}]}, "unknown item 'nosuch'"),
    ({"when": [{"item": "first", "is": 1, "colour": "red"}]}, "unknown key 'colour'"),
    ({"extra": 1}, "unknown key 'extra'"),
])
def test_a_bad_check_is_refused_with_one_line(change, message):
    with pytest.raises(FormError, match=message):
        parse_form(_with({**GOOD, **change}), "mini.toml")


def test_duplicate_check_ids_are_refused():
    with pytest.raises(FormError, match="duplicate consistency check id"):
        parse_form(_with(GOOD, GOOD), "mini.toml")
