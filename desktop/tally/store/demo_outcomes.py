"""Clearly synthetic follow-up for demo databases, so the validation screens show something.

Men with a locked static tool also get its dynamic partner, locked, so incremental validity
has pairs to show.

Every follow-up and event is stored with synthetic = 1 and the source "SYNTHETIC demo
outcome"; screens, tables and exports say so. Risk rises with the man's totals (the mean of
his locked assessments' totals, each as a share of its form's range), so the instruments
discriminate as they should in a demo; the numbers mean nothing about real men.
"""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tally.store.outcomes import add_event, set_followup

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.store.store import Store

SOURCE = "SYNTHETIC demo outcome (not a real record)"
# yearly hazards at an average total, and the log hazard ratio from the lowest to the
# highest total: invented for the demo, not taken from any study
HAZARDS = {"sexual": 0.06, "violent": 0.04, "any": 0.12}
LOG_HR_RANGE = 3.0


def add_demo_outcomes(
    store: Store, catalog: Catalog, seed: int = 20251124, today: date | None = None
) -> int:
    """Synthetic follow-up for every case with a locked assessment; returns how many cases."""
    from tally.store.outcomes import locked_inputs

    rng = random.Random(seed)
    today = today or date.today()
    with store.batch():
        _add_partners(store, catalog, rng)
    risk: dict[int, list[float]] = {}
    start_of: dict[int, str] = {}
    for item in locked_inputs(store):
        share = _share(catalog, item)
        if share is None:
            continue
        risk.setdefault(item.case_pk, []).append(share)
        facts = item.case.get("facts") or {}
        start_of.setdefault(item.case_pk, str(facts.get("release_date") or item.assessment_date))
    with store.batch():
        for case_pk in sorted(risk):
            start = date.fromisoformat(start_of[case_pk])
            if start >= today:
                continue
            share = sum(risk[case_pk]) / len(risk[case_pk])
            _add_case(store, rng, case_pk, start, share, today)
    return len(risk)


def _add_partners(store: Store, catalog: Catalog, rng: random.Random) -> None:
    """A locked dynamic partner (the first one its form names in pairs_with) for every man
    with a locked static tool, so the demo can show incremental validity. Its answers lean
    the way his static total does, as a real partner's would."""
    from tally.store.outcomes import locked_inputs

    for item in locked_inputs(store):
        if item.form_id not in catalog or catalog.get(item.form_id).kind != "static":
            continue
        partners = [p for p in catalog.get(item.form_id).applicability.pairs_with
                    if p in catalog and catalog.get(p).kind == "dynamic"]
        share = _share(catalog, item)
        if not partners or share is None:
            continue
        form = catalog.get(partners[0])
        aid = store.create_assessment(item.case_pk, form.id, form.version, form.content_hash,
                                      item.assessment_date, "synthetic demo partner")
        for question in form.items:
            points = sorted(o.points for o in question.options)
            lean = share + rng.uniform(-0.45, 0.45)
            pick = min(len(points) - 1, max(0, int(lean * len(points))))
            store.set_answer(aid, question.id, points[pick],
                             rationale="Synthetic rationale for a demo case.",
                             sources=["file review"])
        store.lock(aid, form)


def _share(catalog: Catalog, item: object) -> float | None:
    from tally.core.facts import InputError
    from tally.core.scoring import score

    form_id = getattr(item, "form_id", "")
    if form_id not in catalog:
        return None
    form = catalog.get(form_id)
    case = getattr(item, "case", {})
    facts = dict(case.get("facts") or {})
    if case.get("date_of_birth"):
        facts.setdefault("date_of_birth", case["date_of_birth"])
    try:
        result = score(form, getattr(item, "items", {}), facts)
    except InputError:
        return None
    low, high = form.primary.min_total, form.primary.max_total
    return (result.total - low) / (high - low) if high > low else 0.5


def _add_case(
    store: Store, rng: random.Random, case_pk: int, start: date, share: float, today: date
) -> None:
    end = min(today - timedelta(days=rng.randrange(0, 120)),
              start + timedelta(days=rng.randrange(365, 10 * 365)))
    end = max(end, start)
    multiplier = math.exp(LOG_HR_RANGE * (share - 0.5))
    events = []
    for kind, hazard in HAZARDS.items():
        years = rng.expovariate(hazard * multiplier)
        when = start + timedelta(days=int(years * 365.25))
        if when <= end:
            if kind == "sexual":  # split any sexual into the talk's finer types
                kind = rng.choices(("csem", "contact_sexual", "sexual"), (5, 2, 1))[0]
            events.append((kind, when))
    reason = "records_check" if rng.random() < 0.95 else rng.choice(("death", "deportation"))
    set_followup(store, case_pk, start.isoformat(), "release", end.isoformat(), reason,
                 synthetic=True)
    for kind, when in events:
        add_event(store, case_pk, kind, when.isoformat(),
                  rng.choice(("charge", "conviction")), SOURCE, synthetic=True)
