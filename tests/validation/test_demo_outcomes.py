"""`tally demo-data --outcomes`: synthetic follow-up, said to be synthetic wherever it shows,
with risk rising with the totals."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from tally.cli import main
from tally.store import Store
from tally.store import outcomes as oc
from tally.store.demo import add_demo_data
from tally.store.demo_outcomes import SOURCE, add_demo_outcomes

PASS = "demo outcomes pass"


def test_demo_outcomes_are_synthetic_and_follow_the_totals(tmp_path: Path, catalog) -> None:
    with Store.create(tmp_path / "d.db", PASS) as store:
        add_demo_data(store, 400, seed=5)
        cases = add_demo_outcomes(store, catalog, seed=5, today=date(2026, 6, 1))
        followups, events = oc.all_outcomes(store)
        assert cases == len(followups) > 100
        assert all(f.synthetic and f.end_date <= "2026-06-01" for f in followups.values())
        flat = [e for evs in events.values() for e in evs]
        assert flat and all(e.synthetic and e.source == SOURCE for e in flat)
        assert all(followups[e.case_pk].start_date <= e.event_date
                   <= followups[e.case_pk].end_date for e in flat)
        # men with a sexual event have higher totals (as a share of the range) than men without
        from tally.operations.validation import load_dataset

        rows = [r for r in load_dataset(store, catalog).rows if r.index]
        share = {}
        for r in rows:
            form = catalog.get(r.instrument)
            share[r.case_key] = (r.total - form.primary.min_total) / (
                form.primary.max_total - form.primary.min_total)
        sexual = {e.case_pk for e in flat if e.event_type in ("sexual", "csem", "contact_sexual")}
        with_event = [s for k, s in share.items() if k in sexual]
        without = [s for k, s in share.items() if k not in sexual]
        assert len(with_event) >= 10
        assert sum(with_event) / len(with_event) > sum(without) / len(without) + 0.05


def test_demo_data_cli_with_outcomes_says_synthetic_everywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    db = tmp_path / "demo.db"
    assert main(["demo-data", "--db", str(db), "--cases", "120", "--outcomes"]) == 0
    assert "SYNTHETIC follow-up outcomes" in capsys.readouterr().out
    pdf = tmp_path / "validation.pdf"
    assert main(["validate", "--db", str(db), "--pdf", str(pdf)]) == 0
    assert capsys.readouterr().out.startswith("SYNTHETIC OUTCOMES")
    import subprocess

    pages = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert pages and all("SYNTHETIC OUTCOMES: a demonstration" in p for p in pages)
    assert main(["validate", "--db", str(db), "--json"]) == 0
    assert '"synthetic": true' in capsys.readouterr().out
    out = tmp_path / "demo.csv"
    assert main(["research", "export", "--db", str(db), "--out", str(out)]) == 0
    with out.open() as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {r["synthetic_outcomes"] for r in rows} == {"1"}
    assert "SYNTHETIC" in (tmp_path / "demo.dictionary.txt").read_text()
