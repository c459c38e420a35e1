"""Every fixed English text a report prints, in one place, so it can be translated later.

The layout modules (the PDF and the DOCX) take their words from here and never print a
stored code: typology keys, fact ids, information-source ids and band ids all become human
labels through the maps below, and `human()` rewrites any fact id a form or scoring text
mentions. A text with no label falls back to plain words (underscores become spaces), so
nothing identifier-like reaches the page even for a form added later.
"""

from __future__ import annotations

import re

from tally.core.model import Evidence

# the talk's typology of sexual offending histories (Babchishin et al. 2022)
TYPOLOGY = {
    "csem_only": "CSEM only, one occasion",
    "csem_stable": "CSEM only, repeated (CSEM → CSEM)",
    "mixed_deescalation": "mixed, de-escalation (contact → CSEM)",
    "mixed_escalation": "mixed, escalation (CSEM → contact)",
    "mixed_concurrent": "mixed, contact and CSEM at the same time",
}
CSEM_ONLY_PATTERNS = ("csem_only", "csem_stable")

# case facts (the scoring contract's ids) as a reader names them
FACTS = {
    "followup_start_date": "start of follow-up",
    "most_recent_sexual_offence_date": "date of the most recent sexual offence",
    "last_sexual_sanction_date": "date of the most recent sexual offence",
    "most_recent_offence_date": "date of the most recent offence",
    "in_custody": "in custody",
    "stranger_victim_current": "stranger victim in the current offence",
    "contact_adult_sexual_sanction_count": "number of contact sexual sanctions against adults",
    "contact_child_sexual_sanction_count": "number of contact sexual sanctions against children",
    "noncontact_sexual_offence_count": "number of non-contact sexual offences",
    "indecent_image_sanction_count": "number of indecent-image sanctions",
    "sanction_count_all_offences": "number of sanctions for all offences",
    "victim_13_or_younger": "a victim aged 13 or younger",
    "date_of_birth": "date of birth",
    "release_date": "release date",
    "index_investigation_date": "date of the index investigation",
    "assessment_date": "assessment date",
    "casic_total": "CASIC total",
    "csem_only": "CSEM-only history",
    "csem_production": "CSEM production",
    "contact_sexual_offence": "contact sexual offence",
    "prior_sex_charge_count": "number of prior sexual charges",
    "prior_sex_conviction_count": "number of prior sexual convictions",
    "prior_sentencing_date_count": "number of prior sentencing dates",
    "sexual_appearance_count": "number of sexual appearances",
    "criminal_appearance_count": "number of criminal appearances",
    "boy_content_csem_percent": "share of boy content in the CSEM (%)",
    "boy_content_other_percent": "share of boy content in other child material (%)",
}
# the dates the age items use, printed in the header
HEADER_DATES = ("release_date", "index_investigation_date")

# information sources an evaluator ticks in the wizard (stored ids)
SOURCES = {
    "file_review": "file review",
    "criminal_record": "criminal record",
    "police_reports": "police reports",
    "interview": "interview",
    "collateral": "collateral contact",
    "supervision_notes": "supervision notes",
    "other": "other",
}

STATUS = {
    "draft": "draft",
    "locked": "locked",
    "signed": "signed",
    "amended": "superseded by an amendment",
}
ORIGIN = {"entered": "entered", "derived": "derived from case facts", "missing": "missing",
          "not_scored": "not scored for this case"}
NOT_SCORED = "not scored"
NOT_SCORED_CATEGORY = "no category: an item is not scored for this case (see the instrument)"
NORMS_LINE = "<b>Norms:</b> {text}"
LOCAL_POINTS = "<i>Points {text}</i>"
LOCAL_WAS = "; the form file says {value}"
LOCAL_DERIVATION = "<i>Derivation {text}</i>"

EVIDENCE = {
    Evidence.PUBLISHED: "published (seen in a cited paper or manual)",
    Evidence.SEED: "stated in the research talk Tally is based on",
    Evidence.UNCONFIRMED: "not confirmed: standard practice, not yet checked against a "
                          "primary source",
}
EVIDENCE_SHORT = {
    Evidence.PUBLISHED: "published",
    Evidence.SEED: "research talk",
    Evidence.UNCONFIRMED: "not confirmed",
}

# report profiles: "court" (the default for signed exports) shows a category whose cut-offs
# are not confirmed only as "category not confirmed"; "working" shows it, marked
COURT, WORKING = "court", "working"
PROFILES = (COURT, WORKING)
PROFILE_NAMES = {COURT: "court", WORKING: "working copy"}
CATEGORY_NOT_CONFIRMED = "category not confirmed"

TITLE = "Risk assessment summary"
SUBTITLE = "{names} · produced by Tally from locked assessments"
EXAMPLE_BANNER = ("<b>FICTIONAL EXAMPLE.</b> This case, its evaluator and the signing "
                  "certificate are invented to show what a Tally report looks like. It "
                  "describes no real person.")
WATERMARK = "FICTIONAL EXAMPLE"
RUNNING_HEAD = "Tally · risk assessment summary"

H_RESULTS = "Results at a glance"
H_AMENDMENTS = "Amended since first locked"
H_HISTORY = "Amendment history"
H_MACHINE = "Machine-readable copy"
H_SIGNATURE = "Signature"

CASE_ROWS = {
    "case": "Case (pseudonymous id)",
    "dob": "Date of birth",
    "pattern": "Offence history (typology)",
    "evaluator": "Evaluator",
    "dates": "Assessment date(s)",
    "signature": "Signature",
    "profile": "Report profile",
}
NOT_RECORDED = "not recorded"
PROFILE_TEXT = {
    COURT: "court: a category whose cut-offs are not confirmed is not given, only "
           "“category not confirmed”",
    WORKING: "working copy: categories whose cut-offs are not confirmed are shown, marked "
             "“not confirmed”",
}
SIGNED_LINE = ("Digitally signed by <b>{name}</b> on {when}, the time shown by the signer's "
               "own computer clock (details at the end of this report)")
NOT_SIGNED = "<b>Not digitally signed</b>"

GLANCE_HEAD = ("Instrument", "Date", "Total", "Category", "Evidence for the cut-offs")
EVIDENCE_NOTE = ("Each category names the evidence for its cut-offs: <i>published</i>, "
                 "<i>research talk</i> (stated in the talk Tally is based on) or <i>not "
                 "confirmed</i> (standard practice not yet checked against a primary source). "
                 "A total is the sum of the item scores shown in each instrument's section.")
NO_BANDS = "no categories for this instrument"
INCOMPLETE = "incomplete: no category"
EDITION = "instrument edition {version}"
RECORD_VERSION = "record version {version}"
AMENDED_MARK = "amended"
FINAL_CATEGORY = "Final category (after aggravating factors): {label}"
RAISED = "Aggravating factors raised the category by {levels} level(s)."
NO_TOTAL_LINE = "{form}: no total (a first-match hierarchy)"
NO_TOTAL = "no total"
CONSISTENCY_WARNING = "Consistency check, item {number}: {message}"
CONSISTENCY_INFO = "Note, item {number} (the instruments' rules differ): {message}"
NO_LEVEL = "No risk level: scoring criteria not met"  # as core.headline.NO_LEVEL says it
GLANCE_PROBABILITY = "probability {percent} (follow-up period not stated)"
GLANCE_TIER_NOTE = "<b>read the note in the {form} section</b>"
PROBABILITY_LINE = "<b>Probability: {percent}</b> (fraction {fraction}). {note}"
TIER_LINE = "Decided by rule {number} of {count} (first match wins): {rule}. {description}"
TIER_NOTE = "<b>Note:</b> {note}"
FORMULA_LINE = "1 / (1 + e^-({intercept} + {slope} × total)), {zero} at a total of 0"
TIER_AT_LEAST = "{item} {min} or more"
TIER_AND = " and "
TIER_OTHERWISE = "otherwise (no earlier rule applied)"
REDUCTION_WHY = {
    "lowest": "no reduction from the lowest band ({band})",
    "not_considered": "not considered: it needs {facts}",
    "blocked": "no reduction: {fact} is yes",
    "too_recent": ("no reduction: {fact} is {years} full year(s) before the {at}, fewer than "
                   "{needed}"),
    "lowered": "lowered from {from} to {to}: {years} full years or more since the {facts}",
}
REDUCTION_LINE = "Risk reduction {verb}: {how}."
REDUCTION_APPLIED, REDUCTION_NOT_APPLIED = "applied", "not applied"

INSTRUMENT_LINE = ("Instrument edition (form) {version} · assessed {date} · record version "
                   "{record_version}, {status}{locked}")
FORM_HASH = "Form file SHA-256 <font name='Courier'>{hash}</font>"
FORM_CHANGED = ("<b>The form file has changed since this assessment was scored</b> (hash then: "
                "<font name='Courier'>{hash}…</font>). Scores below were recomputed with the "
                "form installed now, same edition.")
FORM_KEPT = ("Scored and printed with the form file it was scored with, which the database "
             "keeps; the form file installed now is a different one, or none.")
TOTAL_LINE = "{scale}: {total}"
POSSIBLE = "possible {low} to {high}"
TOTAL_POSSIBLE = "(possible {low} to {high})"
CATEGORY_LINE = "Category: {label} · evidence for the cut-offs: {evidence}"
CATEGORY_UNCONFIRMED_WORKING = "{label} (cut-offs not confirmed)"
INCOMPLETE_LINE = ("<b>No category: the assessment is incomplete</b> (missing: {missing}). "
                   "The total counts the answered items only.")
NO_CATEGORY_LINE = "No category. {note}"
UNCONFIRMED_NOTE = ("The cut-offs that would place this total in a category are standard "
                    "practice but have not been checked against a primary source, so {what}. "
                    "The total itself is the sum of the item scores below.")
UNCONFIRMED_COURT = "no category is given in this court report"
UNCONFIRMED_WORKING = "treat the category above with caution"
SCALE_HEAD = ("Scale", "Total", "Category", "Evidence")
H_WARNINGS = "Warnings and applicability"
NO_WARNINGS = "No scoring warnings for this assessment."
INTENDED = "<b>Intended for:</b> {text}"
USE = "<b>Use:</b> {text}"
CSEM = "<b>CSEM cases:</b> {text}"
H_ITEMS = "Items"
# a CPORT whose item 5 was scored from a linked CASIC (#11)
H_COMPANION = "Item {number} scored from the linked {name}"
COMPANION_LINE = ("{name} assessed {date}, record version {version}, record id {uid}, "
                  "total {total}: its items as locked.")
COMPANION_LINE_SECTION = ("{name} assessed {date}, record version {version}, record id {uid}, "
                          "total {total}: its items are in its own section of this report.")
GATE_YES = "<b>Recorded by the evaluator:</b> {gate}."
GATE_NOT = ("<b>Not recorded:</b> {gate}. The {name} total did not score item {number}; "
            "it is shown for completeness.")
ITEM_HEAD = ("No.", "Item", "Score", "Rationale and sources", "Origin")
MISSING = "missing"
SOURCES_LABEL = "<i>Information sources:</i> {sources}"
DERIVED_LABEL = "<i>Derived:</i> {how}"
OVERRIDDEN_LABEL = "<i>Derived value overridden:</i> {reason}"
NOT_DERIVED_LABEL = "<i>Not derived:</i> {how}"
H_RESEARCH = "Research context"
H_CITED = "Sources cited by this form"
MANUAL = "Coding manual: {manual}"
EVIDENCE_MARK = "evidence: {evidence}; source {source}"

HISTORY_HEAD = ("Instrument", "Version", "Status", "When", "Reason")
HISTORY_NOTE = ("Every version keeps its own record; an amendment never overwrites a signed "
                "version.")
ORIGINAL = "original"
SIGNED_IN_TALLY = "signed in Tally"

AMENDED_LINE = ("<b>{name} was amended</b>: record version {version} of {date}, replacing "
                "version {previous}. Reason: {reason}.")
CHANGE_LINE = "Item {number} {item}: {before}\u00a0→\u00a0{after}"  # never wraps at →
TOTAL_CHANGE = "Total {before}\u00a0→\u00a0{after}"
NO_ITEM_CHANGE = "No item score changed (the amendment changed rationale or sources only)."
PREVIOUS_UNAVAILABLE = ("The earlier version was not available to this export, so the items "
                        "that changed are not listed; the amendment history below names it.")

MACHINE_TEXT = ("This PDF carries the assessment data as an attached file (<b>{name}</b>). Its "
                "SHA-256 is:")
MACHINE_CHECK = ("Check the signature, the whole-file coverage and this hash offline with "
                 "<b>tally verify FILE.pdf --trust SIGNER-CERT.pem</b>; add <b>--db</b> to "
                 "learn whether a newer version exists.")
AUDIT_ANCHOR = ("The database's audit trail stood at entry {entry} when this report was made "
                "(entry SHA-256 <font name='Courier'>{short}…</font>, attached as "
                "tally-audit-anchor.json); <b>tally audit verify --against FILE.pdf</b> shows "
                "whether any entry up to it was later cut or rewritten.")
UNSIGNED_BLOCK = ("<b>This copy is not digitally signed.</b> It has no signature "
                  "manifestation and cannot be verified as the evaluator's own.")
SIGNED_BY = "<b>Signed by:</b> {name}"
SIGNED_AT = ("<b>Date and time:</b> {when} <font color='#5B6775'>(as shown by the signer's own "
             "computer clock; no trusted time-stamp)</font>")
MEANING = "<b>Meaning:</b> {meaning}"
CERTIFICATE = "Certificate: {subject}"
FINGERPRINT = "Certificate SHA-256 fingerprint: {fingerprint}"
SIG_FIELD_SIGNED = "Digital signature"
SIG_FIELD_UNSIGNED = "NOT DIGITALLY SIGNED"
FOOTER = "Data SHA-256 {hash}…  ·  Tally {version}"
PAGE = "Page {number} of {total}"

CERT_FIELDS = {"CN": "name", "O": "organisation", "OU": "unit", "C": "country",
               "L": "locality", "ST": "state", "E": "email", "emailAddress": "email"}

_FACT_TOKEN = re.compile(r"\b(" + "|".join(sorted(FACTS, key=len, reverse=True)) + r")\b")
_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


def human(text: object) -> str:
    """A form or scoring text with fact ids named as a reader names them."""
    out = _FACT_TOKEN.sub(lambda m: FACTS[m.group(1)], str(text))
    return _SNAKE.sub(lambda m: m.group(0).replace("_", " "), out)


def typology(key: str) -> str:
    return TYPOLOGY.get(key, human(key)) if key else NOT_RECORDED


def source(key: str) -> str:
    return SOURCES.get(key, human(key))


def status(key: str) -> str:
    return STATUS.get(key, human(key))


def certificate_subject(rfc4514: str) -> str:
    """'CN=Dr A,O=Clinic' -> 'name Dr A; organisation Clinic' (no attribute codes)."""
    parts = []
    for field in re.split(r"(?<!\\),", rfc4514):
        key, _, value = field.partition("=")
        if value:
            parts.append(f"{CERT_FIELDS.get(key.strip(), 'field')} {value.replace(chr(92), '')}")
    return "; ".join(reversed(parts))  # RFC 4514 lists the name last

# ---------------------------------------------------------------- context and judgement
H_CONTEXT = "Referral and sources of information"
CONTEXT_ROWS = {
    "referral_question": "Referral question",
    "requested_by": "Requested by",
    "jurisdiction": "Jurisdiction",
    "notification": "Notification and consent",
    "records": "Records reviewed",
    "interviews": "Interviews",
    "collateral": "Collateral contacts",
    "training": "Evaluator's training",
}
CONTEXT_MISSING = "not recorded for this report"
TRAINING_MISSING = "{name}: not recorded"

H_PERIODS = "Rating periods and their age"
PERIOD_HEAD = ("Instrument", "Period rated", "Age of the rating", "Re-score due",
               "Change since the previous rating")
PERIOD_LINE = "{start} to {end}"
PERIOD_MISSING = "not recorded; rated on {date}"
AGE_LINE = "{days} days at {when}"
AT_SIGNING, AT_EXPORT = "signing", "export"
STALE = "<b>⚠ older than {limit}</b>: re-score {instrument} {advice} ({evidence})"
NO_PREVIOUS = "no earlier rating in this database"
CHANGE_TOTAL = "total {before}\u00a0→\u00a0{after} (rating of {date})"
CHANGE_NONE = "no item changed since the rating of {date} (total {total})"
RESCORE_NOTE = "Dynamic ratings describe a period, not a lifetime: re-score {advice}."
RESCORE_ONE = "{instrument} {advice}"
RESCORE_AND = "; "

H_INTEGRATION = "Integration of static and dynamic results"
INTEGRATION_HEAD = ("Static (historical) results", "Dynamic (changeable) results")
INTEGRATION_NONE = "none in this report"
NO_COMBINED = ("<b>No combined level is given by Tally.</b> STABLE-2007 totals have no "
               "standardized risk levels of their own (Hanson &amp; Thornton, SAARNA); an "
               "overall level comes only from combining them with a static tool using the "
               "official combination tables, which Tally does not hold. Reading the static and "
               "dynamic results together is the evaluator's judgement, stated below.")
NO_STATIC_PARTNER = ("This report holds no static tool that combines with {dynamic}, so no "
                     "combined level can be read from any table.")
CSEM_ONLY_PARTNER = ("For a man whose only sexual offending is CSEM, {dynamic} combines only "
                     "with {partner} (SAARNA).")
EVALUATOR_COMBINED = ("<b>The evaluator's own statement</b> (derived by hand, not computed by "
                      "Tally): {level}. Table used: {source}.")
EVALUATOR_NO_COMBINED = "The evaluator recorded no combined level for this report."

H_NEEDS = "Needs: treatment and supervision targets"
NEEDS_INTRO = ("Risk, need and responsivity (Bonta &amp; Andrews, in the talk): every "
               "dynamic item rated 1 or more is a treatment or supervision target.")
NEEDS_HEAD = ("Instrument", "Item", "Rating", "Rationale")
NEEDS_NONE = "No dynamic item is rated 1 or more (or no dynamic instrument is in this report)."
ACUTE_NOW = ("<b>Acute items needing attention now</b> (they describe the current weeks): "
             "{items}.")
ACUTE_NONE = "No acute item is rated 1 or more."
RESPONSIVITY = "<b>Responsivity:</b> {text}"
RESPONSIVITY_MISSING = "not recorded"
INTENSITY_CSEM = ("<b>Intensity.</b> Treatment intensity should fit risk (low risk: little to "
                  "no treatment). The talk expects about half to two thirds of men with CSEM "
                  "offences to be lower risk and warns against too much dosage for "
                  "CSEM-exclusive men: an unadapted contact-offence programme was followed by "
                  "more reoffending in one matched study (Mews et al. 2017, in the talk).")
INTENSITY_GENERAL = ("<b>Intensity.</b> Treatment intensity should fit risk (low risk: little "
                     "to no treatment; Bonta &amp; Andrews, in the talk).")
H_DEPARTURES = "Departures from an instrument's category"
DEPARTURE = ("<b>{name}:</b> {opinion} <i>Reason given by the evaluator:</i> {reason}")
NO_DEPARTURES = "The evaluator recorded no departure from any instrument's category."

H_LIMITS = "Scope and limitations"
LIMITS = (
    "The instruments estimate <b>detected</b> sexual recidivism (new charges or convictions "
    "found in official records); offending that is never detected is not counted.",
    "Every estimate describes a <b>group</b> of men with similar scores, not this man: it "
    "says how often such men were detected reoffending, not whether he will.",
    "Scores carry <b>interrater error</b>: two trained evaluators can differ by a point on "
    "the same file, which can move a total across a cut-off.",
    "The signing time printed is the time on the <b>signer's own computer clock</b>; no "
    "trusted time-stamp service was used (Tally works offline).",
)
LIMIT_NORMS = ("Recidivism estimates for {names} were not built on CSEM samples (the talk's "
               "tables: generic, not the CSEM population).")
LIMIT_UNCONFIRMED = ("The cut-offs of {names} are not confirmed against a primary source; "
                     "their categories are withheld or marked accordingly.")
LIMIT_BROWN = ("Brown (2024) concluded that the research base does not support using CPORT "
               "for CSEM-exclusive men in the United States at present (no US validation "
               "sample); this report's jurisdiction is in the United States.")
LIMIT_CSEM_TOOLS = ("The research on risk tools for men with CSEM offences is limited; only "
                    "CPORT and RM2000/S were validated in more than two studies (Brown 2024, "
                    "in the talk).")

DOCX_NOTICE = ("<b>Unsigned working copy.</b> This editable document was generated by Tally "
               "from the signed PDF report whose embedded data has SHA-256 {hash}. It carries "
               "no signature: only the signed PDF is the evaluator's attested report. Edits "
               "made here are not part of it.")
DOCX_COMMENT = ("Unsigned working copy of a signed Tally PDF report; the PDF's embedded data "
                "SHA-256 is {hash}.")
DOCX_SIGNATURE = ("The digital signature is in the signed PDF only. Printed name: {name}; "
                  "date and time: {when} (signer's own clock); meaning: {meaning}.")
DOCX_UNSIGNED = "The PDF this copy was made from is not digitally signed."

# words the layout adds around data, here so that labels_fr can give each in French
CASE_WORD = "case"
TOTAL_OF = "{total} of {max}"
LOCKED_AT = ", locked {when}"
RECORD_ID = " · record id {uid}"
COLON = ":"
SIG_STAMP = "Digitally signed by\n%(signer)s\n%(ts)s"  # the visible stamp (signing.STAMP_TEXT)
