"""What follows a written report, for the app and the CLI alike.

A signed export is the evaluator's signature on the assessments it holds: each one still
locked is marked signed in the store with the manifestation printed on the page (printed
name, time with UTC offset, meaning), and the export goes into the audit trail. The store and
the reports package may not import each other, so this glue lives above both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def record_sign_off(store: Any, records: Sequence[Any], result: Any, meaning: str) -> None:
    """`records` are the AssessmentRecords exported; `result` is the ExportResult."""
    from tally.core.record import SignatureManifest

    if result.signed:
        manifest = SignatureManifest(result.signer, result.signed_at.isoformat(), meaning)
        for record in records:
            if record.status == "locked":
                store.sign(record.id, manifest)
    store.record_export(
        [r.id for r in records], result.pdf_sha256, result.data_sha256, str(result.path)
    )
