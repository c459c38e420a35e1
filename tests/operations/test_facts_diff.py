"""'Take the profile's current facts' in an amendment: which facts differ between the locked
version and the profile, and which derived items the profile's facts would re-derive (old ->
new points). Real forms, a real SQLCipher file, no window."""

from __future__ import annotations

from pathlib import Path

import pytest

from tally.operations import changes
from tally.operations.desk import Desk
from tally.operations.facts_diff import FactChange, profile_diff
from tally.operations.session import StoreSession

PASS = "correct horse battery staple"
FACTS = {"csem_only": True, "release_date": "2024-06-30"}


@pytest.fixture
def desk(tmp_path: Path):
    opened = Desk.create(tmp_path / "cases.db", PASS)
    opened.set_evaluator("Dr Diff")
    yield opened
    opened.close()


def locked_static(desk: Desk, catalog, dob: str = "1986-01-01") -> tuple[int, int]:
    form = catalog.get("static99r")
    pk = desk.create_case("A-1", dob, dict(FACTS), "csem_only", "first note")
    aid = desk.create_assessment(pk, form.id, form.version, form.content_hash, "2024-05-01")
    for item in form.items:
        if item.id != "age_at_release":  # the one item the dates derive
            desk.set_answer(aid, item.id, 0, rationale="on file")
    desk.lock(aid, form)
    return pk, aid


def test_an_unchanged_profile_has_nothing_to_take(desk, catalog):
    _pk, aid = locked_static(desk, catalog)
    diff = desk.profile_diff(aid, catalog.get("static99r"))
    assert diff.empty and diff.facts == () and diff.items == ()


def test_a_changed_date_of_birth_re_derives_the_age_item(desk, catalog):
    form = catalog.get("static99r")
    pk, aid = locked_static(desk, catalog)  # 38 at release: item 1 gives 0
    desk.update_case(pk, date_of_birth="1992-01-01", reason="birth certificate")  # 32: +1
    diff = desk.profile_diff(aid, form)
    assert not diff.empty
    assert diff.facts == (FactChange("date_of_birth", "1986-01-01", "1992-01-01"),)
    [item] = diff.items
    assert (item.item_id, item.number, item.locked, item.profile) == ("age_at_release", "1", 0, 1)
    assert diff.total == (diff.total[0], diff.total[0] + 1)
    assert diff.complete == (True, True)
    # a read: the locked version and its hash are untouched
    record = desk.get_assessment(aid)
    assert record.case.date_of_birth == "1986-01-01"
    assert record.content_hash_now() == record.content_hash


def test_every_kind_of_difference_is_listed_in_order(desk, catalog):
    form = catalog.get("static99r")
    pk, aid = locked_static(desk, catalog)
    desk.update_case(pk, case_id="A-2", offence_pattern="mixed_escalation", notes="second note",
                     facts={"release_date": "2030-01-01", "csem_only": False, "casic_total": 3},
                     reason="file number corrected")
    diff = desk.profile_diff(aid, form)
    assert [(c.name, c.locked, c.profile) for c in diff.facts] == [
        ("case_id", "A-1", "A-2"),
        ("offence_pattern", "csem_only", "mixed_escalation"),
        ("casic_total", None, 3),
        ("csem_only", True, False),
        ("release_date", "2024-06-30", "2030-01-01"),
        ("notes", "first note", "second note"),
    ]
    assert [i.item_id for i in diff.items] == ["age_at_release"]  # 44 at the new release
    assert (diff.items[0].locked, diff.items[0].profile) == (0, -1)


def test_a_fact_removed_from_the_profile_leaves_an_item_missing(desk, catalog):
    form = catalog.get("static99r")
    pk, aid = locked_static(desk, catalog)
    desk.update_case(pk, facts={"csem_only": True})  # the release date no longer known
    diff = desk.profile_diff(aid, form)
    assert diff.facts == (FactChange("release_date", "2024-06-30", None),)
    [item] = diff.items
    assert (item.locked, item.profile) == (0, None) and item.how
    assert diff.complete == (True, False)


def test_a_malformed_profile_fact_is_scored_as_no_facts(desk, catalog):
    form = catalog.get("static99r")
    pk, aid = locked_static(desk, catalog)
    desk.update_case(pk, facts={**FACTS, "release_date": "not a date"})
    diff = profile_diff(form, desk.get_assessment(aid), desk.get_case(pk))
    assert [c.name for c in diff.facts] == ["release_date"]
    assert [(i.item_id, i.profile) for i in diff.items] == [("age_at_release", None)]


def test_the_session_amends_on_the_locked_facts_or_on_the_profile(desk, catalog):
    form = catalog.get("static99r")
    pk, aid = locked_static(desk, catalog)
    desk.update_case(pk, date_of_birth="1992-01-01", reason="birth certificate")
    session = StoreSession(desk, aid)
    assert [i.item_id for i in session.profile_diff(form).items] == ["age_at_release"]
    kept = session.amend("typo")  # the default: exactly the locked version
    assert kept.facts()["date_of_birth"] == "1986-01-01"
    assert kept.answers() == StoreSession(desk, aid).answers()  # the same answers
    kept.set_fact("casic_total", 2)
    assert desk.get_assessment(kept.assessment_id).case.facts["casic_total"] == 2
    assert desk.get_case(pk).facts["casic_total"] == 2
    desk.lock(kept.assessment_id, form)

    seen: list = []
    desk.changes.subscribe(seen.append)
    taken = StoreSession(desk, kept.assessment_id).amend("birth date corrected", True)
    assert taken.facts()["date_of_birth"] == "1992-01-01"
    assert [c.kind for c in seen] == [changes.AMENDED]
    assert desk.has_locked_work(pk)
