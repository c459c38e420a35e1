"""Editing a case with locked work (#11 items 2 and 3): an identifying field changes only with
a reason, kept in the audit entry; an amendment starts from its locked version's answers and
facts, and takes the profile's facts only when asked; a fact entered in such a draft reaches
both the draft and the profile."""

from __future__ import annotations

import pytest

from tally.store import LifecycleError, Store

from .conftest import draft


def case_updates(store: Store, pk: int) -> list:
    return [e for e in store.audit_entries("case", pk) if e.action == "case.update"]


def test_a_case_with_only_drafts_changes_its_id_and_birth_date_without_a_reason(store):
    aid = draft(store)
    pk = store.assessment_meta(aid).case_pk
    assert not store.has_locked_work(pk)
    store.update_case(pk, case_id="C-002", date_of_birth="1981-05-06")
    assert store.get_case(pk).case_id == "C-002"
    assert "reason" not in case_updates(store, pk)[-1].after


def test_an_identifying_change_of_a_case_with_locked_work_needs_a_reason(store):
    aid = draft(store)
    pk = store.assessment_meta(aid).case_pk
    locked_hash = store.lock(aid)
    assert store.has_locked_work(pk)
    before = len(store.audit_entries())
    for fields in ({"case_id": "C-009"}, {"date_of_birth": "1981-05-06"},
                   {"date_of_birth": None}):
        with pytest.raises(LifecycleError, match="needs a reason"):
            store.update_case(pk, reason="  ", **fields)
    with pytest.raises(LifecycleError, match="the case id and the date of birth"):
        store.update_case(pk, case_id="C-009", date_of_birth="1981-05-06")
    assert len(store.audit_entries()) == before  # refused: nothing written
    store.update_case(pk, notes="other fields need none", facts={"csem_only": True})

    store.update_case(pk, date_of_birth="1981-05-06", reason=" Birth certificate on file ")
    entry = case_updates(store, pk)[-1]
    assert entry.before == {"date_of_birth": "1980-05-06"}
    assert entry.after == {"date_of_birth": "1981-05-06", "reason": "Birth certificate on file"}
    assert store.verify_audit().ok
    record = store.get_assessment(aid)  # the locked version keeps what it was locked with
    assert record.case.date_of_birth == "1980-05-06"
    assert record.content_hash == record.content_hash_now() == locked_hash
    assert store.invariant_problems() == []


def test_an_amendment_opens_with_the_locked_answers_and_facts(store):
    aid = draft(store)
    pk = store.assessment_meta(aid).case_pk
    store.lock(aid)
    store.update_case(pk, date_of_birth="1990-01-01", facts={"csem_only": False},
                      reason="corrected")
    locked = store.get_assessment(aid)
    new = store.amend(aid, "typo in a rationale")
    amended = store.get_assessment(new)
    assert amended.answers == locked.answers  # the same answers
    assert amended.case == locked.case  # and the same facts, not the profile's new ones
    assert amended.facts() == {**locked.facts(), "assessment_date": amended.assessment_date}
    entry = store.audit_entries("assessment", new)[-1]
    assert entry.after["facts"] == "locked version"

    # a fact entered inside the draft reaches the draft and the profile
    store.set_fact(new, "casic_total", 4)
    store.set_fact(new, "casic_total", 4)  # again: nothing more to write
    assert store.get_assessment(new).case.facts == {"csem_only": True, "casic_total": 4}
    assert store.get_case(pk).facts == {"csem_only": False, "casic_total": 4}
    assert store.audit_entries("assessment", new)[-1].after == {"casic_total": 4}
    content_hash = store.lock(new)
    assert store.get_assessment(new).case.date_of_birth == "1980-05-06"
    assert store.get_assessment(new).content_hash_now() == content_hash
    with pytest.raises(LifecycleError, match="cannot change a fact"):
        store.set_fact(new, "casic_total", 1)
    assert store.invariant_problems() == []


def test_an_amendment_takes_the_profile_facts_only_when_asked(store):
    aid = draft(store)
    pk = store.assessment_meta(aid).case_pk
    store.lock(aid)
    store.update_case(pk, date_of_birth="1990-01-01", reason="corrected")
    new = store.amend(aid, "birth date corrected", take_profile_facts=True)
    assert store.get_assessment(new).case.date_of_birth == "1990-01-01"
    assert store.audit_entries("assessment", new)[-1].after["facts"] == "profile"
    store.set_fact(new, "casic_total", 2)  # a draft on the profile: the profile has it
    assert store.get_assessment(new).case.facts["casic_total"] == 2
    store.update_case(pk, notes="later edits reach it, as any draft")
    assert store.get_assessment(new).case.notes == "later edits reach it, as any draft"
