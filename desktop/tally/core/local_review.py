"""A local content review as data: which numbers a form carries, and how a review changes them.

An agency that holds an instrument's manual can confirm a number, correct it, or add a norms
table from it. Verifying who signed the review (crypto, identities) happens outside core
(tally.reports.local_review); core only sees entries that passed that check, edits the form's
raw data with them, and loads the result through the same validator as any form file, so a
correction that breaks the form (a gap between bands, say) is refused like a bad file.

Every number has a target, a stable name such as ``scale.total.band.IVa``, and a value in
words (``4 to 5``). A review entry records the value it saw; when the form now says something
else, the entry no longer matches and is ignored.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tally.core.model import Evidence, Form, Provenance

CONFIRM, CORRECT, NORMS = "confirm", "correct", "norms"
ACTIONS = (CONFIRM, CORRECT, NORMS)
REFERENCE = ("manual", "edition", "page", "date")  # what every entry must name
# derivations a review may correct, written as _derive_value writes them; a count table
# (several facts, the higher) is confirmed or left as it is
CORRECTABLE_RULES = ("age_band", "count_band", "at_least", "flag")
_INT = r"\s*([\u2212-]?\d+)\s*"
_BAND = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)|\+)\s*:" + _INT + "$")
_AT_LEAST = re.compile(r"^\s*(\S+)\s*>=\s*(\d+)\s*:" + _INT + r",\s*else" + _INT + "$")
_FLAG = re.compile(r"^\s*(\S+)\s*:\s*yes" + _INT + r",\s*no" + _INT + "$")


class ReviewError(ValueError):
    """An entry that cannot be applied; str() is one line for the user."""


@dataclass(frozen=True)
class Number:
    """One number of a form that carries evidence, with its current value in words."""

    target: str
    label: str
    value: str
    provenance: Provenance
    correctable: bool = False  # a plain number a review may replace


def _points(values) -> str:
    return "/".join(str(v) for v in values)


def numbers(form: Form) -> list[Number]:
    """Every number of the form that names a source, in form order."""
    out: list[Number] = []
    pop = form.population
    if pop.min_age is not None and pop.min_age_provenance is not None:
        out.append(Number("population.min_age", "Minimum age", str(pop.min_age),
                          pop.min_age_provenance, True))
    for item in form.items:
        out.append(Number(f"item.{item.id}", f"Item {item.number} {item.name}: points",
                          _points(o.points for o in item.options), item.provenance,
                          item.derive is None))
        if item.derive is not None:
            out.append(Number(f"item.{item.id}.derive", f"Item {item.number}: derivation",
                              _derive_value(item.derive), item.derive.provenance,
                              item.derive.rule in CORRECTABLE_RULES))
        if item.scored_when is not None:
            out.append(Number(f"item.{item.id}.scored_when", f"Item {item.number}: when scored",
                              "any of: " + ", ".join(item.scored_when.any_of),
                              item.scored_when.provenance))
        for i, c in enumerate(item.context, 1):
            out.append(Number(f"item.{item.id}.context.{i}", c.label, c.value, c.provenance))
    for scale in form.scales:
        if scale.provenance is not None:
            out.append(Number(f"scale.{scale.id}", f"{scale.name}: items",
                              "items: " + ", ".join(scale.items), scale.provenance))
        for band in scale.bands:
            out.append(Number(f"scale.{scale.id}.band.{band.id}", f"{scale.name}: {band.label}",
                              f"{band.min} to {band.max}", band.provenance, True))
    if form.rule is not None:
        for step in form.rule.steps:
            out.append(Number(f"rule.step.{step.min_factors}",
                              f"{step.min_factors}+ aggravating factors", f"up {step.levels}",
                              step.provenance, True))
        top = form.scale(form.rule.base_scale).bands[-1].id
        out.append(Number("rule.cap", "Cap on the raised category", f"never above {top}",
                          form.rule.cap_provenance))
    for i, check in enumerate(form.checks, 1):
        if check.provenance is not None:
            out.append(Number(f"check.{i}", f"Check {i} ({check.rule})", f"limit {check.limit}",
                              check.provenance, True))
    for i, note in enumerate(form.research, 1):
        out.append(Number(f"research.{i}", note.label, note.value, note.provenance))
    return out


def unconfirmed(form: Form) -> list[Number]:
    return [n for n in numbers(form) if n.provenance.evidence is Evidence.UNCONFIRMED]


def _derive_value(d) -> str:
    if d.rule == "flag":
        return f"{d.fact}: yes {d.points_if_met}, no {d.points_otherwise}"
    if d.rule in ("age_band", "count_band"):
        return ", ".join(
            f"{b.min}{'+' if b.max is None else f'-{b.max}'}: {b.points}" for b in d.bands
        )
    if d.rule == "count_table":
        return "; ".join(
            f"{t.fact}: " + ", ".join(f"{low}+: {points}" for low, points in t.steps)
            for t in d.tables
        ) + (" (the higher)" if len(d.tables) > 1 else "")
    return f"{d.fact} >= {d.threshold}: {d.points_if_met}, else {d.points_otherwise}"


def _tables(data: Mapping[str, Any], key: str) -> Iterator[dict]:
    value = data.get(key)
    return iter(value) if isinstance(value, list) else iter(())


def _find(data: dict, target: str) -> dict:
    """The raw table holding the provenance of `target`; ReviewError if there is none."""
    parts = target.split(".")
    found: Any = None
    if parts == ["population", "min_age"]:
        found = data.get("population")
    elif parts[0] == "item" and len(parts) >= 2:
        item = next((t for t in _tables(data, "items") if t.get("id") == parts[1]), None)
        if item is not None and len(parts) == 2:
            found = item
        elif item is not None and parts[2:] in (["derive"], ["scored_when"]):
            found = item.get(parts[2])
        elif item is not None and len(parts) == 4 and parts[2] == "context":
            found = _nth(list(_tables(item, "context")), parts[3])
    elif parts[0] == "scale" and len(parts) >= 2:
        scale = next((t for t in _tables(data, "scales") if t.get("id") == parts[1]), None)
        if scale is not None and len(parts) == 2:
            found = scale
        elif scale is not None and len(parts) == 4 and parts[2] == "band":
            found = next((b for b in _tables(scale, "bands") if b.get("id") == parts[3]), None)
    elif parts[0] == "rule" and isinstance(data.get("rule"), dict):
        rule = data["rule"]
        if parts[1:] == ["cap"]:
            found = rule.get("cap")
        elif len(parts) == 3 and parts[1] == "step":
            found = next((s for s in _tables(rule, "steps")
                          if str(s.get("min_factors")) == parts[2]), None)
    elif parts[0] in ("check", "research") and len(parts) == 2:
        found = _nth(list(_tables(data, parts[0] + ("s" if parts[0] == "check" else ""))),
                     parts[1])
    if not isinstance(found, dict):
        raise ReviewError(f"the form has no number '{target}'")
    return found


def _nth(tables: list, position: str) -> dict | None:
    if not position.isdigit() or not 1 <= int(position) <= len(tables):
        return None
    return tables[int(position) - 1]


def _local(entry: Mapping[str, Any], corrected_from: str = "") -> dict:
    out = {key: str(entry.get(key, "")) for key in ("reviewer", *REFERENCE)}
    if corrected_from:
        out["corrected_from"] = corrected_from
    return out


def _whole(text: str, what: str) -> int:
    try:
        return int(text.strip().replace("\u2212", "-"))
    except ValueError:
        raise ReviewError(f"{what} must be a whole number, got {text!r}") from None


def _correct(data: dict, table: dict, target: str, new: str) -> None:
    """Put the corrected number in the raw form data (the validator then checks it)."""
    parts = target.split(".")
    if target == "population.min_age":
        table["min_age"] = _whole(new, "the minimum age")
    elif parts[0] == "item" and len(parts) == 2:
        values = [_whole(v, "each point value") for v in new.replace(",", "/").split("/")]
        options = table.get("options", [])
        if len(values) != len(options):
            raise ReviewError(f"give {len(options)} point values (one per option), "
                              f"got {len(values)}")
        for option, points in zip(options, values, strict=True):
            option["points"] = points
    elif parts[0] == "scale" and len(parts) == 4:
        low, sep, high = new.partition(" to ")
        if not sep:
            raise ReviewError(f"a band is corrected as 'MIN to MAX', got {new!r}")
        table["min"], table["max"] = _whole(low, "the band's min"), _whole(high, "the band's max")
    elif parts[0] == "item" and parts[2:] == ["derive"]:
        _correct_derivation(table, new)
    elif parts[0] == "rule" and len(parts) == 3:
        table["levels"] = _whole(new.removeprefix("up "), "the levels raised")
    elif parts[0] == "check":
        table["limit"] = _whole(new.removeprefix("limit "), "the limit")
    else:
        raise ReviewError(f"'{target}' can be confirmed but not corrected")


def _correct_derivation(table: dict, new: str) -> None:
    """Bands ("18-34: 1, 35+: 0"), a threshold ("fact >= 3: 1, else 0") or a flag
    ("fact: yes 4, no 0"), in the words the review screen shows them."""
    rule = table.get("rule")
    if rule in ("age_band", "count_band"):
        bands = table.get("bands", [])
        parts = [p for p in new.split(",") if p.strip()]
        if len(parts) != len(bands):
            raise ReviewError(f"give {len(bands)} bands as 'MIN-MAX: POINTS' (the last "
                              f"'MIN+: POINTS'), got {len(parts)}")
        for band, text in zip(bands, parts, strict=True):
            found = _BAND.match(text)
            if found is None:
                raise ReviewError(f"a band is corrected as 'MIN-MAX: POINTS' or "
                                  f"'MIN+: POINTS', got {text.strip()!r}")
            band["min"] = int(found[1])
            if found[2] is None:
                band.pop("max", None)
            else:
                band["max"] = int(found[2])
            band["points"] = _whole(found[3], "a band's points")
        return
    pattern = _AT_LEAST if rule == "at_least" else _FLAG if rule == "flag" else None
    if pattern is None:
        raise ReviewError("this derivation can be confirmed but not corrected")
    found = pattern.match(new)
    shape = ("'FACT >= N: POINTS, else POINTS'" if rule == "at_least"
             else "'FACT: yes POINTS, no POINTS'")
    if found is None or found[1] != table.get("fact"):
        raise ReviewError(f"this derivation is corrected as {shape} for "
                          f"{table.get('fact')}, got {new!r}")
    if rule == "at_least":
        table["threshold"] = int(found[2])
    *_, met, otherwise = found.groups()
    table["points_if_met"] = _whole(met, "the points")
    table["points_otherwise"] = _whole(otherwise, "the points")


def amend(data: Mapping[str, Any], form: Form, entries: Sequence[Mapping[str, Any]]) -> dict:
    """A copy of the form's raw data with the review entries applied (already checked to match
    the form). Confirmed and corrected numbers carry a `local` table, which the loader accepts
    only when it loads a reviewed form; an added norms table is marked the same way."""
    out = copy.deepcopy(dict(data))
    current = {n.target: n for n in numbers(form)}
    for entry in entries:
        action = entry["action"]
        if action == NORMS:
            table = copy.deepcopy(dict(entry["table"]))
            table["evidence"] = Evidence.PUBLISHED.value
            table["local"] = _local(entry)
            out.setdefault("norms", []).append(table)
            continue
        target = entry["target"]
        table = _find(out, target)
        corrected_from = ""
        if action == CORRECT:
            number = current.get(target)
            if number is None or not number.correctable:
                raise ReviewError(f"'{target}' can be confirmed but not corrected")
            _correct(out, table, target, str(entry["new_value"]))
            corrected_from = number.value
        table["evidence"] = Evidence.PUBLISHED.value
        table["local"] = _local(entry, corrected_from)
    return out


def matches(form: Form, entry: Mapping[str, Any]) -> str:
    """"" when the entry still fits the form, else why it is ignored (one line)."""
    if entry.get("form_version") != form.version:
        return (f"{form.id} is now version {form.version}; the review was made against "
                f"version {entry.get('form_version')}")
    if entry.get("action") == NORMS:
        return ""
    target = entry.get("target", "")
    number = next((n for n in numbers(form) if n.target == target), None)
    if number is None:
        return f"{form.id} has no number '{target}' any more"
    if number.value != entry.get("value"):
        return (f"{form.id} {target} is now '{number.value}'; the review saw "
                f"'{entry.get('value')}'")
    return ""
