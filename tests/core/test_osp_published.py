"""The published code's own unit tests and fixtures, reproduced on Tally's OSP forms.

Source: ministryofjustice/hmpps-arns-risk-actuarial-api at commit
016919c5305b083e690a145856909c7b6de8c6a1 (2026-08-04), src/test/kotlin/.../service/ and
src/test/resources/fixtures/. Each table below is one of its test providers or fixtures, with
its values copied as they stand there. Cases Tally cannot express are left out and named:
women (Tally has no gender fact: its population is men), a man with no sexual offence history
(hasEverCommittedSexualOffence = false), a null band, and NOT_APPLICABLE.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from tally.core import rules
from tally.core.facts import parse_facts
from tally.core.scoring import score
from tests.helpers.tables import md_table

MAX = 2147483647  # Kotlin Int.MAX_VALUE, used by the published providers


@pytest.fixture(scope="module")
def dc(catalog):
    return catalog.get("ospdc")


@pytest.fixture(scope="module")
def iic(catalog):
    return catalog.get("ospiic")


def percentage(value: float) -> str:
    """The code's asDoublePercentage: BigDecimal(value) x 100, 2 places, half up."""
    return str((Decimal(value) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# DirectContactSexualReoffendingPredictorTransformationHelperTest: the weight providers.
WEIGHTS = md_table(f"""
| fact                                | item                    | count | weight |
| contact_adult_sexual_sanction_count | contact_adult_sanctions | 0     | 0      |
| contact_adult_sexual_sanction_count | contact_adult_sanctions | 1     | 5      |
| contact_adult_sexual_sanction_count | contact_adult_sanctions | 2     | 10     |
| contact_adult_sexual_sanction_count | contact_adult_sanctions | 3     | 15     |
| contact_adult_sexual_sanction_count | contact_adult_sanctions | {MAX} | 15     |
| contact_child_sexual_sanction_count | contact_child_sanctions | 0     | 0      |
| contact_child_sexual_sanction_count | contact_child_sanctions | 1     | 3      |
| contact_child_sexual_sanction_count | contact_child_sanctions | 2     | 6      |
| contact_child_sexual_sanction_count | contact_child_sanctions | 3     | 9      |
| contact_child_sexual_sanction_count | contact_child_sanctions | {MAX} | 9      |
| noncontact_sexual_offence_count     | noncontact_offences     | 0     | 0      |
| noncontact_sexual_offence_count     | noncontact_offences     | 1     | 2      |
| noncontact_sexual_offence_count     | noncontact_offences     | 2     | 4      |
| noncontact_sexual_offence_count     | noncontact_offences     | 3     | 6      |
| noncontact_sexual_offence_count     | noncontact_offences     | {MAX} | 6      |
| sanction_count_all_offences         | sanctions_all_offences  | 1     | 0      |
| sanction_count_all_offences         | sanctions_all_offences  | 2     | 6      |
| sanction_count_all_offences         | sanctions_all_offences  | 5     | 6      |
| sanction_count_all_offences         | sanctions_all_offences  | 100   | 6      |
""")


@pytest.mark.parametrize("row", WEIGHTS, ids=lambda r: f"{r['item']}={r['count']}")
def test_weight_providers(dc, row):
    assert score(dc, {}, {row["fact"]: row["count"]}).items[row["item"]].points == row["weight"]


def test_total_sanctions_above_the_validator_range_are_refused(dc):
    """The provider's (Int.MAX_VALUE, 6) is a weight the validator never lets through: the
    total must be 1 to 999 (CommonValidator), so Tally refuses it as bad input."""
    with pytest.raises(ValueError, match="from 1 to 999"):
        score(dc, {}, {"sanction_count_all_offences": MAX})


# getAgeAtStartOfFollowupWeightProvider and getAgeAtLastSanctionForSexualOffenceWeightProvider:
# ages as completed years, here reached through dates one birthday apart.
AGES = md_table("""
| age | at_followup | at_last_sexual |
| 1   | 14          | -              |
| 10  | -           | 0              |
| 15  | -           | 0              |
| 16  | -           | 5              |
| 17  | -           | 5              |
| 18  | -           | 10             |
| 20  | 14          | -              |
| 21  | 13          | -              |
| 24  | 12          | -              |
| 27  | 11          | -              |
| 30  | 10          | -              |
| 33  | 9           | -              |
| 35  | -           | 10             |
| 36  | 8           | -              |
| 39  | 7           | -              |
| 42  | 6           | -              |
| 45  | 5           | -              |
| 48  | 4           | -              |
| 51  | 3           | -              |
| 54  | 2           | -              |
| 57  | 1           | -              |
| 60  | 0           | -              |
| 100 | -           | 10             |
| 150 | 0           | -              |
""")


@pytest.mark.parametrize("row", AGES, ids=lambda r: str(r["age"]))
def test_age_providers(dc, row):
    on = date(1850 + row["age"], 5, 1).isoformat()
    facts = {"date_of_birth": "1850-05-01", "followup_start_date": on,
             "most_recent_sexual_offence_date": on}
    items = score(dc, {}, facts).items
    if row["at_followup"] is not None:
        assert items["age_at_followup_start"].points == row["at_followup"]
    if row["at_last_sexual"] is not None:
        assert items["age_at_last_sexual_sanction"].points == row["at_last_sexual"]


def test_stranger_provider(dc):
    """(true, 4), (false, 0); the provider's (null, 0) is a difference: Tally leaves an
    unanswered question missing instead of scoring it 0."""
    assert score(dc, {}, {"stranger_victim_current": True}).items[
        "stranger_victim_current"].points == 4
    assert score(dc, {}, {"stranger_victim_current": False}).items[
        "stranger_victim_current"].points == 0
    assert score(dc, {}, {}).items["stranger_victim_current"].points is None


BANDS = md_table("""
| score | band      |
| 0     | low       |
| 1     | low       |
| 21    | low       |
| 22    | medium    |
| 29    | medium    |
| 30    | high      |
| 35    | high      |
| 36    | very_high |
| 64    | very_high |
""")


@pytest.mark.parametrize("row", BANDS, ids=lambda r: str(r["score"]))
def test_band_provider(dc, row):
    assert dc.primary.band_for(row["score"]).id == row["band"]


@pytest.mark.parametrize(("total", "expected"), [
    (0, 0.0), (32, 0.028765253876307774), (64, 0.8312061933744967)])
def test_score_provider_to_the_last_digit(dc, total, expected):
    assert rules.logistic(dc.probability, total) == expected


# riskReductionProvider: assessment 2026-06-16, "more than 5 years ago" 2020-06-16 and "less
# than 5 years ago" 2022-06-16. Left out: FEMALE, a null band and NOT_APPLICABLE.
MORE, LESS = "2020-06-16", "2022-06-16"
REDUCTION = md_table(f"""
| in_custody | most_recent_offence_date | most_recent_sexual_offence_date | followup_start_date | band | expected |
| false      | {MORE}                   | {MORE}                          | {MORE}              | high | true     |
| false      | -                        | -                               | {MORE}              | high | true     |
| true       | {MORE}                   | {MORE}                          | {MORE}              | high | false    |
| false      | {MORE}                   | {MORE}                          | {MORE}              | low  | false    |
| false      | {LESS}                   | {MORE}                          | {MORE}              | high | false    |
| false      | {MORE}                   | {LESS}                          | {MORE}              | high | false    |
| false      | {MORE}                   | {MORE}                          | {LESS}              | high | false    |
""")


def _reduce(dc, band_id: str, raw: dict):
    facts, _ = parse_facts({**raw, "assessment_date": "2026-06-16"})
    band = next(b for b in dc.primary.bands if b.id == band_id)
    return rules.osp_risk_reduction(dc.reduction, dc.primary, band, facts)


@pytest.mark.parametrize("row", REDUCTION, ids=lambda r: "-".join(str(v) for v in r.values()))
def test_risk_reduction_provider(dc, row):
    raw = {k: row[k] for k in ("in_custody", "most_recent_offence_date",
                               "most_recent_sexual_offence_date", "followup_start_date")}
    assert _reduce(dc, row["band"], raw).applied is row["expected"]


# riskBandReductionProvider (NOT_APPLICABLE rows left out).
BAND_REDUCTION = md_table("""
| reduction | band      | expected  |
| false     | very_high | very_high |
| false     | high      | high      |
| false     | medium    | medium    |
| false     | low       | low       |
| true      | very_high | high      |
| true      | high      | medium    |
| true      | medium    | low       |
| true      | low       | low       |
""")


@pytest.mark.parametrize("row", BAND_REDUCTION, ids=lambda r: f"{r['reduction']}-{r['band']}")
def test_risk_band_reduction_provider(dc, row):
    raw = {"in_custody": not row["reduction"], "followup_start_date": MORE}
    assert _reduce(dc, row["band"], raw).band.id == row["expected"]


# DirectContactSexualReoffendingPredictorRiskProducerServiceTest, from its valid request: born
# 1980-01-01, follow-up 2025-01-01 (age 45), most recent sexual offence 2000-01-01 (age 20),
# custody. The published test leaves the stranger question null (0); Tally is told "no".
# Its validator is mocked there, so counts above the sanctions pass; Tally warns about them.
PRODUCER = md_table("""
| date_of_birth | most_recent_sexual_offence_date | sanctions | adult | child | noncontact | images | total | band      | counts_warning |
| 1980-01-01    | 2000-01-01                      | 1         | 0     | 0     | 1          | 0      | 17    | low       | false          |
| 1980-01-01    | 2000-01-01                      | 1         | 1     | 1     | 1          | 0      | 25    | medium    | true           |
| 1980-01-01    | 2000-01-01                      | 1         | 2     | 2     | 1          | 0      | 33    | high      | true           |
| 1980-01-01    | 2000-01-01                      | 1         | 3     | 3     | 1          | 0      | 41    | very_high | true           |
| 1950-01-01    | 1963-01-01                      | 1         | 0     | 0     | 0          | 1      | 0     | low       | false          |
""")


@pytest.mark.parametrize("row", PRODUCER, ids=lambda r: r["band"] + str(r["total"]))
def test_producer_service_cases(dc, row):
    facts = {
        "date_of_birth": row["date_of_birth"], "followup_start_date": "2025-01-01",
        "most_recent_sexual_offence_date": row["most_recent_sexual_offence_date"],
        "sanction_count_all_offences": row["sanctions"],
        "contact_adult_sexual_sanction_count": row["adult"],
        "contact_child_sexual_sanction_count": row["child"],
        "noncontact_sexual_offence_count": row["noncontact"],
        "indecent_image_sanction_count": row["images"],
        "stranger_victim_current": False, "in_custody": True, "assessment_date": "2026-06-16",
    }
    result = score(dc, {}, facts)
    out = result.to_contract()
    assert (out["total"], out["band"], out["band_reduced"]) == (row["total"], row["band"], False)
    if row["total"] == 0:
        assert out["probability"] == 0.0
    warned = any("add up to" in w for w in result.warnings)
    assert warned is row["counts_warning"]


def test_fixture_1_valid(dc):
    """directContactSexualReoffendingPredictor-input-1-valid.json: total 28, MEDIUM, score
    1.54 (%), weights 5/6/6/5/0/6/0, no reduction (follow-up starts after the assessment)."""
    facts = {
        "date_of_birth": "1980-01-01", "sanction_count_all_offences": 11, "in_custody": False,
        "followup_start_date": "2027-01-01", "contact_adult_sexual_sanction_count": 1,
        "contact_child_sexual_sanction_count": 2, "noncontact_sexual_offence_count": 3,
        "indecent_image_sanction_count": 4, "most_recent_sexual_offence_date": "1994-01-01",
        "stranger_victim_current": False, "assessment_date": "2026-08-04",
    }
    result = score(dc, {}, facts)
    weights = [result.items[i].points for i in dc.item_ids]
    assert weights == [5, 6, 6, 5, 0, 6, 0]
    out = result.to_contract()
    assert (out["total"], out["band"], out["band_reduced"]) == (28, "medium", False)
    assert percentage(out["probability"]) == "1.54"
    assert "warnings" not in out


BASE = {"date_of_birth": "1980-01-01", "sanction_count_all_offences": 11, "in_custody": False,
        "followup_start_date": "2027-01-01", "contact_adult_sexual_sanction_count": 1,
        "contact_child_sexual_sanction_count": 2, "noncontact_sexual_offence_count": 3,
        "indecent_image_sanction_count": 4, "most_recent_sexual_offence_date": "1994-01-01",
        "stranger_victim_current": False}


@pytest.mark.parametrize(("name", "change", "expect"), [
    ("3-missing-fields", dict.fromkeys(BASE), "missing"),
    ("5-missing-sanction-fields", dict.fromkeys((
        "contact_adult_sexual_sanction_count", "contact_child_sexual_sanction_count",
        "noncontact_sexual_offence_count", "indecent_image_sanction_count")), "missing"),
    ("6-no-secondary-sanctions", {
        "sanction_count_all_offences": 5, "contact_adult_sexual_sanction_count": 0,
        "contact_child_sexual_sanction_count": 0, "noncontact_sexual_offence_count": 0,
        "indecent_image_sanction_count": 0}, "All four sexual counts are 0"),
    ("7-secondary-sanctions-out-of-range", {"sanction_count_all_offences": 4},
     "add up to 10, more than the 4"),
    ("9-date-at-start-of-followup-out-of-range", {"followup_start_date": "2090-01-01"},
     "He would be 110 on 2090-01-01"),
    ("10-date-of-most-recent-sexual-offence-missing", {"most_recent_sexual_offence_date": None},
     "missing"),
])
def test_fixtures_the_validator_refuses(dc, name, change, expect):
    """Where the published service returns a validation error and no score, Tally gives no
    band when a needed input is missing, and otherwise warns with the validator's reason."""
    result = score(dc, {}, {**BASE, **change})
    if expect == "missing":
        assert not result.complete and result.band is None
        assert result.to_contract()["probability"] is None
    else:
        assert any(expect in w for w in result.warnings), result.warnings


# ImagesAndIndirectContactSexualReoffendingPredictorTransformationHelperTest: getHierarchyWeight
# (images, adult, child, noncontact), FEMALE row left out; getRiskBand.
HIERARCHY = md_table("""
| images | adult | child | noncontact | weight  | band   |
| 2      | 0     | 0     | 0          | 0.10310 | high   |
| 1      | 0     | 0     | 0          | 0.03328 | medium |
| 0      | 0     | 2     | 0          | 0.00926 | low    |
| 0      | 0     | 1     | 0          | 0.00634 | low    |
| 0      | 1     | 0     | 1          | 0.00281 | low    |
""")


def _iic_facts(images, adult, child, noncontact) -> dict:
    return {"indecent_image_sanction_count": images, "contact_adult_sexual_sanction_count": adult,
            "contact_child_sexual_sanction_count": child,
            "noncontact_sexual_offence_count": noncontact}


@pytest.mark.parametrize("row", HIERARCHY, ids=lambda r: str(r["weight"]))
def test_hierarchy_weight_provider(iic, row):
    out = score(iic, {}, _iic_facts(row["images"], row["adult"], row["child"],
                                    row["noncontact"])).to_contract()
    assert out["probability"] == float(row["weight"]) and out["band"] == row["band"]


def test_producer_valid_request_and_fixture_1(iic):
    """ProducerServiceTest: images/adult/child/noncontact 1/1/1/1 give MEDIUM, score 3.33 and
    the weight BigDecimal(0.03328) written out; fixture 1 (2/0/0/0) gives HIGH, 10.31."""
    medium = score(iic, {}, _iic_facts(1, 1, 1, 1)).to_contract()
    assert medium["band"] == "medium" and percentage(medium["probability"]) == "3.33"
    assert Decimal(medium["probability"]) == Decimal(
        "0.033279999999999997084554337334338924847543239593505859375")
    high = score(iic, {}, _iic_facts(2, 0, 0, 0)).to_contract()
    assert high["band"] == "high" and percentage(high["probability"]) == "10.31"


def test_iic_fixtures_missing_and_no_sanctions(iic):
    """Fixtures 3 and 4 (counts missing): no band; fixture 5 (all 0): the validator's reason."""
    missing = score(iic, {}, {}).to_contract()
    assert missing["band"] is None and missing["probability"] is None and missing["total"] is None
    zero = score(iic, {}, _iic_facts(0, 0, 0, 0))
    assert any("All four sexual counts are 0" in w for w in zero.warnings)
