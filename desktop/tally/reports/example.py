"""A built-in fictional case, so anyone can see and verify a Tally report without data.

Everything here is invented: the person, the evaluator, the organisation and (in
`tally report --example`) a throwaway signing certificate. The records are locked the same
way the store locks them (content hash fixed), so the example goes through the same checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from tally.core.model import Form
from tally.core.record import (
    AnswerRecord,
    AssessmentRecord,
    CaseRecord,
    EvaluatorRecord,
    VersionNote,
)
from tally.core.report_context import DatedEntry, Departure, RatingPeriod, ReportContext

# CPORT (its item 5 from the CASIC) and RM2000/S with STABLE-2007 and ACUTE-2007: the tools
# the talk finds defensible for CSEM cases; others only when those are not installed.
PREFERRED = ("cport", "casic", "rm2000s", "stable2007", "acute2007")
FALLBACK = ("static99r", "rm2000s", "casic")

CASE = CaseRecord(
    case_id="EX-2041",
    date_of_birth="1988-04-12",
    facts={
        "index_investigation_date": "2023-09-14",
        "release_date": "2025-11-03",
        "casic_total": 3,
        "csem_only": True,
        "csem_production": False,
        "contact_sexual_offence": False,
    },
    offence_pattern="csem_only",
)
EVALUATOR = EvaluatorRecord(
    name="Dr Alex Example",
    credentials="PhD, registered forensic psychologist (fictional)",
    organisation="Example Forensic Service (fictional)",
)
DATE = "2026-03-02"  # the day the example is dated at, unless `today` is given
FILE, INTERVIEW, POLICE = "file_review", "interview", "police_reports"
# days before the export: when each instrument was rated, so the dynamic ratings are fresh
AGES = {"cport": 20, "rm2000s": 20, "casic": 20, "static99r": 20, "stable2007": 12,
        "acute2007": 12}
PERIOD_DAYS = {"stable2007": 58, "acute2007": 28}  # how long each rating period is
EARLIER_AGES = {"stable2007": 200, "acute2007": 45}  # the previous ratings
# item changes from the earlier rating to the one reported (item id -> earlier points)
EARLIER = {"stable2007": {"general_social_rejection": 2, "negative_emotionality": 2,
                          "sex_as_coping": 2},
           "acute2007": {"collapse_of_social_supports": 0}}
# the CPORT was amended: version 1 was locked before the analyst's report arrived
AMENDED = {"cport": ({"boy_content_csem": 0}, "analyst's report on the seized material "
                     "received: about 70% of the material depicts boys", 6)}

# item id -> (points, rationale, sources); all invented for the fictional case
ANSWERS: dict[str, dict[str, tuple[int, str, tuple[str, ...]]]] = {
    "cport": {
        "prior_criminal_history": (0, "No convictions before the index offence.", (POLICE,)),
        "conditional_release_failure": (0, "Never under community conditions.", (POLICE,)),
        "contact_sexual_offending": (0, "No known contact offence; none disclosed.",
                                     (POLICE, INTERVIEW)),
        "boy_content_csem": (1, "Analyst report: about 70% of the material depicts boys.",
                             (POLICE,)),
        "boy_content_other": (0, "Other child images were mostly of girls.", (POLICE,)),
    },
    "casic": {
        "never_married": (1, "Never married.", (INTERVIEW,)),
        "csem_videos": (1, "Videos present in the seized material.", (POLICE,)),
        "csem_stories": (0, "No text stories found.", (POLICE,)),
        "csem_interest_2_years": (1, "Collection dates span four years.", (POLICE,)),
        "volunteered_child_access": (0, "No such role.", (INTERVIEW,)),
        "online_sexual_communication": (0, "No chat logs with minors.", (POLICE,)),
    },
    "stable2007": {
        "significant_social_influences": (1, "Few supportive contacts; one negative peer.",
                                          (INTERVIEW,)),
        "capacity_for_relationship_stability": (2, "Never lived with a partner.",
                                                (INTERVIEW, FILE)),
        "emotional_identification_with_children": (1, "Describes children as easier to talk "
                                                   "to; scored as some concern.", (INTERVIEW,)),
        "hostility_toward_women": (0, "No indication.", (INTERVIEW,)),
        "general_social_rejection": (1, "Reports loneliness since job loss.", (INTERVIEW,)),
        "lack_of_concern_for_others": (0, "Shows concern for family.", (INTERVIEW,)),
        "impulsive_acts": (0, "Stable routines.", (FILE,)),
        "poor_problem_solving": (1, "Avoids problems rather than solving them.", (INTERVIEW,)),
        "negative_emotionality": (1, "Low mood, rumination.", (INTERVIEW,)),
        "sex_drive_preoccupation": (1, "Several hours a day online at the time.", (POLICE,)),
        "sex_as_coping": (1, "Used pornography when low.", (INTERVIEW,)),
        "deviant_sexual_preference": (1, "Sustained CSEM use; no admission of preference.",
                                      (POLICE, INTERVIEW)),
        "cooperation_with_supervision": (0, "Attends all appointments.", (FILE,)),
    },
    "acute2007": {
        "victim_access": (0, "No contact with children at work or home.", (FILE,)),
        "hostility": (0, "Calm, cooperative.", (INTERVIEW,)),
        "sexual_preoccupation": (1, "Reports frequent urges this month.", (INTERVIEW,)),
        "rejection_of_supervision": (0, "Complies with conditions.", (FILE,)),
        "emotional_collapse": (0, "No crisis.", (INTERVIEW,)),
        "collapse_of_social_supports": (1, "Brother moved away last month.", (INTERVIEW,)),
        "substance_abuse": (0, "No use reported or observed.", (INTERVIEW, FILE)),
    },
    "static99r": {
        "never_lived_with_partner": (1, "Never lived with a partner for two years.", (FILE,)),
        "index_nonsexual_violence": (0, "None.", (POLICE,)),
        "prior_nonsexual_violence": (0, "None.", (POLICE,)),
        "prior_sex_offences": (0, "No prior charges or convictions.", (POLICE,)),
        "prior_sentencing_dates": (0, "One sentencing date (index).", (POLICE,)),
        "noncontact_sex_offences": (1, "Index CSEM conviction.", (POLICE,)),
        "unrelated_victims": (0, "No identifiable victims.", (POLICE,)),
        "stranger_victims": (0, "No identifiable victims.", (POLICE,)),
        "male_victims": (0, "No identifiable victims.", (POLICE,)),
    },
    "rm2000s": {
        "sexual_appearances": (0, "One sexual appearance (index).", (POLICE,)),
        "criminal_appearances": (0, "One criminal appearance.", (POLICE,)),
        "male_victim": (0, "Not scored from images (2017 CSEM rules).", (POLICE,)),
        "stranger_victim": (0, "Not scored from images (2017 CSEM rules).", (POLICE,)),
        "single": (1, "Never lived with a partner for two years.", (FILE,)),
        "noncontact_offence": (0, "No offline sexual offence.", (POLICE,)),
    },
}


def example_forms(catalog) -> list[Form]:
    """The forms the example uses: the CSEM trio when installed, else what there is."""
    chosen = [catalog.get(f) for f in PREFERRED if f in catalog]
    if not chosen:
        chosen = [catalog.get(f) for f in FALLBACK if f in catalog][:1]
    if not chosen:
        from tally.reports.content import ReportError

        raise ReportError("no bundled forms are installed, so there is nothing to show")
    return chosen


def _answers(form: Form, lang: str = "en") -> tuple[AnswerRecord, ...]:
    from tally.reports import example_fr

    french = example_fr.RATIONALES.get(form.id, {}) if lang == "fr" else {}
    out = []
    for item_id, (points, rationale, sources) in ANSWERS.get(form.id, {}).items():
        if form.has_item(item_id) and points in form.item(item_id).allowed:
            out.append(AnswerRecord(item_id, points, "entered",
                                    french.get(item_id, rationale), sources))
    derived = example_fr.DERIVED if lang == "fr" else "Derived by Tally from the case facts."
    for item in form.items:  # derivable items: record the rationale for the derived value
        if (item.derive is not None and not item.derive.optional
                and item.id not in ANSWERS.get(form.id, {})):
            out.append(AnswerRecord(item.id, None, "derived", derived, (FILE,)))
    return tuple(out)


@dataclass(frozen=True)
class Example:
    records: list[AssessmentRecord]
    previous: dict[str, AssessmentRecord]  # uid -> the amended version
    earlier: dict[str, AssessmentRecord]  # reported uid -> the previous rating
    context: ReportContext
    # reported uid -> the companion an item was scored from (CPORT item 5 from the CASIC)
    companions: dict[str, Any] = field(default_factory=dict)


def _locked(record: AssessmentRecord) -> AssessmentRecord:
    return replace(record, content_hash=record.content_hash_now())


def _with_points(answers: tuple[AnswerRecord, ...], points: dict[str, int]):
    return tuple(replace(a, points=points[a.item_id]) if a.item_id in points else a
                 for a in answers)


def example(forms: list[Form], today: date | None = None, lang: str = "en") -> Example:
    """The whole fictional report: records, the amended version, earlier ratings, context.

    `lang` "fr" gives the fictional evaluator's own words in French (example_fr); the case,
    the scores and the dates are the same."""
    from tally.reports import example_fr

    today = today or date.today()
    evaluator = EvaluatorRecord(*example_fr.EVALUATOR) if lang == "fr" else EVALUATOR
    records, previous, earlier, periods = [], {}, {}, {}
    for number, form in enumerate(forms, 1):
        day = (today - timedelta(days=AGES.get(form.id, 20))).isoformat()
        stamp = f"{day}T16:40:00+00:00"
        record = AssessmentRecord(
            id=number, uid=f"example-{form.id}", case=CASE, form_id=form.id,
            form_version=form.version, form_hash=form.content_hash, assessment_date=day,
            evaluator=evaluator, status="locked", answers=_answers(form, lang), locked_at=stamp,
            history=(VersionNote(1, "locked", stamp, "original"),),
        )
        if form.id in AMENDED:
            points, reason, later = AMENDED[form.id]
            reason = example_fr.AMENDED_REASON if lang == "fr" else reason
            first = _locked(replace(record, uid=f"example-{form.id}-v1", status="amended",
                                    answers=_with_points(record.answers, points)))
            amended_at = f"{(today - timedelta(days=later)).isoformat()}T10:15:00+00:00"
            history = (VersionNote(1, "amended", stamp, "original"),
                       VersionNote(2, "locked", amended_at, reason))
            first = replace(first, history=history)
            record = replace(record, version=2, amends_uid=first.uid, amendment_reason=reason,
                             locked_at=amended_at, history=history)
            previous[first.uid] = first
        if form.id in PERIOD_DAYS:
            periods[record.uid] = RatingPeriod(
                (date.fromisoformat(day) - timedelta(days=PERIOD_DAYS[form.id])).isoformat(),
                day)
        if form.id in EARLIER:
            then = (today - timedelta(days=EARLIER_AGES[form.id])).isoformat()
            earlier[record.uid] = _locked(replace(
                record, id=100 + number, uid=f"example-{form.id}-earlier", assessment_date=then,
                locked_at=f"{then}T15:00:00+00:00",
                answers=_with_points(record.answers, EARLIER[form.id])))
        records.append(_locked(record))
    context = _context_fr(today, periods) if lang == "fr" else _context(today, periods)
    return Example(records, previous, earlier, context, _companions(forms, records))


def _companions(forms: list[Form], records: list[AssessmentRecord]) -> dict[str, Any]:
    """Each reported record an item of which a companion in the report fed (the form's
    [feeds]: the CASIC for CPORT item 5), linked with the evaluator's gate recorded yes, as
    an evaluator links them in the app."""
    from tally.reports.content import CompanionUse

    by_form = {r.form_id: r for r in records}
    out: dict[str, Any] = {}
    for form in forms:
        fed = by_form.get(form.feeds.form) if form.feeds is not None else None
        if fed is not None and form.id in by_form:
            out[fed.uid] = CompanionUse(by_form[form.id], True)
    return out


def _context(today: date, periods: dict[str, RatingPeriod]) -> ReportContext:
    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    return ReportContext(
        referral_question="Fictional: what is his risk of sexual recidivism, and which "
                          "treatment and supervision needs should conditions of release "
                          "address?",
        jurisdiction="Ontario, Canada (fictional)",
        jurisdiction_country="CA",
        requested_by="Parole board, regional office (fictional)",
        notification=f"Told in writing and in person on {ago(30)} who asked for the report, "
                     "what it is for, who will read it and that it is not confidential; he "
                     "agreed to take part.",
        records=(DatedEntry("Police case summary", ago(400)),
                 DatedEntry("Criminal record check", ago(35)),
                 DatedEntry("Digital forensic analyst's report", ago(8),
                            "received after the first CPORT scoring"),
                 DatedEntry("Institutional file and programme reports", ago(40))),
        interviews=(DatedEntry("Clinical interview", ago(28), "2 h 10 min"),
                    DatedEntry("Follow-up interview", ago(14), "1 h 25 min")),
        collateral=(DatedEntry("Parole officer", ago(21), "telephone, 25 min"),
                    DatedEntry("Brother", ago(20), "telephone, 20 min")),
        responsivity="Responds best to structured, written material and short sessions; "
                     "shift work limits appointment times (fictional).",
        combined_level="Fictional example of the evaluator's own statement: the combined "
                       "level would be written here as read by hand from the official "
                       "RM2000/S × STABLE-2007 table; no real table was read for this example",
        combined_level_source="Brankley et al. (2017), as cited by SAARNA (the table itself "
                              "is not held by Tally)",
        departures=(Departure(
            "acute2007", "Treats the acute picture as needing review within two weeks, "
            "sooner than the monthly re-scoring.", "His brother, his main support, moved "
            "away last month, at the same time as the reported urges."),),
        training={"cport": "CPORT coding workshop, 2024 (fictional)",
                  "rm2000s": "RM2000 scoring course, 2022 (fictional)",
                  "stable2007": "SAARNA STABLE-2007 and ACUTE-2007 training, 2023 "
                                "(fictional)",
                  "acute2007": "SAARNA STABLE-2007 and ACUTE-2007 training, 2023 "
                               "(fictional)"},
        periods=periods,
    )


def _context_fr(today: date, periods: dict[str, RatingPeriod]) -> ReportContext:
    """The same context as `_context`, in the fictional evaluator's French."""
    from tally.reports.example_fr import CONTEXT as C

    english = _context(today, periods)

    def entries(old, names, details=()):
        return tuple(replace(entry, what=name, detail=details[i] if i < len(details) and
                             details[i] is not None else entry.detail.replace(
                                 "telephone", C["phone"]))
                     for i, (entry, name) in enumerate(zip(old, names, strict=True)))

    from tally.reports.language import date_text, use

    with use("fr"):
        notification = C["notification"].format(date=date_text(today - timedelta(days=30)))
    return replace(
        english, referral_question=C["referral_question"], jurisdiction=C["jurisdiction"],
        requested_by=C["requested_by"], notification=notification,
        records=entries(english.records, C["records"], (None, None, C["analyst_detail"])),
        interviews=entries(english.interviews, C["interviews"]),
        collateral=entries(english.collateral, C["collateral"]),
        responsivity=C["responsivity"], combined_level=C["combined_level"],
        combined_level_source=C["combined_level_source"],
        departures=tuple(replace(d, opinion=C["departure_opinion"],
                                 reason=C["departure_reason"]) for d in english.departures),
        training=dict(C["training"]),
    )


def example_records(forms: list[Form], today: date | None = None) -> list[AssessmentRecord]:
    """Locked fictional assessments of one case, one per form."""
    return example(forms, today).records
