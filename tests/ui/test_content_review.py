"""Local content review round trip, with a real store, a real signing identity, the review
screen, the assessment screens and a real PDF report: confirm two numbers, correct one, add a
norms table; then tamper with the review file and see it refused with nothing changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tally.core.catalog import Catalog
from tally.core.model import Evidence
from tally.paths import bundled_forms_dir, user_forms_dir
from tally.reports import identity
from tally.reports.export import export_report
from tally.reports.local_review import apply_reviews, reviews_dir
from tally.ui.assessment import AssessmentView, StoreSession
from tally.ui.content_review import ContentReviewDialog
from tests.ui.assessment_fixtures import make_store

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

DEMO = Path(__file__).resolve().parents[1] / "reports" / "demo_form.toml"
KEY = "review key passphrase"
REVIEWER = "Dr Rae Viewer"
NORMS = '''form = "demo"

[[norms]]
id = "agency"
name = "Agency norms (fictional, test)"
norm_group = "Fictional agency caseload"
sample_size = 210
follow_up = "5 years, fixed"
outcome = "any sexual recidivism"
base_rate = "9% of the fictional caseload reoffended within 5 years."
source = "paper"
evidence = "published"
rows = [
  { min = 0, max = 1, percentile = 30.0, rate = 3.0 },
  { min = 2, max = 3, percentile = 70.0, rate = 8.0 },
  { min = 4, percentile = 95.0, rate = 20.0, rate_ci = [15.0, 26.0] },
]
'''


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TALLY_KEY_PASSPHRASE", raising=False)
    user_forms_dir().mkdir(parents=True)
    (user_forms_dir() / "demo.toml").write_text(DEMO.read_text())
    identity.create_self_signed(KEY, REVIEWER, "Test Agency", bits=2048)
    return tmp_path


def plain_catalog() -> Catalog:
    return Catalog.load([bundled_forms_dir(), user_forms_dir()])


def review_on_screen(qtbot, tmp_path: Path) -> ContentReviewDialog:
    dialog = ContentReviewDialog(plain_catalog())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.manual.setText("Demo Scale coding manual")
    dialog.edition.setText("3rd edition")
    dialog.page.setText("12")
    dialog.passphrase.setText(KEY)
    dialog.select("demo", "scale.total.band.high")
    dialog.confirm_button.click()
    assert "Saved and signed" in dialog.message.text(), dialog.message.text()
    with pytest.raises(KeyError):  # a seed number is not among the unconfirmed ones ...
        dialog.select("demo", "item.young")
    dialog.show_all.setChecked(True)  # ... but every number can be shown and confirmed
    dialog.select("demo", "item.young")
    dialog.passphrase.setText(KEY)
    dialog.confirm_button.click()
    assert "Saved and signed" in dialog.message.text(), dialog.message.text()
    dialog.select("demo", "scale.total.band.high")
    row = dialog.table.selectionModel().selectedRows()[0].row()
    assert f"confirmed locally by {REVIEWER} against Demo Scale coding manual" in (
        dialog.row_text(row))
    research = next(n.target for fid, n in dialog._rows if fid == "demo" and not n.correctable)
    dialog.select("demo", research)  # confirm only: nothing to type, Correct is off
    assert not dialog.correct_button.isEnabled() and not dialog.new_value.isEnabled()
    dialog.select("demo", "item.priors")  # the corrected value starts from the current one
    assert dialog.correct_button.isEnabled() and dialog.new_value.text() == "0/1/2"
    dialog.page.setText("14")
    dialog.new_value.setText("0/1/3")
    dialog.passphrase.setText(KEY)
    dialog.correct_button.click()
    assert "Saved and signed" in dialog.message.text(), dialog.message.text()
    norms = tmp_path / "agency_norms.toml"
    norms.write_text(NORMS)
    dialog.passphrase.setText(KEY)
    dialog.add_norms_file(norms)
    assert "Saved and signed" in dialog.message.text(), dialog.message.text()
    assert "4 of 4 entries apply" in dialog.status.text()
    return dialog


def test_review_round_trip_screens_report_and_tamper(qtbot, data, tmp_path):
    dialog = review_on_screen(qtbot, tmp_path)
    reviewed, status = apply_reviews(plain_catalog())
    assert status.problems == []
    demo = reviewed.get("demo")
    high = demo.primary.bands[-1]
    assert high.provenance.evidence is Evidence.PUBLISHED
    assert high.provenance.local.text() == (
        f"confirmed locally by {REVIEWER} against Demo Scale coding manual, 3rd edition, "
        f"p. 12 ({high.provenance.local.date})")
    priors = demo.item("priors")
    assert [o.points for o in priors.options] == [0, 1, 3]
    assert priors.provenance.local.corrected_from == "0/1/2"
    assert demo.primary.max_total == 6
    (table,) = demo.norms
    assert table.provenance.local.page == "14" and table.rows[-1].max == 6

    # a real store: a locked demo assessment scored with the reviewed form
    store = make_store(tmp_path / "tally.db")
    case = store.create_case("RV-1", date_of_birth="1980-01-01", facts={})
    aid = store.create_assessment(case, "demo", demo.version, demo.content_hash, "2026-03-02")
    for item_id, points in (("priors", 3), ("contact", 1), ("interest", 1)):
        store.set_answer(aid, item_id, points, rationale="From the file.")

    view = AssessmentView(StoreSession(store, aid), reviewed)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    view.wizard.show_item("priors")
    guidance = view.wizard.guidance.toPlainText()
    assert f"corrected locally by {REVIEWER} against Demo Scale coding manual, 3rd edition" in (
        guidance)
    from PySide6.QtCore import Qt

    from tests.ui.assessment_fixtures import press

    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.current_page() == "results"
    screen = " ".join(view.results.browser.toPlainText().split())
    assert "Total 5 (possible 0 to 6)" in screen
    assert f"confirmed locally by {REVIEWER} against Demo Scale coding manual" in screen
    assert "Agency norms (fictional, test): Score 5 (row 4 to 6): percentile 95" in screen
    view.close()

    store.lock(aid)
    record = store.get_assessment(aid)
    out = tmp_path / "reviewed.pdf"
    export_report([record], reviewed.get, out)
    from tests.reports.conftest import pdf_text

    pdf = " ".join(pdf_text(out).split())
    assert f"confirmed locally by {REVIEWER} against Demo Scale coding manual" in pdf
    assert "Norms: Agency norms (fictional, test): Score 5 (row 4 to 6): percentile 95" in pdf
    assert "Fictional agency caseload (N = 210)" in pdf
    store.close()

    # tamper: change one page number in the signed file; the whole review is refused
    (path,) = reviews_dir().glob("*.json")
    doc = json.loads(path.read_text())
    doc["review"]["entries"][0]["page"] = "13"
    path.write_text(json.dumps(doc))
    tampered, status = apply_reviews(plain_catalog())
    assert len(status.problems) == 1 and "signature does not match" in status.problems[0]
    assert status.applied == []
    again = tampered.get("demo")
    assert again.primary.bands[-1].provenance.local is None
    assert [o.points for o in again.item("priors").options] == [0, 1, 2]
    assert again.norms == () and again == plain_catalog().get("demo")
    dialog.refresh()
    assert "Refused: review" in dialog.status.text()
    assert os.environ["TALLY_DATA_DIR"] in str(path)
