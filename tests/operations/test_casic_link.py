"""CPORT item 5 from a linked CASIC assessment (#11), over a real SQLCipher file: only when
the evaluator records no admission and no diagnosis, only from a complete CASIC, never from
the profile; lock needs the CASIC locked and freezes it; an amendment keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.core.scoring import score
from tally.operations import casic as ops
from tally.operations import changes
from tally.operations.desk import Desk
from tally.operations.errors import LifecycleError
from tally.operations.session import StoreSession

PASS = "correct horse battery staple"
ITEM = "sexual_interest_in_children"
CASIC_ITEMS = ("never_married", "csem_videos", "csem_stories", "csem_interest_2_years",
               "volunteered_child_access", "online_sexual_communication")


@pytest.fixture
def desk(tmp_path: Path, catalog):
    opened = Desk.create(tmp_path / "cases.db", PASS)
    opened.set_evaluator("Dr Test Evaluator")
    yield opened
    opened.close()


def _case(desk: Desk, catalog, facts=None) -> tuple[int, int]:
    pk = desk.create_case("C-105", "1980-05-06", facts or {"csem_only": True})
    cport = catalog.get("cport")
    aid = desk.create_assessment(pk, "cport", cport.version, cport.content_hash, "2026-12-01",
                                 form=cport)
    return pk, aid


def _score_casic(desk: Desk, casic_id: int, total: int, answered: int = 6) -> None:
    for i, item in enumerate(CASIC_ITEMS[:answered]):
        desk.set_answer(casic_id, item, 1 if i < total else 0, rationale=f"file note {i}")


def _item5(desk: Desk, catalog, aid: int):
    record = desk.get_assessment(aid)
    return score(catalog.get("cport"), {}, record.facts()).items[ITEM].points


def test_item_5_comes_from_the_linked_casic_only_with_the_gate(desk, catalog):
    _, aid = _case(desk, catalog, {"csem_only": True, "casic_total": 5})  # a loose number
    assert desk.casic_feed(aid).why == ops.UNLINKED
    assert "casic_total" not in desk.get_assessment(aid).case.facts  # the profile's is dropped
    casic_id = desk.start_casic(aid)
    assert desk.assessment_meta(casic_id).form_id == "casic"
    assert [m.id for m in desk.feeds_into(casic_id)] == [aid]
    _score_casic(desk, casic_id, 3, answered=5)
    assert desk.casic_feed(aid).why == ops.GATE_UNRECORDED
    desk.set_casic_gate(aid, False)
    assert desk.casic_feed(aid).why == ops.GATE_NO and _item5(desk, catalog, aid) is None
    desk.set_casic_gate(aid, True)
    found = desk.casic_feed(aid)
    assert (found.why, found.total, found.answered, found.items) == (ops.INCOMPLETE, 3, 5, 6)
    _score_casic(desk, casic_id, 3)
    found = desk.casic_feed(aid)
    assert (found.why, found.fed, found.casic.id) == (ops.FED, 3, casic_id)
    assert desk.get_assessment(aid).case.facts == {"csem_only": True, "casic_total": 3}
    assert _item5(desk, catalog, aid) == 1
    desk.update_case(desk.assessment_meta(aid).case_pk, notes="an edit of the profile")
    assert _item5(desk, catalog, aid) == 1
    assert desk.casic_feed(casic_id) is None  # nothing feeds a CASIC


def test_lock_needs_the_casic_locked_then_freezes_it_and_an_amendment_keeps_it(desk, catalog):
    _, aid = _case(desk, catalog)
    casic_id = desk.start_casic(aid)
    _score_casic(desk, casic_id, 3)
    desk.set_casic_gate(aid, True)
    with pytest.raises(LifecycleError, match=r"lock the linked CASIC .* first"):
        desk.lock(aid, catalog.get("cport"))
    assert desk.assessment_meta(aid).status == "draft"
    assert not desk.casic_feed(aid).link.frozen  # nothing of the refused lock stayed
    desk.lock(casic_id, catalog.get("casic"))
    desk.lock(aid, catalog.get("cport"))
    record = desk.get_assessment(aid)
    assert record.case.facts["casic_total"] == 3 and record.content_hash_now() == \
        record.content_hash
    found = desk.casic_feed(aid)
    assert (found.why, found.fed, found.link.casic_uid, found.link.casic_version) == (
        ops.FED, 3, desk.assessment_meta(casic_id).uid, 1)
    newer_casic = desk.amend(casic_id, "item 6 was missed")
    desk.set_answer(newer_casic, "online_sexual_communication", 1, rationale="chat logs")
    assert desk.casic_feed(aid).total == 3  # a locked CPORT keeps the version it used
    amended = desk.amend(aid, "rationale of item 2 corrected")
    assert desk.get_assessment(amended).answers == record.answers
    assert desk.casic_feed(amended).fed == 4  # the draft follows the CASIC's chain ...
    # casic_total is the link's, not the profile's: taking the profile changes nothing
    assert desk.profile_diff(aid, catalog.get("cport")).facts == ()


def test_lock_without_a_link_freezes_no_loose_total_and_a_void_casic_is_refused(desk, catalog):
    pk, aid = _case(desk, catalog, {"csem_only": True, "casic_total": 4})
    other = desk.create_assessment(pk, "cport", "1", catalog.get("cport").content_hash,
                                   "2026-12-02")
    casic_id = desk.start_casic(other)
    _score_casic(desk, casic_id, 3)
    desk.lock(casic_id, catalog.get("casic"))
    desk.void(casic_id, "scored for the wrong man")
    assert desk.casic_feed(other).why == ops.VOID
    with pytest.raises(LifecycleError, match="voided"):
        desk.lock(other)
    desk.lock(aid)
    assert "casic_total" not in desk.get_assessment(aid).case.facts


def test_only_a_feeding_form_links_and_each_change_is_notified(desk, catalog):
    pk, aid = _case(desk, catalog)
    rm = catalog.get("rm2000s")
    wrong = desk.create_assessment(pk, "rm2000s", rm.version, rm.content_hash, "2026-12-01")
    with pytest.raises(LifecycleError, match="does not feed"):
        desk.link_casic(aid, wrong)
    with pytest.raises(LifecycleError, match="no form feeds"):
        desk.start_casic(wrong)
    casic = catalog.get("casic")
    casic_id = desk.create_assessment(pk, "casic", casic.version, casic.content_hash,
                                      "2026-12-01")
    seen = []
    desk.changes.subscribe(lambda c: seen.append((c.kind, c.assessment_id)))
    desk.link_casic(aid, casic_id)
    desk.unlink_casic(aid)
    desk.unlink_casic(aid)
    assert seen == [(changes.ANSWERED, aid), (changes.ANSWERED, casic_id),
                    (changes.ANSWERED, aid), (changes.ANSWERED, casic_id),
                    (changes.ANSWERED, aid)]
    assert ops.feeder(catalog, "casic") is None


def test_the_session_offers_the_case_casics_and_reads_the_link_again(desk, catalog):
    _, aid = _case(desk, catalog)
    session = StoreSession(desk, aid)
    assert session.casic_candidates() == [] and session.casic_feed().why == ops.UNLINKED
    casic_id = session.start_casic()
    assert [m.id for m in session.casic_candidates()] == [casic_id]
    _score_casic(desk, casic_id, 4)
    session.set_casic_gate(True)
    assert session.facts()["casic_total"] == 4
    session.unlink_casic()
    assert "casic_total" not in session.facts()
    session.link_casic(casic_id)
    assert session.casic_feed().link.gate is None  # unlinking took the gate with it
    assert [m.id for m in StoreSession(desk, casic_id).feeds_into()] == [aid]
    assert StoreSession(desk, casic_id).casic_candidates() == []


def test_a_desk_given_no_catalog_uses_the_installed_forms(tmp_path):
    with_none = Desk.create(tmp_path / "bare.db", PASS)
    try:
        assert "casic" in with_none.catalog
    finally:
        with_none.close()
