"""What "take the profile's current facts" would change in an amendment.

An amendment starts from exactly its locked version: the same answers and the same case facts
(store.amend). When the profile has changed since the lock (a date of birth corrected, a
release date set), the evaluator may choose to amend on the profile's facts instead; this says
beforehand what that changes: each fact (locked value -> profile value) and each item the
facts re-derive (old -> new points, e.g. "date of birth changed: item 1 re-derived from 0 to
+1"), with the total. No Qt, no store: the form, the locked record and the profile row in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

from tally.core.facts import InputError
from tally.core.model import Form
from tally.core.record import AssessmentRecord, CaseRecord
from tally.core.scoring import Result, score

# the profile's own fields, compared before its facts (in this order)
PROFILE_FIELDS = ("case_id", "date_of_birth", "offence_pattern")


class Profile(Protocol):
    """A case as the profile holds it now (store.rows.CaseRow has these)."""

    @property
    def case_id(self) -> str: ...
    @property
    def date_of_birth(self) -> str | None: ...
    @property
    def facts(self) -> Mapping[str, Any]: ...
    @property
    def offence_pattern(self) -> str: ...
    @property
    def notes(self) -> str: ...


@dataclass(frozen=True)
class FactChange:
    name: str  # a profile field (case_id, date_of_birth, offence_pattern, notes) or a fact id
    locked: Any  # None: not recorded
    profile: Any


@dataclass(frozen=True)
class ItemChange:
    item_id: str
    number: str
    name: str
    locked: int | None  # None: missing (or not scored) on those facts
    profile: int | None
    how: str  # how the profile's facts give the new value, or why they cannot


@dataclass(frozen=True)
class FactsDiff:
    facts: tuple[FactChange, ...] = ()
    items: tuple[ItemChange, ...] = ()
    total: tuple[int, int] = (0, 0)  # locked, profile
    complete: tuple[bool, bool] = (True, True)

    @property
    def empty(self) -> bool:
        """True when the profile holds exactly the facts the locked version was scored on."""
        return not self.facts


def _blank(value: Any) -> Any:
    return None if value in (None, "") else value


def _score(form: Form, record: AssessmentRecord) -> Result:
    data = record.scoring_input()
    try:
        return score(form, data["items"], data["facts"])
    except InputError:  # a malformed fact: scored as if no fact were known
        return score(form, data["items"], None)


def profile_diff(form: Form, locked: AssessmentRecord, profile: Profile) -> FactsDiff:
    """The differences between the facts `locked` was scored on and the profile's now, and
    the items of `form` whose points would change with them."""
    was = locked.case
    facts = [
        FactChange(name, _blank(getattr(was, name)), _blank(getattr(profile, name)))
        for name in PROFILE_FIELDS
        if _blank(getattr(was, name)) != _blank(getattr(profile, name))
    ]
    facts += [
        FactChange(name, was.facts.get(name), profile.facts.get(name))
        for name in sorted(set(was.facts) | set(profile.facts))
        if was.facts.get(name) != profile.facts.get(name)
    ]
    if was.notes != profile.notes:
        facts.append(FactChange("notes", was.notes, profile.notes))
    if not facts:
        return FactsDiff()
    taken = replace(locked, case=CaseRecord(
        profile.case_id, profile.date_of_birth, dict(profile.facts), profile.offence_pattern,
        profile.notes))
    before, after = _score(form, locked), _score(form, taken)
    items = tuple(
        ItemChange(item.id, item.number, item.name, before.items[item.id].points,
                   after.items[item.id].points, after.items[item.id].how)
        for item in form.items
        if (before.items[item.id].points, before.items[item.id].origin)
        != (after.items[item.id].points, after.items[item.id].origin)
    )
    return FactsDiff(tuple(facts), items, (before.total, after.total),
                     (before.complete, after.complete))
