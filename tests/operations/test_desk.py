"""The Desk over a real SQLCipher file: every write is committed, then notified once with the
case (and assessment) it touched; reads pass through; sign-off signs what a report holds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from tally.operations import changes
from tally.operations.changes import Change, ChangeHub
from tally.operations.desk import Desk
from tally.operations.errors import LifecycleError, StoreError
from tally.operations.rows import AssessmentMeta, CaseRow
from tally.operations.session import StoreSession

PASS = "correct horse battery staple"


@pytest.fixture
def desk(tmp_path: Path):
    opened = Desk.create(tmp_path / "cases.db", PASS)
    seen: list[Change] = []
    opened.changes.subscribe(seen.append)
    opened.seen = seen  # type: ignore[attr-defined]
    yield opened
    if not opened.closed:
        opened.close()


def kinds(desk) -> list[tuple[str, int | None, int | None]]:
    out = [(c.kind, c.case_pk, c.assessment_id) for c in desk.seen]
    desk.seen.clear()
    return out


def test_hub_calls_subscribers_in_order_until_they_leave():
    hub, calls = ChangeHub(), []
    first = hub.subscribe(lambda c: calls.append(("a", c.kind)))
    hub.subscribe(lambda c: calls.append(("b", c.kind)))
    hub.emit(Change(changes.EVALUATOR))
    first()
    first()  # leaving twice is harmless
    hub.emit(Change(changes.CASE_EDITED, 3))
    assert calls == [("a", "evaluator"), ("b", "evaluator"), ("b", "case.edited")]
    assert Change(changes.CASE_EDITED, 3).touches_case
    assert not Change(changes.EVALUATOR).touches_case


def test_every_write_is_notified_with_what_it_touched(desk):
    desk.set_evaluator("Dr Desk", "Psychologist")
    assert desk.evaluator().name == "Dr Desk"
    pk = desk.create_case("D-1", "1980-01-02", {"csem_only": True}, "csem_only")
    desk.update_case(pk, notes="file reviewed")
    desk.set_case_fact(pk, "casic_total", 3)
    assert desk.get_case(pk).facts == {"csem_only": True, "casic_total": 3}
    aid = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-01-05")
    desk.set_answer(aid, "prior_criminal_history", 1, rationale="record")
    desk.set_position(aid, "prior_criminal_history")  # no view shows it: not notified
    assert kinds(desk) == [
        (changes.EVALUATOR, None, None),
        (changes.CASE_CREATED, pk, None),
        (changes.CASE_EDITED, pk, None),
        (changes.CASE_EDITED, pk, None),
        (changes.ASSESSMENT_CREATED, pk, aid),
        (changes.ANSWERED, pk, aid),
    ]
    digest = desk.lock(aid)
    new = desk.amend(aid, "typo in the rationale")
    assert kinds(desk) == [(changes.LOCKED, pk, aid), (changes.AMENDED, pk, new)]
    assert desk.get_assessment(aid).content_hash == digest
    assert desk.assessment_meta(new).version == 2
    assert [m.id for m in desk.list_assessments(case_pk=pk)] == [new, aid]
    assert desk.find_case("D-1").pk == pk and desk.find_case("nobody") is None
    assert desk.count_cases() == 1 and [c.pk for c in desk.list_cases()] == [pk]
    assert desk.path.name == "cases.db"
    assert isinstance(desk.get_case(pk), CaseRow)
    assert isinstance(desk.assessment_meta(aid), AssessmentMeta)


def test_a_refused_write_changes_nothing_and_notifies_nothing(desk):
    pk = desk.create_case("D-2")
    kinds(desk)
    with pytest.raises(StoreError):
        desk.create_case("D-2")
    with pytest.raises(StoreError):
        desk.update_case(pk, case_id="  ")
    aid = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-01-05")
    desk.lock(aid)
    kinds(desk)
    with pytest.raises(LifecycleError):
        desk.set_answer(aid, "prior_criminal_history", 0)
    assert kinds(desk) == []
    assert desk.get_case(pk).case_id == "D-2"


def test_batch_and_training_store_use_the_same_database(desk):
    with desk.batch() as same:
        same.create_case("B-1")
        same.create_case("B-2")
    assert desk.count_cases() == 2
    training = desk.training_store()
    training.add_trainee("Trainee One")
    assert [t.name for t in training.trainees()] == ["Trainee One"]
    desk.close()
    assert desk.closed
    reopened = Desk.open(desk.path, PASS)
    assert reopened.count_cases() == 2 and not reopened.closed
    reopened.close()


def test_sign_off_signs_the_locked_records_of_a_written_report(desk, tmp_path):
    desk.set_evaluator("Dr Desk")
    pk = desk.create_case("S-1")
    aid = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-01-05")
    desk.lock(aid)
    kinds(desk)
    result = SimpleNamespace(
        signed=True, signer="Dr Desk", signed_at=datetime.fromisoformat("2025-02-01T10:00:00+01:00"),
        pdf=b"%PDF-1.7 stand-in", data_sha256="b" * 64, path=tmp_path / "report.pdf",
        docx_path=None, docx=None)
    desk.sign_off([desk.get_assessment(aid)], result, "Author: I scored this")
    assert (tmp_path / "report.pdf").read_bytes() == b"%PDF-1.7 stand-in"
    record = desk.get_assessment(aid)
    assert record.status == "signed"
    assert record.signatures[0].signed_at == "2025-02-01T10:00:00+01:00"
    assert kinds(desk) == [(changes.EXPORTED, pk, None)]


def test_store_session_writes_through_the_desk(desk):
    pk = desk.create_case("W-1", "1980-01-02")
    aid = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-01-05")
    session = StoreSession(desk, aid)
    kinds(desk)
    session.set_answer("prior_criminal_history", 1, rationale="on file")
    session.set_fact("casic_total", 4)
    assert desk.get_case(pk).facts["casic_total"] == 4
    assert [k for k, _, _ in kinds(desk)] == [changes.ANSWERED, changes.CASE_EDITED]


def test_a_rating_period_set_through_the_desk_is_stored_and_notified(desk):
    pk = desk.create_case("D-9", "1980-01-02", {"csem_only": True}, "csem_only")
    aid = desk.create_assessment(pk, "stable2007", "1", "f" * 64, "2026-11-01")
    kinds(desk)
    desk.set_rating_period(aid, "2026-09-01", "2026-10-31")
    assert desk.rating_period(aid) == ("2026-09-01", "2026-10-31")
    assert kinds(desk) == [(changes.ANSWERED, pk, aid)]
    desk.set_rating_period(aid, None, None)
    assert desk.rating_period(aid) is None


def test_a_rating_period_through_the_wizard_session(desk: Desk) -> None:
    """What the wizard's period bar calls: one line for each bad period, nothing stored."""
    desk.set_evaluator("Dr Test", "", "")
    pk = desk.create_case("RP-OP", "1980-01-01", {}, "csem_only")
    aid = desk.create_assessment(pk, "acute2007", "1.0", "a" * 64, "2026-11-02")
    session = StoreSession(desk, aid)
    with pytest.raises(ValueError, match=r"cannot end after the assessment date \(2026-11-02\)"):
        session.set_rating_period("2026-10-01", "2026-11-03")
    with pytest.raises(StoreError, match="needs two dates as YYYY-MM-DD"):
        session.set_rating_period("2026-10-01", "1 Nov")  # said by the store, not guessed
    assert session.rating_period() is None
    session.set_rating_period("2026-10-01", "2026-11-02")  # the day itself is in the period
    assert session.rating_period() == desk.rating_period(aid) == ("2026-10-01", "2026-11-02")
