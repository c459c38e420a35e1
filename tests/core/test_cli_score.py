"""`tally score` and `tally forms` as a user runs them: real processes, real stdin/stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TALLY = [sys.executable, "-m", "tally"]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [*TALLY, *args], input=stdin, capture_output=True, text=True, timeout=60
    )


def test_scores_one_file(tmp_path: Path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"items": {"male_victims": 1}, "facts": {}}))
    done = run("score", "static99r", str(path))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["form"] == "static99r" and out["total"] == 1 and out["band"] is None
    assert out["complete"] is False and "male_victims" not in out["missing"]


def test_json_lines_in_and_out_in_order():
    lines = [
        {"items": {"male_victims": 1}},
        {"items": {"stranger_victims": 1, "male_victims": 1}},
        {"items": {}, "facts": {"date_of_birth": "1950-01-01", "release_date": "2020-01-01"}},
    ]
    done = run("score", "static99r", "-", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert done.returncode == 0, done.stderr
    totals = [json.loads(line)["total"] for line in done.stdout.splitlines()]
    assert totals == [1, 2, -3]
    assert done.stderr == ""


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"items": {"nope": 1}}', "line 2: unknown item 'nope'"),
        ('{"items": {"male_victims": 5}}', "line 2: item 'male_victims' of 'static99r' does not allow 5"),
        ('{"facts": {"release_date": "01/02/2025"}}', "line 2: fact 'release_date' must be an ISO date"),
        ("this is not json", "line 2: not JSON"),
        ("", "line 2: not JSON"),
        ('{"items": {"male_victims": ' + "9" * 5000 + "}}",
         "line 2: not JSON (a number has too many digits)"),
        ("[" * 100_000 + "]" * 100_000, "line 2: not JSON (nested too deeply)"),
    ],
)
def test_a_batch_stops_at_the_first_bad_line(line, message):
    good = '{"items": {"male_victims": 1}}\n'
    done = run("score", "static99r", "-", stdin=good + line + "\n" + good)
    assert done.returncode == 2
    assert len(done.stdout.splitlines()) == 1  # the line before; nothing for the bad one or after
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert done.stderr.startswith("tally: ")


def test_unknown_form_exits_2_with_one_line():
    done = run("score", "static-99", "-", stdin="{}\n")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "unknown form 'static-99'" in done.stderr


@pytest.mark.parametrize(("content", "message"), [
    ("{", "is not JSON"), ('{"items": 3}', "'items'"),
    ('{"items": {"male_victims": ' + "9" * 5000 + "}}", "is not JSON: a number has too many"),
    ("[" * 100_000 + "]" * 100_000, "is not JSON: nested too deeply"),
    (b"\xff\xfe{", "not UTF-8"),
])
def test_bad_file_exits_2(tmp_path: Path, content, message):
    path = tmp_path / "bad.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    done = run("score", "static99r", str(path))
    assert done.returncode == 2 and done.stdout == "" and message in done.stderr
    assert done.stderr.count("\n") == 1


def test_missing_file_exits_2(tmp_path: Path):
    done = run("score", "static99r", str(tmp_path / "absent.json"))
    assert done.returncode == 2 and "cannot read" in done.stderr


def test_forms_list_and_show():
    listed = run("forms", "list")
    assert listed.returncode == 0 and "static99r" in listed.stdout
    shown = run("forms", "show", "static99r")
    assert shown.returncode == 0
    assert "Age at release" in shown.stdout and "UNCONFIRMED" in shown.stdout
    assert "Static-99R Coding Rules" in shown.stdout
    # every evidence mark names its sources' kinds; talk-only numbers are flagged
    assert "S17 (manual): Phenix" in shown.stdout
    assert "[seed; talk (talk); supported only by a talk or third-party source]" in shown.stdout
    assert run("forms", "show", "nothing").returncode == 2


def test_forms_check(tmp_path: Path):
    repo_forms = Path(__file__).resolve().parents[2] / "forms"
    assert run("forms", "check", str(repo_forms / "static99r.toml")).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("schema = 1\nid = 'x'\n")
    done = run("forms", "check", str(bad))
    assert done.returncode == 2 and done.stderr.startswith("tally: bad.toml: ")
    folder = run("forms", "check", str(tmp_path))
    assert folder.returncode == 2 and "bad.toml" in folder.stderr
    assert run("forms", "check", str(tmp_path / "none")).returncode == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("forms", "check", str(empty)).returncode == 2


@pytest.mark.parametrize("command", [[], ["score"], ["forms"], ["forms", "check"]])
def test_help_on_every_command(command):
    done = run(*command, "--help")
    assert done.returncode == 0 and "usage: tally" in done.stdout


def test_forms_show_prints_norms_tables(tmp_path: Path):
    import os

    from tests.helpers.norms import DEMO_NORMS

    demo = Path(__file__).resolve().parents[1] / "reports" / "demo_form.toml"
    forms = tmp_path / "data" / "forms"
    forms.mkdir(parents=True)
    (forms / "demo.toml").write_text(demo.read_text() + DEMO_NORMS)
    env = {**os.environ, "TALLY_DATA_DIR": str(tmp_path / "data")}
    shown = subprocess.run([*TALLY, "forms", "show", "demo", "--brief"], capture_output=True,
                           text=True, timeout=60, env=env)
    assert shown.returncode == 0, shown.stderr
    out = " ".join(shown.stdout.split())
    assert "Demo routine norms (fictional) [demo_routine], scale total: Fictional routine" in out
    assert "N = 640, follow-up 5 years, fixed" in out
    assert "4 percentile 93.5 [91, 96] RRR 2.4 rate 15.5% [12, 19.4]" in out
    assert "paper (peer-reviewed)" in out
    plain = run("forms", "show", "cport", "--brief")
    assert "none: no verified norms table" in plain.stdout
