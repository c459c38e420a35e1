"""Practice attempts in a real encrypted store, comparison with the reference, progress."""

from __future__ import annotations

import pytest

from tally.training.compare import compare
from tally.training.practice import PracticeSession
from tally.training.progress import (
    AttemptResult,
    ProficiencyRule,
    progress_by_instrument,
)
from tally.training.storage import TrainingStore, TrainingStoreError


def attempt_with(tstore, trainee, case, ref, form, points, facts=None) -> PracticeSession:
    session = PracticeSession.start(tstore, trainee.id, case, ref, form)
    for item_id, value in points.items():
        session.set_answer(item_id, value, rationale=f"trainee on {item_id}")
    for name, value in (facts or {}).items():
        session.set_fact(name, value)
    return session


def test_compare_reports_items_totals_and_bands(library, catalog) -> None:
    case = library.get("tr01_first_contact_csem_only")
    ref = case.reference("static99r")
    form = catalog.get("static99r")
    answers = ref.points() | {"noncontact_sex_offences": 0, "male_victims": 1}
    fb = compare(case, ref, form, answers)
    assert fb.compared == 10 and fb.agreed == 8
    assert fb.agreement == pytest.approx(0.8)
    assert [i.item_id for i in fb.disagreements] == ["noncontact_sex_offences", "male_victims"]
    missed = fb.disagreements[0]
    assert missed.expected == 1 and missed.given == 0
    assert "non-contact" in missed.rationale and "Static-99R" in missed.guidance_ref
    assert missed.item_guidance == form.item("noncontact_sex_offences").guidance
    assert fb.total_difference == 0 and fb.band_agrees
    assert any("does not meet" in w for w in fb.warnings)


def test_compare_derives_left_items_from_the_trainees_facts(library, catalog) -> None:
    case = library.get("tr02_young_coach_casic_route")
    ref = case.reference("cport")
    form = catalog.get("cport")
    answers = {k: v for k, v in ref.points().items() if k != "sexual_interest_in_children"}
    answers.pop("age_35_or_younger")
    facts = case.facts_for(ref)
    assert compare(case, ref, form, answers, facts).agreed == 7
    facts_low = facts | {"casic_total": 2}
    fb = compare(case, ref, form, answers, facts_low)
    assert [i.item_id for i in fb.disagreements] == ["sexual_interest_in_children"]
    assert fb.total_difference == -1
    no_casic = {k: v for k, v in facts.items() if k != "casic_total"}
    fb = compare(case, ref, form, answers, no_casic)
    assert fb.disagreements[0].given is None and fb.disagreements[0].given_label == "not answered"
    assert not fb.trainee_complete


def test_practice_session_autosaves_hides_casic_and_submits(library, catalog, tstore, store):
    trainee = tstore.add_trainee("  Trainee   One ")
    assert trainee.name == "Trainee One"
    case = library.get("tr02_young_coach_casic_route")
    ref, form = case.reference("cport"), catalog.get("cport")
    session = attempt_with(tstore, trainee, case, ref, form, {"boy_content_csem": 1})
    assert "casic_total" not in session.facts()  # worked out from the vignette, not given
    assert session.facts()["index_investigation_date"] == "2022-10-18"
    session.set_position("boy_content_csem")
    session.set_fact("casic_total", 4)

    # a new session object reads everything back from the database: nothing lost
    again = PracticeSession.start(tstore, trainee.id, case, ref, form)
    assert again.attempt.id == session.attempt.id
    assert again.answers()["boy_content_csem"].points == 1
    assert again.answers()["boy_content_csem"].rationale == "trainee on boy_content_csem"
    assert again.facts()["casic_total"] == 4
    assert again.position() == "boy_content_csem"
    assert again.status() == "draft" and not again.read_only()
    assert again.title() == "Practice · TR-02" and again.version() == 1
    assert again.previous() is None and again.history() == []

    for item_id, value in ref.points().items():
        if item_id not in ("age_35_or_younger", "sexual_interest_in_children", "boy_content_other"):
            again.set_answer(item_id, value)
    again.set_answer("boy_content_other", 1)  # one miss
    again.set_answer("age_35_or_younger", 1, origin="derived", derivation="age 26")
    assert again.lock() == "cport"
    fb = again.feedback
    assert fb is not None and fb.agreed == 6 and fb.total_difference == 1
    assert again.read_only() and again.status() == "submitted"
    with pytest.raises(TrainingStoreError, match="submitted"):
        again.set_answer("boy_content_other", 0)
    with pytest.raises(TrainingStoreError, match="cannot be amended"):
        again.amend("why")
    with pytest.raises(TrainingStoreError, match="already submitted"):
        tstore.submit(again.attempt.id, fb)
    again.set_position("age_35_or_younger")  # ignored once submitted
    assert tstore.position(again.attempt.id) == "boy_content_csem"

    [result] = tstore.results(trainee.id)
    assert result.missed == ["boy_content_other"]
    assert result.agreement == pytest.approx(6 / 7)
    assert result.trainee_total == 5 and result.reference_total == 4
    # a fresh start after submitting is a new attempt
    assert PracticeSession.start(tstore, trainee.id, case, ref, form).attempt.id != result.attempt_id

    # training lives apart from real work: no case rows, only training_* tables
    assert store.count_cases() == 0
    names = {row[0] for row in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"training_trainees", "training_attempts", "training_answers"} <= names


def test_practice_session_refuses_bad_input(library, catalog, tstore) -> None:
    trainee = tstore.add_trainee("T")
    case = library.get("tr01_first_contact_csem_only")
    ref, form = case.reference("cport"), catalog.get("cport")
    session = PracticeSession.start(tstore, trainee.id, case, ref, form)
    with pytest.raises(TrainingStoreError, match="not an item"):
        session.set_answer("nope", 1)
    with pytest.raises(TrainingStoreError, match="not a score"):
        session.set_answer("boy_content_csem", 3)
    assert session.answers() == {}
    other = library.get("tr02_young_coach_casic_route")
    with pytest.raises(TrainingStoreError, match="another case"):
        PracticeSession(tstore, session.attempt, other, other.reference("cport"), form)
    with pytest.raises(TrainingStoreError, match="another case"):
        tstore.submit(session.attempt.id, compare(other, other.reference("cport"), form, {}))


def test_trainees_and_settings(tstore) -> None:
    a = tstore.add_trainee("Beta")
    tstore.add_trainee("alpha")
    assert [t.name for t in tstore.trainees()] == ["alpha", "Beta"]
    assert tstore.trainee(a.id) == a
    with pytest.raises(TrainingStoreError, match="already a trainee"):
        tstore.add_trainee("Beta")
    with pytest.raises(TrainingStoreError, match="needs a name"):
        tstore.add_trainee("   ")
    with pytest.raises(TrainingStoreError, match="no trainee"):
        tstore.trainee(999)
    with pytest.raises(TrainingStoreError, match="no practice attempt"):
        tstore.attempt(999)
    assert tstore.proficiency_rule() == ProficiencyRule(0.8, 4)
    tstore.set_proficiency_rule(ProficiencyRule(0.9, 3))
    assert TrainingStore(tstore.conn).proficiency_rule() == ProficiencyRule(0.9, 3)
    with pytest.raises(ValueError, match="agreement threshold"):
        ProficiencyRule(0, 4)
    with pytest.raises(ValueError, match="at least 1"):
        ProficiencyRule(0.8, 0)
    assert ProficiencyRule().describe() == "≥ 80% item agreement on ≥ 4 cases"


def result(n, case, form="stable2007", given=None, expected=None, t=None, r=None, key=None):
    expected = expected or {"a": 1, "b": 2, "c": 0, "d": 1, "e": 2}
    given = expected if given is None else given
    tb = None if t is None else ("low" if t < 4 else "moderate")
    rb = None if r is None else ("low" if r < 4 else "moderate")
    return AttemptResult(n, 1, case, key or form, form, f"2025-01-{n:02d}T10:00:00+00:00",
                         given, expected, t or 0, r or 0, tb, rb)


def test_progress_first_attempts_proficiency_and_statistics() -> None:
    exp = {"a": 1, "b": 2, "c": 0, "d": 1, "e": 2}
    results = [
        result(1, "c1", given=exp | {"a": 0, "b": 1}, t=3, r=6),  # 60%: not qualifying
        result(2, "c1", t=6, r=6),  # a repeat: not blind, does not count
        result(3, "c2", t=2, r=2),
        result(4, "c3", given=exp | {"e": None}, t=5, r=7),  # 80%, unanswered item
        result(5, "c4", t=9, r=9),
        result(6, "x1", form="cport", expected={"p": 1, "q": 0}, t=1, r=1),
    ]
    progress = progress_by_instrument(results)
    st = progress["stable2007"]
    assert st.attempts == 5 and st.scorings_done == 4 and st.cases_done == 4
    assert st.qualifying == 3 and not st.proficient and st.progress == pytest.approx(0.75)
    assert [round(v, 2) for _, v in st.timeline] == [0.6, 1.0, 1.0, 0.8, 1.0]
    assert st.missed[0][0] in ("a", "b") and {m[0] for m in st.missed} == {"a", "b", "e"}
    assert st.item_agreement == pytest.approx(17 / 20)
    assert st.item_kappa is not None and st.item_kappa_quadratic is not None
    assert st.total_icc is not None and st.band_kappa is not None
    cp = progress["cport"]
    assert cp.item_kappa_quadratic is not None  # 0/1 items are a subset of 0/1/2
    assert cp.total_icc is None  # one case: not yet defined
    relaxed = progress_by_instrument(results, ProficiencyRule(0.6, 4))["stable2007"]
    assert relaxed.proficient and relaxed.progress == 1.0
