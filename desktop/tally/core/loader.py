"""Read a form file (TOML), validate every part of it, and build the model.

A bad form is refused with one FormError whose message names the file, the part (item,
scale, band ...) and the problem, e.g. ``static99r.toml: item 'male_victims': option
points must be whole numbers, got '1'``. The schema is documented in forms/README.md.
"""

from __future__ import annotations

import hashlib
import re
import stat
import tomllib
from collections.abc import Callable, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

from tally.core import checks as check_rules
from tally.core import derive, translation
from tally.core import norms as norms_tables
from tally.core import rules as scoring_rules
from tally.core.facts import COUNT_KINDS, FACT_TYPES, LOWEST
from tally.core.model import (
    AgeBand,
    Applicability,
    Band,
    Check,
    CheckCondition,
    Condition,
    Confirmation,
    Consistency,
    Context,
    CountTable,
    Derivation,
    Evidence,
    Feeds,
    Form,
    Item,
    Option,
    Population,
    Probability,
    Provenance,
    RaiseStep,
    Reduction,
    Reporting,
    Rescore,
    Rule,
    Scale,
    ScoredWhen,
    SourceKind,
    Tier,
)
from tally.core.translation import Many, Node

SCHEMA_VERSION = 1
KINDS = ("static", "dynamic", "companion")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_BAND_ID = re.compile(r"^[A-Za-z0-9_]+$")


class FormError(ValueError):
    """A form file that cannot be used. str() is the one-line message for the user."""

    def __init__(self, file: str, where: str, problem: str) -> None:
        self.file, self.where, self.problem = file, where, problem
        place = f"{where}: " if where else ""
        super().__init__(f"{file}: {place}{problem}")


PROV = {"source", "evidence", "evidence_note", "local"}
KEYS = {
    "form": {"schema", "id", "name", "version", "kind", "summary", "manual", "primary_scale",
             "citations", "population", "applicability", "items", "scales", "rule", "checks",
             "research", "norms", "probability", "reduction", "consistency", "reporting",
             "feeds"},
    "feeds": {"form", "item", "fact", "gate"},
    "reporting": {"rescore", "acts_now", "norms_not_csem", "us_caution", "csem_only_partner"},
    "rescore": {"days", "limit", "advice"} | PROV,
    "consistency": {"id", "item", "severity", "message", "when"},
    "consistency condition": {"fact", "item", "form", "is", "at_least", "at_most"},
    "population": {"text", "min_age"} | PROV,
    "applicability": {"summary", "csem_verdict", "notes", "pairs_with"},
    "item": {"id", "number", "name", "prompt", "guidance", "options", "derive", "context",
             "scored_when"} | PROV,
    "scored_when": {"any", "explanation"} | PROV,
    "option": {"points", "label"},
    "derive": {"rule", "birth", "at", "bands", "fact", "threshold", "points_if_met",
               "points_otherwise", "explanation", "tables"} | PROV,
    "count table": {"fact", "steps"},
    "count step": {"from", "points"},
    "age band": {"min", "max", "points"},
    "scale": {"id", "name", "items", "bands", "bands_note"} | PROV,
    "band": {"id", "label", "min", "max", "description"} | PROV,
    "rule": {"name", "base_scale", "factor_scale", "steps", "cap", "explanation"},
    "step": {"min_factors", "levels"} | PROV,
    "cap": PROV,
    "check": {"rule", "at", "message", "limit", "facts", "of", "withhold_band"} | PROV,
    "context": {"label", "value"} | PROV,
    "citation": {"kind", "text"},
    "probability": {"rule", "note", "intercept", "slope", "zero_total", "tiers"} | PROV,
    "tier": {"when", "band", "label", "description", "probability", "note"} | PROV,
    "condition": {"item", "min"},
    "reduction": {"rule", "years", "levels", "at", "dates", "required", "blocked_by",
                  "explanation"} | PROV,
}
PROBABILITY_RULES = ("logistic", "first_match")
REDUCTION_RULES = ("osp_risk_reduction",)
SOURCE_KINDS = ", ".join(k.value for k in SourceKind)


_CONTEXT = Node(("label", "value", "evidence_note"))
# Every text field of a form (citations are references, cited as published: not translated)
FORM_TEXT = Node(
    text=("name", "summary", "manual"),
    children={
        "population": Node(("text", "evidence_note")),
        "applicability": Node(("summary", "csem_verdict"), lists=("notes",)),
        "items": Many("item", Node(
            ("name", "prompt", "guidance", "evidence_note"),
            keep=("number",),
            children={
                "options": Many("option", Node(("label",)), key="points"),
                "derive": Node(("explanation", "evidence_note")),
                "scored_when": Node(("explanation", "evidence_note")),
                "context": Many("context", _CONTEXT),
            }), key="id"),
        "scales": Many("scale", Node(
            ("name", "bands_note", "evidence_note"),
            children={"bands": Many("band", Node(("label", "description", "evidence_note")),
                                    key="id")}), key="id"),
        "rule": Node(("explanation",), children={
            "steps": Many("step", Node(("evidence_note",))),
            "cap": Node(("evidence_note",)),
        }),
        "checks": Many("check", Node(("message", "evidence_note"))),
        "consistency": Many("consistency", Node(("message",)), key="id"),
        "research": Many("research", _CONTEXT),
        "norms": Many("norms table", Node(
            ("name", "norm_group", "follow_up", "outcome", "base_rate", "evidence_note")),
            key="id"),
        "probability": Node(("note", "evidence_note"), children={
            "tiers": Many("tier", Node(("label", "description", "note", "evidence_note"))),
        }),
        "reduction": Node(("explanation", "evidence_note")),
        "reporting": Node((), children={"rescore": Node(("limit", "advice", "evidence_note"))}),
        "feeds": Node(("gate",)),
    },
    keep=("id",),
)


def companion_path(path: Path, lang: str) -> Path:
    """Where a form's text in `lang` lives: forms/fr/static99r.toml beside forms/static99r.toml."""
    return path.parent / lang / path.name


class _Reader:
    """Typed access to one TOML table, raising FormError with the right place."""

    def __init__(self, file: str, lang: str, reviewed: bool = False) -> None:
        self.file, self.lang = file, lang
        self.reviewed = reviewed  # a signed local review was applied: 'local' is allowed

    def fail(self, where: str, problem: str) -> FormError:
        return FormError(self.file, where, problem)

    def known_keys(self, data: Mapping[str, Any], kind: str, where: str) -> None:
        """A misspelt key would otherwise vanish silently (an 'evidance' on a cut-off)."""
        unknown = sorted(set(data) - KEYS[kind])
        if unknown:
            raise self.fail(where, f"unknown key {unknown[0]!r} in {kind}")

    def table(self, data: Mapping[str, Any], key: str, where: str) -> dict:
        value = data.get(key)
        if value is None:
            raise self.fail(where, f"missing table '{key}'")
        if not isinstance(value, dict):
            raise self.fail(where, f"'{key}' must be a table")
        return value

    def tables(self, data: Mapping[str, Any], key: str, where: str, required: bool = True) -> list:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing '{key}' (a list of tables)")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(where, f"'{key}' must be a list of tables")
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
        """A text field: a string (English) or a table of language -> string."""
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing '{key}'")
            return ""
        if isinstance(value, dict):
            if "en" not in value:
                raise self.fail(where, f"'{key}' has translations but no English ('en') text")
            if not all(isinstance(v, str) for v in value.values()):
                raise self.fail(where, f"every translation of '{key}' must be a string")
            value = value.get(self.lang, value["en"])
        if not isinstance(value, str):
            raise self.fail(where, f"'{key}' must be text, got {value!r}")
        if required and not value.strip():
            raise self.fail(where, f"'{key}' is empty")
        return value.strip()

    def ident(self, data: Mapping[str, Any], key: str, where: str, pattern=_ID) -> str:
        value = data.get(key)
        if value is None:
            raise self.fail(where, f"missing '{key}'")
        if not isinstance(value, str) or not pattern.match(value):
            raise self.fail(where, f"'{key}' must be a lower-case identifier, got {value!r}")
        return value

    def integer(self, data: Mapping[str, Any], key: str, where: str, required: bool = True):
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing number '{key}'")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(where, f"'{key}' must be a whole number, got {value!r}")
        return value

    def number(self, data: Mapping[str, Any], key: str, where: str) -> float:
        value = data.get(key)
        if value is None:
            raise self.fail(where, f"missing number '{key}'")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, f"'{key}' must be a number, got {value!r}")
        return float(value)

    def fact(self, data: Mapping[str, Any], key: str, where: str, kind: str) -> str:
        name = self.ident(data, key, where)
        if derive.FACT_TYPES.get(name) != kind:
            raise self.fail(where, f"'{name}' is not a known {kind} fact")
        return name

    def facts(self, data: Mapping[str, Any], key: str, where: str, kind: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(where, f"'{key}' must be a list of fact names")
        return tuple(self.fact({"v": v}, "v", where, kind) for v in value)

    def provenance(self, data: Mapping[str, Any], where: str, citations: _Citations):
        source = data.get("source")
        evidence = data.get("evidence")
        if source is None:
            raise self.fail(where, "a number with no source: add 'source' (a citation key)")
        # one citation key, or a list of them when several sources support the same number
        keys = source if isinstance(source, list) and source else [source]
        for key in keys:
            if not isinstance(key, str) or key not in citations:
                raise self.fail(where, f"source {key!r} is not one of the form's citations")
        if len(set(keys)) != len(keys):
            raise self.fail(where, "lists a source twice")
        if evidence is None:
            raise self.fail(where, "missing 'evidence' (seed, published or unconfirmed)")
        try:
            level = Evidence(evidence)
        except ValueError:
            raise self.fail(
                where, f"unknown evidence level {evidence!r} (use seed, published or unconfirmed)"
            ) from None
        note = self.text(data, "evidence_note", where, required=False)
        return Provenance(
            keys[0], level, note, tuple(citations.kinds[k] for k in keys), tuple(keys[1:]),
            self._local(data, where),
        )

    def _local(self, data: Mapping[str, Any], where: str) -> Confirmation | None:
        """A local confirmation, set only by a verified review (tally.reports.local_review);
        a form file cannot claim one for itself."""
        local = data.get("local")
        if local is None:
            return None
        if not self.reviewed:
            raise self.fail(where, "'local' confirmations come only from a signed local review")
        return Confirmation(
            local["reviewer"], local["manual"], local["edition"], local["page"], local["date"],
            local.get("corrected_from", ""),
        )


class _Citations(dict):
    """Citation key -> text, carrying each citation's source kind for provenance()."""

    kinds: dict[str, SourceKind]


def _citations(r: _Reader, raw: Mapping[str, Any]) -> _Citations:
    """Each citation is `{ kind = "...", text = "..." }`: the kind says what sort of document
    it is (see forms/README.md), so every number can say whether it rests on a manual or a blog."""
    citations = _Citations()
    citations.kinds = {}
    for key, value in raw.items():
        where = f"citation '{key}'"
        if not isinstance(value, dict) or "en" in value:
            raise r.fail(
                where, f"must be a table {{ kind = ..., text = ... }}; missing 'kind' "
                f"(one of {SOURCE_KINDS})"
            )
        r.known_keys(value, "citation", where)
        kind = value.get("kind")
        if kind is None:
            raise r.fail(where, f"missing 'kind' (one of {SOURCE_KINDS})")
        try:
            citations.kinds[key] = SourceKind(kind)
        except ValueError:
            raise r.fail(where, f"unknown source kind {kind!r} (use {SOURCE_KINDS})") from None
        citations[key] = r.text(value, "text", where)
    return citations


MAX_FORM_BYTES = 4 * 1024 * 1024  # the largest bundled form is under 100 kB


def _read_toml(path: Path, name: str) -> tuple[bytes, dict]:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # /dev/zero, a fifo, a folder: never read them
            raise FormError(name, "", "is not a regular file")
        if info.st_size > MAX_FORM_BYTES:
            raise FormError(name, "", f"is {info.st_size:,} bytes: too large for a form file")
        raw = path.read_bytes()
    except OSError as exc:
        raise FormError(name, "", f"cannot be read ({exc.strerror or exc})") from None
    return raw, _parse_toml(raw, name)


def _parse_toml(raw: bytes, name: str) -> dict:
    if len(raw) > MAX_FORM_BYTES:
        raise FormError(name, "", f"is {len(raw):,} bytes: too large for a form file")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise FormError(name, "", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise FormError(name, "", f"is not valid TOML ({exc})") from None
    except RecursionError:
        raise FormError(name, "", "is nested too deeply to be a form file") from None


def load_form(path: str | Path, lang: str = "en",
              amend: Callable[[dict], dict] | None = None) -> Form:
    """Load and validate one form file, its text in `lang` (English if the form has none).

    Every companion translation (fr/NAME.toml) is read and checked whatever `lang` is, so a
    partial translation is refused in every language. The content hash is the English file's:
    it identifies what is scored, which a translation does not change. `amend` edits the raw
    data first (a verified local review, core.local_review.amend) and allows its 'local'
    confirmations; the result goes through the same validator."""
    path = Path(path)
    try:
        return _load_form(path, lang, amend)
    except FormError:
        raise
    except Exception as exc:  # a value of the wrong type where the validator did not expect it
        raise FormError(path.name, "", f"cannot be used: a value has the wrong type or shape "
                        f"({type(exc).__name__}: {exc})") from None


def _load_form(path: Path, lang: str, amend: Callable[[dict], dict] | None) -> Form:
    name = path.name
    raw, data = _read_toml(path, name)
    companions: list[tuple[str, bytes, dict]] = []
    for other in translation.LANGUAGES[1:]:
        extra = companion_path(path, other)
        if extra.is_file():
            companions.append((other, *_read_toml(extra, f"{other}/{name}")))
    form = _form_of(name, raw, data, companions, lang, amend)
    object.__setattr__(form, "path", str(path))
    return form


def load_kept_form(name: str, raw: bytes, translations: Mapping[str, bytes],
                   lang: str = "en") -> Form:
    """A form from the bytes a database kept when an assessment was scored with it: the same
    validation as a file, its hash that of `raw`. FormError (one line) if the bytes do not
    make a valid form, so a damaged copy is said, never half-shown."""
    try:
        data = _parse_toml(raw, name)
        companions = [(lang_, text, _parse_toml(text, f"{lang_}/{name}"))
                      for lang_, text in sorted(translations.items())
                      if lang_ in translation.LANGUAGES[1:]]
        form = _form_of(name, raw, data, companions, lang, None)
    except FormError:
        raise
    except Exception as exc:
        raise FormError(name, "", f"cannot be used: a value has the wrong type or shape "
                        f"({type(exc).__name__}: {exc})") from None
    object.__setattr__(form, "kept", True)
    return form


def _form_of(name: str, raw: bytes, data: dict, companions: list[tuple[str, bytes, dict]],
             lang: str, amend: Callable[[dict], dict] | None) -> Form:
    text_file = name
    for other, _, companion in companions:
        shown = f"{other}/{name}"

        def fail(where: str, problem: str, shown: str = shown) -> FormError:
            return FormError(shown, where, problem)

        if companion.get("id", data.get("id")) != data.get("id"):
            raise fail("", f"is the text of form {companion.get('id')!r}, not {data.get('id')!r}")
        translation.apply_companion(FORM_TEXT, data, companion, other, fail)
        text_file = shown
    if amend is not None:
        data = amend(data)
    form = parse_form(data, name, lang, text_file, reviewed=amend is not None)
    object.__setattr__(form, "content_hash", hashlib.sha256(raw).hexdigest())
    object.__setattr__(form, "source", raw)
    object.__setattr__(form, "translations", tuple((o, b) for o, b, _ in companions))
    return form


def parse_form(data: Mapping[str, Any], file: str, lang: str = "en",
               text_file: str = "", reviewed: bool = False) -> Form:
    """Validate parsed form data; `text_file` names where its translations came from."""
    r = _Reader(file, lang, reviewed)
    r.known_keys(data, "form", "")
    schema = data.get("schema")
    if schema != SCHEMA_VERSION:
        raise r.fail("", f"'schema' must be {SCHEMA_VERSION}, got {schema!r}")
    form_id = r.ident(data, "id", "")
    kind = data.get("kind")
    if kind not in KINDS:
        raise r.fail("", f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise r.fail("", "missing 'version' (text, e.g. \"1.0\")")

    citations_raw = r.table(data, "citations", "")
    if not citations_raw:
        raise r.fail("citations", "a form must cite at least one source")
    citations = _citations(r, citations_raw)

    population = _population(r, r.table(data, "population", ""), citations)
    app = r.table(data, "applicability", "")
    r.known_keys(app, "applicability", "applicability")
    applicability = Applicability(
        summary=r.text(app, "summary", "applicability"),
        csem_verdict=r.text(app, "csem_verdict", "applicability"),
        notes=tuple(_text_list(r, app, "notes", "applicability")),
        pairs_with=tuple(_id_list(r, app, "pairs_with", "applicability")),
    )

    items = _items(r, r.tables(data, "items", ""), citations)
    item_index = {item.id: item for item in items}
    scales = _scales(r, r.tables(data, "scales", ""), item_index, citations)
    scale_ids = [s.id for s in scales]
    primary = data.get("primary_scale", scales[0].id)
    if primary not in scale_ids:
        raise r.fail("", f"primary_scale {primary!r} is not one of the scales")

    rule = None
    if "rule" in data:
        rule = _rule(r, r.table(data, "rule", ""), {s.id: s for s in scales}, citations)
    form_checks = tuple(
        _check(r, raw, i, citations, population)
        for i, raw in enumerate(r.tables(data, "checks", "", required=False), 1)
    )
    consistency = _consistency(r, r.tables(data, "consistency", "", required=False),
                               item_index, form_id)
    research = tuple(
        _context(r, raw, f"research {i}", citations)
        for i, raw in enumerate(r.tables(data, "research", "", required=False), 1)
    )
    norms = tuple(
        norms_tables.parse_table(r, raw, i, {s.id: s for s in scales}, primary, citations)
        for i, raw in enumerate(r.tables(data, "norms", "", required=False), 1)
    )
    if len({t.id for t in norms}) != len(norms):
        raise r.fail("norms", "two norms tables have the same id")
    probability = reduction = None
    if "probability" in data:
        probability = _probability(r, r.table(data, "probability", ""), item_index, citations)
    if "reduction" in data:
        if probability is None or not probability.has_total:
            raise r.fail("reduction", "a reduction needs a probability with a total (logistic)")
        reduction = _reduction(
            r, r.table(data, "reduction", ""), next(s for s in scales if s.id == primary),
            citations,
        )
    reporting = _reporting(r, data, kind, citations)
    feeds = _feeds(r, data, kind, form_id)
    name, summary = r.text(data, "name", ""), r.text(data, "summary", "")
    manual = r.text(data, "manual", "")
    languages = translation.check_complete(
        FORM_TEXT, data, lambda where, problem: FormError(text_file or file, where, problem))
    return Form(
        id=form_id,
        name=name,
        version=version.strip(),
        kind=kind,
        summary=summary,
        manual=manual,
        citations=dict(citations),
        citation_kinds=dict(citations.kinds),
        norms=norms,
        population=population,
        applicability=applicability,
        items=tuple(items),
        scales=tuple(scales),
        primary_scale=primary,
        checks=form_checks,
        consistency=consistency,
        rule=rule,
        research=research,
        reporting=reporting,
        languages=languages,
        lang=lang if lang in languages else translation.SOURCE_LANGUAGE,
        probability=probability,
        reduction=reduction,
        feeds=feeds,
    )


def _feeds(r: _Reader, data: Mapping[str, Any], kind: str, form_id: str) -> Feeds | None:
    """`[feeds]`: the item of another form a companion scores, the fact it scores it
    through, and the statement that must be recorded first (the catalog checks the target)."""
    if "feeds" not in data:
        return None
    raw = r.table(data, "feeds", "")
    r.known_keys(raw, "feeds", "feeds")
    if kind != "companion":
        raise r.fail("feeds", "only a companion form feeds another form's item")
    target = r.ident(raw, "form", "feeds")
    if target == form_id:
        raise r.fail("feeds", "a form cannot feed itself")
    return Feeds(target, r.ident(raw, "item", "feeds"), r.fact(raw, "fact", "feeds", "count"),
                 r.text(raw, "gate", "feeds"))


def _reporting(r: _Reader, data: Mapping[str, Any], kind: str, citations) -> Reporting:
    if "reporting" not in data:
        return Reporting()
    raw = r.table(data, "reporting", "")
    r.known_keys(raw, "reporting", "reporting")
    flags = {}
    for key in ("acts_now", "norms_not_csem", "us_caution"):
        value = raw.get(key, False)
        if not isinstance(value, bool):
            raise r.fail("reporting", f"'{key}' must be true or false, got {value!r}")
        flags[key] = value
    partner = r.text(raw, "csem_only_partner", "reporting", required=False)
    rescore = None
    if "rescore" in raw:
        where = "reporting.rescore"
        found = r.table(raw, "rescore", "reporting")
        r.known_keys(found, "rescore", where)
        if kind != "dynamic":
            raise r.fail(where, "only a dynamic instrument is re-scored")
        days = r.integer(found, "days", where)
        if not 1 <= days <= 3660:
            raise r.fail(where, f"'days' must be 1 to 3660, got {days}")
        rescore = Rescore(days, r.text(found, "limit", where), r.text(found, "advice", where),
                          r.provenance(found, where, citations))
    return Reporting(rescore, csem_only_partner=partner, **flags)


def _text_list(r: _Reader, data: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise r.fail(where, f"'{key}' must be a list")
    return [r.text({"v": v}, "v", f"{where} {key}") for v in value]


def _id_list(r: _Reader, data: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise r.fail(where, f"'{key}' must be a list")
    return [r.ident({"v": v}, "v", f"{where} {key}") for v in value]


def _population(r: _Reader, data: Mapping[str, Any], citations) -> Population:
    r.known_keys(data, "population", "population")
    min_age = r.integer(data, "min_age", "population", required=False)
    prov = r.provenance(data, "population min_age", citations) if min_age is not None else None
    return Population(r.text(data, "text", "population"), min_age, prov)


def _items(r: _Reader, raws: list[dict], citations) -> list[Item]:
    if not raws:
        raise r.fail("", "a form needs at least one item")
    items: list[Item] = []
    seen: set[str] = set()
    for position, raw in enumerate(raws, 1):
        item_id = r.ident(raw, "id", f"item {position}")
        where = f"item '{item_id}'"
        r.known_keys(raw, "item", where)
        if item_id in seen:
            raise r.fail(where, "duplicate item id")
        seen.add(item_id)
        options = _options(r, raw, where)
        derivation = None
        if "derive" in raw:
            derivation = _derivation(r, r.table(raw, "derive", where), where, options, citations)
        scored_when = None
        if "scored_when" in raw:
            scored_when = _scored_when(r, r.table(raw, "scored_when", where), where, citations)
        number = raw.get("number", str(position))
        items.append(
            Item(
                id=item_id,
                number=str(number),
                name=r.text(raw, "name", where),
                prompt=r.text(raw, "prompt", where),
                guidance=r.text(raw, "guidance", where),
                options=options,
                provenance=r.provenance(raw, where, citations),
                derive=derivation,
                context=tuple(
                    _context(r, c, f"{where} context {i}", citations)
                    for i, c in enumerate(r.tables(raw, "context", where, required=False), 1)
                ),
                scored_when=scored_when,
            )
        )
    return items


def _scored_when(r: _Reader, raw, where: str, citations) -> ScoredWhen:
    where = f"{where} scored_when"
    r.known_keys(raw, "scored_when", where)
    names = raw.get("any")
    if not isinstance(names, list) or not names:
        raise r.fail(where, "'any' must be a non-empty list of yes/no facts")
    for name in names:
        if derive.FACT_TYPES.get(name) != "flag":
            raise r.fail(where, f"{name!r} is not a known yes/no fact")
    return ScoredWhen(
        tuple(names), r.text(raw, "explanation", where), r.provenance(raw, where, citations)
    )


def _options(r: _Reader, raw: Mapping[str, Any], where: str) -> tuple[Option, ...]:
    options_raw = r.tables(raw, "options", where)
    if len(options_raw) < 2:
        raise r.fail(where, "an item needs at least two options")
    options = []
    seen: set[int] = set()
    for option in options_raw:
        r.known_keys(option, "option", where)
        points = option.get("points")
        if isinstance(points, bool) or not isinstance(points, int):
            raise r.fail(where, f"option points must be whole numbers, got {points!r}")
        if points in seen:
            raise r.fail(where, f"two options give {points} points")
        seen.add(points)
        options.append(Option(points, r.text(option, "label", f"{where} option {points}")))
    return tuple(options)


def _derivation(r: _Reader, raw, where: str, options, citations) -> Derivation:
    where = f"{where} derive"
    r.known_keys(raw, "derive", where)
    rule = raw.get("rule")
    if rule not in derive.RULES:
        raise r.fail(where, f"unknown derivation rule {rule!r} (known: {', '.join(derive.RULES)})")
    prov = r.provenance(raw, where, citations)
    explanation = r.text(raw, "explanation", where)
    allowed = {o.points for o in options}
    if rule == "age_band":
        birth, at = r.fact(raw, "birth", where, "date"), r.fact(raw, "at", where, "date")
        bands = _point_bands(r, raw, where, allowed, "age band")
        return Derivation(rule, prov, explanation, birth=birth, at=at, bands=bands)
    if rule == "count_band":
        fact = r.fact(raw, "fact", where, "count")
        bands = _point_bands(r, raw, where, allowed, "count band")
        return Derivation(rule, prov, explanation, fact=fact, bands=bands)
    if rule == "count_table":
        return Derivation(rule, prov, explanation,
                          tables=tuple(_count_tables(r, raw, where, allowed)))
    if rule == "flag":
        fact = r.fact(raw, "fact", where, "flag")
        met = r.integer(raw, "points_if_met", where)
        other = r.integer(raw, "points_otherwise", where)
        for points in (met, other):
            if points not in allowed:
                raise r.fail(where, f"derivation gives {points} points, which no option allows")
        return Derivation(
            rule, prov, explanation, fact=fact, points_if_met=met, points_otherwise=other
        )
    fact = r.ident(raw, "fact", where)
    if derive.FACT_TYPES.get(fact) != "count":
        raise r.fail(where, f"'{fact}' is not a known count fact")
    threshold = r.integer(raw, "threshold", where)
    met = r.integer(raw, "points_if_met", where)
    other = r.integer(raw, "points_otherwise", where)
    for points in (met, other):
        if points not in allowed:
            raise r.fail(where, f"derivation gives {points} points, which no option allows")
    return Derivation(
        rule, prov, explanation, fact=fact, threshold=threshold,
        points_if_met=met, points_otherwise=other,
    )


def _count_tables(r: _Reader, raw, where: str, allowed: set[int]) -> list[CountTable]:
    """Each table: a count fact and its steps (lowest value -> points), from the least value
    the fact can take upwards, so every count has exactly one row."""
    tables = []
    for table in r.tables(raw, "tables", where):
        r.known_keys(table, "count table", where)
        fact = r.ident(table, "fact", where)
        kind = FACT_TYPES.get(fact)
        if kind not in COUNT_KINDS:
            raise r.fail(where, f"'{fact}' is not a known count fact")
        steps = []
        for step in r.tables(table, "steps", f"{where} {fact}"):
            r.known_keys(step, "count step", f"{where} {fact}")
            low, points = r.integer(step, "from", where), r.integer(step, "points", where)
            if points not in allowed:
                raise r.fail(where, f"{fact} from {low} gives {points} points, which no option "
                             "allows")
            steps.append((low, points))
        if not steps or steps[0][0] != LOWEST[kind]:
            raise r.fail(where, f"{fact}: the first step must start at {LOWEST[kind]}")
        if any(b[0] <= a[0] for a, b in pairwise(steps)):
            raise r.fail(where, f"{fact}: the steps must rise")
        tables.append(CountTable(fact, tuple(steps)))
    if not tables:
        raise r.fail(where, "a count_table derivation needs at least one table")
    return tables


def _point_bands(r: _Reader, raw, where: str, allowed, what: str) -> tuple[AgeBand, ...]:
    """Bands of completed years or of a count: ascending, no gap or overlap, the last open."""
    article = "an" if what[0] in "aeiou" else "a"
    bands = []
    for band in r.tables(raw, "bands", where):
        r.known_keys(band, "age band", where)
        lo = r.integer(band, "min", where)
        hi = r.integer(band, "max", where, required=False)
        points = r.integer(band, "points", where)
        if points not in allowed:
            raise r.fail(where, f"{article} {what} gives {points} points, which no option allows")
        if hi is not None and hi < lo:
            raise r.fail(where, f"{article} {what} runs from {lo} down to {hi}")
        bands.append(AgeBand(lo, hi, points))
    bands.sort(key=lambda b: b.min)
    for low, high in pairwise(bands):
        if low.max is None or low.max + 1 != high.min:
            raise r.fail(where, f"{what}s must meet without gap or overlap at {high.min}")
    if bands[-1].max is not None:
        last = "oldest" if what == "age band" else "highest"
        raise r.fail(where, f"the {last} {what} must have no 'max'")
    return tuple(bands)


def _scales(r: _Reader, raws: list[dict], items: dict[str, Item], citations) -> list[Scale]:
    if not raws:
        raise r.fail("", "a form needs at least one scale")
    scales, seen = [], set()
    for raw in raws:
        scale_id = r.ident(raw, "id", "scale")
        where = f"scale '{scale_id}'"
        r.known_keys(raw, "scale", where)
        if scale_id in seen:
            raise r.fail(where, "duplicate scale id")
        seen.add(scale_id)
        members = raw.get("items")
        if members == "all":
            members = list(items)
        if not isinstance(members, list) or not members:
            raise r.fail(where, "'items' must be \"all\" or a non-empty list of item ids")
        for member in members:
            if member not in items:
                raise r.fail(where, f"unknown item {member!r}")
        if len(set(members)) != len(members):
            raise r.fail(where, "lists an item twice")
        lo = sum(items[m].min_points for m in members)
        hi = sum(items[m].max_points for m in members)
        bands = _bands(r, r.tables(raw, "bands", where, required=False), where, lo, hi, citations)
        note = r.text(raw, "bands_note", where, required=not bands)
        # optional: the evidence for which items make up the scale (e.g. ACUTE's split)
        prov = r.provenance(raw, where, citations) if "source" in raw else None
        scales.append(
            Scale(scale_id, r.text(raw, "name", where), tuple(members), bands, lo, hi, note, prov)
        )
    return scales


def _bands(r: _Reader, raws, where: str, lo: int, hi: int, citations) -> tuple[Band, ...]:
    bands, seen = [], set()
    for raw in raws:
        band_id = r.ident(raw, "id", f"{where} band", pattern=_BAND_ID)
        bwhere = f"{where} band '{band_id}'"
        r.known_keys(raw, "band", bwhere)
        if band_id in seen:
            raise r.fail(bwhere, "duplicate band id")
        seen.add(band_id)
        bmin = r.integer(raw, "min", bwhere)
        bmax = r.integer(raw, "max", bwhere, required=False)
        bmax = hi if bmax is None else bmax
        if bmax < bmin:
            raise r.fail(bwhere, f"max {bmax} is below min {bmin}")
        bands.append(
            Band(
                band_id, r.text(raw, "label", bwhere), bmin, bmax,
                r.provenance(raw, bwhere, citations), r.text(raw, "description", bwhere, False),
            )
        )
    if not bands:
        return ()
    expected = lo
    for band in bands:
        bwhere = f"{where} band '{band.id}'"
        if band.min > expected:
            raise r.fail(bwhere, f"gap: no band covers {expected} to {band.min - 1}")
        if band.min < expected:
            raise r.fail(bwhere, f"overlaps the band before it at {band.min}")
        expected = band.max + 1
    if bands[0].min != lo:  # pragma: no cover - guaranteed by the loop above
        raise r.fail(where, "bands do not start at the lowest total")
    if expected - 1 != hi:
        raise r.fail(
            where, f"bands must end at the highest possible total {hi}, not {expected - 1}"
        )
    return tuple(bands)


def _rule(r: _Reader, raw, scales: dict[str, Scale], citations) -> Rule:
    r.known_keys(raw, "rule", "rule")
    name = raw.get("name")
    if name not in scoring_rules.RULES:
        known = ", ".join(scoring_rules.RULES)
        raise r.fail("rule", f"unknown rule {name!r} (known: {known})")
    base, factors = r.ident(raw, "base_scale", "rule"), r.ident(raw, "factor_scale", "rule")
    for scale_id in (base, factors):
        if scale_id not in scales:
            raise r.fail("rule", f"unknown scale {scale_id!r}")
    if not scales[base].bands:
        raise r.fail("rule", f"base scale {base!r} has no bands to raise")
    steps = []
    for i, step in enumerate(r.tables(raw, "steps", "rule"), 1):
        where = f"rule step {i}"
        r.known_keys(step, "step", where)
        steps.append(
            RaiseStep(
                r.integer(step, "min_factors", where),
                r.integer(step, "levels", where),
                r.provenance(step, where, citations),
            )
        )
    steps.sort(key=lambda s: s.min_factors)
    cap = r.table(raw, "cap", "rule")
    r.known_keys(cap, "cap", "rule cap")
    return Rule(
        name, base, factors, tuple(steps), r.provenance(cap, "rule cap", citations),
        r.text(raw, "explanation", "rule"),
    )


def _check(r: _Reader, raw, index: int, citations, population: Population) -> Check:
    where = f"check {index}"
    r.known_keys(raw, "check", where)
    rule = raw.get("rule")
    if rule not in check_rules.RULES:
        known = ", ".join(check_rules.RULES)
        raise r.fail(where, f"unknown check rule {rule!r} (known: {known})")
    at = ""
    if rule == "min_age":
        at = r.ident(raw, "at", where)
        if derive.FACT_TYPES.get(at) != "date":
            raise r.fail(where, f"'{at}' is not a known date fact")
        if population.min_age is None:
            raise r.fail(where, "min_age check needs population.min_age")
    limit, prov, of = 0, None, ""
    counted: tuple[str, ...] = ()
    if rule in ("max_missing", "max_age"):
        limit = r.integer(raw, "limit", where)
        prov = r.provenance(raw, where, citations)
    if rule == "max_age":
        at = r.fact(raw, "at", where, "date")
    if rule in ("counts_all_zero", "counts_exceed"):
        counted = r.facts(raw, "facts", where, "count")
        if not counted:
            raise r.fail(where, f"{rule} needs 'facts' (a list of count facts)")
        prov = r.provenance(raw, where, citations)
    if rule == "counts_exceed":
        of = r.fact(raw, "of", where, "count")
    withhold = r.ident(raw, "withhold_band", where) if "withhold_band" in raw else ""
    return Check(rule, r.text(raw, "message", where), at=at, limit=limit, provenance=prov,
                 facts=counted, of=of, withhold_band=withhold)


def _probability(r: _Reader, raw, items: dict[str, Item], citations) -> Probability:
    where = "probability"
    r.known_keys(raw, "probability", where)
    rule = raw.get("rule")
    if rule not in PROBABILITY_RULES:
        raise r.fail(where, f"unknown probability rule {rule!r} "
                            f"(known: {', '.join(PROBABILITY_RULES)})")
    note = r.text(raw, "note", where)
    if rule == "logistic":
        zero = None
        if "zero_total" in raw:
            zero = _fraction(r, raw, "zero_total", where)
        return Probability(
            rule, note, r.provenance(raw, where, citations),
            intercept=r.number(raw, "intercept", where), slope=r.number(raw, "slope", where),
            zero_total=zero,
        )
    tiers = []
    raws = r.tables(raw, "tiers", where)
    for i, tier in enumerate(raws, 1):
        twhere = f"probability tier {i}"
        r.known_keys(tier, "tier", twhere)
        conditions = []
        for cond in r.tables(tier, "when", twhere):
            r.known_keys(cond, "condition", twhere)
            item = r.ident(cond, "item", twhere)
            if item not in items:
                raise r.fail(twhere, f"unknown item {item!r}")
            conditions.append(Condition(item, r.integer(cond, "min", twhere)))
        if not conditions and i != len(raws):
            raise r.fail(twhere, "only the last tier may have no conditions (the otherwise)")
        if conditions and i == len(raws):
            raise r.fail(twhere, "the last tier must have no conditions: it is the otherwise")
        prov = r.provenance(tier, twhere, citations)
        band = Band(
            r.ident(tier, "band", twhere, pattern=_BAND_ID), r.text(tier, "label", twhere),
            0, 0, prov, r.text(tier, "description", twhere, required=False),
        )
        tiers.append(Tier(
            tuple(conditions), band, _fraction(r, tier, "probability", twhere), prov,
            r.text(tier, "note", twhere, required=False),
        ))
    return Probability(rule, note, tiers=tuple(tiers))


def _fraction(r: _Reader, raw, key: str, where: str) -> float:
    value = r.number(raw, key, where)
    if not 0.0 <= value <= 1.0:
        raise r.fail(where, f"'{key}' must be a probability from 0 to 1, got {value!r}")
    return value


def _reduction(r: _Reader, raw, primary: Scale, citations) -> Reduction:
    where = "reduction"
    r.known_keys(raw, "reduction", where)
    rule = raw.get("rule")
    if rule not in REDUCTION_RULES:
        raise r.fail(where, f"unknown reduction rule {rule!r} "
                            f"(known: {', '.join(REDUCTION_RULES)})")
    if len(primary.bands) < 2:
        raise r.fail(where, f"the primary scale {primary.id!r} has no bands to lower")
    years, levels = r.integer(raw, "years", where), r.integer(raw, "levels", where)
    if years < 1 or levels < 1:
        raise r.fail(where, "'years' and 'levels' must be 1 or more")
    return Reduction(
        rule, years, levels, r.fact(raw, "at", where, "date"),
        r.facts(raw, "dates", where, "date"), r.facts(raw, "required", where, "date"),
        r.fact(raw, "blocked_by", where, "flag"), r.text(raw, "explanation", where),
        r.provenance(raw, where, citations),
    )


OPS = ("is", "at_least", "at_most")


def _consistency(r: _Reader, raws: list, items: dict[str, Item],
                 form_id: str) -> tuple[Consistency, ...]:
    """Consistency checks: when every condition holds, the message shows on the item."""
    found, seen = [], set()
    for raw in raws:
        check_id = r.ident(raw, "id", "consistency")
        where = f"consistency '{check_id}'"
        r.known_keys(raw, "consistency", where)
        if check_id in seen:
            raise r.fail(where, "duplicate consistency check id")
        seen.add(check_id)
        item = r.ident(raw, "item", where)
        if item not in items:
            raise r.fail(where, f"unknown item '{item}'")
        severity = raw.get("severity")
        if severity not in ("warning", "info"):
            raise r.fail(where, f"severity must be warning or info, got {severity!r}")
        conditions = []
        for cond in r.tables(raw, "when", where):
            r.known_keys(cond, "consistency condition", where)
            ops = [op for op in OPS if op in cond]
            if len(ops) != 1:
                raise r.fail(where, "each condition needs one of is, at_least, at_most")
            op, value = ops[0], cond[ops[0]]
            if "fact" in cond:
                fact = r.ident(cond, "fact", where)
                if fact not in FACT_TYPES:
                    raise r.fail(where, f"'{fact}' is not a known fact")
                conditions.append(CheckCondition(op, value, fact=fact))
                continue
            other = r.ident(cond, "form", where) if "form" in cond else form_id
            item_id = r.ident(cond, "item", where)
            if other == form_id and item_id not in items:
                raise r.fail(where, f"unknown item '{item_id}'")
            conditions.append(CheckCondition(op, value, item=item_id, form=other))
        if not conditions:
            raise r.fail(where, "a consistency check needs at least one condition")
        found.append(Consistency(check_id, item, severity, r.text(raw, "message", where),
                                 tuple(conditions)))
    return tuple(found)


def _context(r: _Reader, raw, where: str, citations) -> Context:
    r.known_keys(raw, "context", where)
    return Context(
        r.text(raw, "label", where), r.text(raw, "value", where),
        r.provenance(raw, where, citations),
    )
