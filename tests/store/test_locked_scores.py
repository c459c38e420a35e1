"""The score kept at lock: written in the lock's transaction from the form the assessment was
scored with, equal to what the core gives, and fixed once written (the triggers)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tally.core.scoring import score
from tally.store import Store
from tally.store.locked_scores import ENGINE

from .conftest import PASS, manifest
from .test_triggers import _refused


def _cport_draft(store: Store, catalog: Any, points: int = 1) -> int:
    form = catalog.get("cport")
    number = store.conn.execute("SELECT count(*) FROM cases").fetchone()[0] + 1
    pk = store.create_case(f"KS-{number:03d}", "1990-05-06",
                           {"csem_only": True, "index_investigation_date": "2024-03-01"},
                           "csem_only", "notes")
    aid = store.create_assessment(pk, form.id, form.version, form.content_hash, "2025-02-01")
    for item in form.items:
        if item.id != "age_35_or_younger":  # item 1 is derived from the date of birth
            store.set_answer(aid, item.id, points, rationale="why")
    return aid


def _kept(store: Store, aid: int) -> list[tuple[Any, ...]]:
    return store.conn.execute(
        "SELECT form_hash, engine, total, band, complete, items FROM locked_scores "
        "WHERE assessment_id = ?", (aid,)).fetchall()


def test_lock_with_its_form_keeps_what_the_core_scores(store: Store, catalog: Any) -> None:
    form = catalog.get("cport")
    aid = _cport_draft(store, catalog)
    store.lock(aid, form)
    record = store.get_assessment(aid)
    given = record.scoring_input()
    expected = score(form, given["items"], given["facts"])
    [(form_hash, engine, total, band, complete, items)] = _kept(store, aid)
    assert (form_hash, engine) == (form.content_hash, ENGINE)
    assert expected.complete
    assert (total, band, complete) == (expected.total, None, 1)  # CPORT has no levels
    assert json.loads(items) == {i: r.points for i, r in expected.items.items()}
    assert json.loads(items)["age_35_or_younger"] == 1  # derived, kept with the entered ones


@pytest.mark.parametrize("form_id", ["static99r", "stable2007", "rm2000s", "acute2007"])
def test_the_kept_band_is_the_cores(store: Store, catalog: Any, form_id: str) -> None:
    form = catalog.get(form_id)
    pk = store.create_case("KS-B", "1970-05-06", {"csem_only": False,
                           "contact_sexual_offence": True, "release_date": "2024-03-01",
                           "index_investigation_date": "2023-01-01"}, "mixed", "notes")
    aid = store.create_assessment(pk, form.id, form.version, form.content_hash, "2024-02-01")
    for item in form.items:
        if item.derive is None or item.derive.optional:  # counts may be entered as points
            store.set_answer(aid, item.id, max(o.points for o in item.options), rationale="why")
    store.lock(aid, form)
    given = store.get_assessment(aid).scoring_input()
    expected = score(form, given["items"], given["facts"])
    [(_, _, total, band, complete, _)] = _kept(store, aid)
    assert (total, band, bool(complete)) == (
        expected.total, expected.band.id if expected.band else None, expected.complete)
    assert band is not None and expected.complete


def test_no_score_kept_without_the_form_it_was_scored_with(store: Store, catalog: Any) -> None:
    aid = _cport_draft(store, catalog)
    store.lock(aid)  # as before 0.2, and as a script without forms locks
    assert _kept(store, aid) == []
    other = _cport_draft(store, catalog)
    store.conn.execute("UPDATE assessments SET form_hash = ? WHERE id = ?", ("0" * 64, other))
    store.conn.commit()
    store.lock(other, catalog.get("cport"))  # the installed form is not the one it used
    assert _kept(store, other) == []
    third = _cport_draft(store, catalog)
    store.lock(third, catalog.get("stable2007"))  # another instrument's form
    assert _kept(store, third) == []


def test_answers_that_no_longer_fit_keep_no_score(store: Store, catalog: Any) -> None:
    form = catalog.get("cport")
    aid = _cport_draft(store, catalog)
    store.set_answer(aid, "prior_criminal_history", 7, rationale="a value the form refuses")
    store.lock(aid, form)
    assert store.get_assessment(aid).status == "locked" and _kept(store, aid) == []


def test_a_kept_score_is_fixed(store: Store, catalog: Any) -> None:
    form = catalog.get("cport")
    aid = _cport_draft(store, catalog)
    store.lock(aid, form)
    store.sign(aid, manifest())
    before = _kept(store, aid)
    assert "cannot change" in _refused(store, "UPDATE locked_scores SET total = 0")
    assert "cannot be deleted" in _refused(store, "DELETE FROM locked_scores")
    insert = ("INSERT INTO locked_scores (assessment_id, form_hash, engine, total, band, "
              "complete, items, created_at) VALUES (?, ?, 'other', 0, NULL, 1, '{}', 'x')")
    assert "of its own form" in _refused(store, insert, (aid, "0" * 64))
    draft = _cport_draft(store, catalog)
    assert "only a locked" in _refused(store, insert, (draft, form.content_hash))
    assert _kept(store, aid) == before


def test_kept_scores_survive_reopening_and_verify(db_path, store: Store, catalog: Any) -> None:
    aid = _cport_draft(store, catalog)
    store.lock(aid, catalog.get("cport"))
    kept = _kept(store, aid)
    store.close()
    with Store.open(db_path, PASS) as again:
        assert _kept(again, aid) == kept
        assert again.verify_audit().ok
        assert again.invariant_problems() == []


def test_kept_items_are_parsed_when_first_read() -> None:
    from tally.store.locked_scores import ItemsText

    items = ItemsText('{"a": 1, "b": null}')
    assert len(items) == 2 and list(items) == ["a", "b"] and items["b"] is None
    assert dict(items) == {"a": 1, "b": None}
