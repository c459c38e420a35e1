"""The score of each assessment as it was locked: total, band and every item's points.

Scored in the lock's own transaction by the form the assessment was scored with (its hash
must match) and by this Tally's scoring code (its version is the key: after an update the
old rows are no longer used and the core scores again). Local validation reads these rows
instead of scoring 100,000 assessments again on every run. A row is fixed once written: the
triggers refuse any change and any row for an assessment that is not locked or signed.

The answers stay the record; this is what they gave. `audit verify` can score them again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import tally
from tally.core.scoring import SCORING_REVISION

if TYPE_CHECKING:
    from tally.core.model import Form
    from tally.core.record import AssessmentRecord

# the scoring code that wrote a row (release and core revision); any other scores again
ENGINE = f"{tally.__version__}+core.{SCORING_REVISION}"

# Appended as its own migration (schema version 4): one new table, nothing existing changes.
LOCKED_SCORES_SQL = """
CREATE TABLE locked_scores (
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    form_hash TEXT NOT NULL,
    engine TEXT NOT NULL,
    total INTEGER NOT NULL,
    band TEXT,
    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
    items TEXT NOT NULL CHECK (json_valid(items)),
    created_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, form_hash, engine)
);
CREATE TRIGGER locked_scores_only_locked BEFORE INSERT ON locked_scores
WHEN (SELECT status FROM assessments WHERE id = NEW.assessment_id) NOT IN ('locked', 'signed')
  OR (SELECT form_hash FROM assessments WHERE id = NEW.assessment_id) IS NOT NEW.form_hash
BEGIN SELECT RAISE(ABORT, 'only a locked assessment has a locked score, of its own form'); END;
CREATE TRIGGER locked_scores_fixed_update BEFORE UPDATE ON locked_scores
BEGIN SELECT RAISE(ABORT, 'a locked score cannot change'); END;
CREATE TRIGGER locked_scores_fixed_delete BEFORE DELETE ON locked_scores
BEGIN SELECT RAISE(ABORT, 'a locked score cannot be deleted'); END;
"""


@dataclass(frozen=True, slots=True)
class LockedScore:
    total: int
    band: str | None
    complete: bool
    items: Mapping[str, int | None]  # every item: entered, derived, None (missing, not scored)


def score_of(form: Form, items: Mapping[str, Any], facts: Mapping[str, Any]) -> LockedScore:
    """What the core gives for entered answers and case facts; InputError if they do not fit."""
    from tally.core.scoring import score

    result = score(form, items, facts)
    return LockedScore(
        result.total, result.band.id if result.band else None, result.complete,
        {i: r.points for i, r in result.items.items()},
    )


def record_score(conn: Any, assessment_id: int, form: Form, record: AssessmentRecord,
                 at: str) -> None:
    """Inside the lock's transaction, after the status moved to locked."""
    from tally.core.facts import InputError

    given = record.scoring_input()
    try:
        found = score_of(form, given["items"], given["facts"])
    except InputError:
        return  # validation will say these answers no longer fit; nothing to keep
    conn.execute(
        "INSERT INTO locked_scores (assessment_id, form_hash, engine, total, band, complete, "
        "items, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (assessment_id, record.form_hash, ENGINE, found.total, found.band,
         int(found.complete), json.dumps(found.items, sort_keys=True), at),
    )


def parse_row(total: int, band: str | None, complete: int, items: str) -> LockedScore:
    return LockedScore(int(total), band, bool(complete), ItemsText(items))


class ItemsText(Mapping[str, "int | None"]):
    """Item points as stored, parsed when first read: validation needs only the totals, the
    research export the items too, and parsing 100,000 of them would cost a third of a run."""

    __slots__ = ("_parsed", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._parsed: dict[str, int | None] | None = None

    def _items(self) -> dict[str, int | None]:
        if self._parsed is None:
            self._parsed = json.loads(self._text)
        return self._parsed

    def __getitem__(self, key: str) -> int | None:
        return self._items()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())
