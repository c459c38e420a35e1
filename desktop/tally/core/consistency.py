"""Consistency checks declared in the forms: case facts against items, and items of one
instrument against items of another scored for the same case. No per-instrument Python: a
check is a list of conditions that must all hold; the first that cannot be judged (a fact not
recorded, the other instrument not scored) keeps the check quiet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tally.core.model import CheckCondition, Consistency, Form

WARNING, INFO = "warning", "info"


@dataclass(frozen=True)
class Finding:
    check_id: str
    form_id: str
    item_id: str  # the item of `form_id` it belongs to (shown on that item)
    severity: str  # warning (likely an error) or info (the instruments' rules differ)
    message: str


def _value(cond: CheckCondition, form_id: str, points: Mapping[str, int | None],
           facts: Mapping[str, Any], others: Mapping[str, Mapping[str, int | None]]) -> Any:
    if cond.fact:
        return facts.get(cond.fact)
    source = points if not cond.form or cond.form == form_id else others.get(cond.form, {})
    return source.get(cond.item)


def _holds(cond: CheckCondition, value: Any) -> bool | None:
    """True or False, or None when the value is not known (the check stays quiet)."""
    if value is None:
        return None
    if cond.op == "is":
        return bool(value == cond.value)
    if cond.op == "at_least":
        return bool(value >= cond.value)
    return bool(value <= cond.value)  # at_most (the loader allows no other)


def evaluate(form: Form, points: Mapping[str, int | None], facts: Mapping[str, Any],
             others: Mapping[str, Mapping[str, int | None]] | None = None) -> list[Finding]:
    """Every check of `form` that fires. `points` are this assessment's item points (entered
    or derived), `facts` the case facts (raw contract values), `others` the points of the
    case's other instruments by form id."""
    others = others or {}
    found = []
    for check in form.consistency:
        if all(_holds(c, _value(c, form.id, points, facts, others)) for c in check.when):
            found.append(Finding(check.id, form.id, check.item, check.severity, check.message))
    return found


def for_item(findings: list[Finding], item_id: str) -> list[Finding]:
    return [f for f in findings if f.item_id == item_id]


__all__ = ["INFO", "WARNING", "Consistency", "Finding", "evaluate", "for_item"]
