"""Plain records of a case and an assessment, shared by the store, reports and training.

The store builds these from its tables; the report builder and the verifier read them. They
live in core because both sides need them and neither may import the other. The canonical
JSON and the content hash are defined here once, so an export and a lock hash the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: sorted keys, no spaces, UTF-8. Equal data gives equal bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class AnswerRecord:
    item_id: str
    points: int | None
    origin: str = "entered"  # entered or derived
    rationale: str = ""
    sources: tuple[str, ...] = ()  # information sources: file review, interview, ...
    override_reason: str = ""  # why a derived value was overridden by hand
    derivation: str = ""  # how a derived value was reached

    def updated(
        self,
        points: int | None,
        *,
        origin: str = "entered",
        rationale: str | None = None,
        sources: Iterable[str] | None = None,
        override_reason: str | None = None,
        derivation: str | None = None,
    ) -> AnswerRecord:
        """This answer with a new score; None for a text field keeps its stored value.

        The autosave contract of every session (store or training) in one place.
        """
        return replace(
            self,
            points=points,
            origin=origin,
            rationale=self.rationale if rationale is None else rationale,
            sources=self.sources if sources is None else tuple(sources),
            override_reason=self.override_reason if override_reason is None else override_reason,
            derivation=self.derivation if derivation is None else derivation,
        )


@dataclass(frozen=True)
class CaseRecord:
    case_id: str  # pseudonymous id, never a name
    date_of_birth: str | None = None  # ISO date
    facts: Mapping[str, Any] = field(default_factory=dict)  # scoring facts (core.facts)
    offence_pattern: str = ""  # the talk's typology: csem_only, mixed_escalation, ...
    notes: str = ""


@dataclass(frozen=True)
class EvaluatorRecord:
    name: str
    credentials: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class SignatureManifest:
    """What a signature means, shown on screen and printed (21 CFR 11.50)."""

    printed_name: str
    signed_at: str  # ISO 8601 with UTC offset, e.g. 2026-11-24T10:15:00+01:00
    meaning: str  # e.g. "Author: I scored this assessment and attest it is complete"


@dataclass(frozen=True)
class VersionNote:
    """One earlier or later version in an amendment chain."""

    version: int
    status: str
    changed_at: str
    reason: str = ""


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    uid: str
    case: CaseRecord
    form_id: str
    form_version: str
    form_hash: str
    assessment_date: str  # ISO date
    evaluator: EvaluatorRecord
    status: str  # draft, locked, signed, amended (superseded by a newer version)
    version: int = 1
    amends_uid: str | None = None
    amendment_reason: str = ""
    answers: tuple[AnswerRecord, ...] = ()
    content_hash: str = ""  # fixed at lock: content_hash() of this record
    locked_at: str = ""
    signatures: tuple[SignatureManifest, ...] = ()
    history: tuple[VersionNote, ...] = ()

    def facts(self) -> dict[str, Any]:
        """The case facts for scoring, with the date of birth and the assessment date."""
        facts = dict(self.case.facts)
        if self.case.date_of_birth:
            facts.setdefault("date_of_birth", self.case.date_of_birth)
        facts.setdefault("assessment_date", self.assessment_date)
        return facts

    def scoring_input(self) -> dict[str, Any]:
        """The scoring contract's input object for this assessment."""
        items = {a.item_id: a.points for a in self.answers if a.origin == "entered"}
        return {"items": items, "facts": self.facts()}

    def content(self) -> dict[str, Any]:
        """What the content hash covers: the scored content, not its status or signatures."""
        return {
            "uid": self.uid,
            "version": self.version,
            "amends_uid": self.amends_uid,
            "amendment_reason": self.amendment_reason,
            "case": asdict(self.case) | {"facts": dict(self.case.facts)},
            "form": {"id": self.form_id, "version": self.form_version, "hash": self.form_hash},
            "assessment_date": self.assessment_date,
            "evaluator": asdict(self.evaluator),
            "answers": [asdict(a) | {"sources": list(a.sources)} for a in self.answers],
        }

    def content_hash_now(self) -> str:
        return sha256_hex(canonical_json(self.content()))
