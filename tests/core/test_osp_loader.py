"""The OSP parts of the form schema (probability, tiers, reduction, count checks) refuse a bad
file with one line naming the file, the part and the problem."""

from __future__ import annotations

import copy
import tomllib

import pytest

from tally.core.loader import FormError, parse_form
from tally.core.scoring import score
from tests.conftest import FORMS


def _raw(name: str) -> dict:
    return tomllib.loads((FORMS / f"{name}.toml").read_text(encoding="utf-8"))


DC, IIC = _raw("ospdc"), _raw("ospiic")


def _no_bands(d):
    d["scales"][0].pop("bands")
    d["scales"][0]["bands_note"] = "none"


CASES = [
    ("ospdc", lambda d: d["probability"].update(intercept="-8.6"),
     "probability: 'intercept' must be a number, got '-8.6'"),
    ("ospdc", lambda d: d["probability"].pop("slope"), "probability: missing number 'slope'"),
    ("ospdc", lambda d: d["probability"].update(rule="probit"), "unknown probability rule 'probit'"),
    ("ospdc", lambda d: d["probability"].update(zero_total=2), "'zero_total' must be a probability"),
    ("ospdc", lambda d: d["reduction"].update(dates="most_recent_offence_date"),
     "reduction: 'dates' must be a list of fact names"),
    ("ospdc", lambda d: d["reduction"].update(dates=["casic_total"]),
     "'casic_total' is not a known date fact"),
    ("ospdc", lambda d: d["reduction"].update(blocked_by="release_date"),
     "'release_date' is not a known flag fact"),
    ("ospdc", lambda d: d["reduction"].update(rule="parole"), "unknown reduction rule 'parole'"),
    ("ospdc", lambda d: d["reduction"].update(years=0), "'years' and 'levels' must be 1 or more"),
    ("ospdc", _no_bands, "reduction: the primary scale 'total' has no bands to lower"),
    ("ospdc", lambda d: d["items"][6]["derive"].update(points_if_met=3),
     "derivation gives 3 points, which no option allows"),
    ("ospdc", lambda d: d["items"][0]["derive"]["bands"][1].update(points=4),
     "a count band gives 4 points, which no option allows"),
    ("ospdc", lambda d: d["items"][0]["derive"]["bands"][3].update(max=9),
     "the highest count band must have no 'max'"),
    ("ospdc", lambda d: d["checks"][0].update(facts=[]), "counts_all_zero needs 'facts'"),
    ("ospdc", lambda d: d["checks"][1].update(of="date_of_birth"),
     "'date_of_birth' is not a known count fact"),
    ("ospiic", lambda d: d.update(reduction=copy.deepcopy(DC["reduction"])),
     "reduction: a reduction needs a probability with a total (logistic)"),
    ("ospiic", lambda d: d["probability"]["tiers"][0]["when"][0].update(item="age"),
     "probability tier 1: unknown item 'age'"),
    ("ospiic", lambda d: d["probability"]["tiers"][1].update(when=[]),
     "probability tier 2: only the last tier may have no conditions"),
    ("ospiic", lambda d: d["probability"]["tiers"][5].update(
        when=[{"item": "contact_adult_sanctions", "min": 1}]),
     "probability tier 6: the last tier must have no conditions"),
    ("ospiic", lambda d: d["probability"]["tiers"][0].update(probability=10.31),
     "'probability' must be a probability from 0 to 1, got 10.31"),
    ("ospiic", lambda d: d["probability"]["tiers"][0].update(evidence="likely"),
     "unknown evidence level 'likely'"),
    ("ospiic", lambda d: d["probability"]["tiers"][0].update(colour="red"),
     "unknown key 'colour' in tier"),
]


@pytest.mark.parametrize(("name", "change", "expected"), CASES, ids=[c[2][:40] for c in CASES])
def test_a_bad_osp_part_is_refused_with_one_line(name, change, expected):
    data = copy.deepcopy(DC if name == "ospdc" else IIC)
    change(data)
    with pytest.raises(FormError) as info:
        parse_form(data, f"{name}.toml")
    message = str(info.value)
    assert message.startswith(f"{name}.toml: ") and expected in message and "\n" not in message


def test_a_count_below_every_band_leaves_the_item_missing():
    data = copy.deepcopy(DC)
    bands = data["items"][0]["derive"]["bands"]
    data["items"][0]["derive"]["bands"] = bands[1:]  # from 1: a count of 0 has no band
    form = parse_form(data, "ospdc.toml")
    found = score(form, {}, {"contact_adult_sexual_sanction_count": 0}).items[
        "contact_adult_sanctions"]
    assert found.points is None and "is below every band" in found.how
