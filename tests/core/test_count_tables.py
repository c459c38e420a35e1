"""Counts scored by the forms' tables, through `tally score` as a caller runs it: every edge of
every table in one batch (one process), and every kind of bad count (exit 2, one line)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from tally.cli import main
from tally.core.scoring import score

# (form, item, facts, points): the edges of each table, as the issue states them
EDGES = [
    *[("static99r", "prior_sex_offences",
       {"prior_sex_charge_count": c, "prior_sex_conviction_count": 0}, p)
      for c, p in ((0, 0), (1, 1), (2, 1), (3, 2), (5, 2), (6, 3), (40, 3))],
    *[("static99r", "prior_sex_offences",
       {"prior_sex_charge_count": 0, "prior_sex_conviction_count": c}, p)
      for c, p in ((1, 1), (2, 2), (3, 2), (4, 3), (9, 3))],
    ("static99r", "prior_sex_offences",  # the higher of the two, never the sum
     {"prior_sex_charge_count": 2, "prior_sex_conviction_count": 2}, 2),
    ("static99r", "prior_sex_offences",
     {"prior_sex_charge_count": 6, "prior_sex_conviction_count": 1}, 3),
    *[("static99r", "prior_sentencing_dates", {"prior_sentencing_date_count": c}, p)
      for c, p in ((0, 0), (3, 0), (4, 1), (12, 1))],
    *[("rm2000s", "sexual_appearances", {"sexual_appearance_count": c}, p)
      for c, p in ((1, 0), (2, 1), (3, 2), (4, 2), (5, 3), (11, 3))],
    *[("rm2000s", "criminal_appearances", {"criminal_appearance_count": c}, p)
      for c, p in ((1, 0), (4, 0), (5, 1), (30, 1))],
    *[("cport", item, {fact: v}, p)
      for item, fact in (("boy_content_csem", "boy_content_csem_percent"),
                         ("boy_content_other", "boy_content_other_percent"))
      for v, p in ((0, 0), (50, 0), (50.5, 0), (51, 1), (100, 1))],
]


def _batch(form_id: str, lines: list[dict]) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "tally", "score", form_id, "-"],
                          input="".join(json.dumps(x) + "\n" for x in lines),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_edge_of_every_count_table_through_tally_score(catalog):
    for form_id in ("static99r", "rm2000s", "cport"):
        cases = [c for c in EDGES if c[0] == form_id]
        form = catalog.get(form_id)
        # every other item entered (its lowest score), so the total shows the item's points
        lines = [{"items": {i.id: i.min_points for i in form.items if i.id != item},
                  "facts": facts} for _, item, facts, _ in cases]
        results = _batch(form_id, lines)
        for (_, item, facts, points), line, out in zip(cases, lines, results, strict=True):
            base = sum(line["items"].values())
            assert item not in out["missing"], (item, facts)
            assert out["total"] - base == points, (item, facts, out)


def test_an_entered_item_wins_over_its_counts(catalog):
    result = score(catalog.get("static99r"), {"prior_sex_offences": 0},
                   {"prior_sex_charge_count": 7, "prior_sex_conviction_count": 5})
    assert result.items["prior_sex_offences"].points == 0
    assert result.items["prior_sex_offences"].origin == "entered"


def test_how_a_count_was_scored_is_said(catalog):
    result = score(catalog.get("static99r"), {},
                   {"prior_sex_charge_count": 4, "prior_sex_conviction_count": 1})
    found = result.items["prior_sex_offences"]
    assert found.origin == "derived" and found.points == 2
    assert "prior_sex_charge_count = 4 → 2" in found.how and "(the higher: 2)" in found.how
    assert score(catalog.get("cport"), {}, {"boy_content_csem_percent": 62.5}).items[
        "boy_content_csem"].how == "boy_content_csem_percent = 62.5 → 1"
    rm = score(catalog.get("rm2000s"), {}, {"sexual_appearance_count": 3,
                                            "criminal_appearance_count": 5})
    assert (rm.items["sexual_appearances"].points, rm.items["criminal_appearances"].points) == (2, 1)


def test_one_count_of_two_is_not_enough_and_no_count_is_no_warning(catalog):
    form = catalog.get("static99r")
    half = score(form, {}, {"prior_sex_charge_count": 3})
    assert half.items["prior_sex_offences"].points is None
    assert "prior_sex_offences" in half.missing
    assert not any("Prior sex offences" in w for w in half.warnings)
    assert not any("could not be derived" in w and "count" in w
                   for w in score(form, {}, {}).warnings)


BAD = [
    ("static99r", {"prior_sex_charge_count": -1, "prior_sex_conviction_count": 0}),
    ("static99r", {"prior_sex_charge_count": 1.5, "prior_sex_conviction_count": 0}),
    ("static99r", {"prior_sex_charge_count": "3", "prior_sex_conviction_count": 0}),
    ("static99r", {"prior_sentencing_date_count": True}),
    ("rm2000s", {"sexual_appearance_count": 0}),
    ("rm2000s", {"criminal_appearance_count": 0}),
    ("rm2000s", {"criminal_appearance_count": -2}),
    ("cport", {"boy_content_csem_percent": -0.5}),
    ("cport", {"boy_content_other_percent": 100.1}),
    ("cport", {"boy_content_other_percent": "half"}),
    ("cport", {"boy_content_csem_percent": False}),
]


@pytest.mark.parametrize(("form_id", "facts"), BAD)
def test_a_bad_count_exits_2_with_one_line_and_prints_nothing(monkeypatch, capsys, form_id,
                                                              facts):
    good = json.dumps({"items": {}}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(good + json.dumps({"facts": facts}) + "\n"))
    assert main(["score", form_id, "-"]) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1  # the good line before it, nothing for the bad one
    assert len(err.strip().splitlines()) == 1
    name = next(iter(facts)) if len(facts) == 1 else next(
        k for k, v in facts.items() if v != 0)
    assert name in err
