"""A local review as data (core): the numbers a form carries, and how entries change them.
Signatures and files are tested with the real identity in tests/ui/test_content_review.py and
tests/reports/test_local_review_files.py."""

from __future__ import annotations

import copy
import re
import tomllib
from pathlib import Path

import pytest

from tally.core import local_review as lr
from tally.core.loader import FormError, load_form, parse_form
from tally.core.model import Evidence
from tests.core.test_loader_errors import valid

FORMS = Path(__file__).resolve().parents[2] / "forms"
REF = {"reviewer": "Dr R", "manual": "Manual", "edition": "2nd ed.", "page": "7",
       "date": "2026-12-02"}


def form(name: str):
    return load_form(FORMS / f"{name}.toml")


def raw(name: str) -> dict:
    return tomllib.loads((FORMS / f"{name}.toml").read_text())


def entry(f, action, target="", **more) -> dict:
    value = next((n.value for n in lr.numbers(f) if n.target == target), "")
    return {"action": action, "form": f.id, "form_version": f.version, "target": target,
            "value": value, **REF, **more}


def reload(name: str, entries):
    f = form(name)
    return load_form(FORMS / f"{name}.toml", amend=lambda d: lr.amend(d, f, entries))


def test_every_kind_of_number_is_listed_with_its_value():
    targets = {n.target: n for n in lr.numbers(form("rm2000s"))}
    assert targets["population.min_age"].value == "18"
    assert targets["item.age"].value == "2/1/0" and not targets["item.age"].correctable
    assert targets["item.age.derive"].value == "18-24: 2, 25-34: 1, 35+: 0"
    assert targets["scale.step1.band.low"].value == "0 to 0"
    assert targets["rule.step.3"].value == "up 1"
    assert targets["rule.cap"].value == "never above very_high"
    assert targets["research.1"].value.startswith("AUC .66")
    cport = {n.target: n for n in lr.numbers(form("cport"))}
    assert cport["item.sexual_interest_in_children.derive"].value == (
        "casic_total >= 3: 1, else 0")
    assert cport["check.2"].value == "limit 1"
    assert "item.age_35_or_younger.context.1" in cport
    stable = {n.target for n in lr.numbers(form("stable2007"))}
    assert "item.emotional_identification_with_children.scored_when" in stable
    acute = {n.target for n in lr.numbers(form("acute2007"))}
    assert "scale.sex_violence" in acute
    assert all(n.provenance.evidence is Evidence.UNCONFIRMED
               for n in lr.unconfirmed(form("static99r")))
    assert "scale.total.band.IVa" in {n.target for n in lr.unconfirmed(form("static99r"))}


def test_confirm_and_correct_go_through_the_validator():
    f = form("rm2000s")
    reviewed = reload("rm2000s", [
        entry(f, lr.CONFIRM, "rule.cap"),
        entry(f, lr.CONFIRM, "item.age.derive"),
        entry(f, lr.CONFIRM, "research.1"),
        entry(f, lr.CORRECT, "rule.step.3", new_value="up 1"),
        entry(f, lr.CORRECT, "population.min_age", new_value="21"),
    ])
    assert reviewed.rule.cap_provenance.local.manual == "Manual"
    assert reviewed.rule.cap_provenance.evidence is Evidence.PUBLISHED
    assert reviewed.item("age").derive.provenance.local is not None
    assert reviewed.research[0].provenance.local is not None
    step3 = next(s for s in reviewed.rule.steps if s.min_factors == 3)
    assert step3.provenance.local.corrected_from == "up 1"
    assert reviewed.population.min_age == 21
    assert reviewed.population.min_age_provenance.local.text().startswith("corrected locally")

    c = form("cport")
    cport = reload("cport", [
        entry(c, lr.CORRECT, "check.2", new_value="limit 2"),
        entry(c, lr.CONFIRM, "item.age_35_or_younger.context.1"),
        entry(c, lr.CORRECT, "item.prior_criminal_history", new_value="0/2"),
    ])
    assert next(k for k in cport.checks if k.rule == "max_missing").limit == 2
    assert cport.item("age_35_or_younger").context[0].provenance.local is not None
    assert [o.points for o in cport.item("prior_criminal_history").options] == [0, 2]

    s = form("static99r")
    s99 = reload("static99r", [entry(s, lr.CORRECT, "scale.total.band.IVb", new_value="6 to 12")])
    assert s99.primary.bands[-1].provenance.local.corrected_from == "6 to 12"
    st = form("stable2007")
    target = "item.emotional_identification_with_children.scored_when"
    stable = reload("stable2007", [entry(st, lr.CONFIRM, target)])
    assert stable.item("emotional_identification_with_children").scored_when.provenance.local
    a = form("acute2007")
    acute = reload("acute2007", [entry(a, lr.CONFIRM, "scale.sex_violence")])
    assert acute.scale("sex_violence").provenance.local is not None


def test_a_derivation_is_corrected_in_the_words_the_screen_shows():
    from tally.core.scoring import score

    s = form("static99r")
    number = next(n for n in lr.numbers(s) if n.target == "item.age_at_release.derive")
    assert number.correctable and number.value == "18-34: 1, 35-39: 0, 40-59: -1, 60+: -3"
    s99 = reload("static99r", [entry(s, lr.CORRECT, "item.age_at_release.derive",
                                     new_value="18-34: 1, 35-39: 0, 40-64: -1, 65+: \u22123")])
    derive = s99.item("age_at_release").derive
    assert [(b.min, b.max, b.points) for b in derive.bands] == [
        (18, 34, 1), (35, 39, 0), (40, 64, -1), (65, None, -3)]
    assert derive.provenance.local.corrected_from == number.value
    facts = {"date_of_birth": "1960-01-01", "release_date": "2022-06-01"}  # 62 at release
    assert score(s99, {}, facts).items["age_at_release"].points == -1
    assert score(s, {}, facts).items["age_at_release"].points == -3

    c = form("cport")
    target = "item.sexual_interest_in_children.derive"
    assert next(n for n in lr.numbers(c) if n.target == target).value == \
        "casic_total >= 3: 1, else 0"
    cport = reload("cport", [entry(c, lr.CORRECT, target,
                                   new_value="casic_total >= 4: 1, else 0")])
    assert cport.item("sexual_interest_in_children").derive.threshold == 4

    d = form("ospdc")
    flag = next(n for n in lr.numbers(d) if n.correctable and n.target.endswith(".derive")
                and ": yes " in n.value)
    fact = flag.value.split(":")[0]
    osp = reload("ospdc", [entry(d, lr.CORRECT, flag.target, new_value=f"{fact}: yes 0, no 4")])
    item_id = flag.target.split(".")[1]
    assert (osp.item(item_id).derive.points_if_met,
            osp.item(item_id).derive.points_otherwise) == (0, 4)
    with pytest.raises(FormError, match="derivation gives 3 points, which no option allows"):
        reload("ospdc", [entry(d, lr.CORRECT, flag.target, new_value=f"{fact}: yes 3, no 0")])
    tables = [n for n in lr.numbers(c) if n.target.endswith(".derive")
              and c.item(n.target.split(".")[1]).derive.rule == "count_table"]
    assert tables and not any(n.correctable for n in tables)  # confirmed, not corrected


@pytest.mark.parametrize(("target", "value", "message"), [
    ("item.age_at_release.derive", "18-34: 1, 35+: 0", "give 4 bands as 'MIN-MAX: POINTS'"),
    ("item.age_at_release.derive", "18-34: 1, 35-39: 0, 40-59: x, 60+: -3",
     "a band is corrected as 'MIN-MAX: POINTS' or 'MIN+: POINTS', got '40-59: x'"),
    ("item.age_at_release.derive", "18-34: 1, 35-38: 0, 40-59: -1, 60+: -3", "gap"),
])
def test_a_bad_derivation_correction_is_one_line(target, value, message):
    s = form("static99r")
    with pytest.raises((lr.ReviewError, FormError), match=re.escape(message)):
        reload("static99r", [entry(s, lr.CORRECT, target, new_value=value)])


def test_a_threshold_or_flag_correction_names_its_shape():
    c = form("cport")
    target = "item.sexual_interest_in_children.derive"
    with pytest.raises(lr.ReviewError, match=re.escape(
            "corrected as 'FACT >= N: POINTS, else POINTS' for casic_total")):
        lr.amend(raw("cport"), c, [entry(c, lr.CORRECT, target, new_value="other >= 3: 1, "
                                         "else 0")])
    d = form("ospdc")
    flag = next(n for n in lr.numbers(d) if ": yes " in n.value)
    with pytest.raises(lr.ReviewError, match=re.escape("'FACT: yes POINTS, no POINTS'")):
        lr.amend(raw("ospdc"), d, [entry(d, lr.CORRECT, flag.target, new_value="yes 3")])
    table = {"rule": "count_table"}
    with pytest.raises(lr.ReviewError, match="can be confirmed but not corrected"):
        lr._correct_derivation(table, "x")


def test_a_correction_that_breaks_the_form_is_refused_by_the_validator():
    s = form("static99r")
    with pytest.raises(FormError, match="gap: no band covers 4 to 4"):
        reload("static99r", [entry(s, lr.CORRECT, "scale.total.band.IVa", new_value="5 to 5")])


@pytest.mark.parametrize(("target", "value", "message"), [
    ("item.age_at_release", "1/0", "can be confirmed but not corrected"),
    ("rule.cap", "x", "can be confirmed but not corrected"),
    ("population.min_age", "eighteen", "the minimum age must be a whole number"),
    ("scale.total.band.I", "-3..-2", "a band is corrected as 'MIN to MAX'"),
    ("item.never_lived_with_partner", "0/1/2", "give 2 point values (one per option), got 3"),
    ("scale.nothing", "", "the form has no number 'scale.nothing'"),
    ("item.nothing.derive", "", "the form has no number"),
    ("item.male_victims.context.9", "", "the form has no number"),
    ("rule.step.2", "", "the form has no number"),
    ("research.x", "", "the form has no number"),
    ("elsewhere", "", "the form has no number"),
])
def test_bad_entries_are_refused_with_one_line(target, value, message):
    name = "rm2000s" if target == "rule.cap" else "static99r"  # static99r has no rule
    f = form(name)
    action = lr.CORRECT if value else lr.CONFIRM
    e = entry(f, action, target, new_value=value)
    with pytest.raises(lr.ReviewError, match=re.escape(message)):
        lr.amend(raw(name), f, [e])


def test_correcting_a_confirm_only_kind_of_number_is_refused():
    f = form("rm2000s")
    number = next(n for n in lr.numbers(f) if n.target == "research.1")
    assert not number.correctable
    data = raw("rm2000s")
    table = lr._find(data, "research.1")
    with pytest.raises(lr.ReviewError, match="can be confirmed but not corrected"):
        lr._correct(data, table, "research.1", "x")


def test_a_norms_table_is_added_marked_local():
    data = copy.deepcopy(valid())
    mini = parse_form(data, "mini.toml")
    table = {"id": "t", "name": "T", "norm_group": "G", "sample_size": 9, "follow_up": "5 y",
             "outcome": "any", "base_rate": "5%", "source": "talk", "evidence": "seed",
             "rows": [{"min": 0, "rate": 5.0}]}
    e = {"action": lr.NORMS, "form": "mini", "form_version": "1.0", "table": table, **REF}
    assert lr.matches(mini, e) == ""
    out = parse_form(lr.amend(data, mini, [e]), "mini.toml", reviewed=True)
    assert out.norms[0].provenance.local.page == "7"
    assert out.norms[0].provenance.evidence is Evidence.PUBLISHED


def test_an_entry_that_no_longer_matches_is_explained():
    f = form("static99r")
    e = entry(f, lr.CONFIRM, "scale.total.band.IVa")
    assert lr.matches(f, e) == ""
    assert "now version 2016.1; the review was made against version 2010" in lr.matches(
        f, {**e, "form_version": "2010"})
    assert "is now '4 to 5'; the review saw '4 to 6'" in lr.matches(f, {**e, "value": "4 to 6"})
    assert "has no number 'scale.total.band.V' any more" in lr.matches(
        f, {**e, "target": "scale.total.band.V"})


def test_a_form_file_cannot_claim_a_local_confirmation():
    data = copy.deepcopy(valid())
    data["items"][0]["local"] = dict(REF)
    with pytest.raises(FormError, match="item 'first': 'local' confirmations come only from a "
                                        "signed local review"):
        parse_form(data, "mini.toml")
