"""Voiding through the Desk and the wizard's session: notified once, refused cleanly, and
left out of what reads the case's current work (consistency checks, the previous rating,
a report's earlier rating, `verify --db`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.operations import changes
from tally.operations.desk import Desk
from tally.operations.errors import LifecycleError
from tally.operations.lookups import earlier_ratings, record_lookups, record_voids
from tally.operations.session import StoreSession

PASS = "correct horse battery staple"
REASON = "scored for the wrong case"


@pytest.fixture
def desk(tmp_path: Path):
    opened = Desk.create(tmp_path / "cases.db", PASS)
    opened.set_evaluator("Dr Desk")
    seen: list[changes.Change] = []
    opened.changes.subscribe(seen.append)
    opened.seen = seen  # type: ignore[attr-defined]
    yield opened
    opened.close()


def _locked(desk: Desk, pk: int, form_id: str, when: str, points: int = 1) -> int:
    aid = desk.create_assessment(pk, form_id, "1", "f" * 64, when)
    desk.set_answer(aid, "victim_access", points)
    desk.lock(aid)
    return aid


def test_a_void_is_notified_once_and_a_refused_one_not_at_all(desk):
    pk = desk.create_case("V-1")
    aid = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-01-05")
    desk.seen.clear()
    with pytest.raises(LifecycleError, match="cannot void a draft"):
        desk.void(aid, REASON)
    assert desk.seen == []
    desk.lock(aid)
    desk.seen.clear()
    note = desk.void(aid, REASON)
    assert [(c.kind, c.case_pk, c.assessment_id) for c in desk.seen] == [
        (changes.VOIDED, pk, aid)]
    assert desk.void_note(aid) == note and note.voided_by == "Dr Desk"
    assert desk.get_case(pk).n_assessments == 0


def test_the_session_voids_and_stays_read_only(desk):
    pk = desk.create_case("V-2", "1980-01-02")
    aid = _locked(desk, pk, "acute2007", "2025-01-05")
    session = StoreSession(desk, aid)
    assert session.void_note() is None
    session.void(REASON)
    assert session.status() == "void" and session.read_only()
    assert session.void_note().reason == REASON
    assert [h.status for h in session.history()] == ["void"]
    with pytest.raises(LifecycleError, match="was voided"):
        session.amend("a correction")


def test_a_void_is_never_the_previous_rating_nor_an_other_instrument(desk):
    pk = desk.create_case("V-3", "1980-01-02")
    first = _locked(desk, pk, "acute2007", "2025-01-05", points=0)
    wrong = _locked(desk, pk, "acute2007", "2025-02-05", points=2)
    stable = _locked(desk, pk, "stable2007", "2025-02-06")
    now = desk.create_assessment(pk, "acute2007", "1", "f" * 64, "2025-03-05")
    cport = desk.create_assessment(pk, "cport", "1", "f" * 64, "2025-03-05")
    assert StoreSession(desk, now).previous().assessment_date == "2025-02-05"
    assert set(StoreSession(desk, cport).others()) == {"acute2007", "stable2007"}
    desk.void(wrong, REASON)
    desk.void(stable, REASON)
    previous = StoreSession(desk, now).previous()
    assert previous.assessment_date == "2025-01-05"
    assert previous.answers["victim_access"].points == 0
    assert set(StoreSession(desk, cport).others()) == {"acute2007"}
    desk.lock(now)
    earlier = earlier_ratings(desk, [desk.get_assessment(now)])
    assert earlier[desk.get_assessment(now).uid].id == first


def test_verify_lookups_name_the_void(desk):
    pk = desk.create_case("V-4")
    aid = _locked(desk, pk, "acute2007", "2025-01-05")
    record = desk.get_assessment(aid)
    voided = record_voids(desk)
    assert voided(record) is None
    note = desk.void(aid, REASON)
    lookup, newest = record_lookups(desk)
    found = lookup(aid, record.uid)
    assert found.status == "void" and newest(found).id == aid
    assert voided(found) == (note.voided_at[:10], REASON)
