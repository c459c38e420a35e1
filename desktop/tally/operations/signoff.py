"""What a report export does to the case store, for the app and the command line alike.

A signed export is the evaluator's signature on the assessments it holds: each one still
locked is marked signed in the store with the manifestation printed on the page (printed
name, time with UTC offset, meaning), and the export goes into the audit trail. The files
and those records are one recoverable step (store.signoff): a crash at any point leaves
either no report and no signature, or both, once the database is next opened. The store
and the reports package may not import each other, so this glue lives above both.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any


def record_sign_off(store: Any, records: Sequence[Any], result: Any, meaning: str) -> None:
    """Write the export built with write=False (`result`, an ExportResult) to its path, with
    its working copy, and record the signatures and the export: all of it or none of it.
    `records` are the AssessmentRecords exported. Raises OSError or StoreError with nothing
    written and nothing signed."""
    from tally.core.record import SignatureManifest
    from tally.store.signoff import sign_off

    manifest = None
    sign_ids: list[int] = []
    if result.signed:
        manifest = SignatureManifest(result.signer, result.signed_at.isoformat(), meaning)
        sign_ids = [r.id for r in records if r.status == "locked"]
    files: list[tuple[Path, bytes]] = [(Path(result.path), result.pdf)]
    if result.docx_path is not None and result.docx is not None:
        files.append((Path(result.docx_path), result.docx))
    sign_off(store, files, sign_ids, manifest,
             [r.id for r in records], result.data_sha256)
