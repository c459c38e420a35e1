"""Fixtures for the report tests: a small form of our own, locked records, a real identity."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from tally.core.loader import load_form
from tally.core.model import Form
from tally.core.record import AnswerRecord, AssessmentRecord, CaseRecord, EvaluatorRecord
from tally.reports import identity

HERE = Path(__file__).parent
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    """Never touch the real user data folder (identities, trust anchors)."""
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TALLY_KEY_PASSPHRASE", raising=False)


@pytest.fixture(scope="session")
def demo_form() -> Form:
    return load_form(HERE / "demo_form.toml")


@pytest.fixture(scope="session")
def second_form(tmp_path_factory) -> Form:
    """Another instrument for several-instruments-in-one-report tests."""
    text = (HERE / "demo_form.toml").read_text()
    text = text.replace('id = "demo"', 'id = "demo2"').replace("Demo Risk Scale", "Second Scale")
    path = tmp_path_factory.mktemp("forms") / "demo2.toml"
    path.write_text(text)
    return load_form(path)


@pytest.fixture(scope="session")
def forms(demo_form, second_form) -> dict[str, Form]:
    return {"demo": demo_form, "demo2": second_form}


CASE = CaseRecord("T-0007", "1990-05-01", {"csem_only": True}, "csem_only")
EVALUATOR = EvaluatorRecord("Dr Test Evaluator", "PhD", "Test Clinic")


def make_record(form: Form, status: str = "locked", number: int = 1, **changes) -> AssessmentRecord:
    answers = changes.pop("answers", (
        AnswerRecord("priors", 2, "entered", "Two convictions (2015, 2019).", ("police record",)),
        AnswerRecord("contact", 0, "entered", "None known.", ("file review",)),
        AnswerRecord("interest", 1, "entered", "Admitted in interview.", ("interview",)),
    ))
    record = AssessmentRecord(
        id=number, uid=f"uid-{form.id}-{number}", case=changes.pop("case", CASE),
        form_id=form.id, form_version=form.version, form_hash=form.content_hash,
        assessment_date="2026-03-02", evaluator=EVALUATOR, status=status, answers=answers,
        locked_at="2026-03-02T16:40:00+00:00" if status != "draft" else "",
    )
    record = replace(record, **changes)
    if status != "draft" and "content_hash" not in changes:
        record = replace(record, content_hash=record.content_hash_now())
    return record


@pytest.fixture(scope="session")
def signer() -> identity.SigningIdentity:
    key, cert = identity.make_self_signed("Dr Test Evaluator", "Test Clinic", bits=2048)
    return identity.SigningIdentity(key, cert)


@pytest.fixture(scope="session")
def signer_cert_file(signer, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cert") / "signer.pem"
    path.write_bytes(identity.certificate_pem(signer.cert))
    return path


@pytest.fixture(scope="session")
def signed_pdf(signer, demo_form, forms, tmp_path_factory) -> Path:
    """One real signed report, built once for the read-only tests."""
    from tally.reports.export import export_report

    path = tmp_path_factory.mktemp("signed") / "report.pdf"
    export_report([make_record(demo_form)], forms, path, identity=signer)
    return path


def qpdf_check(path: Path) -> None:
    assert shutil.which("qpdf"), "qpdf is needed (scripts/system-deps.sh installs it)"
    run = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def pdfsig(path: Path) -> str:
    assert shutil.which("pdfsig"), "pdfsig is needed (poppler-utils)"
    run = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return run.stdout + run.stderr


def pdf_text(path: Path) -> str:
    run = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True)
    return run.stdout
