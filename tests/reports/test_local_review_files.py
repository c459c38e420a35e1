"""Review files: signed with the reviewer's identity, refused whole when the signature, the
certificate's trust or the format fails, and entry by entry when the form changed; and the
`tally forms review` / `tally forms show` commands a reviewer uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tally.core.catalog import Catalog
from tally.paths import bundled_forms_dir, user_forms_dir
from tally.reports import identity
from tally.reports.local_review import (
    ReviewFileError,
    add_entry,
    apply_reviews,
    reviewed_catalog,
    reviews_dir,
    write_review,
)

HERE = Path(__file__).parent
KEY = "review key passphrase"
REF = {"manual": "Demo Scale coding manual", "edition": "3rd edition", "page": "12"}
FLAGS = ["--manual", REF["manual"], "--edition", REF["edition"], "--page", REF["page"]]


@pytest.fixture
def reviewer():
    user_forms_dir().mkdir(parents=True)
    (user_forms_dir() / "demo.toml").write_text((HERE / "demo_form.toml").read_text())
    identity.create_self_signed(KEY, "Dr Rae Viewer", bits=2048)
    return identity.load(KEY)


def plain() -> Catalog:
    return Catalog.load([bundled_forms_dir(), user_forms_dir()])


def test_no_review_changes_nothing(reviewer):
    catalog, status = apply_reviews(plain())
    assert status.applied == [] and status.problems == []
    assert catalog.get("demo") == plain().get("demo")


def test_a_review_by_an_untrusted_certificate_is_refused(reviewer, tmp_path):
    key, cert = identity.make_self_signed("Mallory Stranger", bits=2048)
    stranger = identity.SigningIdentity(key, cert)
    demo = plain().get("demo")
    entry = {"action": "confirm", "form": "demo", "form_version": demo.version,
             "target": "scale.total.band.high", "value": "4 to 5", "date": "2026-12-02",
             "reviewer": "Mallory Stranger", **REF}
    write_review({"reviewer": "Mallory Stranger", "entries": [entry]}, stranger,
                 reviews_dir() / "stranger.json")
    catalog, status = apply_reviews(plain())
    assert status.problems == [
        "review stranger.json: signed by Mallory Stranger, whose certificate is not trusted "
        "here (tally identity trust-add); ignored"]
    assert catalog.get("demo").primary.bands[-1].provenance.local is None
    # trusting the stranger's certificate makes the same file count
    pem = tmp_path / "stranger.pem"
    pem.write_bytes(identity.certificate_pem(cert))
    identity.add_trust_anchor(pem)
    catalog, status = apply_reviews(plain())
    assert status.problems == [] and catalog.get("demo").primary.bands[-1].provenance.local


@pytest.mark.parametrize(("content", "message"), [
    ("not json", "cannot be read"),
    ('{"format": "other"}', "not a Tally content review"),
    ('{"format": "tally-content-review/1", "review": {}}', "missing review, certificate"),
    ('{"format": "tally-content-review/1", "review": {}, "certificate": "x", "signature": "y"}',
     "the certificate or signature is damaged"),
])
def test_malformed_review_files_are_refused_with_one_line(reviewer, content, message):
    reviews_dir().mkdir(parents=True)
    (reviews_dir() / "bad.json").write_text(content)
    _catalog, status = apply_reviews(plain())
    (problem,) = status.problems
    assert problem.startswith("review bad.json: ") and message in problem


def test_entries_that_no_longer_match_are_ignored_alone(reviewer):
    demo = plain().get("demo")
    add_entry(reviewer, demo, "confirm", target="scale.total.band.high", **REF)
    add_entry(reviewer, demo, "confirm", target="item.young", **REF)
    path = next(reviews_dir().glob("*.json"))
    review = json.loads(path.read_text())["review"]
    review["entries"][1]["form_version"] = "0.9"
    review["entries"].append({**review["entries"][0], "form": "gone"})
    write_review(review, reviewer, path)
    catalog, status = apply_reviews(plain())
    assert status.applied == [f"{path.name}: review by Dr Rae Viewer, 1 of 3 entries apply"]
    assert "entry 2: demo is now version 1.0; the review was made against version 0.9" in (
        status.problems[0])
    assert "entry 3: form 'gone' is not installed" in status.problems[1]
    demo = catalog.get("demo")
    assert demo.primary.bands[-1].provenance.local is not None
    assert demo.item("young").provenance.local is None


def test_a_changed_form_file_applies_only_the_numbers_that_still_match(reviewer):
    demo = plain().get("demo")
    add_entry(reviewer, demo, "confirm", target="scale.total.band.high", **REF)
    add_entry(reviewer, demo, "confirm", target="scale.total.band.low", **REF)
    path = user_forms_dir() / "demo.toml"
    path.write_text(path.read_text().replace(
        '{ id = "low", label = "Low", min = 0, max = 1,',
        '{ id = "low", label = "Low", min = 0, max = 0,').replace(
        '{ id = "moderate", label = "Moderate", min = 2,',
        '{ id = "moderate", label = "Moderate", min = 1,'))
    catalog, status = apply_reviews(plain())
    assert any("the demo form file changed since the review" in line for line in status.applied)
    assert "demo scale.total.band.low is now '0 to 0'; the review saw '0 to 1'" in (
        status.problems[0])
    bands = catalog.get("demo").primary.bands
    assert bands[-1].provenance.local is not None and bands[0].provenance.local is None


def test_add_entry_refuses_what_loading_would_refuse(reviewer):
    demo = plain().get("demo")
    with pytest.raises(ReviewFileError, match="name the page you checked against"):
        add_entry(reviewer, demo, "confirm", target="item.young", manual="M", edition="E",
                  page=" ")
    with pytest.raises(ReviewFileError, match=r"demo has no number 'item\.old'"):
        add_entry(reviewer, demo, "confirm", target="item.old", **REF)
    with pytest.raises(ReviewFileError, match="unknown review action 'approve'"):
        add_entry(reviewer, demo, "approve", target="item.young", **REF)
    with pytest.raises(ReviewFileError, match="gap: no band covers 2 to 2"):
        add_entry(reviewer, demo, "correct", target="scale.total.band.moderate",
                  new_value="3 to 3", **REF)
    with pytest.raises(ReviewFileError, match="rows end at 3"):
        add_entry(reviewer, demo, "norms", table={
            "id": "t", "name": "T", "norm_group": "G", "sample_size": 9, "follow_up": "5 y",
            "outcome": "any", "base_rate": "5%", "source": "paper", "evidence": "published",
            "rows": [{"min": 0, "max": 3, "rate": 5.0}]}, **REF)
    assert not reviews_dir().exists()  # nothing was saved
    # confirming the same number again replaces the entry rather than adding a second
    add_entry(reviewer, demo, "confirm", target="item.young", **REF)
    add_entry(reviewer, demo, "confirm", target="item.young", **{**REF, "page": "13"})
    catalog = reviewed_catalog()
    assert catalog.reviews[0].endswith("1 of 1 entries apply")
    assert catalog.get("demo").item("young").provenance.local.page == "13"


def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "TALLY_KEY_PASSPHRASE": KEY}
    return subprocess.run([sys.executable, "-m", "tally", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_forms_review_and_show_from_the_command_line(reviewer, tmp_path):
    listed = cli("forms", "review")
    assert listed.returncode == 0, listed.stderr
    assert "scale.total.band.IVa" in listed.stdout and "4 to 5" in listed.stdout
    assert "no local review" in listed.stdout
    done = cli("forms", "review", "confirm", "static99r", "scale.total.band.IVa",
               "--manual", "Static-99R Coding Rules", "--edition", "Revised 2016",
               "--page", "11")
    assert done.returncode == 0, done.stderr
    assert "saved and signed" in done.stdout
    done = cli("forms", "review", "correct", "demo", "item.priors", "0/1/3", *FLAGS)
    assert done.returncode == 0, done.stderr
    table = tmp_path / "norms.toml"
    table.write_text("[[norms]]\n" + "\n".join([
        'id = "agency"', 'name = "Agency norms"', 'norm_group = "Agency caseload"',
        "sample_size = 50", 'follow_up = "3 years"', 'outcome = "any sexual recidivism"',
        'base_rate = "4% within 3 years."', 'source = "paper"', 'evidence = "published"',
        "rows = [{ min = 0, percentile = 50.0 }]"]) + "\n")
    done = cli("forms", "review", "norms", "demo", str(table), *FLAGS)
    assert done.returncode == 0, done.stderr
    listed = cli("forms", "review")
    assert "confirmed locally by Dr Rae Viewer against Static-99R Coding Rules, Revised " \
           "2016, p. 11" in listed.stdout
    assert "3 of 3 entries apply" in listed.stdout
    shown = cli("forms", "show", "demo", "--brief")
    out = " ".join(shown.stdout.split())
    assert "corrected locally by Dr Rae Viewer against Demo Scale coding manual" in out
    assert "Agency norms [agency]" in out and "Local content review" in out
    bad = cli("forms", "review", "confirm", "demo", "item.nothing", *FLAGS)
    assert bad.returncode == 2 and "demo has no number 'item.nothing'" in bad.stderr
    bad = cli("forms", "review", "norms", "demo", str(tmp_path / "absent.toml"), *FLAGS)
    assert bad.returncode == 2 and "not a TOML file with one [[norms]] table" in bad.stderr
