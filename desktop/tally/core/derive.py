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
    quiet: bool = False  # missing optional facts (counts): no warning, the item is entered


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


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _count_table(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    """Counts entered as facts become points by the form's tables; with several tables (charges
    and convictions) the higher points count. Every table's fact is needed."""
    missing = [t.fact for t in rule.tables if t.fact not in facts]
    if missing:
        return Derived(None, f"needs {' and '.join(missing)}", quiet=True)
    found = [(t.fact, facts[t.fact], t.points_for(facts[t.fact])) for t in rule.tables]
    best = max(points for _, _, points in found)
    how = "; ".join(f"{fact} = {_number(value)} → {points}" for fact, value, points in found)
    if len(found) > 1:
        how += f" (the higher: {best})"
    return Derived(best, how)


RULES: dict[str, Callable[[Derivation, Mapping[str, Any]], Derived]] = {
    "age_band": _age_band,
    "at_least": _at_least,
    "count_band": _count_band,  # a count through a table: 0 / 1 / 2 / 3+ -> points
    "count_table": _count_table,  # counts or percentages through step tables, the highest
    "flag": _flag,  # a yes/no fact -> points_if_met or points_otherwise
}


def derive(rule: Derivation, facts: Mapping[str, Any]) -> Derived:
    return RULES[rule.rule](rule, facts)
