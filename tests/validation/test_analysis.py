"""Groups, index rows, norms tables and calibration in the per-group report."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from tally.operations.validation import norms_tables
from tally.validation import stats
from tally.validation.analysis import AssessmentRow, choose_index, groups_of, validate
from tally.validation.outcomes import Duration, durations


def test_groups_follow_the_static99r_criteria_check() -> None:
    assert groups_of({}) == {"all"}
    assert groups_of({"csem_only": True}) == {"all", "csem_only", "static99r_criteria_not_met"}
    assert groups_of({"csem_only": True, "csem_production": True}) == {
        "all", "csem_only", "static99r_criteria_met"}
    assert groups_of({"csem_only": False}) == {"all", "mixed", "static99r_criteria_met"}


def test_durations_per_outcome() -> None:
    spans = durations("2020-01-01", "2025-01-01",
                      [("violent", "2021-01-01"), ("csem", "2022-01-01")])
    assert spans["sexual_recidivism"] == Duration(731, True)
    assert spans["csem_recidivism"] == Duration(731, True)
    assert spans["violent_recidivism"] == Duration(366, True)
    assert spans["any_recidivism"] == Duration(366, True)
    assert spans["contact_sexual_recidivism"] == Duration(1827, False)


def row(case: int, total: int, days: int, event: bool, when: str = "2020-01-01",
        instrument: str = "cport", facts: dict | None = None) -> AssessmentRow:
    span = Duration(days, event)
    return AssessmentRow(case, instrument, "1", {}, total, None,
                         groups_of(facts or {"csem_only": True}),
                         dict.fromkeys(("sexual_recidivism", "any_recidivism"), span),
                         assessment_date=when)


def test_choose_index_takes_the_assessment_nearest_before_follow_up() -> None:
    rows = [row(1, 2, 10, False, "2019-01-01"), row(1, 3, 10, False, "2019-06-01"),
            row(1, 4, 10, False, "2021-01-01"), row(2, 1, 10, False, "2021-03-01"),
            row(2, 5, 10, False, "2021-02-01")]
    marked = choose_index(rows, {1: "2020-01-01", 2: "2020-01-01"})
    assert [r.index for r in marked] == [False, True, False, False, True]


def fake_form(form_id: str, tables: tuple) -> SimpleNamespace:
    return SimpleNamespace(id=form_id, primary_scale="total", norms=tables)


def norms_table(**changes):
    rows = (SimpleNamespace(min=0, max=2, rate=5.0), SimpleNamespace(min=3, max=4, rate=12.0),
            SimpleNamespace(min=5, max=7, rate=30.0))
    base = dict(scale="total", name="Routine samples", norm_group="routine",
                follow_up="5 years", outcome="any sexual recidivism", rows=rows)
    return SimpleNamespace(**(base | changes))


def test_norms_tables_from_forms_only_when_usable() -> None:
    found = norms_tables([fake_form("cport", (norms_table(),)),
                          fake_form("other", (norms_table(follow_up="unknown"),
                                              norms_table(scale="step1"),
                                              norms_table(outcome="arrest"),
                                              norms_table(rows=(SimpleNamespace(
                                                  min=0, max=7, rate=None),)))),
                          SimpleNamespace(id="plain", primary_scale="total")])
    assert list(found) == ["cport"]
    table = found["cport"][0]
    assert table.outcome == "sexual_recidivism" and table.years == 5.0
    assert table.rates == {0: .05, 1: .05, 2: .05, 3: .12, 4: .12, 5: .3, 6: .3, 7: .3}


def test_validate_with_norms_computes_calibration_and_empty_groups() -> None:
    rng = np.random.default_rng(11)
    rows = []
    for case in range(60):
        total = int(rng.integers(0, 8))
        event = rng.random() < 0.05 + total * 0.06
        rows.append(row(case, total, int(rng.integers(100, 1800)) if event else 2000, event))
    table = norms_tables([fake_form("cport", (norms_table(),))])
    results = validate(rows, ["cport"], "sexual_recidivism", 5, table)
    by = {r.group: r for r in results}
    assert by["mixed"].n == 0 and by["mixed"].auc.auc is None and by["mixed"].c_index is None
    assert by["mixed"].calibration is None and by["mixed"].to_contract()["n"] == 0
    cal = by["all"].calibration
    totals = np.array([r.total for r in rows], float)
    events = np.array([r.durations["sexual_recidivism"].event for r in rows])
    rates = table["cport"][0].rates
    assert cal.n == 60 and cal.observed == int(events.sum())
    assert cal.expected == pytest.approx(sum(rates[int(t)] for t in totals))
    assert cal.eo_ci == pytest.approx(tuple(cal.expected / b for b in
                                            reversed(stats.poisson_ci(cal.observed))))
    contract = by["all"].to_contract()
    assert contract["calibration"]["eo"] == pytest.approx(cal.eo, abs=1e-6)
    assert "Routine samples" in contract["calibration_note"]
    other = validate(rows, ["cport"], "any_recidivism", 5, table)
    assert other[0].calibration is None and other[0].calibration_note == "no norms table"


CPORT_NORMS = '''
[[norms]]
id = "fictional_routine"
name = "Fictional routine norms (test only)"
norm_group = "Fictional routine samples"
sample_size = 500
follow_up = "5 years, fixed"
outcome = "any sexual recidivism"
base_rate = "9% of the fictional norm group reoffended within 5 years."
source = "talk"
evidence = "seed"
rows = [
  { min = 0, max = 1, rate = 2.0 }, { score = 2, rate = 4.0 }, { score = 3, rate = 7.0 },
  { score = 4, rate = 11.0 }, { score = 5, rate = 16.0 }, { min = 6, rate = 24.0 },
]
'''


def test_a_forms_real_norms_table_feeds_calibration(tmp_path, db, men) -> None:
    from tally.core.catalog import Catalog
    from tally.operations.validation import run_validation
    from tally.store import Store
    from tests.conftest import FORMS
    from tests.validation.conftest import PASS

    folder = tmp_path / "forms"
    folder.mkdir()
    for path in FORMS.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        (folder / path.name).write_text(text + CPORT_NORMS if path.stem == "cport" else text,
                                        encoding="utf-8")
    catalog = Catalog.load([folder])
    assert not catalog.problems, catalog.problems
    table = norms_tables(catalog)["cport"][0]
    assert table.years == 5.0 and table.rates[7] == pytest.approx(0.24)
    with Store.open(db, PASS) as store:
        report = run_validation(store, catalog, with_incremental=False)
    result = next(r for r in report.results if (r.instrument, r.group) == ("cport", "all"))
    from datetime import date

    usable, positive = [], []  # the men with 5 years of follow-up or an event within them
    for m in men:
        start = date.fromisoformat(m.start)
        sexual = m.event and m.event[0] in ("sexual", "contact_sexual", "csem")
        days = (date.fromisoformat(m.event[1] if sexual else m.end) - start).days
        if (sexual and days <= 5 * 365.25) or days >= 5 * 365.25:
            usable.append(m.cport)
            positive.append(bool(sexual and days <= 5 * 365.25))
    cal = result.calibration
    assert cal.n == len(usable) and cal.observed == sum(positive)
    assert cal.expected == pytest.approx(sum(table.rates[t] for t in usable))
    assert "Fictional routine norms" in result.calibration_note
    assert result.to_contract()["calibration"]["eo"] == pytest.approx(cal.eo, abs=1e-6)
