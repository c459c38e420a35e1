"""The CPORT, CASIC and RM2000/S forms: structure, provenance, and the rules they encode.

Worked scoring cases live elsewhere; these tests pin what the form files themselves promise
(item ids, evidence levels, derivations, checks, the RM2000/S step-two rule).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.core.loader import load_form
from tally.core.model import Evidence
from tally.core.scoring import score

FORMS = Path(__file__).resolve().parents[2] / "forms"

CPORT_ITEMS = [
    "age_35_or_younger", "prior_criminal_history", "conditional_release_failure",
    "contact_sexual_offending", "sexual_interest_in_children", "boy_content_csem",
    "boy_content_other",
]
CASIC_ITEMS = [
    "never_married", "csem_videos", "csem_stories", "csem_interest_2_years",
    "volunteered_child_access", "online_sexual_communication",
]
RM_STEP1 = ["age", "sexual_appearances", "criminal_appearances"]
RM_FACTORS = ["male_victim", "stranger_victim", "single", "noncontact_offence"]


@pytest.fixture(scope="module")
def cport():
    return load_form(FORMS / "cport.toml")


@pytest.fixture(scope="module")
def casic():
    return load_form(FORMS / "casic.toml")


@pytest.fixture(scope="module")
def rm():
    return load_form(FORMS / "rm2000s.toml")


@pytest.mark.parametrize(
    ("name", "ids", "kind"),
    [
        ("cport", CPORT_ITEMS, "static"),
        ("casic", CASIC_ITEMS, "companion"),
        ("rm2000s", RM_STEP1 + RM_FACTORS, "static"),
    ],
)
def test_ids_kind_and_guidance(name, ids, kind):
    form = load_form(FORMS / f"{name}.toml")
    assert form.id == name and form.kind == kind
    assert list(form.item_ids) == ids
    guidance = [item.guidance for item in form.items]
    assert len(set(guidance)) == len(guidance), "every item has its own guidance"
    for item in form.items:
        words = len(item.guidance.split())
        assert 80 <= words <= 250, f"{item.id}: {words} words"
        assert item.guidance.splitlines()[-1].startswith("See "), item.id
    assert form.applicability.csem_verdict and form.research


def test_cport_has_no_bands_and_reports_the_total(cport):
    (scale,) = cport.scales
    assert (scale.min_total, scale.max_total) == (0, 7)
    assert not scale.bands and "without a category" in scale.bands_note
    result = score(cport, dict.fromkeys(CPORT_ITEMS, 1))
    assert result.to_contract() == {
        "form": "cport", "total": 7, "band": None, "complete": True, "missing": [],
    }
    assert all(i.provenance.evidence is Evidence.SEED for i in cport.items)
    assert cport.applicability.pairs_with == ("casic",)


# Completed years at the index investigation date: 35 scores 1, 36 scores 0.
@pytest.mark.parametrize(
    ("born", "investigated", "points"),
    [
        ("1990-05-02", "2026-05-01", 1),  # 35, the day before the 36th birthday
        ("1990-05-01", "2026-05-01", 0),  # 36th birthday on the investigation date
        ("2000-01-01", "2026-05-01", 1),
        ("1950-01-01", "2026-05-01", 0),
    ],
)
def test_cport_age_derivation(cport, born, investigated, points):
    facts = {"date_of_birth": born, "index_investigation_date": investigated}
    result = score(cport, {}, facts)
    assert result.items["age_35_or_younger"].points == points
    assert result.items["age_35_or_younger"].origin == "derived"


def test_cport_under_18_warns(cport):
    facts = {"date_of_birth": "2010-03-01", "index_investigation_date": "2026-03-01"}
    result = score(cport, {}, facts)
    assert result.items["age_35_or_younger"].points == 1
    assert any("He was 16 at the index investigation" in w for w in result.warnings)


@pytest.mark.parametrize(("casic_total", "points"), [(0, 0), (2, 0), (3, 1), (6, 1)])
def test_cport_item5_from_casic(cport, casic_total, points):
    result = score(cport, {}, {"casic_total": casic_total})
    assert result.items["sexual_interest_in_children"].points == points


def test_cport_admission_overrides_casic(cport):
    result = score(cport, {"sexual_interest_in_children": 1}, {"casic_total": 0})
    item = result.items["sexual_interest_in_children"]
    assert (item.points, item.origin) == (1, "entered")


def test_cport_missing_items_check(cport):
    one_missing = dict.fromkeys(CPORT_ITEMS[:-1], 0)
    result = score(cport, one_missing)
    assert result.missing == ("boy_content_other",)
    assert not any("items are missing" in w for w in result.warnings)
    two_missing = dict.fromkeys(CPORT_ITEMS[:-2], 0)
    result = score(cport, two_missing)
    assert result.band is None and not result.complete
    assert any(w.startswith("2 items are missing") for w in result.warnings)
    (check,) = [c for c in cport.checks if c.rule == "max_missing"]
    assert check.limit == 1 and check.provenance.evidence is Evidence.UNCONFIRMED


def test_casic_total_and_provenance(casic):
    (scale,) = casic.scales
    assert (scale.min_total, scale.max_total) == (0, 6)
    assert not scale.bands and "3 or more" in scale.bands_note
    assert all(
        i.provenance.source == "S9" and i.provenance.evidence is Evidence.PUBLISHED
        for i in casic.items
    )
    assert all(len(i.context) == 1 for i in casic.items), "development prevalence per item"
    assert not casic.checks
    result = score(casic, dict.fromkeys(CASIC_ITEMS, 1))
    assert (result.total, result.band) == (6, None)


def test_casic_total_feeds_cport(casic, cport):
    answers = dict.fromkeys(CASIC_ITEMS, 0) | {"never_married": 1, "csem_videos": 1,
                                                 "csem_interest_2_years": 1}
    casic_total = score(casic, answers).total
    assert casic_total == 3
    result = score(cport, {}, {"casic_total": casic_total})
    assert result.items["sexual_interest_in_children"].points == 1


def _rm(rm, step1: tuple[int, int, int], factors: int):
    items = dict(zip(RM_STEP1, step1, strict=True))
    items |= {f: int(i < factors) for i, f in enumerate(RM_FACTORS)}
    return score(rm, items)


@pytest.mark.parametrize(
    ("step1", "factors", "base", "final", "levels"),
    [
        ((1, 0, 0), 2, "medium", "high", 1),
        ((0, 0, 0), 4, "low", "high", 2),
        ((2, 3, 1), 3, "very_high", "very_high", 0),
        ((0, 0, 0), 1, "low", "low", 0),
        ((0, 0, 0), 3, "low", "medium", 1),
        ((2, 1, 0), 4, "high", "very_high", 1),  # capped: two levels asked, one available
        ((2, 2, 0), 0, "high", "high", 0),
    ],
)
def test_rm2000s_step_two(rm, step1, factors, base, final, levels):
    result = _rm(rm, step1, factors)
    contract = result.to_contract()
    assert contract["total"] == sum(step1) and contract["band"] == final
    assert contract["scales"] == {
        "step1": {"total": sum(step1), "band": base}, "aggravating": {"total": factors},
    }
    assert result.raised_levels == levels
    assert result.band_evidence is Evidence.UNCONFIRMED  # step-1 cut-offs are unconfirmed


def test_rm2000s_provenance(rm):
    assert rm.primary_scale == "step1"
    step1 = rm.scale("step1")
    assert [(b.id, b.min, b.max) for b in step1.bands] == [
        ("low", 0, 0), ("medium", 1, 2), ("high", 3, 4), ("very_high", 5, 6),
    ]
    assert all(b.provenance.evidence is Evidence.UNCONFIRMED for b in step1.bands)
    steps = {s.min_factors: (s.levels, s.provenance.evidence) for s in rm.rule.steps}
    assert steps == {
        2: (1, Evidence.PUBLISHED), 3: (1, Evidence.UNCONFIRMED), 4: (2, Evidence.PUBLISHED),
    }
    assert rm.rule.cap_provenance.evidence is Evidence.UNCONFIRMED
    assert not rm.scale("aggravating").bands
    assert rm.applicability.pairs_with == ("stable2007",)


@pytest.mark.parametrize(
    ("born", "points"),
    [
        ("2001-06-01", 1),  # 25th birthday on the release date
        ("2001-06-02", 2),  # still 24
        ("1991-06-01", 0),  # 35
        ("1991-06-02", 1),  # still 34
        ("2008-06-01", 2),  # 18
    ],
)
def test_rm2000s_age_derivation(rm, born, points):
    result = score(rm, {}, {"date_of_birth": born, "release_date": "2026-06-01"})
    assert result.items["age"].points == points


def test_rm2000s_under_18(rm):
    result = score(rm, {}, {"date_of_birth": "2009-06-02", "release_date": "2026-06-01"})
    assert result.items["age"].points is None
    assert any("He was 16 on the release date" in w for w in result.warnings)
