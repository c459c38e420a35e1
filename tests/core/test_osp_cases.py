"""OSP/DC and OSP/IIC worked cases at every edge of every table, as inline tables.

Expected values are read off the Ministry of Justice's published code
(hmpps-arns-risk-actuarial-api at 016919c), not computed by the code under test: the age
formula 14 − max(0, ⌊(age − 18)/3⌋), the count tables, the bands 0–21 / 22–29 / 30–35 / 36–64,
the logistic, the five-year reduction and the OSP/IIC hierarchy.
"""

from __future__ import annotations

import math

import pytest

from tally.core.facts import InputError
from tally.core.scoring import score
from tests.helpers.tables import md_table

DC_ITEMS = (
    "contact_adult_sanctions", "contact_child_sanctions", "noncontact_offences",
    "age_at_followup_start", "age_at_last_sexual_sanction", "sanctions_all_offences",
    "stranger_victim_current",
)


@pytest.fixture(scope="module")
def dc(catalog):
    return catalog.get("ospdc")


@pytest.fixture(scope="module")
def iic(catalog):
    return catalog.get("ospiic")


def published_probability(total: int) -> float:
    """The code's getScore: 0 at a total of 0, else e^z / (1 + e^z), z = −8.633 + 0.1598 t."""
    if total == 0:
        return 0.0
    e = math.exp(-8.633 + 0.1598 * total)
    return e / (1.0 + e)


# Completed years at the start of follow-up, each side of every step of the formula. The day
# before a birthday is still the younger age.
AGE_AT_FOLLOWUP = md_table("""
| date_of_birth | followup_start_date | points |
| 2009-06-01    | 2026-06-01          | 14     |
| 2006-06-01    | 2026-05-31          | 14     |
| 2005-06-01    | 2026-05-31          | 14     |
| 2005-06-01    | 2026-06-01          | 13     |
| 2002-06-01    | 2026-05-31          | 13     |
| 2002-06-01    | 2026-06-01          | 12     |
| 1999-06-01    | 2026-05-31          | 12     |
| 1999-06-01    | 2026-06-01          | 11     |
| 1996-06-01    | 2026-05-31          | 11     |
| 1996-06-01    | 2026-06-01          | 10     |
| 1993-06-01    | 2026-05-31          | 10     |
| 1993-06-01    | 2026-06-01          | 9      |
| 1990-06-01    | 2026-05-31          | 9      |
| 1990-06-01    | 2026-06-01          | 8      |
| 1987-06-01    | 2026-05-31          | 8      |
| 1987-06-01    | 2026-06-01          | 7      |
| 1984-06-01    | 2026-05-31          | 7      |
| 1984-06-01    | 2026-06-01          | 6      |
| 1981-06-01    | 2026-05-31          | 6      |
| 1981-06-01    | 2026-06-01          | 5      |
| 1978-06-01    | 2026-05-31          | 5      |
| 1978-06-01    | 2026-06-01          | 4      |
| 1975-06-01    | 2026-05-31          | 4      |
| 1975-06-01    | 2026-06-01          | 3      |
| 1972-06-01    | 2026-05-31          | 3      |
| 1972-06-01    | 2026-06-01          | 2      |
| 1969-06-01    | 2026-05-31          | 2      |
| 1969-06-01    | 2026-06-01          | 1      |
| 1966-06-01    | 2026-05-31          | 1      |
| 1966-06-01    | 2026-06-01          | 0      |
| 1930-06-01    | 2026-06-01          | 0      |
""")


@pytest.mark.parametrize("row", AGE_AT_FOLLOWUP, ids=lambda r: f"{r['date_of_birth']}@{r['followup_start_date']}")
def test_age_at_the_start_of_follow_up_at_every_boundary(dc, row):
    facts = {"date_of_birth": row["date_of_birth"], "followup_start_date": row["followup_start_date"]}
    found = score(dc, {}, facts).items["age_at_followup_start"]
    assert found.points == row["points"] and found.origin == "derived"


def test_the_age_table_is_the_published_formula(dc):
    """Every age 0–120 through the form's bands equals the code's arithmetic."""
    bands = dc.item("age_at_followup_start").derive.bands
    for age in range(0, 121):
        expected = 0 if age >= 60 else 14 - max(0, int((age - 18) / 3))  # Kotlin truncates
        (band,) = [b for b in bands if b.contains(age)]
        assert band.points == expected, age


# Completed years on the date of the most recent sexual offence: 15/16 and 17/18.
AGE_AT_LAST_SEXUAL = md_table("""
| date_of_birth | most_recent_sexual_offence_date | points |
| 2000-03-10    | 2016-03-09                      | 0      |
| 2000-03-10    | 2016-03-10                      | 5      |
| 2000-03-10    | 2018-03-09                      | 5      |
| 2000-03-10    | 2018-03-10                      | 10     |
| 2000-03-10    | 2060-01-01                      | 10     |
| 2000-03-10    | 2010-01-01                      | 0      |
""")


@pytest.mark.parametrize("row", AGE_AT_LAST_SEXUAL, ids=lambda r: r["most_recent_sexual_offence_date"])
def test_age_at_the_most_recent_sexual_offence_edges(dc, row):
    facts = {k: row[k] for k in ("date_of_birth", "most_recent_sexual_offence_date")}
    assert score(dc, {}, facts).items["age_at_last_sexual_sanction"].points == row["points"]


COUNT_TABLES = md_table("""
| fact                                | item                    | n0 | n1 | n2 | n3 | n4 |
| contact_adult_sexual_sanction_count | contact_adult_sanctions | 0  | 5  | 10 | 15 | 15 |
| contact_child_sexual_sanction_count | contact_child_sanctions | 0  | 3  | 6  | 9  | 9  |
| noncontact_sexual_offence_count     | noncontact_offences     | 0  | 2  | 4  | 6  | 6  |
""")


@pytest.mark.parametrize("row", COUNT_TABLES, ids=lambda r: r["item"])
def test_sexual_counts_through_their_tables(dc, row):
    for count in range(5):
        found = score(dc, {}, {row["fact"]: count}).items[row["item"]]
        assert found.points == row[f"n{count}"], (row["item"], count)


SANCTIONS_AND_STRANGER = md_table("""
| sanction_count_all_offences | stranger_victim_current | sanctions | stranger |
| 1                           | false                   | 0         | 0        |
| 2                           | true                    | 6         | 4        |
| 999                         | false                   | 6         | 0        |
""")


@pytest.mark.parametrize("row", SANCTIONS_AND_STRANGER, ids=lambda r: str(r["sanction_count_all_offences"]))
def test_all_sanctions_and_stranger(dc, row):
    facts = {k: row[k] for k in ("sanction_count_all_offences", "stranger_victim_current")}
    found = score(dc, {}, facts).items
    assert found["sanctions_all_offences"].points == row["sanctions"]
    assert found["stranger_victim_current"].points == row["stranger"]


# Totals each side of every band edge, built from items; the probability is the code's.
BAND_EDGES = md_table("""
| adult | child | noncontact | age | last | sanctions | stranger | total | band      |
| 0     | 0     | 0          | 0   | 0    | 0         | 0        | 0     | low       |
| 5     | 0     | 0          | 1   | 0    | 0         | 0        | 6     | low       |
| 5     | 0     | 0          | 6   | 10   | 0         | 0        | 21    | low       |
| 5     | 0     | 0          | 7   | 10   | 0         | 0        | 22    | medium    |
| 5     | 0     | 2          | 12  | 10   | 0         | 0        | 29    | medium    |
| 5     | 3     | 0          | 12  | 10   | 0         | 0        | 30    | high      |
| 5     | 0     | 0          | 10  | 10   | 6         | 4        | 35    | high      |
| 5     | 0     | 0          | 11  | 10   | 6         | 4        | 36    | very_high |
| 15    | 9     | 6          | 14  | 10   | 6         | 4        | 64    | very_high |
""")


@pytest.mark.parametrize("row", BAND_EDGES, ids=lambda r: str(r["total"]))
def test_band_and_probability_at_every_band_edge(dc, row):
    items = dict(zip(DC_ITEMS, (row[k] for k in (
        "adult", "child", "noncontact", "age", "last", "sanctions", "stranger")), strict=True))
    out = score(dc, items, {}).to_contract()
    assert out["total"] == row["total"] and out["band"] == row["band"]
    assert out["probability"] == published_probability(row["total"])
    assert out["band_reduced"] is False


def test_the_probability_of_zero_is_zero_not_the_formula(dc):
    items = dict.fromkeys(DC_ITEMS, 0)
    assert score(dc, items, {}).prediction.probability == 0.0
    assert published_probability(0) == 0.0 and 1 / (1 + math.exp(8.633)) > 0


# The reduction: the assessment date 4 years 364 days and 5 years after each date it tests.
# A very-high total (36) before reduction; in_custody false unless stated.
REDUCTION = md_table("""
| followup_start_date | most_recent_offence_date | most_recent_sexual_offence_date | in_custody | band      | reduced |
| 2021-06-02          | 2021-06-02               | 2021-06-02                      | false      | very_high | false   |
| 2021-06-01          | 2021-06-01               | 2021-06-01                      | false      | high      | true    |
| 2021-06-02          | 2021-06-01               | 2021-06-01                      | false      | very_high | false   |
| 2021-06-01          | 2021-06-02               | 2021-06-01                      | false      | very_high | false   |
| 2021-06-01          | 2021-06-01               | 2021-06-02                      | false      | very_high | false   |
| 2021-06-01          | 2021-06-01               | 2021-06-01                      | true       | very_high | false   |
| 2021-06-01          | -                        | -                               | false      | high      | true    |
| 2021-06-01          | 2000-01-01               | 2000-01-01                      | false      | high      | true    |
""")


def _thirty_six_points():
    """Items for 36 points (very high), so that only the dates decide the reduction."""
    return {"contact_adult_sanctions": 15, "contact_child_sanctions": 9, "noncontact_offences": 6,
            "age_at_last_sexual_sanction": 0, "sanctions_all_offences": 6,
            "age_at_followup_start": 0, "stranger_victim_current": 0}


@pytest.mark.parametrize("row", REDUCTION, ids=lambda r: f"{r['followup_start_date']}-{r['most_recent_offence_date']}-{r['most_recent_sexual_offence_date']}-{r['in_custody']}")
def test_the_reduction_at_four_years_364_days_and_five_years(dc, row):
    facts = {k: row[k] for k in ("followup_start_date", "most_recent_offence_date",
                                 "most_recent_sexual_offence_date", "in_custody")}
    facts["assessment_date"] = "2026-06-01"
    result = score(dc, _thirty_six_points(), facts)
    out = result.to_contract()
    assert out["total"] == 36 and out["band"] == row["band"]
    assert out["band_reduced"] is row["reduced"]
    assert result.prediction.base_band.id == "very_high"
    assert out["probability"] == published_probability(36)  # the reduction moves the band only


REDUCTION_BANDS = md_table("""
| total | before    | after  |
| 22    | medium    | low    |
| 30    | high      | medium |
| 36    | very_high | high   |
| 21    | low       | low    |
""")


@pytest.mark.parametrize("row", REDUCTION_BANDS, ids=lambda r: r["before"])
def test_the_reduction_lowers_one_level_and_never_below_low(dc, row):
    items = {"contact_adult_sanctions": 15, "contact_child_sanctions": 0, "noncontact_offences": 0,
             "age_at_followup_start": 0, "age_at_last_sexual_sanction": 0,
             "sanctions_all_offences": 0, "stranger_victim_current": 0}
    rest = row["total"] - 15
    for item, points in (("stranger_victim_current", 4), ("sanctions_all_offences", 6),
                         ("age_at_last_sexual_sanction", 10), ("contact_child_sanctions", 3)):
        if rest >= points:
            items[item], rest = points, rest - points
    items["age_at_followup_start"] = rest
    facts = {"assessment_date": "2026-06-01", "followup_start_date": "2010-01-01",
             "in_custody": False}
    result = score(dc, items, facts)
    assert result.total == row["total"] and result.prediction.base_band.id == row["before"]
    assert result.band.id == row["after"]
    assert result.to_contract()["band_reduced"] is (row["before"] != row["after"])


def test_without_the_assessment_date_or_custody_no_reduction_is_considered(dc):
    facts = {"followup_start_date": "2000-01-01", "in_custody": False}
    result = score(dc, _thirty_six_points(), facts)
    assert result.band.id == "very_high" and result.to_contract()["band_reduced"] is False
    assert "Risk reduction not considered: needs assessment_date." in result.warnings
    facts = {"followup_start_date": "2000-01-01", "assessment_date": "2026-01-01"}
    assert "needs in_custody" in " ".join(score(dc, _thirty_six_points(), facts).warnings)


def test_an_incomplete_assessment_has_no_band_probability_or_reduction(dc):
    out = score(dc, {"contact_adult_sanctions": 5}, {}).to_contract()
    assert out["band"] is None and out["probability"] is None and out["band_reduced"] is None


# OSP/IIC: each rule of the hierarchy, first match wins; the last rule's anomaly.
HIERARCHY = md_table("""
| images | child | adult | noncontact | band   | probability | anomaly |
| 2      | 0     | 0     | 0          | high   | 0.10310     | false   |
| 7      | 3     | 3     | 3          | high   | 0.10310     | false   |
| 1      | 0     | 0     | 0          | medium | 0.03328     | false   |
| 1      | 5     | 2     | 2          | medium | 0.03328     | false   |
| 0      | 2     | 0     | 0          | low    | 0.00926     | false   |
| 0      | 4     | 1     | 1          | low    | 0.00926     | false   |
| 0      | 1     | 0     | 0          | low    | 0.00634     | false   |
| 0      | 1     | 1     | 1          | low    | 0.00634     | false   |
| 0      | 0     | 1     | 1          | low    | 0.00281     | false   |
| 0      | 0     | 3     | 4          | low    | 0.00281     | false   |
| 0      | 0     | 1     | 0          | low    | 0           | true    |
| 0      | 0     | 5     | 0          | low    | 0           | true    |
| 0      | 0     | 0     | 1          | low    | 0           | true    |
| 0      | 0     | 0     | 0          | low    | 0           | true    |
""")


@pytest.mark.parametrize("row", HIERARCHY, ids=lambda r: f"{r['images']}{r['child']}{r['adult']}{r['noncontact']}")
def test_every_rule_of_the_osp_iic_hierarchy(iic, row):
    facts = {"indecent_image_sanction_count": row["images"],
             "contact_child_sexual_sanction_count": row["child"],
             "contact_adult_sexual_sanction_count": row["adult"],
             "noncontact_sexual_offence_count": row["noncontact"]}
    result = score(iic, {}, facts)
    out = result.to_contract()
    assert out["total"] is None and out["band"] == row["band"] and out["complete"]
    assert out["probability"] == float(row["probability"])
    anomaly = any("may be a defect in the published code" in w for w in out.get("warnings", []))
    assert anomaly is row["anomaly"]


def test_only_all_zero_counts_also_warn_that_the_validator_refuses(iic, dc):
    zero = dict.fromkeys(("indecent_image_sanction_count", "contact_child_sexual_sanction_count",
                          "contact_adult_sexual_sanction_count",
                          "noncontact_sexual_offence_count"), 0)
    for form in (iic, dc):
        warnings = " ".join(score(form, {}, zero).warnings)
        assert "All four sexual counts are 0" in warnings


def test_sexual_counts_above_all_sanctions_warn(dc, iic):
    facts = {"indecent_image_sanction_count": 4, "contact_child_sexual_sanction_count": 2,
             "contact_adult_sexual_sanction_count": 1, "noncontact_sexual_offence_count": 3,
             "sanction_count_all_offences": 4}
    for form in (dc, iic):
        assert any("add up to 10, more than the 4" in w for w in score(form, {}, facts).warnings)
    facts["sanction_count_all_offences"] = 10
    assert not any("add up" in w for w in score(dc, {}, facts).warnings)


def test_the_follow_up_age_limit_of_110(dc):
    facts = {"date_of_birth": "1980-01-01", "followup_start_date": "2090-01-01"}
    assert any("He would be 110" in w for w in score(dc, {}, facts).warnings)
    facts["followup_start_date"] = "2089-12-31"
    assert not any("He would be" in w for w in score(dc, {}, facts).warnings)


BAD_FACTS = md_table("""
| fact                          | value      | message                                         |
| sanction_count_all_offences   | 0          | must be a whole number from 1 to 999, got 0     |
| sanction_count_all_offences   | 1000       | must be a whole number from 1 to 999, got 1000  |
| indecent_image_sanction_count | -1         | must be a whole number of 0 or more, got -1     |
| in_custody                    | yes        | must be true or false                           |
| followup_start_date           | 2026-13-01 | must be an ISO date                             |
""")


@pytest.mark.parametrize("row", BAD_FACTS, ids=lambda r: f"{r['fact']}={r['value']}")
def test_bad_facts_are_refused_with_one_line(dc, row):
    with pytest.raises(InputError, match=row["message"]):
        score(dc, {}, {row["fact"]: row["value"]})


def test_the_issue_name_of_the_sexual_offence_date_is_the_same_fact(dc):
    """Issue 15 calls it last_sexual_sanction_date; the code measures age at the date of the
    most recent sexual offence. Both names are one date; given twice they must agree."""
    facts = {"date_of_birth": "2000-03-10", "last_sexual_sanction_date": "2018-03-10"}
    result = score(dc, {}, facts)
    assert result.items["age_at_last_sexual_sanction"].points == 10
    assert any("taken as 'most_recent_sexual_offence_date'" in w for w in result.warnings)
    facts["most_recent_sexual_offence_date"] = "2018-03-10"
    assert score(dc, {}, facts).items["age_at_last_sexual_sanction"].points == 10
    facts["most_recent_sexual_offence_date"] = "2017-03-10"
    with pytest.raises(InputError, match="name one date and must agree"):
        score(dc, {}, facts)


def test_every_number_cites_the_published_code(dc, iic):
    for form in (dc, iic):
        provs = [i.provenance for i in form.items] + [i.derive.provenance for i in form.items]
        provs += [b.provenance for s in form.scales for b in s.bands]
        provs += [t.provenance for t in form.probability.tiers]
        provs += [c.provenance for c in form.checks]
        if form.probability.provenance:
            provs.append(form.probability.provenance)
        if form.reduction:
            provs.append(form.reduction.provenance)
        for prov in provs:
            assert prov.evidence.value == "published"
            assert "016919c5305b083e690a145856909c7b6de8c6a1" in form.citations[prov.source]
            assert "hmpps-arns-risk-actuarial-api" in form.citations[prov.source]
            assert form.citation_kinds[prov.source].value == "official_code"
        assert "follow-up period" in form.probability.note


PERCENTS = md_table("""
| probability | text   |
| 0.10310     | 10.31% |
| 0.03328     | 3.33%  |
| 0.00926     | 0.93%  |
| 0.00634     | 0.63%  |
| 0.00281     | 0.28%  |
| 0.015388904099572493 | 1.54% |
| 0           | 0.00%  |
""")


@pytest.mark.parametrize("row", PERCENTS, ids=lambda r: r["text"])
def test_percentages_as_the_published_service_rounds_them(row):
    from tally.core.rules import percent

    assert percent(float(row["probability"])) == row["text"]


def test_tiers_in_words(iic):
    from tally.core.rules import tier_text

    words = [tier_text(t) for t in iic.probability.tiers]
    assert words[0] == "indecent_image_sanctions 2+"
    assert words[4] == "noncontact_offences 1+ and contact_adult_sanctions 1+"
    assert words[5] == "otherwise"
