"""Items filled from case facts. Each rule is named by a form's `derive.rule`.

A rule returns the points and a sentence saying how they were reached, or None with a
reason when the facts it needs are missing (the item then stays missing, with a warning).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from tally.core.facts import FACT_TYPES, completed_years
from tally.core.model import Derivation

__all__ = ["FACT_TYPES", "RULES", "Derived", "derive"]


@dataclass(frozen=True)
class Derived:
    points: int | None
    how: str  # how the value was reached, or why it could not be


def _age_band(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    missing = [f for f in (rule.birth, rule.at) if f not in facts]
    if missing:
        return Derived(None, f"needs {' and '.join(missing)}")
    born, on = facts[rule.birth], facts[rule.at]
    years = completed_years(born, on)
    for band in rule.bands:
        if band.contains(years):
            return Derived(band.points, f"age {years} on {on.isoformat()} ({rule.at})")
    return Derived(None, f"age {years} on {on.isoformat()} is below every band of this item")


def _at_least(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    if rule.fact not in facts:
        return Derived(None, f"needs {rule.fact}")
    value = facts[rule.fact]
    met = value >= rule.threshold
    points = rule.points_if_met if met else rule.points_otherwise
    sign = "≥" if met else "<"
    return Derived(points, f"{rule.fact} = {value} ({sign} {rule.threshold})")


def _count_band(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    if rule.fact not in facts:
        return Derived(None, f"needs {rule.fact}")
    value = facts[rule.fact]
    for band in rule.bands:
        if band.contains(value):
            return Derived(band.points, f"{rule.fact} = {value}")
    return Derived(None, f"{rule.fact} = {value} is below every band of this item")


def _flag(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    if rule.fact not in facts:
        return Derived(None, f"needs {rule.fact}")
    met = facts[rule.fact]
    points = rule.points_if_met if met else rule.points_otherwise
    return Derived(points, f"{rule.fact} = {'yes' if met else 'no'}")


RULES: dict[str, Callable[[Derivation, Mapping[str, Any]], Derived]] = {
    "age_band": _age_band,
    "at_least": _at_least,
    "count_band": _count_band,  # a count through a table: 0 / 1 / 2 / 3+ -> points
    "flag": _flag,  # a yes/no fact -> points_if_met or points_otherwise
}


def derive(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    return RULES[rule.rule](rule, facts)
