"""What a report says, before any PDF: checked records, their scores, the embedded JSON.

`prepare` refuses what must never leave the machine as a signed summary (drafts, records whose
content no longer matches their lock hash, assessments of different cases in one report) and
scores every record with its form. `report_data` is the machine-readable copy embedded in the
PDF: it holds only fixed content (no export time), so the same locked assessment exported
twice embeds the same bytes and the same SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tally.core.catalog import Catalog
from tally.core.facts import InputError
from tally.core.model import Form
from tally.core.record import AssessmentRecord, canonical_json, sha256_hex
from tally.core.scoring import Result, score

DATA_FORMAT = "tally.report/1"
ATTACHMENT_NAME = "tally-assessment.json"
# The database's audit head when the report was made: a second attachment, so the data hash
# still names the assessments' content alone; the signature covers both.
ANCHOR_NAME = "tally-audit-anchor.json"
ANCHOR_FORMAT = "tally.audit-anchor/1"


@dataclass(frozen=True)
class AuditAnchor:
    entry: int  # the last audit entry's sequence number
    hash: str  # its hash (store.audit)

    def json(self) -> bytes:
        return canonical_json({"format": ANCHOR_FORMAT, "entry": self.entry,
                               "hash": self.hash})

    @classmethod
    def parse(cls, data: bytes) -> AuditAnchor | None:
        import json

        try:
            value = json.loads(data)
        except ValueError:
            return None
        if (not isinstance(value, dict) or value.get("format") != ANCHOR_FORMAT
                or type(value.get("entry")) is not int or not isinstance(value.get("hash"), str)):
            return None
        return cls(value["entry"], value["hash"])
EXPORTABLE = ("locked", "signed")


class ReportError(Exception):
    """A report that cannot be built or signed; str() is one clear line for the user."""


@dataclass(frozen=True)
class CompanionUse:
    """The companion assessment an item of a record was scored from (the CASIC version a
    CPORT's item 5 was locked with) and the evaluator's statement recorded with the link."""

    record: AssessmentRecord
    no_admission_no_diagnosis: bool | None


@dataclass(frozen=True)
class ScoredAssessment:
    record: AssessmentRecord
    form: Form
    result: Result
    previous: ScoredAssessment | None = None  # the version this one amends, when known
    earlier: ScoredAssessment | None = None  # the previous rating of the same instrument
    companion: ScoredAssessment | None = None  # the linked CASIC (its form's [feeds])
    gate: bool | None = None  # with a companion: no admission and no diagnosis recorded

    @property
    def form_changed(self) -> bool:
        """The form file differs from the one the assessment was scored with."""
        return bool(self.record.form_hash) and self.record.form_hash != self.form.content_hash


# Where a record's form comes from: a catalog gives the very form it was scored with (the
# installed file, or the database's kept copy of an older one); a mapping or a function by
# form id gives today's form.
FormSource = Catalog | Callable[[str], Form] | Mapping[str, Form]


def _form_for(forms: FormSource, record: AssessmentRecord) -> Form:
    form_id = record.form_id
    try:
        if isinstance(forms, Catalog):
            return forms.form_of(form_id, record.form_hash)
        return forms[form_id] if isinstance(forms, Mapping) else forms(form_id)
    except KeyError:
        raise ReportError(f"form '{form_id}' is not installed, so it cannot be reported") from None


def check_exportable(record: AssessmentRecord) -> None:
    """Only locked (or signed) assessments whose content still matches their hash leave."""
    if record.status == "draft":
        raise ReportError(
            f"assessment {record.id} is a draft: lock it before it can be exported or signed"
        )
    if record.status == "amended":
        raise ReportError(
            f"assessment {record.id} was superseded by an amendment: export the newer version"
        )
    if record.status == "void":
        raise ReportError(
            f"assessment {record.id} was voided (scored in error): a void is never exported"
        )
    if record.status not in EXPORTABLE:
        raise ReportError(
            f"assessment {record.id} has status '{record.status}' and cannot be exported"
        )
    if not record.content_hash:
        raise ReportError(f"assessment {record.id} has no content hash: lock it again")
    if record.content_hash != record.content_hash_now():
        raise ReportError(
            f"assessment {record.id} does not match the hash fixed when it was locked; "
            "it will not be exported"
        )


def _score(record: AssessmentRecord, form: Form) -> Result:
    scoring = record.scoring_input()
    try:
        return score(form, scoring["items"], scoring["facts"])
    except InputError as exc:
        raise ReportError(f"assessment {record.id} cannot be scored: {exc}") from None


def _scored_with(other: AssessmentRecord | None, form: Form) -> ScoredAssessment | None:
    """Another record of the same form edition, scored (None when it is not comparable)."""
    if other is None or other.form_id != form.id or other.form_version != form.version:
        return None
    try:
        return ScoredAssessment(other, form, _score(other, form))
    except ReportError:
        return None


def prepare(records: Sequence[AssessmentRecord], forms: FormSource,
            previous: Mapping[str, AssessmentRecord] | None = None,
            earlier: Mapping[str, AssessmentRecord] | None = None,
            companions: Mapping[str, CompanionUse] | None = None) -> list[ScoredAssessment]:
    """Check and score the assessments of one report, in the order given.

    `previous` maps a uid to the record of that uid: the versions the records amend, so the
    report can say item by item what an amendment changed. `earlier` maps a record's uid to
    the previous rating of the same instrument for the case (the trend of dynamic ratings).
    `companions` maps a record's uid to the companion it took an item from (CASIC for CPORT
    item 5), printed item by item with it; that version may since have been amended.
    """
    if not records:
        raise ReportError("a report needs at least one assessment")
    uids = [r.uid for r in records]
    if len(set(uids)) != len(uids):
        raise ReportError("the same assessment is listed twice")
    cases = {r.case.case_id for r in records}
    if len(cases) > 1:
        raise ReportError(
            "one report covers one case; these assessments belong to "
            + ", ".join(sorted(cases))
        )
    scored = []
    for record in records:
        check_exportable(record)
        form = _form_for(forms, record)
        if form.version != record.form_version:
            raise ReportError(
                f"assessment {record.id} was scored with {form.name} version "
                f"{record.form_version}, but version {form.version} is installed"
            )
        used = (companions or {}).get(record.uid)
        scored.append(ScoredAssessment(
            record, form, _score(record, form),
            _scored_with((previous or {}).get(record.amends_uid or ""), form),
            _scored_with((earlier or {}).get(record.uid), form),
            _companion(used, forms), used.no_admission_no_diagnosis if used else None))
    return scored


def _companion(used: CompanionUse | None, forms: FormSource) -> ScoredAssessment | None:
    """The companion version used, checked as fixed content (locked, signed, or amended
    since: the version itself never changes) and scored with its own form."""
    if used is None:
        return None
    record = used.record
    if record.status not in (*EXPORTABLE, "amended") or not record.content_hash \
            or record.content_hash != record.content_hash_now():
        raise ReportError(
            f"the linked {record.form_id.upper()} (assessment {record.id}) is not a locked "
            "record that matches its hash; it cannot be reported")
    form = _form_for(forms, record)
    return ScoredAssessment(record, form, _score(record, form))


def result_data(result: Result) -> dict[str, Any]:
    """The scored result with labels and evidence levels, for the machine-readable copy."""
    scales = {}
    for sid, s in result.scales.items():
        scales[sid] = {
            "total": s.total,
            "complete": s.complete,
            "band": s.band.id if s.band else None,
            "band_label": s.band.label if s.band else None,
            "band_evidence": s.band.provenance.evidence.value if s.band else None,
        }
    extra: dict[str, Any] = {}
    if result.prediction is not None:  # OSP/DC, OSP/IIC: as in the scoring contract
        extra["probability"] = result.prediction.probability
        if result.prediction.reduced is not None:
            extra["band_reduced"] = result.prediction.reduced.applied
        if result.form.probability is not None and not result.form.probability.has_total:
            extra["total"] = None
    return {
        "form": result.form.id,
        "total": result.total,
        "band": result.band.id if result.band else None,
        "band_label": result.band.label if result.band else None,
        "band_evidence": result.band_evidence.value if result.band_evidence else None,
        "raised_levels": result.raised_levels,
        "band_withheld": result.band_withheld or None,  # no level: the criteria are not met
        "complete": result.complete,
        "missing": list(result.missing),
        "scales": scales,
        "warnings": list(result.warnings),
        "items": [
            {"id": i.id, "points": i.points, "origin": i.origin, "how": i.how}
            for i in result.items.values()
        ],
    } | extra


def assessment_data(item: ScoredAssessment) -> dict[str, Any]:
    """One assessment's locked content and results. Its status and the signatures it gathers
    later are left out, so exporting the same locked content always embeds the same bytes
    (before and after it is signed); the page itself shows status and signatures."""
    record = item.record
    data = {
        "id": record.id,
        "content": record.content(),
        "content_hash": record.content_hash,
        "locked_at": record.locked_at,
        "scored_with_form_hash": item.form.content_hash,
        "result": result_data(item.result),
        "versions": [{"version": h.version, "reason": h.reason} for h in record.history],
    }
    if item.companion is not None:  # the CASIC its item 5 was scored from, as locked
        used = item.companion
        data["companion"] = {
            "form": used.record.form_id, "uid": used.record.uid,
            "version": used.record.version, "content_hash": used.record.content_hash,
            "total": used.result.total, "no_admission_no_diagnosis": item.gate,
            "answers": [{"item_id": a.item_id, "points": a.points, "rationale": a.rationale}
                        for a in used.record.answers],
        }
    return data


def report_data(scored: Sequence[ScoredAssessment]) -> dict[str, Any]:
    return {
        "format": DATA_FORMAT,
        "case_id": scored[0].record.case.case_id,
        "assessments": [assessment_data(s) for s in scored],
    }


def report_json(scored: Sequence[ScoredAssessment]) -> bytes:
    """The embedded attachment: canonical JSON, equal for equal content."""
    return canonical_json(report_data(scored))


def data_sha256(data: bytes) -> str:
    return sha256_hex(data)
