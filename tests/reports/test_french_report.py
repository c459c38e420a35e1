"""The report in French: every fixed text has its French, the example report reads French from
its first heading to its signature (checked with pdftotext), dates and numbers are written the
French way, and the language is chosen per export."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest

from tally.reports import labels, labels_fr
from tally.reports.language import L, date_text, number_text, time_text, use

NOT_TEXT = {"COURT", "WORKING", "PROFILES", "CSEM_ONLY_PATTERNS", "HEADER_DATES"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z]+\)s")


def texts(value):
    """The strings of a label: itself, a tuple's items, a dict's values."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, dict):
        return [v for v in value.values() if isinstance(v, str)]
    return []


def test_every_fixed_text_of_the_report_has_its_french_with_the_same_placeholders():
    names = [n for n in vars(labels) if n.isupper() and n not in NOT_TEXT and texts(
        getattr(labels, n))]
    assert len(names) > 120
    problems = []
    for name in names:
        english, french = getattr(labels, name), getattr(labels_fr, name, None)
        if french is None:
            problems.append(f"{name}: no French")
            continue
        if isinstance(english, dict) and set(english) != set(french):
            problems.append(f"{name}: keys {sorted(set(english) ^ set(french))} differ")
        if isinstance(english, tuple) and len(english) != len(french):
            problems.append(f"{name}: {len(french)} texts, the English has {len(english)}")
        for en, fr in zip(texts(english), texts(french), strict=False):
            if sorted(PLACEHOLDER.findall(en)) != sorted(PLACEHOLDER.findall(fr)):
                problems.append(f"{name}: placeholders {PLACEHOLDER.findall(en)} in English, "
                                f"{PLACEHOLDER.findall(fr)} in French")
            if en == fr and re.search(r"[a-z]{4,} [a-z]{4,}", en):
                problems.append(f"{name}: still English ({en!r})")
    assert not problems, "\n".join(problems)


def test_dates_times_and_numbers_follow_the_report_language():
    moment = datetime(2026, 12, 2, 9, 5, 7, tzinfo=timezone(timedelta(hours=-5)))
    assert (date_text("2026-12-02"), time_text(moment), number_text(0.75)) == (
        "2026-12-02", "2026-12-02 09:05:07 UTC-05:00", "0.75")
    with use("fr"):
        assert date_text("2026-12-02") == "2 décembre 2026"
        assert date_text(date(2027, 1, 1)) == "1er janvier 2027"
        assert date_text("du 2026-02-30 au ?") == "du 30 février 2026 au ?"  # text kept
        assert date_text("2026-13-01") == "2026-13-01"
        assert time_text(moment) == "2 décembre 2026, 9 h 05 min 07 s (UTC-05:00)"
        assert number_text(0.75) == "0,75" and number_text(3) == "3"
        assert L.TITLE == "Sommaire d'évaluation du risque" and L.COURT == labels.COURT
        assert L.human("age 35 on 2023-09-14 (index_investigation_date)") == (
            "35 ans le 14 septembre 2023 (date de l'enquête de référence)")
        assert L.human("needs date_of_birth and release_date") == (
            "exige date de naissance et date de mise en liberté")
        assert L.human("Âge could not be derived from case facts: needs release_date.") == (
            "Âge n'a pas pu être déduit des faits du dossier : exige date de mise en liberté.")
        assert L.human("Risk reduction not considered: needs release_date.") == (
            "Réduction du risque non examinée : exige date de mise en liberté.")
        assert L.human("Item 9 was entered but is not scored for this case; its answer is "
                       "left out of the total.").startswith("Item 9 a été coté, mais")
        assert L.human("Unknown fact 'x' was ignored.") == "Fait inconnu « x » ignoré."
        assert L.human("'a' was taken as 'b', the date the published code uses.") == (
            "« a » a été lu comme « b », la date qu'utilise le code publié.")
        assert L.human("csem_only = yes").endswith("= oui")
        assert L.human("csem_only = no").endswith("= non")
        assert L.human("n = 0 is below every band of this item").endswith("tranches de cet item")
        assert L.typology("") == "non consigné" and L.status("signed") == "signée"
        assert L.source("interview") == "entrevue"
        assert L.certificate_subject("CN=Dre A,O=Clinique") == "organisme Clinique; nom Dre A"
    assert date_text("") == "" and L.TITLE == labels.TITLE  # English again outside
    with pytest.raises(ValueError, match="unknown report language"), use("de"):
        pass


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_example_report_in_french_has_no_english_heading(tmp_path):
    out = tmp_path / "exemple.pdf"
    done = subprocess.run([sys.executable, "-m", "tally", "report", "--example", str(out),
                           "--lang", "fr"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    flat = " ".join(text.split())
    headings = [labels.TITLE, labels.RUNNING_HEAD, labels.H_RESULTS, labels.H_CONTEXT,
                labels.H_PERIODS, labels.H_INTEGRATION, labels.H_NEEDS, labels.H_DEPARTURES,
                labels.H_LIMITS, labels.H_HISTORY, labels.H_MACHINE, labels.H_WARNINGS,
                labels.H_RESEARCH, labels.H_CITED, labels.H_AMENDMENTS, labels.WATERMARK,
                *labels.ITEM_HEAD[1:], "Digitally signed", "Page 1 of", "Case EX-2041",
                " of 7"]
    page_one = [" ".join(line.split()) for line in text.split("\f")[0].splitlines()]
    rows = [h for h in (*labels.CASE_ROWS.values(), *labels.GLANCE_HEAD[1:])
            if any(line.startswith(h) for line in page_one)]
    assert set(rows) <= {"Signature", "Date", "Total"}, rows  # the same words in French
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # a heading or a row label starts its line; a longer fixed phrase may sit anywhere (the
    # forms' own text is checked by the form tests, so a short word is not searched in it)
    same_in_both = {"Signature", "Instrument", "Date", "Total", "Item", "Items", "Score"}
    english = [h for h in headings if h not in same_in_both and (
        any(line.startswith(h) for line in lines) or (len(h.split()) >= 3 and h in flat))]
    assert not english, english
    for french in (labels_fr.TITLE, labels_fr.H_RESULTS, labels_fr.H_LIMITS, "Page 1 de",
                   "Dossier EX-2041", "Signé numériquement par", "Signification",
                   "décembre" if date.today().month == 12 else "20", "3 sur 7"):
        assert french in flat, french
    assert "j'atteste que ce sommaire" in flat  # the signature's meaning, in French
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", flat.split(labels_fr.H_MACHINE)[0]), (
        "an ISO date left in the French text")
    verified = subprocess.run([sys.executable, "-m", "tally", "verify", str(out), "--trust",
                               str(tmp_path / "exemple-signer.pem")], capture_output=True,
                              text=True, timeout=300)
    assert verified.returncode == 0, verified.stdout + verified.stderr
