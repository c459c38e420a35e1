"""The database Tally 0.1 wrote (tests/fixtures/tally-0.1.db) opens, verifies and migrates.

Every run works on a copy: opening migrates, and the committed file must stay as 0.1 wrote it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tally.store import Store
from tally.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
META = json.loads((FIXTURES / "tally-0.1.json").read_text(encoding="utf-8"))


@pytest.fixture
def copy_01(tmp_path: Path) -> Path:
    target = tmp_path / "tally.db"
    shutil.copyfile(FIXTURES / "tally-0.1.db", target)
    return target


def test_the_committed_file_is_what_0_1_wrote() -> None:
    assert META["schema_version"] == 1
    assert not (FIXTURES / "tally-0.1.db-wal").exists()
    assert set(META["statuses"]) == {"draft", "locked", "signed", "amended"}


def test_a_0_1_database_opens_verifies_and_migrates(copy_01: Path) -> None:
    with Store.open(copy_01, META["passphrase"], check="full") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        report = store.verify_audit()
        assert report.ok, report.message
        assert report.checked >= META["audit_entries"]
        assert store.count_cases() == META["cases"]
        statuses: dict[str, int] = {}
        for meta in store.list_assessments():
            statuses[meta.status] = statuses.get(meta.status, 0) + 1
            record = store.get_assessment(meta.id)
            if meta.status != "draft":  # the hash fixed at lock still matches the answers
                assert record.content_hash_now() == record.content_hash
        assert statuses == META["statuses"]
        signed = store.get_assessment(META["signed_export_assessment"])
        assert signed.status == "signed" and signed.signatures
        exports = [e for e in store.audit_entries() if e.action == "export"]
        assert exports[-1].after["data_sha256"] == META["report_data_sha256"]
        # the migrated database keeps working: a new write extends the same chain
        store.create_case("AFTER-MIGRATION")
        assert store.verify_audit().ok
    with Store.open(copy_01, META["passphrase"]) as again:  # a second open migrates nothing
        assert again.count_cases() == META["cases"] + 1


def test_the_0_1_signed_report_still_verifies() -> None:
    from tally.reports.identity import load_certificates
    from tally.reports.verify import verify_pdf

    trust = load_certificates(FIXTURES / "tally-0.1-signer.pem")
    result = verify_pdf(FIXTURES / "tally-0.1-report.pdf", trust, False, None)
    assert result.exit_code == 0, result.lines()
