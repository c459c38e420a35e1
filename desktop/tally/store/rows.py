"""Rows the store hands to list views: light, flat, cheap to build by the hundred."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CaseRow:
    pk: int
    case_id: str
    date_of_birth: str | None
    facts: dict[str, Any] = field(default_factory=dict)
    offence_pattern: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    n_assessments: int = 0  # amendment chains, not versions


@dataclass(frozen=True)
class AssessmentMeta:
    id: int
    uid: str
    case_pk: int
    form_id: str
    status: str
    version: int
    position: str | None  # item id where the wizard resumes
    created_at: str
    updated_at: str
    form_version: str = ""
    assessment_date: str = ""
    case_id: str = ""
    amends_uid: str | None = None
    chain_uid: str = ""
    content_hash: str = ""
    form_hash: str = ""  # the form file it is scored with (store.kept_forms keeps a copy)
