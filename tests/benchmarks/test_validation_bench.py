"""Local validation over 100,000 locked assessments with outcomes: budget < 5 s (DESIGN.md).

50,000 synthetic men, each with CPORT and STABLE-2007 locked (1,000,000 answers), follow-up
and events whose risk rises with the totals. Writing 100,000 assessments through the audited
API would take the benchmark many minutes, so the fixture inserts the rows with SQL (answers
while draft, then locked, as the triggers require, then the score each lock keeps, computed
by the same function the lock calls); what is timed is exactly what `tally validate` runs:
read the locked assessments with their kept scores and the outcomes, every statistic per
instrument and group, and the Cox model of STABLE over CPORT. A second figure times the same
run over a database locked before scores were kept, where the core scores every one again.
"""

from __future__ import annotations

import json
import random
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from tally.store import Store
from tally.store.locked_scores import ENGINE, score_of
from tests.benchmarks.report import record, size

pytestmark = pytest.mark.benchmark

PASS = "benchmark passphrase"
MEN = size(50_000)
BUDGET_S = 5.0


def _build(path: Path, catalog) -> None:
    rng = random.Random(17)
    cport, stable = catalog.get("cport"), catalog.get("stable2007")
    now = "2026-01-01T00:00:00.000+00:00"
    evaluator = json.dumps({"name": "Bench", "credentials": "", "organisation": ""})
    with Store.create(path, PASS) as store, store.batch():
        conn = store.conn
        cases, assessments, answers, followups, events, kept = [], [], [], [], [], []
        aid = 0
        for pk in range(1, MEN + 1):
            start = date(2012, 1, 1) + timedelta(days=rng.randrange(0, 3000))
            csem_only = rng.random() < 0.6
            facts = {"csem_only": csem_only, "release_date": start.isoformat()}
            cases.append((pk, f"BENCH-{pk:06d}", "1970-01-01", json.dumps(facts), now, now))
            snapshot = json.dumps({"case_id": f"BENCH-{pk:06d}", "date_of_birth": "1970-01-01",
                                   "facts": facts, "offence_pattern": "", "notes": ""})
            totals = []
            for form in (cport, stable):
                aid += 1
                assessments.append((aid, f"u{aid}", f"u{aid}", pk, form.id, form.version,
                                    form.content_hash, start.isoformat(), evaluator, snapshot,
                                    now, now))
                total = 0
                given = {}
                for item in form.items:
                    points = rng.choice(item.options).points
                    total += points
                    given[item.id] = points
                    answers.append((aid, item.id, points, now, now))
                totals.append(total / form.primary.max_total)
                found = score_of(form, given, {**facts, "date_of_birth": "1970-01-01",
                                               "assessment_date": start.isoformat()})
                kept.append((aid, form.content_hash, ENGINE, found.total, found.band,
                             int(found.complete), json.dumps(found.items), now))
            risk = 0.04 * 3 ** (sum(totals) - 1)
            end = start + timedelta(days=rng.randrange(365, 4000))
            followups.append((pk, start.isoformat(), "release", end.isoformat(),
                              "records_check", now, now))
            when = start + timedelta(days=int(rng.expovariate(risk) * 365.25))
            if when <= end:
                events.append((pk, rng.choice(("csem", "contact_sexual")), when.isoformat(),
                               "conviction", now, now))
        conn.executemany("INSERT INTO cases (id, case_id, date_of_birth, facts, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?, ?)", cases)
        conn.executemany(
            "INSERT INTO assessments (id, uid, chain_uid, case_pk, form_id, form_version, "
            "form_hash, assessment_date, evaluator, status, case_snapshot, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)", assessments)
        conn.executemany("INSERT INTO answers (assessment_id, item_id, points, created_at, "
                         "updated_at) VALUES (?, ?, ?, ?, ?)", answers)
        conn.execute("UPDATE assessments SET status = 'locked', content_hash = 'bench'")
        conn.executemany("INSERT INTO locked_scores (assessment_id, form_hash, engine, "
                         "total, band, complete, items, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kept)
        conn.executemany("INSERT INTO followups (case_pk, start_date, start_basis, end_date, "
                         "end_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         followups)
        conn.executemany("INSERT INTO recidivism_events (case_pk, event_type, event_date, "
                         "basis, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", events)


def test_validation_over_100k_assessments(tmp_path: Path, catalog, monkeypatch) -> None:
    from tally.operations.validation import run_validation

    path = tmp_path / "bench.db"
    started = time.perf_counter()
    _build(path, catalog)
    built = time.perf_counter() - started
    with Store.open(path, PASS) as store:
        run_validation(store, catalog)  # first run: imports the statistics libraries
        start = time.perf_counter()
        report = run_validation(store, catalog)
        seconds = time.perf_counter() - start
        # as after an update of Tally: the kept scores are another version's, so none is used
        monkeypatch.setattr("tally.store.outcomes.ENGINE", "another Tally")
        start = time.perf_counter()
        again = run_validation(store, catalog)
        rescored = time.perf_counter() - start
    assert [(r.instrument, r.group, r.n, r.events, r.c_index, r.auc.auc) for r in again.results] \
        == [(r.instrument, r.group, r.n, r.events, r.c_index, r.auc.auc) for r in report.results]
    rows = [r for r in report.dataset.rows if r.index]
    assert len(rows) == 2 * MEN
    cport = next(r for r in report.results if (r.instrument, r.group) == ("cport", "all"))
    assert cport.n == MEN and cport.auc.auc is not None and cport.c_index > 0.5
    assert report.incremental and report.incremental[0].dynamic_adjusted is not None
    record(f"Local validation over {2 * MEN:,} assessments with outcomes", f"{seconds:.2f} s",
           f"{BUDGET_S:.0f} s", seconds < BUDGET_S,
           f"{MEN:,} men x CPORT + STABLE-2007, {cport.events:,} events; all groups, C, AUC "
           f"with CI, Cox, from the scores kept at lock; database built by SQL in {built:.0f} s")
    record("The same, every assessment scored again (kept scores from another version)",
           f"{rescored:.2f} s", "-", True,
           "once after an update of Tally or of a form, or for assessments locked before 0.2")
