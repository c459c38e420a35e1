"""The light rows the list views show (cases, assessments, retention candidates) and what a
case deletion reports."""

from tally.store.deletion import DeletedCase, RetentionCandidate
from tally.store.rows import AssessmentMeta, CaseRow, VoidNote

__all__ = ["AssessmentMeta", "CaseRow", "DeletedCase", "RetentionCandidate", "VoidNote"]
