"""Worked Static-99R cases: every band edge, every age-band boundary, and the CSEM rules."""

from __future__ import annotations

import pytest

from tally.core.scoring import score
from tests.helpers.tables import md_table

ITEMS = ["age_at_release", "never_lived_with_partner", "index_nonsexual_violence", "prior_nonsexual_violence", "prior_sex_offences", "prior_sentencing_dates", "noncontact_sex_offences", "unrelated_victims", "stranger_victims", "male_victims"]

# one row per case: the ten item scores in coding-form order, then the expected total and band
BAND_EDGES = md_table("""
| age | lived | idx_nsv | prior_nsv | prior_sex | sent | noncontact | unrelated | stranger | male | total | band |
| -3  | 0     | 0       | 0         | 0         | 0    | 0          | 0         | 0        | 0    | -3    | I    |
| -3  | 1     | 0       | 0         | 0         | 0    | 0          | 0         | 0        | 0    | -2    | I    |
| -1  | 0     | 0       | 0         | 0         | 0    | 0          | 0         | 0        | 0    | -1    | II   |
| -1  | 1     | 0       | 0         | 0         | 0    | 0          | 0         | 0        | 0    | 0     | II   |
| 0   | 0     | 0       | 0         | 0         | 0    | 1          | 0         | 0        | 0    | 1     | III  |
| 1   | 1     | 0       | 0         | 0         | 0    | 1          | 0         | 0        | 0    | 3     | III  |
| 1   | 1     | 0       | 0         | 0         | 0    | 1          | 1         | 0        | 0    | 4     | IVa  |
| 0   | 1     | 1       | 0         | 1         | 0    | 1          | 1         | 0        | 0    | 5     | IVa  |
| 1   | 1     | 0       | 0         | 1         | 0    | 1          | 1         | 1        | 0    | 6     | IVb  |
| 1   | 1     | 1       | 1         | 3         | 1    | 1          | 1         | 1        | 1    | 12    | IVb  |
""")


@pytest.mark.parametrize("row", BAND_EDGES, ids=lambda r: f"total {r['total']}")
def test_band_edges(catalog, row):
    values = list(row.values())[:10]
    result = score(catalog.get("static99r"), dict(zip(ITEMS, values, strict=True)))
    assert result.total == row["total"]
    assert result.band is not None and result.band.id == row["band"]
    assert result.to_contract() == {
        "form": "static99r", "total": row["total"], "band": row["band"],
        "complete": True, "missing": [],
    }


# Ages are completed years: a birthday falling on the release date counts as reached.
AGE_BOUNDARIES = md_table("""
| date_of_birth | release_date | points | why                                     |
| 2007-03-01    | 2025-03-01   | 1      | 18th birthday on the release date       |
| 1990-05-02    | 2025-05-01   | 1      | one day before the 35th birthday        |
| 1990-05-01    | 2025-05-01   | 0      | 35th birthday on the release date       |
| 1985-05-02    | 2025-05-01   | 0      | one day before the 40th birthday        |
| 1985-05-01    | 2025-05-01   | -1     | 40th birthday on the release date       |
| 1965-05-02    | 2025-05-01   | -1     | one day before the 60th birthday        |
| 1965-05-01    | 2025-05-01   | -3     | 60th birthday on the release date       |
| 1996-02-29    | 2031-02-28   | 1      | leap-day birth: not yet 35 on 28 Feb    |
| 1996-02-29    | 2031-03-01   | 0      | leap-day birth: 35 on 1 March           |
""")


@pytest.mark.parametrize("row", AGE_BOUNDARIES, ids=lambda r: r["why"])
def test_age_at_release_is_derived_from_dates(catalog, row):
    facts = {"date_of_birth": row["date_of_birth"], "release_date": row["release_date"]}
    result = score(catalog.get("static99r"), {}, facts)
    derived = result.items["age_at_release"]
    assert (derived.points, derived.origin) == (row["points"], "derived")
    assert "age_at_release" not in result.missing


def test_an_explicit_age_score_wins_over_the_dates(catalog):
    facts = {"date_of_birth": "1965-05-01", "release_date": "2025-05-01"}
    result = score(catalog.get("static99r"), {"age_at_release": 1}, facts)
    assert result.items["age_at_release"].points == 1
    assert result.items["age_at_release"].origin == "entered"


def test_missing_release_date_leaves_age_missing_with_a_warning(catalog):
    result = score(catalog.get("static99r"), {}, {"date_of_birth": "1980-01-01"})
    assert "age_at_release" in result.missing
    assert any("Age at release" in w and "release_date" in w for w in result.warnings)


def test_under_18_at_release_is_warned_and_not_scored(catalog):
    facts = {"date_of_birth": "2008-06-01", "release_date": "2025-06-01"}
    result = score(catalog.get("static99r"), {}, facts)
    assert "age_at_release" in result.missing
    assert any("He was 17 on the release date (2025-06-01)" in w for w in result.warnings)


CSEM_CRITERIA = md_table("""
| csem_only | csem_production | contact_sexual_offence | warned |
| true      | false           | false                  | true   |
| true      | true            | false                  | false  |
| true      | false           | true                   | false  |
| false     | false           | true                   | false  |
| -         | -               | -                      | false  |
""")


@pytest.mark.parametrize("row", CSEM_CRITERIA)
def test_csem_only_without_contact_or_production_does_not_meet_criteria(catalog, row):
    facts = {k: v for k, v in row.items() if k != "warned" and v is not None}
    result = score(catalog.get("static99r"), {}, facts)
    warned = any("does not meet the Static-99R scoring criteria" in w for w in result.warnings)
    assert warned is row["warned"]


def test_incomplete_assessment_sums_what_is_present_and_has_no_band(catalog):
    result = score(catalog.get("static99r"), {"age_at_release": -3, "male_victims": 1})
    assert result.total == -2
    assert result.band is None and not result.complete
    assert len(result.missing) == 8
    assert result.to_contract()["band"] is None


def test_unconfirmed_band_carries_its_evidence(catalog):
    result = score(catalog.get("static99r"), dict.fromkeys(ITEMS, 0))
    assert result.band.id == "II"
    assert result.band_evidence.value == "unconfirmed"
