"""The report context of a case, the evaluator's training and rating periods in a real store."""

from __future__ import annotations

import pytest

from tally.core.report_context import DatedEntry, RatingPeriod, ReportContext
from tally.operations.lookups import load_report_context, save_report_context
from tally.store import LifecycleError, Store, StoreError
from tally.store import report_context as stored


@pytest.fixture
def store(tmp_path):
    s = Store.create(tmp_path / "ctx.db", "context passphrase 1")
    s.set_evaluator("Dr Context", "PhD", "Clinic")
    yield s
    s.close()


def _draft(store, catalog, form_id="stable2007"):
    form = catalog.get(form_id)
    case = store.find_case("C-1")
    case_pk = case.pk if case else store.create_case("C-1", "1980-01-01", {"csem_only": True})
    return case_pk, store.create_assessment(case_pk, form_id, form.version, form.content_hash,
                                            "2026-11-01")


def test_context_is_remembered_per_case_and_audited(store, catalog, tmp_path):
    case_pk, aid = _draft(store, catalog)
    ctx = ReportContext(referral_question="Risk on release?", jurisdiction="Ontario, Canada",
                        records=(DatedEntry("Police summary", "2026-01-02"),),
                        training={"stable2007": "SAARNA training 2023"})
    save_report_context(store, case_pk, ctx)
    save_report_context(store, case_pk, ctx)  # unchanged: no second audit entry
    assert [e.action for e in store.audit_entries()].count("report_context.set") == 1
    assert [e.action for e in store.audit_entries()].count("evaluator.training") == 1
    stored.set_period(store, aid, "2026-09-01", "2026-10-31")
    loaded = load_report_context(store, [store.get_assessment(aid)])
    assert loaded.referral_question == "Risk on release?"
    assert loaded.records == ctx.records
    assert loaded.training == {"stable2007": "SAARNA training 2023"}
    assert loaded.periods == {store.get_assessment(aid).uid: RatingPeriod("2026-09-01",
                                                                          "2026-10-31")}
    # the stored row holds neither training nor periods: they live with the evaluator/rating
    assert stored.get_context(store, case_pk)["training"] == {}
    stored.set_training(store, "stable2007", "")  # removed
    assert stored.get_training(store) == {}
    assert load_report_context(store, []) == ReportContext()
    store.close()
    again = Store.open(tmp_path / "ctx.db", "context passphrase 1")
    try:
        assert stored.get_context(again, case_pk)["jurisdiction"] == "Ontario, Canada"
        assert again.verify_audit().ok
    finally:
        again.close()


def test_rating_period_belongs_to_the_draft_and_follows_an_amendment(store, catalog):
    _case_pk, aid = _draft(store, catalog)
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        stored.set_period(store, aid, "1 Sept", "2026-10-31")
    with pytest.raises(StoreError, match="starts"):
        stored.set_period(store, aid, "2026-11-01", "2026-10-31")
    with pytest.raises(StoreError, match="both"):
        stored.set_period(store, aid, "2026-11-01", None)
    stored.set_period(store, aid, "2026-09-01", "2026-10-31")
    stored.set_period(store, aid, "2026-09-01", "2026-10-31")  # no change, no audit
    stored.set_period(store, aid, None, None)
    assert stored.get_period(store, aid) is None
    stored.set_period(store, aid, "2026-09-02", "2026-10-30")
    for item in catalog.get("stable2007").items:
        store.set_answer(aid, item.id, 1)
    store.lock(aid)
    with pytest.raises(LifecycleError):
        stored.set_period(store, aid, "2026-09-01", "2026-10-31")
    with pytest.raises(Exception, match="cannot change"):  # the trigger, below the API
        store.conn.execute("UPDATE rating_periods SET period_end = '2026-11-01'")
    newer = store.amend(aid, "collateral contact")
    assert stored.get_period(store, newer) == ("2026-09-02", "2026-10-30")
    stored.set_period(store, newer, "2026-09-02", "2026-11-01")
    assert stored.get_period(store, aid) == ("2026-09-02", "2026-10-30")


def test_training_needs_an_evaluator_and_context_a_case(tmp_path):
    bare = Store.create(tmp_path / "bare.db", "context passphrase 1")
    try:
        assert stored.get_training(bare) == {}
        with pytest.raises(StoreError, match="evaluator profile"):
            stored.set_training(bare, "cport", "workshop")
        with pytest.raises(StoreError):
            stored.set_context(bare, 99, {})
    finally:
        bare.close()
