"""Fictional sample cases for training: the model and the TOML reader.

A case file holds a vignette written like a forensic file summary, the case facts the scoring
core needs, and reference scorings (one per instrument, or several dated ones for ACUTE-2007)
with a rationale per item naming the guidance that decides it. The format is documented in
resources/training/README.md. Whether the reference scores agree with the forms is checked
separately (tally.training.validate), because that needs the form catalog.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tally.core import translation
from tally.core.facts import FACT_TYPES, InputError, parse_date, parse_facts
from tally.core.translation import Many, Node

SCHEMA_VERSION = 1
DIFFICULTIES = ("introductory", "intermediate", "advanced")
PATTERNS = ("csem_only", "mixed_escalation", "mixed_deescalation", "mixed_concurrent")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_CASE_KEYS = {
    "schema", "id", "code", "title", "difficulty", "offence_pattern", "summary", "pitfalls",
    "author", "facts", "sections", "reference",
}
_REFERENCE_KEYS = {"form", "date", "total", "band", "note", "scales", "expect_warnings", "items"}
_ITEM_KEYS = {"points", "rationale", "guidance", "override"}
# Every text of a case, for its translation in fr/NAME.toml beside it (the same rule as forms:
# all of it or none; sections and reference scorings by position, items by id)
CASE_TEXT = Node(
    text=("title", "summary"), lists=("pitfalls",), keep=("id", "code"),
    children={
        "sections": Many("section", Node(("heading", "text"))),
        "reference": Many("reference", Node(("note",), keep=("form", "date"), children={
            "items": Many("item", Node(("rationale", "guidance", "override")),
                          keyed_table=True)})),
    },
)


class CaseError(ValueError):
    """A case file that cannot be used; str() names the file, the part and the problem."""

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file, self.where, self.problem = file, where, problem
        place = f"{where}: " if where else ""
        super().__init__(f"{file}: {place}{problem}")


@dataclass(frozen=True)
class Section:
    heading: str
    text: str


@dataclass(frozen=True)
class ReferenceItem:
    item_id: str
    points: int
    rationale: str
    guidance: str  # the guidance that decides it (manual item, Tally guidance, talk)
    override: str = ""  # why it differs from the value the facts would derive, if it does


@dataclass(frozen=True)
class ScaleExpectation:
    total: int
    band: str | None


@dataclass(frozen=True)
class ReferenceScoring:
    form_id: str
    items: dict[str, ReferenceItem]
    total: int
    band: str | None
    date: str = ""  # scoring date (ISO); several dated scorings of a dynamic tool
    note: str = ""  # what this scoring teaches, shown in feedback
    scales: dict[str, ScaleExpectation] = field(default_factory=dict)
    expect_warnings: tuple[str, ...] = ()  # substrings the scoring core must warn with

    @property
    def key(self) -> str:
        """Identifies the scoring within its case: the form id, plus @date when dated."""
        return f"{self.form_id}@{self.date}" if self.date else self.form_id

    @property
    def label(self) -> str:
        return f"{self.form_id} ({self.date})" if self.date else self.form_id

    def points(self) -> dict[str, int]:
        return {i: r.points for i, r in self.items.items()}


@dataclass(frozen=True)
class TrainingCase:
    id: str
    code: str  # pseudonymous display id, e.g. TR-07
    title: str
    difficulty: str
    offence_pattern: str
    summary: str
    facts: dict[str, Any]
    sections: tuple[Section, ...]
    references: tuple[ReferenceScoring, ...]
    pitfalls: tuple[str, ...] = ()
    author: str = ""
    path: str = ""
    origin: str = "bundled"  # bundled or user

    @property
    def form_ids(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for ref in self.references:
            seen.setdefault(ref.form_id)
        return tuple(seen)

    def references_for(self, form_id: str) -> tuple[ReferenceScoring, ...]:
        return tuple(r for r in self.references if r.form_id == form_id)

    def reference(self, key: str) -> ReferenceScoring:
        for ref in self.references:
            if ref.key == key:
                return ref
        raise KeyError(f"case '{self.id}' has no reference scoring '{key}'")

    def facts_for(self, ref: ReferenceScoring) -> dict[str, Any]:
        """The scoring facts for one reference scoring (its date is the assessment date)."""
        facts = dict(self.facts)
        if ref.date:
            facts["assessment_date"] = ref.date
        return facts

    def vignette_text(self) -> str:
        parts = [f"{self.code} — {self.title}", ""]
        for section in self.sections:
            parts += [section.heading, section.text, ""]
        return "\n".join(parts).rstrip() + "\n"


class _Reader:
    def __init__(self, file: str, lang: str = "en") -> None:
        self.file, self.lang = file, lang

    def known(self, data: Mapping[str, Any], keys: set[str], where: str) -> None:
        unknown = sorted(set(data) - keys)
        if unknown:
            raise self.fail(where, f"unknown key '{unknown[0]}' (known: {', '.join(sorted(keys))})")

    def fail(self, where: str, problem: str) -> CaseError:
        return CaseError(self.file, where, problem)

    def text(self, data: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing '{key}'")
            return ""
        if isinstance(value, dict) and translation.SOURCE_LANGUAGE in value:
            value = value.get(self.lang, value[translation.SOURCE_LANGUAGE])
        if not isinstance(value, str):
            raise self.fail(where, f"'{key}' must be text, got {type(value).__name__}")
        value = value.strip()
        if required and not value:
            raise self.fail(where, f"'{key}' must not be empty")
        return value

    def int(self, data: Mapping[str, Any], key: str, where: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, f"'{key}' must be a whole number, got {value!r}")
        return value

    def band(self, data: Mapping[str, Any], where: str) -> str | None:
        value = data.get("band")
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            raise self.fail(where, f"'band' must be a band id (text), got {value!r}")
        return value

    def choice(
        self, data: Mapping[str, Any], key: str, where: str, allowed: tuple[str, ...]
    ) -> str:
        value = self.text(data, key, where)
        if value not in allowed:
            raise self.fail(where, f"'{key}' must be one of {', '.join(allowed)}, got {value!r}")
        return value


def _facts(r: _Reader, data: Mapping[str, Any]) -> dict[str, Any]:
    raw = data.get("facts")
    if raw is None:
        raise r.fail("facts", "missing table 'facts'")
    if not isinstance(raw, dict):
        raise r.fail("facts", "'facts' must be a table")
    unknown = sorted(set(raw) - set(FACT_TYPES))
    if unknown:
        raise r.fail("facts", f"unknown fact '{unknown[0]}' (known: {', '.join(FACT_TYPES)})")
    # TOML dates arrive as datetime.date; the scoring contract wants ISO strings
    facts = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in raw.items()}
    try:
        parse_facts(facts)
    except InputError as exc:
        raise r.fail("facts", str(exc)) from None
    return facts


def _reference(r: _Reader, data: Mapping[str, Any], n: int) -> ReferenceScoring:
    if not isinstance(data, dict):
        raise r.fail(f"reference {n}", "must be a table")
    form_id = r.text(data, "form", f"reference {n}")
    where = f"reference {n} ({form_id})"
    r.known(data, _REFERENCE_KEYS, where)
    date = data.get("date", "")
    if hasattr(date, "isoformat"):
        date = date.isoformat()
    if date:
        try:
            parse_date(date, "date")
        except InputError as exc:
            raise r.fail(where, str(exc)) from None
        where = f"reference {n} ({form_id} {date})"
    raw_items = data.get("items")
    if not isinstance(raw_items, dict) or not raw_items:
        raise r.fail(where, "missing 'items' (one table per item)")
    items: dict[str, ReferenceItem] = {}
    for item_id, spec in raw_items.items():
        at = f"{where}: item '{item_id}'"
        if not isinstance(spec, dict):
            raise r.fail(at, "must be a table with points, rationale and guidance")
        r.known(spec, _ITEM_KEYS, at)
        items[item_id] = ReferenceItem(
            item_id=item_id,
            points=r.int(spec, "points", at),
            rationale=r.text(spec, "rationale", at),
            guidance=r.text(spec, "guidance", at),
            override=r.text(spec, "override", at, required=False),
        )
    scales: dict[str, ScaleExpectation] = {}
    raw_scales = data.get("scales", {})
    if not isinstance(raw_scales, dict):
        raise r.fail(where, "'scales' must be a table of scale id -> {total, band}")
    for scale_id, spec in raw_scales.items():
        at = f"{where}: scale '{scale_id}'"
        if not isinstance(spec, dict):
            raise r.fail(at, "must be a table with total (and band)")
        scales[scale_id] = ScaleExpectation(r.int(spec, "total", at), r.band(spec, at))
    warnings = data.get("expect_warnings", [])
    if not isinstance(warnings, list) or not all(isinstance(w, str) and w for w in warnings):
        raise r.fail(where, "'expect_warnings' must be a list of text")
    return ReferenceScoring(
        form_id=form_id,
        items=items,
        total=r.int(data, "total", where),
        band=r.band(data, where),
        date=date,
        note=r.text(data, "note", where, required=False),
        scales=scales,
        expect_warnings=tuple(warnings),
    )


def parse_case(data: Mapping[str, Any], file: str, path: str = "", origin: str = "bundled",
               lang: str = "en"):
    """Build a TrainingCase from parsed TOML; CaseError names the file, part and problem."""
    r = _Reader(file, lang)
    if data.get("schema") != SCHEMA_VERSION:
        raise r.fail("", f"'schema' must be {SCHEMA_VERSION}, got {data.get('schema')!r}")
    r.known(data, _CASE_KEYS, "")
    case_id = r.text(data, "id", "")
    if not _ID.match(case_id):
        raise r.fail("id", f"'{case_id}' must be lower-case letters, digits and _")
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise r.fail("sections", "missing [[sections]] (the vignette: heading and text)")
    sections = tuple(
        Section(r.text(s, "heading", f"section {n}"), r.text(s, "text", f"section {n}"))
        if isinstance(s, dict)
        else _raise(r.fail(f"section {n}", "must be a table"))
        for n, s in enumerate(raw_sections, 1)
    )
    raw_refs = data.get("reference")
    if not isinstance(raw_refs, list) or not raw_refs:
        raise r.fail("reference", "missing [[reference]] (at least one reference scoring)")
    refs = tuple(_reference(r, ref, n) for n, ref in enumerate(raw_refs, 1))
    keys = [ref.key for ref in refs]
    for key in keys:
        if keys.count(key) > 1:
            raise r.fail("reference", f"two reference scorings for '{key}': give each a date")
    pitfalls = [r.text({"p": p}, "p", "pitfalls") if isinstance(p, dict) else p
                for p in data.get("pitfalls", [])] if isinstance(data.get("pitfalls", []),
                                                              list) else None
    if pitfalls is None or not all(isinstance(p, str) for p in pitfalls):
        raise r.fail("pitfalls", "'pitfalls' must be a list of text")
    return TrainingCase(
        id=case_id,
        code=r.text(data, "code", ""),
        title=r.text(data, "title", ""),
        difficulty=r.choice(data, "difficulty", "", DIFFICULTIES),
        offence_pattern=r.choice(data, "offence_pattern", "", PATTERNS),
        summary=r.text(data, "summary", ""),
        facts=_facts(r, data),
        sections=sections,
        references=refs,
        pitfalls=tuple(pitfalls),
        author=r.text(data, "author", "", required=False),
        path=path,
        origin=origin,
    )


def _raise(exc: Exception):
    raise exc


def _toml(text: str, file: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(file, "", f"not valid TOML: {exc}") from None


def parse_case_text(text: str, file: str, path: str = "", origin: str = "bundled",
                    lang: str = "en", companions: Mapping[str, str] | None = None):
    """`companions`: language -> the text of its translation file (fr/NAME.toml)."""
    data = _toml(text, file)
    text_file = file
    for other, companion_text in (companions or {}).items():
        text_file = f"{other}/{file}"

        def fail(where: str, problem: str, shown: str = text_file) -> CaseError:
            return CaseError(shown, where, problem)

        translation.apply_companion(CASE_TEXT, data, _toml(companion_text, text_file),
                                    other, fail)
    translation.check_complete(
        CASE_TEXT, data, lambda where, problem: CaseError(text_file, where, problem))
    return parse_case(data, file, path, origin, lang)


def load_case(path: str | Path, origin: str = "bundled", lang: str = "en") -> TrainingCase:
    """Read a case and every translation of it (fr/NAME.toml beside it), its text in `lang`
    where the case has it, English otherwise."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        companions = {
            other: (path.parent / other / path.name).read_text(encoding="utf-8")
            for other in translation.LANGUAGES[1:] if (path.parent / other / path.name).is_file()
        }
    except (OSError, UnicodeDecodeError) as exc:
        raise CaseError(path.name, "", f"cannot be read: {exc}") from None
    return parse_case_text(text, path.name, str(path), origin, lang, companions)
