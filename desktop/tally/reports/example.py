"""A built-in fictional case, so anyone can see and verify a Tally report without data.

Everything here is invented: the person, the evaluator, the organisation and (in
`tally report --example`) a throwaway signing certificate. The records are locked the same
way the store locks them (content hash fixed), so the example goes through the same checks.
"""

from __future__ import annotations

from dataclasses import replace

from tally.core.model import Form
from tally.core.record import (
    AnswerRecord,
    AssessmentRecord,
    CaseRecord,
    EvaluatorRecord,
    VersionNote,
)

# CPORT with STABLE-2007 and ACUTE-2007 is the combination the talk suggests for CSEM cases;
# the others are used only when those forms are not installed.
PREFERRED = ("cport", "stable2007", "acute2007")
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
DATE = "2026-03-02"
FILE, INTERVIEW, POLICE = "file review", "clinical interview", "police case summary"

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


def _answers(form: Form) -> tuple[AnswerRecord, ...]:
    out = []
    for item_id, (points, rationale, sources) in ANSWERS.get(form.id, {}).items():
        if form.has_item(item_id) and points in form.item(item_id).allowed:
            out.append(AnswerRecord(item_id, points, "entered", rationale, sources))
    for item in form.items:  # derivable items: record the rationale for the derived value
        if item.derive is not None and item.id not in ANSWERS.get(form.id, {}):
            out.append(AnswerRecord(item.id, None, "derived",
                                    "Derived by Tally from the case facts.", (FILE,)))
    return tuple(out)


def example_records(forms: list[Form]) -> list[AssessmentRecord]:
    """Locked fictional assessments of one case, one per form."""
    records = []
    for number, form in enumerate(forms, 1):
        record = AssessmentRecord(
            id=number, uid=f"example-{form.id}", case=CASE, form_id=form.id,
            form_version=form.version, form_hash=form.content_hash, assessment_date=DATE,
            evaluator=EVALUATOR, status="locked", answers=_answers(form),
            locked_at=f"{DATE}T16:40:00+00:00",
            history=(VersionNote(1, "locked", f"{DATE}T16:40:00+00:00", "original"),),
        )
        records.append(replace(record, content_hash=record.content_hash_now()))
    return records
