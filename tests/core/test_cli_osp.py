"""`tally score ospdc|ospiic` and `tally forms show` as a user runs them (real processes)."""

from __future__ import annotations

import json
import subprocess
import sys

TALLY = [sys.executable, "-m", "tally"]

DC_FACTS = {
    "date_of_birth": "1980-01-01", "followup_start_date": "2015-01-01",
    "most_recent_sexual_offence_date": "2010-06-01", "most_recent_offence_date": "2012-01-01",
    "contact_adult_sexual_sanction_count": 2, "contact_child_sexual_sanction_count": 1,
    "noncontact_sexual_offence_count": 0, "indecent_image_sanction_count": 0,
    "sanction_count_all_offences": 3, "stranger_victim_current": True, "in_custody": False,
    "assessment_date": "2026-06-01",
}


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([*TALLY, *args], input=stdin, capture_output=True, text=True,
                          timeout=60)


def test_ospdc_prints_total_band_reduction_and_probability():
    lines = [{"facts": DC_FACTS}, {"facts": {**DC_FACTS, "in_custody": True}}]
    done = run("score", "ospdc", "-", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert done.returncode == 0 and done.stderr == ""
    free, held = (json.loads(line) for line in done.stdout.splitlines())
    # 10 + 3 + 0 + age 35 (9) + age 30 at the offence (10) + 6 + 4 = 42: very high
    assert free["total"] == held["total"] == 42
    assert (free["band"], free["band_reduced"]) == ("high", True)
    assert (held["band"], held["band_reduced"]) == ("very_high", False)
    assert free["probability"] == held["probability"]
    assert abs(free["probability"] - 0.12771) < 1e-5  # z = -8.633 + 0.1598 x 42 = -1.9214


def test_ospiic_prints_no_total():
    facts = {"indecent_image_sanction_count": 1, "contact_child_sexual_sanction_count": 0,
             "contact_adult_sexual_sanction_count": 0, "noncontact_sexual_offence_count": 0}
    done = run("score", "ospiic", "-", stdin=json.dumps({"facts": facts}) + "\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"form": "ospiic", "total": None, "band": "medium",
                                       "complete": True, "missing": [], "probability": 0.03328}


def test_a_bad_count_stops_the_batch_with_one_line():
    good = json.dumps({"facts": DC_FACTS}) + "\n"
    bad = json.dumps({"facts": {**DC_FACTS, "sanction_count_all_offences": 0}}) + "\n"
    done = run("score", "ospdc", "-", stdin=good + bad + good)
    assert done.returncode == 2 and len(done.stdout.splitlines()) == 1
    assert done.stderr.count("\n") == 1
    assert "line 2: fact 'sanction_count_all_offences' must be a whole number from 1 to 999" \
        in done.stderr


def test_two_names_of_one_date_that_disagree_are_bad_input():
    facts = {**DC_FACTS, "last_sexual_sanction_date": "2011-01-01"}
    done = run("score", "ospdc", "-", stdin=json.dumps({"facts": facts}) + "\n")
    assert done.returncode == 2 and done.stdout == ""
    assert "name one date and must agree" in done.stderr


def test_forms_show_prints_the_formula_hierarchy_caveat_and_source():
    dc = run("forms", "show", "ospdc", "--brief")
    assert dc.returncode == 0, dc.stderr
    assert "1 / (1 + e^-(-8.633 + 0.1598 x total)); 0 at a total of 0" in dc.stdout
    assert "does not state the follow-up period" in dc.stdout
    assert "five full years" in dc.stdout and "36 to 64  Very high" in dc.stdout
    assert "016919c5305b083e690a145856909c7b6de8c6a1" in dc.stdout
    iic = run("forms", "show", "ospiic", "--brief")
    assert "1. indecent_image_sanctions 2+: High, 0.1031 (10.31%)" in iic.stdout
    assert "6. otherwise: Low, 0 (0.00%)" in iic.stdout
    assert "may be a defect in the published code" in " ".join(iic.stdout.split())
