"""Worked cases for CPORT, CASIC, RM2000/S, STABLE-2007 and ACUTE-2007.

Each table is a set of cases an evaluator could check by hand on the paper tally sheet: band
edges, the derived-item boundaries (the 35th birthday on the investigation date, CASIC at 3)
and the RM2000/S aggravating-factor step.
"""

from __future__ import annotations

import pytest

from tally.core.scoring import score
from tests.helpers.tables import md_table


def scored(catalog, form_id: str, values: list[int], facts=None):
    form = catalog.get(form_id)
    return score(form, dict(zip(form.item_ids, values, strict=True)), facts or {})


# ---------------------------------------------------------------- CPORT (no bands: a number)
CPORT = md_table("""
| age | prior | release_fail | contact | interest | boy_csem | boy_other | total |
| 0   | 0     | 0            | 0       | 0        | 0        | 0         | 0     |
| 1   | 0     | 0            | 0       | 1        | 0        | 0         | 2     |
| 1   | 1     | 1            | 1       | 1        | 1        | 1         | 7     |
""")


@pytest.mark.parametrize("row", CPORT, ids=lambda r: f"total {r['total']}")
def test_cport_totals_have_no_category(catalog, row):
    result = scored(catalog, "cport", list(row.values())[:7])
    assert result.to_contract() == {
        "form": "cport", "total": row["total"], "band": None, "complete": True, "missing": [],
    }


CPORT_AGE = md_table("""
| date_of_birth | index_investigation_date | points | why                                   |
| 1989-09-15    | 2024-09-15               | 1      | 35th birthday on the investigation day |
| 1988-09-16    | 2024-09-15               | 1      | one day before the 36th birthday      |
| 1988-09-15    | 2024-09-15               | 0      | 36th birthday on the investigation day |
| 1960-01-01    | 2024-09-15               | 0      | 64 years old                          |
""")


@pytest.mark.parametrize("row", CPORT_AGE, ids=lambda r: r["why"])
def test_cport_age_is_derived_at_the_index_investigation(catalog, row):
    facts = {k: row[k] for k in ("date_of_birth", "index_investigation_date")}
    result = score(catalog.get("cport"), {}, facts)
    assert result.items["age_35_or_younger"].points == row["points"]
    assert result.items["age_35_or_younger"].origin == "derived"


CASIC_TO_CPORT = md_table("""
| casic_total | explicit | points | origin  |
| 2           | -        | 0      | derived |
| 3           | -        | 1      | derived |
| 6           | -        | 1      | derived |
| 2           | 1        | 1      | entered |
| 5           | 0        | 0      | entered |
""")


@pytest.mark.parametrize("row", CASIC_TO_CPORT)
def test_cport_item_5_from_casic_at_3_or_more_unless_entered(catalog, row):
    items = {} if row["explicit"] is None else {"sexual_interest_in_children": row["explicit"]}
    result = score(catalog.get("cport"), items, {"casic_total": row["casic_total"]})
    item = result.items["sexual_interest_in_children"]
    assert (item.points, item.origin) == (row["points"], row["origin"])


def test_cport_warns_when_more_than_one_item_is_missing(catalog):
    form = catalog.get("cport")
    one_missing = score(form, dict.fromkeys(form.item_ids[:-1], 0))
    two_missing = score(form, dict.fromkeys(form.item_ids[:-2], 0))
    assert not one_missing.warnings
    assert len(two_missing.warnings) == 1 and "2" in two_missing.warnings[0]


def test_cport_under_18_at_investigation_is_warned(catalog):
    facts = {"date_of_birth": "2008-01-01", "index_investigation_date": "2024-06-01"}
    result = score(catalog.get("cport"), {}, facts)
    assert result.items["age_35_or_younger"].points == 1
    assert any("16" in w and "2024-06-01" in w for w in result.warnings)


# ---------------------------------------------------------------- CASIC
@pytest.mark.parametrize(("values", "total"), [([0] * 6, 0), ([1, 1, 1, 0, 0, 0], 3), ([1] * 6, 6)])
def test_casic_total(catalog, values, total):
    result = scored(catalog, "casic", values)
    assert (result.total, result.band, result.complete) == (total, None, True)


# ---------------------------------------------------------------- RM2000/S
RM_STEP1 = md_table("""
| age | sexual | criminal | total | step1     |
| 0   | 0      | 0        | 0     | low       |
| 1   | 0      | 0        | 1     | medium    |
| 2   | 0      | 0        | 2     | medium    |
| 2   | 1      | 0        | 3     | high      |
| 2   | 2      | 0        | 4     | high      |
| 2   | 2      | 1        | 5     | very_high |
| 2   | 3      | 1        | 6     | very_high |
""")


def test_rm2000s_step1_band_edges(catalog):
    for row in RM_STEP1:
        result = scored(catalog, "rm2000s", [row["age"], row["sexual"], row["criminal"], 0, 0, 0, 0])
        assert result.scales["step1"].total == row["total"]
        assert result.scales["step1"].band.id == row["step1"]
        assert result.band.id == row["step1"]  # no aggravating factors: no raise


RM_STEP2 = md_table("""
| step1_points | factors | step1     | final     | raised |
| 0            | 0       | low       | low       | 0      |
| 0            | 1       | low       | low       | 0      |
| 0            | 2       | low       | medium    | 1      |
| 0            | 3       | low       | medium    | 1      |
| 0            | 4       | low       | high      | 2      |
| 1            | 2       | medium    | high      | 1      |
| 3            | 4       | high      | very_high | 1      |
| 5            | 3       | very_high | very_high | 0      |
| 6            | 4       | very_high | very_high | 0      |
""")


@pytest.mark.parametrize("row", RM_STEP2, ids=lambda r: f"{r['step1']}+{r['factors']}")
def test_rm2000s_aggravating_factors_raise_the_category(catalog, row):
    points = row["step1_points"]
    step1 = [min(points, 2), min(max(points - 2, 0), 3), max(points - 5, 0)]
    factors = [1] * row["factors"] + [0] * (4 - row["factors"])
    result = scored(catalog, "rm2000s", step1 + factors)
    contract = result.to_contract()
    assert contract["total"] == points
    assert contract["scales"]["step1"] == {"total": points, "band": row["step1"]}
    assert contract["scales"]["aggravating"] == {"total": row["factors"]}
    assert contract["band"] == row["final"]
    assert result.raised_levels == row["raised"]


def test_rm2000s_band_evidence_is_the_weakest_step(catalog):
    # 3 factors (+1 is unconfirmed) and a very_high cap (unconfirmed) both mark the band so
    result = scored(catalog, "rm2000s", [0, 0, 0, 1, 1, 1, 0])
    assert result.band.id == "medium" and result.band_evidence.value == "unconfirmed"


def test_rm2000s_incomplete_has_step1_band_but_no_final_band(catalog):
    form = catalog.get("rm2000s")
    result = score(form, {"age": 2, "sexual_appearances": 1, "criminal_appearances": 0})
    contract = result.to_contract()
    assert contract["band"] is None and contract["complete"] is False
    assert contract["scales"]["step1"] == {"total": 3, "band": "high"}


RM_AGE = md_table("""
| date_of_birth | release_date | points |
| 2001-04-10    | 2026-04-09   | 2      |
| 2001-04-10    | 2026-04-10   | 1      |
| 1991-04-10    | 2026-04-09   | 1      |
| 1991-04-10    | 2026-04-10   | 0      |
""")


@pytest.mark.parametrize("row", RM_AGE)
def test_rm2000s_age_birthdays(catalog, row):
    facts = {"date_of_birth": row["date_of_birth"], "release_date": row["release_date"]}
    assert score(catalog.get("rm2000s"), {}, facts).items["age"].points == row["points"]


# ---------------------------------------------------------------- STABLE-2007
@pytest.mark.parametrize(
    ("total", "band"), [(0, "low"), (3, "low"), (4, "moderate"), (11, "moderate"), (12, "high"), (26, "high")]
)
def test_stable2007_band_edges(catalog, total, band):
    values = [2] * (total // 2) + [1] * (total % 2)
    values += [0] * (13 - len(values))
    result = scored(catalog, "stable2007", values)
    assert (result.total, result.band.id) == (total, band)
    assert result.band_evidence.value == "unconfirmed"


def test_stable2007_without_emotional_identification_is_incomplete(catalog):
    form = catalog.get("stable2007")
    items = dict.fromkeys(form.item_ids, 1)
    del items["emotional_identification_with_children"]
    result = score(form, items)
    assert result.band is None and result.missing == ("emotional_identification_with_children",)


# ---------------------------------------------------------------- ACUTE-2007
ACUTE = md_table("""
| access | hostility | preocc | rejection | emotional | social | substance | sv | sv_band  | general | general_band |
| 0      | 0         | 0      | 0         | 0         | 0      | 0         | 0  | low      | 0       | low          |
| 1      | 0         | 0      | 0         | 0         | 0      | 0         | 1  | moderate | 1       | low          |
| 1      | 1         | 0      | 0         | 0         | 0      | 0         | 2  | moderate | 2       | moderate     |
| 2      | 1         | 0      | 0         | 0         | 0      | 0         | 3  | high     | 3       | moderate     |
| 0      | 0         | 0      | 0         | 2         | 2      | 0         | 0  | low      | 4       | moderate     |
| 0      | 0         | 0      | 0         | 2         | 2      | 1         | 0  | low      | 5       | high         |
| 2      | 2         | 2      | 2         | 2         | 2      | 2         | 8  | high     | 14      | high         |
""")


@pytest.mark.parametrize("row", ACUTE, ids=lambda r: f"sv{r['sv']}-g{r['general']}")
def test_acute2007_two_scales(catalog, row):
    result = scored(catalog, "acute2007", list(row.values())[:7])
    assert result.to_contract() == {
        "form": "acute2007", "total": row["general"], "band": row["general_band"],
        "complete": True, "missing": [],
        "scales": {
            "sex_violence": {"total": row["sv"], "band": row["sv_band"]},
            "general": {"total": row["general"], "band": row["general_band"]},
        },
    }


def test_every_form_has_the_design_item_ids(catalog):
    expected = {
        "cport": "age_35_or_younger prior_criminal_history conditional_release_failure "
        "contact_sexual_offending sexual_interest_in_children boy_content_csem boy_content_other",
        "casic": "never_married csem_videos csem_stories csem_interest_2_years "
        "volunteered_child_access online_sexual_communication",
        "rm2000s": "age sexual_appearances criminal_appearances male_victim stranger_victim "
        "single noncontact_offence",
        "static99r": "age_at_release never_lived_with_partner index_nonsexual_violence "
        "prior_nonsexual_violence prior_sex_offences prior_sentencing_dates "
        "noncontact_sex_offences unrelated_victims stranger_victims male_victims",
        "stable2007": "significant_social_influences capacity_for_relationship_stability "
        "emotional_identification_with_children hostility_toward_women general_social_rejection "
        "lack_of_concern_for_others impulsive_acts poor_problem_solving negative_emotionality "
        "sex_drive_preoccupation sex_as_coping deviant_sexual_preference "
        "cooperation_with_supervision",
        "acute2007": "victim_access hostility sexual_preoccupation rejection_of_supervision "
        "emotional_collapse collapse_of_social_supports substance_abuse",
        "ospdc": "contact_adult_sanctions contact_child_sanctions noncontact_offences "
        "age_at_followup_start age_at_last_sexual_sanction sanctions_all_offences "
        "stranger_victim_current",
        "ospiic": "indecent_image_sanctions contact_child_sanctions contact_adult_sanctions "
        "noncontact_offences",
    }
    assert sorted(catalog.ids) == sorted(expected)
    for form_id, ids in expected.items():
        assert catalog.get(form_id).item_ids == tuple(ids.split()), form_id


def test_every_item_has_guidance_of_80_to_250_words(catalog):
    for form in catalog:
        for item in form.items:
            words = len(item.guidance.split())
            assert 80 <= words <= 250, (form.id, item.id, words)
