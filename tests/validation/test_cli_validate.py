"""`tally validate`, `tally research export` and `tally validate pool` on a real database,
each figure checked against an independent computation from the fixture's own numbers."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from lifelines.utils import concordance_index

from tally.cli import main
from tally.store import Store
from tests.validation.conftest import PASS, Man
from tests.validation.test_stats import pairwise_auc, placement_variance

SEXUAL = {"sexual", "contact_sexual", "csem"}


def truth(men: list[Man], instrument: str = "cport") -> tuple[np.ndarray, ...]:
    scores, days, event = [], [], []
    for m in men:
        start = date.fromisoformat(m.start)
        if m.event and m.event[0] in SEXUAL:
            days.append((date.fromisoformat(m.event[1]) - start).days)
            event.append(True)
        else:
            days.append((date.fromisoformat(m.end) - start).days)
            event.append(False)
        scores.append(m.cport if instrument == "cport" else m.stable)
    return np.array(scores, float), np.array(days, float), np.array(event, bool)


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_validate_json_contract_against_independent_figures(
    cli_env: Path, men: list[Man], capsys: pytest.CaptureFixture[str]
) -> None:
    rows = run_json(capsys, "validate", "--db", str(cli_env), "--json", "--years", "5")
    assert isinstance(rows, list)
    for row in rows:
        assert {"instrument", "group", "n", "events", "auc", "auc_ci", "c_index"} <= set(row)
    by = {(r["instrument"], r["group"]): r for r in rows}
    assert all((f, "all") in by for f in ("cport", "stable2007", "static99r", "rm2000s"))
    for instrument in ("cport", "stable2007"):
        scores, days, event = truth(men, instrument)
        row = by[(instrument, "all")]
        assert row["n"] == 30 and row["events"] == int(event.sum())
        window = 5 * 365.25
        pos = event & (days <= window)
        keep = pos | (days >= window)
        assert row["auc"] == pytest.approx(pairwise_auc(scores[keep], pos[keep]), abs=1e-6)
        se = np.sqrt(placement_variance(scores[keep][pos[keep]], scores[keep][~pos[keep]]))
        assert row["auc_ci"] == pytest.approx(
            [row["auc"] - 1.959964 * se, min(1.0, row["auc"] + 1.959964 * se)], abs=1e-5)
        assert row["c_index"] == pytest.approx(concordance_index(days, -scores, event),
                                               abs=1e-6)
        assert row["unstable"] == (row["events"] < 10)
    # the CSEM-only group is the men with csem_only, and Static-99R criteria not met the same
    csem = [m for m in men if m.csem_only]
    scores, days, event = truth(csem)
    assert by[("cport", "csem_only")]["n"] == len(csem)
    assert by[("cport", "csem_only")]["c_index"] == pytest.approx(
        concordance_index(days, -scores, event), abs=1e-6)
    assert by[("cport", "static99r_criteria_not_met")]["n"] == len(csem)
    assert by[("cport", "mixed")]["n"] == 30 - len(csem)
    # an instrument nobody was scored with: every group present, empty, no figure
    empty = by[("static99r", "all")]
    assert (empty["n"], empty["events"], empty["auc"], empty["auc_ci"], empty["c_index"]) == (
        0, 0, None, None, None)
    assert by[("cport", "all")]["calibration_note"] == "no norms table"


def test_validate_other_outcome_and_table(
    cli_env: Path, men: list[Man], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    rows = run_json(capsys, "validate", "--db", str(cli_env), "--json", "--outcome",
                    "violent_recidivism", "--years", "3")
    row = next(r for r in rows if (r["instrument"], r["group"]) == ("cport", "all"))
    violent = sum(1 for m in men if m.event and m.event[0] in ("violent", "contact_sexual"))
    assert row["events"] == violent and row["outcome"] == "violent_recidivism"
    pdf, table = tmp_path / "v.pdf", tmp_path / "v.csv"
    assert main(["validate", "--db", str(cli_env), "--pdf", str(pdf), "--csv", str(table)]) == 0
    out = capsys.readouterr().out
    assert "Harrell's C" in out and "Incremental validity (Cox regression)" in out
    assert "stable2007 over cport" in out  # the dynamic tool over the static one
    assert "SYNTHETIC" not in out  # real (fixture) outcomes are not called synthetic
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "cport" in table.read_text()


@pytest.mark.parametrize("args, message", [
    (["--outcome", "arson"], "unknown outcome 'arson'"),
    (["--years", "0"], "--years must be more than 0"),
    (["--pdf", "/no/such/folder/x.pdf"], "no such folder"),
])
def test_validate_bad_input_exits_2(cli_env: Path, capsys: pytest.CaptureFixture[str],
                                    args: list[str], message: str) -> None:
    assert main(["validate", "--db", str(cli_env), *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1


def source_dates(db: Path) -> tuple[set[str], set[str], set[str]]:
    """Every case id, date of birth and ISO date anywhere in the source database."""
    iso = re.compile(r"\d{4}-\d{2}-\d{2}")
    with Store.open(db, PASS) as store:
        ids = {r[0] for r in store.conn.execute("SELECT case_id FROM cases")}
        births = {r[0] for r in store.conn.execute("SELECT date_of_birth FROM cases")}
        dates: set[str] = set()
        for (table,) in store.conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '%fts%'"):
            for row in store.conn.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str):
                        dates.update(iso.findall(value))
    return ids, births, dates


def test_research_export_carries_nothing_identifying(
    cli_env: Path, men: list[Man], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "site.csv"
    assert main(["research", "export", "--db", str(cli_env), "--out", str(out)]) == 0
    assert "wrote 60 de-identified rows" in capsys.readouterr().out
    dictionary = tmp_path / "site.dictionary.txt"
    text = out.read_text() + dictionary.read_text()
    ids, births, dates = source_dates(cli_env)
    assert len(ids) == 30 and len(dates) > 60
    for needle in ids | births | dates:
        assert needle not in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # no ISO date of any kind
    for free_text in ("ZQ-", "Dr Test", "fictional", "police"):
        assert free_text not in text
    with out.open() as handle:
        records = list(csv.DictReader(handle))
    assert {"study_id", "instrument", "total", "group", "followup_days",
            "sexual_recidivism"} <= set(records[0])
    assert [r["study_id"] for r in records] == sorted(r["study_id"] for r in records)
    cport = [r for r in records if r["instrument"] == "cport"]
    scores, days, event = truth(men)
    # the export's rows are the men's rows, in some order: compare as multisets
    assert sorted((int(r["total"]), int(r["followup_days"]), int(r["sexual_recidivism"]))
                  for r in cport) == sorted(zip(scores.astype(int).tolist(),
                                                days.astype(int).tolist(),
                                                event.astype(int).tolist(), strict=True))
    assert {r["group"] for r in cport} == {"csem_only", "mixed"}
    # one man keeps one study id across his instruments, and no two men share one
    per_id = {}
    for r in records:
        per_id.setdefault(r["study_id"], set()).add(r["instrument"])
    assert len(per_id) == 30 and all(v == {"cport", "stable2007"} for v in per_id.values())
    # a second export gets new random ids: two files cannot be linked
    again = tmp_path / "again.csv"
    assert main(["research", "export", "--db", str(cli_env), "--out", str(again)]) == 0
    with again.open() as handle:
        assert not {r["study_id"] for r in csv.DictReader(handle)} & set(per_id)
    assert main(["research", "export", "--db", str(cli_env), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_pool_two_sites_against_dersimonian_laird(
    cli_env: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    export = tmp_path / "all.csv"
    assert main(["research", "export", "--db", str(cli_env), "--out", str(export)]) == 0
    with export.open() as handle:
        reader = csv.DictReader(handle)
        header, records = reader.fieldnames, list(reader)
    # two "sites" of 15 men each, split by follow-up (study ids are random, this is not)
    ordered = sorted((r for r in records if r["instrument"] == "cport"),
                     key=lambda r: (int(r["followup_days"]), int(r["total"])))
    ids = [r["study_id"] for r in ordered]
    sites = []
    for n, part in enumerate((ids[0::2], ids[1::2])):
        path = tmp_path / f"site{n + 1}.csv"
        with path.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=header)
            writer.writeheader()
            writer.writerows(r for r in records if r["study_id"] in part)
        sites.append(path)
    capsys.readouterr()
    pooled = run_json(capsys, "validate", "pool", *map(str, sites), "--json", "--years", "5")
    cport = next(p for p in pooled if p["instrument"] == "cport")
    effects, variances, ns = [], [], []
    for path in sites:
        with path.open() as handle:
            rows = [r for r in csv.DictReader(handle) if r["instrument"] == "cport"]
        s = np.array([float(r["total"]) for r in rows])
        d = np.array([float(r["followup_days"]) for r in rows])
        e = np.array([r["sexual_recidivism"] == "1" for r in rows])
        pos = e & (d <= 5 * 365.25)
        keep = pos | (d >= 5 * 365.25)
        effects.append(pairwise_auc(s[keep], pos[keep]))
        variances.append(placement_variance(s[keep][pos[keep]], s[keep][~pos[keep]]))
        ns.append(int(keep.sum()))
    w = 1 / np.array(variances)
    fixed = float((w * effects).sum() / w.sum())
    q = float((w * (np.array(effects) - fixed) ** 2).sum())
    assert cport["k"] == 2 and cport["n"] == sum(ns)
    assert cport["fixed"] == pytest.approx(fixed, abs=1e-9)
    assert cport["q"] == pytest.approx(q, abs=1e-9)
    assert cport["i2"] == pytest.approx(max(0.0, (q - 1) / q) * 100 if q else 0.0)
    assert main(["validate", "pool", *map(str, sites)]) == 0
    table = capsys.readouterr().out
    assert "Fixed-effect AUC" in table and "Random-effects AUC" in table and "I²" in table


def test_pool_refuses_a_file_that_is_not_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("instrument,score\ncport,3\n")
    assert main(["validate", "pool", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.csv: not a research export" in err and len(err.strip().splitlines()) == 1
    assert main(["validate", "pool", str(tmp_path / "absent.csv")]) == 2
    assert "cannot read it" in capsys.readouterr().err


def test_a_report_of_the_case_leaves_the_outcomes_out(
    cli_env: Path, men: list[Man], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import subprocess

    man = next(m for m in men if m.event)
    with Store.open(cli_env, PASS) as store:
        case = store.find_case(man.case_id)
        ids = [str(a.id) for a in store.list_assessments(case.pk)]
    pdf = tmp_path / "case.pdf"
    assert main(["--db", str(cli_env), "report", *ids, "--out", str(pdf), "--unsigned"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert man.case_id in text  # it is this man's report
    for outcome in (man.event[1], man.end, "ZQ-SOURCE"):
        assert outcome not in text


def test_operations_take_the_guis_desk_as_well_as_a_store(cli_env: Path, catalog) -> None:
    from types import SimpleNamespace

    from tally.operations.outcomes import case_outcomes
    from tally.operations.validation import run_validation

    with Store.open(cli_env, PASS) as store:
        desk = SimpleNamespace(_store=store)  # what operations.desk.Desk holds
        direct = run_validation(store, catalog, with_incremental=False)
        through = run_validation(desk, catalog, with_incremental=False)
        assert [r.to_contract() for r in direct.results] == [
            r.to_contract() for r in through.results]
        pk = store.find_case("ZQ-CASE-004").pk
        assert case_outcomes(desk, pk) == case_outcomes(store, pk)
        assert case_outcomes(desk, pk).followup.start_date == "2014-05-29"
