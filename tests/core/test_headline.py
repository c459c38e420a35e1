"""Headlines: a level withheld where the instrument does not apply, and every scale's level
where an instrument has several (the higher concern is never hidden)."""

from __future__ import annotations

import json
import subprocess
import sys

from tally.core.headline import NO_LEVEL, headline
from tally.core.scoring import score

STATIC_ITEMS = {
    "age_at_release": 0, "never_lived_with_partner": 1, "index_nonsexual_violence": 0,
    "prior_nonsexual_violence": 0, "prior_sex_offences": 2, "prior_sentencing_dates": 1,
    "noncontact_sex_offences": 1, "unrelated_victims": 0, "stranger_victims": 0,
    "male_victims": 1,
}  # total 6: Level IVb when the criteria are met
CSEM_ONLY = {"csem_only": True, "csem_production": False, "contact_sexual_offence": False}


def test_static99r_on_a_csem_only_case_has_a_total_but_no_level(catalog):
    result = score(catalog.get("static99r"), STATIC_ITEMS, CSEM_ONLY)
    assert result.complete and result.total == 6
    assert result.band is None and result.band_evidence is None
    assert result.band_withheld == "scoring_criteria_not_met"
    assert any("does not meet the Static-99R scoring criteria" in w for w in result.warnings)
    out = result.to_contract()
    assert out["band"] is None and out["band_withheld"] == "scoring_criteria_not_met"
    assert out["warnings"]
    line = headline(result)
    assert line.withheld == "scoring_criteria_not_met"
    assert NO_LEVEL in line.plain() and "Level" not in line.plain()
    assert "scoring criteria" in line.why


def test_the_level_comes_back_when_he_meets_the_criteria(catalog):
    for facts in ({**CSEM_ONLY, "csem_production": True},
                  {**CSEM_ONLY, "contact_sexual_offence": True}, {}):
        result = score(catalog.get("static99r"), STATIC_ITEMS, facts)
        assert result.band is not None and result.band.id == "IVb"
        assert result.band_withheld == "" and "band_withheld" not in result.to_contract()
        assert "Level IVb" in headline(result).plain()


def test_an_incomplete_csem_only_static99r_is_incomplete_first(catalog):
    line = headline(score(catalog.get("static99r"), {"male_victims": 1}, CSEM_ONLY))
    assert line.plain().startswith("Total 1 · incomplete")


def test_acute_headlines_both_scales_with_their_bands(catalog):
    items = {"victim_access": 2, "hostility": 0, "sexual_preoccupation": 2,
             "rejection_of_supervision": 0, "emotional_collapse": 0,
             "collapse_of_social_supports": 0, "substance_abuse": 0}
    line = headline(score(catalog.get("acute2007"), items, {}))
    assert line.several
    assert [(lv.scale_id, lv.total, lv.band.id) for lv in line.levels] == [
        ("sex_violence", 4, "high"), ("general", 4, "moderate")]
    text = line.plain()
    assert "High acute risk (sexual/violent)" in text
    assert "Moderate acute risk (general)" in text


def test_single_scale_and_unbanded_forms(catalog):
    cport = headline(score(catalog.get("cport"), {i.id: 0 for i in catalog.get("cport").items}))
    assert not cport.has_bands and cport.plain().endswith("no risk categories published")
    rm = catalog.get("rm2000s")
    line = headline(score(rm, {i.id: 0 for i in rm.items}))
    assert len(line.levels) == 1 and line.levels[0].band.id == "low"


def test_tally_score_prints_a_null_band_and_the_reason():
    done = subprocess.run(
        [sys.executable, "-m", "tally", "score", "static99r", "-"],
        input=json.dumps({"items": STATIC_ITEMS, "facts": CSEM_ONLY}) + "\n",
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["band"] is None and out["band_withheld"] == "scoring_criteria_not_met"
    assert out["total"] == 6 and out["warnings"]
