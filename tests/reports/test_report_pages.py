"""What a reader finds on every page: the example report and a report from a real store.

The text of each page comes from pdftotext, as a reader's copy-and-paste would: every
section present, no stored code (snake_case ids, raw enum values, band ids) anywhere, no
unconfirmed category in the results under the court profile, rating periods with their age,
the amendment told on page 1.
"""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tally.core.report_context import ReportContext
from tally.reports import example
from tally.reports.export import export_report

SECTIONS = ("Risk assessment summary", "Amended since first locked", "Results at a glance",
            "Referral and sources of information", "Rating periods and their age",
            "Integration of static and dynamic results",
            "Needs: treatment and supervision targets",
            "Departures from an instrument's category", "Scope and limitations",
            "Amendment history", "Machine-readable copy", "Signature")
SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
URL = re.compile(r"https?://\S+")
# category labels whose cut-offs the bundled forms mark unconfirmed
UNCONFIRMED_LABELS = ("Low density of needs", "Moderate density of needs",
                      "High density of needs")


def pages(path: Path) -> list[str]:
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                         text=True, check=True)
    return run.stdout.split("\f")[:-1]


def flatten(text: str) -> str:
    """One line of words; the no-break spaces around → come out of pdftotext as nothing."""
    return re.sub(r"\s*→\s*", " → ", " ".join(text.split()))


def identifiers(text: str) -> list[str]:
    """Tokens a reader should never see: stored ids, enum values, band ids, raw ISO stamps."""
    text = URL.sub("", text)
    found = SNAKE.findall(text)
    found += re.findall(r"\bUNCONFIRMED\b|\[unconfirmed\]|\((?:low|moderate|high|very high|"
                        r"general|sex violence)\)|\d{4}-\d\d-\d\dT\d\d:", text)
    return found


@pytest.fixture(scope="module")
def example_pdf(catalog, tmp_path_factory):
    from tally.reports.identity import SigningIdentity, make_self_signed

    forms = example.example_forms(catalog)
    case = example.example(forms, today=date(2026, 12, 2))
    key, cert = make_self_signed("Dr Alex Example (fictional)", "Example (fictional)", bits=2048)
    out = tmp_path_factory.mktemp("example") / "example.pdf"
    result = export_report(case.records, {f.id: f for f in forms}, out,
                           identity=SigningIdentity(key, cert), example=True,
                           context=case.context, previous=case.previous, earlier=case.earlier,
                           companions=case.companions,
                           signing_time=datetime(2026, 12, 2, 14, 30, tzinfo=UTC),
                           today=date(2026, 12, 2))
    return out, result


def test_example_report_has_every_section_and_no_identifier(example_pdf):
    out, result = example_pdf
    text = pages(out)
    flat = flatten("\n".join(text))
    for section in SECTIONS:
        assert section in flat, section
    for n, page in enumerate(text, 1):
        assert not identifiers(page), (n, identifiers(page))
    # page 1: what was amended, plainly, with the item and both totals
    first = flatten(text[0])
    assert "CPORT was amended: record version 2" in first
    assert "Item 6 More boy than girl content in the CSEM: 0 → 1" in first
    assert "Total 2 → 3" in first
    assert "instrument edition 1.0" in first and "amended: record version 2" in first
    assert "Release date 2025-11-03" in first
    assert "investigation" in first and "2023-09-14" in first
    assert "signer's own computer clock" in first
    # court profile: the unconfirmed categories are never named, only "category not confirmed"
    for label in UNCONFIRMED_LABELS:
        assert label not in flat
    assert "category not confirmed" in first
    assert "Final category (after aggravating factors): category not confirmed" in first
    # periods, their age at signing and the re-score dates; the trend item by item
    assert "2026-09-23 to 2026-11-20" in flat and "12 days at signing (2026-12-02)" in flat
    assert "2027-05-22" in flat and "2026-12-20" in flat
    assert "total 13 → 10 (rating of 2026-05-16)" in flat
    assert "Item 6 Collapse of social supports: 0 → 1" in flat
    # context, integration, needs, limitations all filled with fictional content
    for expected in ("Parole board, regional office (fictional)", "Clinical interview",
                     "2 h 10 min", "SAARNA STABLE-2007 and ACUTE-2007 training",
                     "No combined level is given by Tally",
                     "STABLE-2007 combines only with RM2000/S (SAARNA)",
                     "The evaluator's own statement (derived by hand, not computed by Tally)",
                     "Acute items needing attention now", "Responsivity: Responds best",
                     "too much dosage", "Reason given by the evaluator",
                     "detected sexual recidivism", "group of men", "interrater error",
                     "were not built on CSEM samples", "not confirmed against a primary source",
                     "CASIC", "Information sources: police reports", result.data_sha256):
        assert expected in flat, expected
    # CPORT item 5 from the linked CASIC, reported in its own section, with the gate
    assert "Item 5 scored from the linked CASIC" in flat
    assert "its items are in its own section of this report" in flat
    assert "Recorded by the evaluator:" in flat
    assert "Brown (2024) concluded" not in flat  # the jurisdiction is not in the United States
    for overclaim in ("Totals are exact in every case", "complete and accurate"):
        assert overclaim not in flat


def test_working_profile_shows_unconfirmed_categories_marked(catalog, tmp_path):
    forms = [catalog.get("stable2007")]
    case = example.example(forms, today=date(2026, 12, 2))
    out = tmp_path / "working.pdf"
    export_report(case.records, {f.id: f for f in forms}, out, context=case.context,
                  profile="working")
    flat = flatten(" ".join(pages(out)))
    assert "Moderate density of needs (cut-offs not confirmed)" in flat
    assert "working copy" in flat and "category not confirmed" not in flat


def test_stale_ratings_are_flagged_and_brown_applies_in_the_united_states(catalog, tmp_path):
    forms = [catalog.get(f) for f in ("cport", "stable2007", "acute2007")]
    case = example.example(forms, today=date(2026, 3, 1))
    ctx = ReportContext(jurisdiction="Federal district court, United States",
                        periods=case.context.periods)
    out = tmp_path / "late.pdf"
    # exported unsigned nine months later: the age is counted to the export date
    export_report(case.records, {f.id: f for f in forms}, out, context=ctx,
                  today=date(2026, 12, 1))
    flat = flatten(" ".join(pages(out)))
    assert "at export (2026-12-01)" in flat
    assert "older than 30 days" in flat and "older than 6 months" in flat
    # the interval, its advice and its source come from the forms (reporting.rescore)
    assert "re-score ACUTE-2007 at least every 30 days (evidence: not confirmed; source S48" in flat
    assert "re-score STABLE-2007 every 6 months or after a major change" in flat
    assert ("re-score STABLE-2007 every 6 months or after a major change; ACUTE-2007 at least "
            "every 30 days." in flat)
    assert "Lee, Babchishin, Mularczyk & Hanson (2023). Public Safety Canada" in flat  # cited
    assert "Brown (2024) concluded" in flat
    assert "not recorded for this report" in flat  # the context fields left empty say so
    assert "The evaluator recorded no combined level" in flat
    assert "no earlier rating in this database" in flat
