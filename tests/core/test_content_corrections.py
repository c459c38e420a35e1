"""The December 2026 content review (shared/reference/content-review.md, section 3): one test
per guidance or provenance correction. Each fails on the text the forms carried before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.core.model import Evidence, SourceKind

FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture(scope="module")
def forms():
    catalog = Catalog.load([FORMS])
    assert catalog.problems == []
    return catalog


def flat(text: str) -> str:
    return " ".join(text.split())


def test_1_stable_item3_rule_is_a_victim_aged_13_or_younger(forms):
    stable = forms.get("stable2007")
    item = stable.item("emotional_identification_with_children")
    guidance = flat(item.guidance)
    assert "child victims" not in guidance
    assert "at least one victim aged 13 or younger" in guidance
    assert "13 or younger" in " ".join(stable.applicability.notes)
    assert stable.citation_kinds["vandenberg"] is SourceKind.SECONDARY


@pytest.mark.parametrize("form_id", ["stable2007", "acute2007"])
def test_2_stable_and_acute_points_are_not_seed(forms, form_id):
    for item in forms.get(form_id).items:
        assert item.provenance.evidence is Evidence.UNCONFIRMED, item.id
        assert "not stated in the talk" in item.provenance.note


def test_3_static99r_age_points_do_not_claim_the_talk(forms):
    item = forms.get("static99r").item("age_at_release")
    assert "match the talk" not in item.provenance.note
    assert item.provenance.evidence is Evidence.UNCONFIRMED
    assert item.provenance.sources == ("S22", "S23", "S35")
    assert "0 and -1 were not found" in item.provenance.note


def test_4_rm2000s_both_guides_set_18(forms):
    rm = forms.get("rm2000s")
    assert "aged 17 or older in the international version" not in rm.population.text
    assert "Both guides set 18 as the lower age" in rm.population.text
    assert rm.population.min_age_provenance.evidence is Evidence.PUBLISHED
    assert rm.population.min_age_provenance.sources == ("S12", "S13")
    guidance = flat(rm.item("age").guidance)
    assert "set the lower limit differently" not in guidance
    assert "Both guides are for men aged at least 18" in guidance


def test_5_rm2000s_single_drops_the_marriage_claim(forms):
    item = forms.get("rm2000s").item("single")
    guidance = flat(item.guidance)
    assert "neither needed nor enough" not in guidance
    assert "does not by itself score 0" not in guidance
    assert "No source seen settles" in guidance and "Scoring Guide's definition" in guidance


def test_6_cport_offence_order_is_of_85_men(forms):
    cport = forms.get("cport")
    contexts = cport.item("contact_sexual_offending").context
    order = next(c for c in contexts if "Order of sexual offences" in c.label)
    assert "n = 85 of 387" in order.label
    assert "more than one sexual offence occasion" not in order.label
    assert order.provenance.source == "babchishin2022"
    assert order.provenance.evidence is Evidence.PUBLISHED
    assert "sotrap.7229" in cport.citations["babchishin2022"]


@pytest.mark.parametrize("form_id", ["cport", "rm2000s"])
def test_7_s6_is_cjb_2024(forms, form_id):
    cite = forms.get(form_id).citations["S6"]
    assert "(2023)" not in cite
    assert "(2024)" in cite and "51(1), 3-23" in cite


def test_8_acute_rescoring_keeps_saarnas_examples(forms):
    acute = forms.get("acute2007")
    texts = [acute.summary, acute.applicability.summary, *acute.applicability.notes]
    texts += [i.guidance for i in acute.items]
    joined = flat(" ".join(texts))
    assert "at least monthly" not in joined
    assert "weekly or monthly" in joined


@pytest.mark.parametrize(("form_id", "label"), [
    ("static99r", "Sexual recidivism, combined CSEM sample (N = 484)"),
    ("cport", "Sexual recidivism, combined Canadian CSEM sample (N = 484)"),
])
def test_9_the_63_is_r_in_the_abstract_and_c_in_the_talk(forms, form_id, label):
    note = next(r for r in forms.get(form_id).research if r.label == label).provenance.note
    assert "check before citing" not in note
    assert "r = .63" in note and "no C" in note and "from the talk" in note


def test_10_static99r_online_contact_is_tallys_reading(forms):
    guidance = flat(forms.get("static99r").item("unrelated_victims").guidance)
    assert "or a child he contacted directly (for example online" not in guidance
    assert "Tally's reading, not a rule seen in any source" in guidance
    assert "Check the manual" in guidance


def test_11_cport_item3_index_on_conditions_is_tallys_reading(forms):
    guidance = flat(forms.get("cport").item("conditional_release_failure").guidance)
    assert "In practice this means" not in guidance
    assert "That reading is Tally's, not a rule seen in the scoring guide" in guidance


def test_12_stable_bands_say_s29_does_not_give_them(forms):
    for band in forms.get("stable2007").primary.bands:
        assert band.provenance.evidence is Evidence.UNCONFIRMED
        assert "it does not give these cut-offs" in band.provenance.note


def test_13_static99r_workbook_citation_names_the_2021_edition(forms):
    cite = forms.get("static99r").citations["S24"]
    assert "28 September 2021" in cite and "may supersede" in cite


# Section 1: evidence levels and sources that the review changed.

def test_static99r_yes_no_items_are_published_from_the_developers_template(forms):
    s99 = forms.get("static99r")
    for item_id in ("never_lived_with_partner", "index_nonsexual_violence",
                    "prior_nonsexual_violence", "noncontact_sex_offences", "unrelated_victims",
                    "stranger_victims", "male_victims"):
        prov = s99.item(item_id).provenance
        assert prov.evidence is Evidence.PUBLISHED and prov.source == "S22", item_id
    assert s99.citation_kinds["S22"] is SourceKind.MANUAL
    table = s99.item("prior_sex_offences").provenance
    assert table.evidence is Evidence.UNCONFIRMED and "0 to 3 is published" in table.note
    assert s99.population.min_age_provenance.sources == ("static99org", "S35")
    assert all(b.provenance.evidence is Evidence.UNCONFIRMED for b in s99.primary.bands)


def test_rm2000s_step2_has_the_Lehmann16apter_and_the_rest_stays_unconfirmed(forms):
    rm = forms.get("rm2000s")
    steps = {s.min_factors: s.provenance for s in rm.rule.steps}
    assert steps[2].sources == steps[4].sources == ("S39", "Lehmann16")
    assert steps[3].evidence is Evidence.UNCONFIRMED and "none mentions three" in steps[3].note
    assert rm.rule.cap_provenance.evidence is Evidence.UNCONFIRMED
    assert all(b.provenance.evidence is Evidence.UNCONFIRMED for b in rm.scale("step1").bands)


def test_cport_missing_item_limit_stays_unconfirmed_on_a_third_party_source(forms):
    check = next(c for c in forms.get("cport").checks if c.rule == "max_missing")
    assert check.provenance.evidence is Evidence.UNCONFIRMED
    assert check.provenance.weak_only and "re-read in December 2026" in check.provenance.note
