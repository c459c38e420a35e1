"""Clearly synthetic demo data for benchmarks and screenshots.

Every case id starts with DEMO- and every note says the case is fictional. Assessments go
through the real API (autosave, lock, sign, amend) so the demo exercises the same rules and
audit trail as real work, in every state: draft, locked, signed, amended.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tally.core.record import SignatureManifest

if TYPE_CHECKING:
    from tally.store.store import Store

PATTERNS = ("csem_only", "mixed_escalation", "mixed_deescalation", "mixed_concurrent")
STATES = ("draft", "locked", "signed", "amended")
NOTE_PHRASES = (
    "referral from probation", "file review complete", "interview scheduled",
    "awaiting police disclosure", "treatment report received", "parole board request",
    "polygraph declined", "second interview done", "victim statements on file",
    "supervision officer consulted", "risk management plan drafted", "court deadline soon",
)
DEMO_EVALUATOR = ("Demo Evaluator (synthetic)", "Demo credentials", "Demo organisation")
# Assessments for every case up to this many, then for every EVERY-th case: a 100,000-case
# demo stays quick to build while the first screens show every state.
DENSE_CASES = 1000
EVERY = 50


def _forms() -> list[Any]:
    try:
        from tally.paths import load_catalog

        return list(load_catalog())
    except Exception:  # a missing or broken forms folder only means no demo assessments
        return []


def add_demo_data(store: Store, n_cases: int, seed: int = 20251124) -> int:
    """Add n_cases synthetic cases (with assessments) in one transaction; returns n_cases."""
    if n_cases < 0:
        raise ValueError("the number of demo cases cannot be negative")
    rng = random.Random(seed)
    forms = _forms()
    if store.evaluator() is None:
        store.set_evaluator(*DEMO_EVALUATOR)
    start = store.count_cases() + 1
    with store.batch():
        for number in range(start, start + n_cases):
            pk = _add_case(store, rng, number)
            index = number - start
            if forms and (index < DENSE_CASES or index % EVERY == 0):
                # states cycle fastest, so even a dozen cases show every state
                form = forms[(index // len(STATES)) % len(forms)]
                _add_assessment(store, rng, pk, form, STATES[index % len(STATES)])
        # merge the search index's many small segments from the bulk load into one
        store.conn.execute("INSERT INTO cases_fts(cases_fts) VALUES ('optimize')")
    return n_cases


def _add_case(store: Store, rng: random.Random, number: int) -> int:
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 50 * 365))
    release = date(2020, 1, 1) + timedelta(days=rng.randrange(0, 6 * 365))
    facts = {
        "release_date": release.isoformat(),
        "index_investigation_date": (release - timedelta(days=rng.randrange(400, 2000)))
        .isoformat(),
        "csem_only": rng.random() < 0.6,
    }
    notes = "Synthetic demo case, not a real person. " + "; ".join(
        rng.sample(NOTE_PHRASES, 2)
    )
    return store.create_case(
        f"DEMO-{number:06d}", born.isoformat(), facts, rng.choice(PATTERNS), notes
    )


def _add_assessment(store: Store, rng: random.Random, case_pk: int, form: Any, state: str) -> int:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
    aid = store.create_assessment(
        case_pk, form.id, form.version, form.content_hash, day.isoformat()
    )
    items = form.items if state != "draft" else form.items[: max(1, len(form.items) // 2)]
    for item in items:
        store.set_answer(
            aid, item.id, rng.choice(item.options).points,
            rationale="Synthetic rationale for a demo case.", sources=["file review"],
        )
    store.set_position(aid, items[-1].id)
    if state == "draft":
        return aid
    store.lock(aid, form)
    if state == "locked":
        return aid
    signed_at = datetime.combine(day, datetime.min.time(), UTC).isoformat()
    store.sign(aid, SignatureManifest(DEMO_EVALUATOR[0], signed_at, "Author (demo)"))
    if state == "signed":
        return aid
    new = store.amend(aid, "Demo amendment: corrected an item after new information")
    store.set_answer(new, form.items[0].id, rng.choice(form.items[0].options).points,
                     rationale="Re-scored after new information (demo).")
    return new


def create_demo_db(
    path: str | Path, passphrase: str, n_cases: int, seed: int = 20251124,
    outcomes: bool = False,
) -> Path:
    """A new database full of demo data; refuses an existing file. Returns its path.

    outcomes: also synthetic follow-up and recidivism events (tally.store.demo_outcomes)."""
    from tally.store.store import Store

    with Store.create(path, passphrase) as store:
        add_demo_data(store, n_cases, seed=seed)
        if outcomes:
            from tally.paths import load_catalog
            from tally.store.demo_outcomes import add_demo_outcomes

            add_demo_outcomes(store, load_catalog(), seed=seed)
    return Path(path)
