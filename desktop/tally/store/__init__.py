"""The encrypted case database (SQLCipher). No Qt; imports only tally.core and tally.paths.

sqlcipher3 loads when a database is first opened, not at import.
"""

from tally.store.audit import AuditEntry, AuditReport
from tally.store.errors import LifecycleError, NotATallyDatabase, StoreError, WrongPassphrase
from tally.store.rows import AssessmentMeta, CaseRow
from tally.store.store import Store

__all__ = [
    "AssessmentMeta",
    "AuditEntry",
    "AuditReport",
    "CaseRow",
    "LifecycleError",
    "NotATallyDatabase",
    "Store",
    "StoreError",
    "WrongPassphrase",
]
