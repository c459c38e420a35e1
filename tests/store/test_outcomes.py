"""Follow-up outcomes in a real SQLCipher store: audited, checked, kept out of snapshots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tally.store import Store, StoreError
from tally.store import outcomes as oc
from tests.store.conftest import PASS


def case(store: Store) -> int:
    return store.create_case("OUT-1", "1975-02-03", {"csem_only": True}, "csem_only", "n")


def test_followup_and_events_round_trip_with_audit(store: Store) -> None:
    pk = case(store)
    oc.set_followup(store, pk, "2018-04-01", "release")
    eid = oc.add_event(store, pk, "csem", "2019-05-06", "charge", " records check ")
    oc.set_followup(store, pk, "2018-04-01", "release", "2024-01-31", "records_check")
    oc.update_event(store, eid, basis="conviction")
    assert oc.get_followup(store, pk) == oc.Followup(
        pk, "2018-04-01", "release", "2024-01-31", "records_check", False)
    assert oc.list_events(store, pk) == [
        oc.RecidivismEvent(eid, pk, "csem", "2019-05-06", "conviction", "records check")]
    actions = [e.action for e in store.audit_entries("case", pk)]
    assert actions == ["case.create", "followup.set", "event.add", "followup.set",
                       "event.update"]
    update = store.audit_entries("case", pk)[-1]
    assert update.before == {"id": eid, "basis": "charge"}
    assert update.after == {"id": eid, "basis": "conviction"}
    oc.update_event(store, eid, basis="conviction")  # no change: no audit noise
    oc.set_followup(store, pk, "2018-04-01", "release", "2024-01-31", "records_check")
    assert len(store.audit_entries("case", pk)) == 5
    oc.delete_event(store, eid)
    oc.clear_followup(store, pk)
    oc.clear_followup(store, pk)  # already gone: nothing to do
    assert oc.get_followup(store, pk) is None and oc.list_events(store, pk) == []
    assert [e.action for e in store.audit_entries("case", pk)][-2:] == [
        "event.delete", "followup.clear"]
    assert store.verify_audit().ok


@pytest.mark.parametrize("call, message", [
    (lambda s, pk: oc.add_event(s, pk, "csem", "2019-01-01", "charge"),
     "record the start of follow-up"),
    (lambda s, pk: oc.set_followup(s, pk, "2018-13-01", "release"), "YYYY-MM-DD"),
    (lambda s, pk: oc.set_followup(s, pk, "2999-01-01", "release"), "in the future"),
    (lambda s, pk: oc.set_followup(s, pk, "2018-01-01", "parole"), "start of follow-up must be"),
    (lambda s, pk: oc.set_followup(s, pk, "2018-01-01", "release", "2017-01-01", "death"),
     "cannot end before it starts"),
    (lambda s, pk: oc.set_followup(s, pk, "2018-01-01", "release", "2019-01-01"),
     "both a date and a reason"),
    (lambda s, pk: oc.set_followup(s, pk, "2018-01-01", "release", "2019-01-01", "moved"),
     "reason follow-up ended"),
    (lambda s, pk: oc.set_followup(s, 999, "2018-01-01", "release"), "no case"),
])
def test_bad_outcome_input_changes_nothing(store: Store, call, message: str) -> None:
    pk = case(store)
    before = len(store.audit_entries())
    with pytest.raises(StoreError, match=message):
        call(store, pk)
    assert len(store.audit_entries()) == before and oc.get_followup(store, pk) is None


def test_events_must_fall_inside_follow_up(store: Store) -> None:
    pk = case(store)
    oc.set_followup(store, pk, "2018-01-01", "release", "2022-01-01", "death")
    with pytest.raises(StoreError, match="falls before follow-up started"):
        oc.add_event(store, pk, "any", "2017-12-31", "charge")
    with pytest.raises(StoreError, match="falls after follow-up ended"):
        oc.add_event(store, pk, "any", "2022-01-02", "charge")
    with pytest.raises(StoreError, match="event type must be one of"):
        oc.add_event(store, pk, "arson", "2020-01-01", "charge")
    with pytest.raises(StoreError, match="basis of the event must be"):
        oc.add_event(store, pk, "any", "2020-01-01", "rumour")
    eid = oc.add_event(store, pk, "violent", "2021-06-01", "conviction")
    with pytest.raises(StoreError, match="falls after follow-up ended"):  # moving the end
        oc.set_followup(store, pk, "2018-01-01", "release", "2021-01-01", "records_check")
    with pytest.raises(StoreError, match="falls after follow-up ended"):
        oc.update_event(store, eid, event_date="2023-01-01")
    with pytest.raises(StoreError, match="delete the case's recidivism events"):
        oc.clear_followup(store, pk)
    with pytest.raises(StoreError, match="no recidivism event"):
        oc.delete_event(store, eid + 100)
    assert oc.get_event(store, eid).event_date == "2021-06-01"


def test_outcomes_stay_out_of_the_locked_snapshot(store: Store) -> None:
    pk = case(store)
    aid = store.create_assessment(pk, "cport", "1.0", "f" * 64, "2018-02-01")
    store.set_answer(aid, "age_35_or_younger", 1)
    oc.set_followup(store, pk, "2018-03-01", "release", "2023-03-01", "records_check")
    oc.add_event(store, pk, "contact_sexual", "2020-07-08", "conviction", "QX-UNIQUE-SOURCE")
    store.lock(aid)
    content = json.dumps(store.get_assessment(aid).content())
    for outcome_value in ("2020-07-08", "QX-UNIQUE-SOURCE", "2023-03-01", "contact_sexual"):
        assert outcome_value not in content
    inputs = oc.locked_inputs(store)
    assert [(i.assessment_id, i.items) for i in inputs] == [(aid, {"age_35_or_younger": 1})]
    assert inputs[0].case["case_id"] == "OUT-1"


def test_outcome_tables_survive_reopening(db_path: Path) -> None:
    with Store.create(db_path, PASS) as s:
        pk = case(s)
        oc.set_followup(s, pk, "2018-01-01", "community_assessment", synthetic=True)
    with Store.open(db_path, PASS) as s:
        assert oc.get_followup(s, pk).synthetic is True
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] >= 2
        followups, events = oc.all_outcomes(s)
        assert list(followups) == [pk] and events == {}
