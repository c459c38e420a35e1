"""The light rows the list views show (cases, assessments)."""

from tally.store.rows import AssessmentMeta, CaseRow

__all__ = ["AssessmentMeta", "CaseRow"]
