"""Budget (DESIGN.md): export and sign one PDF summary in under 300 ms after the first.

The full example report (every section filled); the figure is reported, not asserted."""

from __future__ import annotations

import statistics
import time

import pytest

from tally.paths import load_catalog
from tally.reports import example, identity
from tally.reports.export import export_report
from tally.reports.verify import verify_pdf
from tests.benchmarks.report import record

pytestmark = pytest.mark.benchmark
BUDGET_S = 0.300
PASSPHRASE = "benchmark passphrase"


def test_export_and_sign_under_300_ms_after_the_first(tmp_path, monkeypatch):
    monkeypatch.setenv("TALLY_DATA_DIR", str(tmp_path / "data"))
    identity.create_self_signed(PASSPHRASE, "Dr Bench", "Org")  # the default key size
    forms = example.example_forms(load_catalog())
    case = example.example(forms)  # every section filled: context, periods, trend, amendment
    by_id = {f.id: f for f in forms}

    def once(n: int) -> tuple[float, float]:
        start = time.perf_counter()
        signer = identity.load(PASSPHRASE)  # unlocking the key is part of signing
        unlocked = time.perf_counter()
        export_report(case.records, by_id, tmp_path / f"r{n}.pdf", identity=signer,
                      context=case.context, previous=case.previous, earlier=case.earlier,
                      companions=case.companions)
        done = time.perf_counter()
        return done - start, done - unlocked

    first, _ = once(0)
    runs = [once(n) for n in range(1, 11)]
    times, builds = [r[0] for r in runs], [r[1] for r in runs]
    unlock = statistics.median(t - b for t, b in runs)
    median, worst = statistics.median(times), max(times)
    b_median, b_worst = statistics.median(builds), max(builds)
    start = time.perf_counter()
    checked = verify_pdf(tmp_path / "r1.pdf", [identity.certificate()])
    verify_s = time.perf_counter() - start
    pages = (tmp_path / "r1.pdf").read_bytes().count(b"/Type /Page\n") or "?"
    print(
        f"\nreport export+sign ({len(forms)} instruments, {pages} pages): first {first * 1000:.0f} ms"
        f" (imports), then median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms "
        f"(budget {BUDGET_S * 1000:.0f} ms) of which the key unlock {unlock * 1000:.0f} ms; "
        f"build+sign alone median {b_median * 1000:.0f} ms; verify {verify_s * 1000:.0f} ms"
    )
    record("Export and sign one PDF summary (after the first), key unlock included",
           f"median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms", "300 ms",
           median < BUDGET_S,
           f"{len(forms)} instruments, {pages} pages; the key unlock alone (scrypt N=2^17, "
           f"r=8, 128 MiB, typed again at every signing) {unlock * 1000:.0f} ms; first "
           f"{first * 1000:.0f} ms (imports); verify {verify_s * 1000:.0f} ms")
    record("Export and sign one PDF summary (after the first), the key already unlocked",
           f"median {b_median * 1000:.0f} ms, worst {b_worst * 1000:.0f} ms", "300 ms",
           b_median < BUDGET_S, "the report built, written and signed (PAdES), nothing else")
    assert checked.valid, checked.problems  # the budget is reported in the table, not asserted
