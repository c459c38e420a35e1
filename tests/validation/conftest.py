"""A small real database for the validation tests: 30 fictional men with CPORT and
STABLE-2007 locked, follow-up and events, built through the store's own API."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from tally.store import Store
from tally.store import outcomes as store_outcomes

PASS = "validation test passphrase"
CPORT_ITEMS = ("age_35_or_younger", "prior_criminal_history", "conditional_release_failure",
               "contact_sexual_offending", "sexual_interest_in_children", "boy_content_csem",
               "boy_content_other")


@dataclass(frozen=True)
class Man:
    case_id: str
    date_of_birth: str
    csem_only: bool
    cport: int
    stable: int
    start: str
    end: str
    event: tuple[str, str] | None  # (type, date)


def fixture_men() -> list[Man]:
    men = []
    for i in range(30):
        cport = (i * 5) % 8  # 0..7, ties
        stable = min(26, cport * 2 + (i % 5))
        start = date(2014, 1, 1) + timedelta(days=37 * i)
        end = date(2024, 6, 30) if i % 4 else start + timedelta(days=900 + 11 * i)
        event = None
        if cport >= 4 and i % 3 != 1:
            kind = ("csem", "contact_sexual", "sexual")[i % 3]
            event = (kind, (start + timedelta(days=200 + 53 * (7 - cport) + i)).isoformat())
        elif cport <= 3 and i % 5 == 2:  # some low scorers reoffend too: no perfect split
            event = ("csem", (start + timedelta(days=300 + 17 * i)).isoformat())
        elif i % 7 == 0:
            event = ("violent", (start + timedelta(days=400 + i)).isoformat())
        men.append(Man(f"ZQ-CASE-{i:03d}", f"19{60 + i}-0{1 + i % 9}-1{i % 10}",
                       i % 3 != 0, cport, stable, start.isoformat(), end.isoformat(), event))
    return men


def build_db(path: Path, catalog, men: list[Man], keep_scores: bool = True) -> None:
    """keep_scores=False locks as Tally did before it kept each lock's score."""
    cport, stable = catalog.get("cport"), catalog.get("stable2007")
    with Store.create(path, PASS) as store:
        store.set_evaluator("Dr Test Evaluator")
        with store.batch():
            for man in men:
                pk = store.create_case(
                    man.case_id, man.date_of_birth,
                    {"csem_only": man.csem_only, "release_date": man.start},
                    "csem_only" if man.csem_only else "mixed_concurrent",
                    "fictional test case ZQ-NOTE")
                aid = store.create_assessment(pk, "cport", cport.version, cport.content_hash,
                                              man.start)
                for n, item in enumerate(CPORT_ITEMS):
                    store.set_answer(aid, item, 1 if n < man.cport else 0,
                                     rationale="ZQ-RATIONALE")
                store.lock(aid, cport if keep_scores else None)
                sid = store.create_assessment(pk, "stable2007", stable.version,
                                              stable.content_hash, man.start)
                left = man.stable
                for item in stable.items:
                    points = min(2, left)
                    left -= points
                    store.set_answer(sid, item.id, points)
                store.lock(sid, stable if keep_scores else None)
                store_outcomes.set_followup(store, pk, man.start, "release", man.end,
                                            "records_check")
                if man.event:
                    store_outcomes.add_event(store, pk, man.event[0], man.event[1],
                                             "conviction", "ZQ-SOURCE police records")


@pytest.fixture(scope="module")
def men() -> list[Man]:
    return fixture_men()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, catalog, men: list[Man]) -> Path:
    path = tmp_path_factory.mktemp("validation") / "site.db"
    build_db(path, catalog, men)
    return path


@pytest.fixture
def cli_env(db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("TALLY_PASSPHRASE", PASS)
    yield db
