"""`tally --smoke-test`: prove the whole installed stack works, in a few seconds.

With a temporary encrypted database it loads every form, scores a sample case through the
store, locks it, builds and signs a PDF with a throwaway identity, verifies that PDF, and
builds the main window offscreen. It prints one `smoke: ...` line per step and exits 0;
anything else it prints is a defect (the bundle check fails on unexpected output).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "smoke-test passphrase, throwaway"


def _say(text: str) -> None:
    print(f"smoke: {text}", flush=True)


def run_smoke_test() -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="tally-smoke-") as folder:
            _run(Path(folder))
    except Exception as exc:  # a smoke test reports every failure as one line, then fails
        print(f"smoke: FAILED: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    _say("all steps passed")
    return 0


def _run(folder: Path) -> None:
    from tally.core.catalog import Catalog
    from tally.core.scoring import score
    from tally.paths import bundled_forms_dir, load_catalog

    bundled = Catalog.load([bundled_forms_dir()])
    if bundled.problems or len(bundled) < 6:  # the bundle's own forms must all load
        raise RuntimeError(f"forms did not all load: {bundled.problems or bundled.ids}")
    catalog = load_catalog()
    for problem in catalog.problems:  # a user's own bad form is skipped, as in the app
        _say(f"user form skipped: {problem}")
    _say(f"{len(catalog)} forms loaded: {', '.join(catalog.ids)}")

    record = _store_round_trip(folder, catalog)
    form = catalog.get(record.form_id)
    given = record.scoring_input()
    result = score(form, given["items"], given["facts"])
    if not result.complete or result.band is None:
        raise RuntimeError(f"sample case did not score completely: missing {result.missing}")
    _say(f"sample case scored: {form.name} total {result.total}, band {result.band.id}")

    _report_round_trip(folder, catalog, record)
    _validation_statistics()
    _main_window(folder)


def _validation_statistics() -> None:
    """Every statistics library of local validation loads and computes (a bundle that lost
    one of their submodules fails here, not in front of a user)."""
    import numpy as np

    from tally.validation import stats

    scores = np.array([0, 1, 1, 2, 3, 3, 4, 5, 5, 6], dtype=float)
    days = np.array([900, 1200, 300, 2000, 150, 1900, 400, 250, 2100, 100], dtype=float)
    event = np.array([0, 0, 1, 0, 1, 0, 1, 1, 0, 1], dtype=bool)
    auc = stats.auc_with_ci(scores, event)  # scikit-learn, SciPy
    c = stats.harrell_c(scores, days, event)
    cal = stats.calibration(scores, event, {s: 0.05 + 0.07 * s for s in range(7)})  # statsmodels
    dynamic = np.array([2, 0, 3, 1, 4, 2, 5, 3, 6, 4], dtype=float)
    cox = stats.cox_incremental(scores, dynamic, days, event, "a", "b")  # lifelines
    pooled = stats.pool_aucs([0.7, 0.75], [0.002, 0.003], [100, 120])  # statsmodels meta
    if None in (auc.auc, c, cal.eo, cal.slope, cox.static_alone) or not 0 < pooled.fixed < 1:
        raise RuntimeError("a validation statistic could not be computed")
    _say(f"validation statistics: AUC {auc.auc:.2f}, C {c:.2f}, E/O {cal.eo:.2f}, "
         f"HR {cox.static_alone.hr:.2f}, pooled AUC {pooled.fixed:.2f}")


def _store_round_trip(folder: Path, catalog):
    from tally.store import Store

    path = folder / "smoke.db"
    store = Store.create(path, PASSPHRASE)
    try:
        store.set_evaluator("Smoke Test", "Automated check", "Tally")
        case_pk = store.create_case(
            "SMOKE-0001", "1979-04-12",
            {"release_date": "2026-03-01", "csem_only": False, "contact_sexual_offence": True},
            "mixed_escalation", "Synthetic case created by tally --smoke-test.",
        )
        form = catalog.get("static99r")
        assessment = store.create_assessment(
            case_pk, form.id, form.version, form.content_hash, "2026-11-24"
        )
        for item in form.items:
            if item.derive is None or item.derive.optional:
                store.set_answer(assessment, item.id, item.options[0].points,
                                 rationale="Smoke test answer.", sources=["file review"])
        store.lock(assessment, form)
        report = store.verify_audit()
        if not report.ok:
            raise RuntimeError(f"audit chain broken: {report.message}")
        record = store.get_assessment(assessment)
    finally:
        store.close()
    reopened = Store.open(path, PASSPHRASE)
    reopened.close()
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError("the database file is not encrypted")
    _say(f"encrypted store: case, {len(record.answers)} answers, lock, audit chain ok")
    return record


def _report_round_trip(folder: Path, catalog, record) -> None:
    from tally.reports import identity
    from tally.reports.export import export_report
    from tally.reports.verify import verify_pdf

    ident_dir = folder / "identity"
    identity.create_self_signed("key passphrase, throwaway", "Smoke Test",
                                organisation="Tally", folder=ident_dir)
    signer = identity.load("key passphrase, throwaway", folder=ident_dir)
    out = folder / "smoke.pdf"
    exported = export_report([record], catalog.get, out=out, identity=signer)
    checked = verify_pdf(out, trust=[signer.cert], use_stored_anchors=False)
    if not checked.valid or not all(sig.trusted for sig in checked.signatures):
        raise RuntimeError("the signed report did not verify: " + "; ".join(checked.lines()))
    _say(f"signed PDF: {len(exported.pdf):,} bytes, signature valid and trusted")


def _main_window(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tally.ui.smoke import show_main_window

    title = show_main_window(folder / "smoke.db", PASSPHRASE)
    _say(f"main window built offscreen: {title}")
