"""Text in more than one language: companion files and the completeness rule.

A form (or a training case) is written in English. Its French text lives in a companion file
of the same name in a `fr/` folder beside it (forms/fr/static99r.toml), which mirrors the
English file but holds only text: items and scales are matched by `id`, options by `points`,
other lists (notes, checks, research, context, sections) by position. Keeping the French apart
leaves the English files as they were, so corrections to the English and the French edition
never edit the same lines. A single field may instead carry its languages inline,
`name = { en = "...", fr = "..." }`.

Either way the rule is the same: a document with any text in a language has every text field
in it; a partial translation is refused with one line naming the file, the part and the field.
Only a document with no text at all in a language falls back to English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
LANGUAGES = tuple(LANGUAGE_NAMES)  # every language Tally ships text for
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

Fail = Callable[[str, str], Exception]


@dataclass(frozen=True)
class Node:
    """One table of a document: its text fields, lists of text, and child tables."""

    text: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()  # lists of text matched by position (notes, pitfalls)
    children: dict[str, Many | Node] = field(default_factory=dict)
    keep: tuple[str, ...] = ()  # non-text keys a companion may repeat to stay readable


@dataclass(frozen=True)
class Many:
    """A list of tables (or a table of tables) matched by `key`, or by position if None."""

    label: str
    node: Node
    key: str | None = None
    keyed_table: bool = False  # a TOML table whose keys are ids (training reference items)


def _where(parent: str, part: str) -> str:
    return f"{parent} {part}".strip()


def _entries(many: Many, value: Any, where: str, fail: Fail) -> list[tuple[str, str, dict]]:
    """(match key, place, table) for each entry of a list or keyed table."""
    if many.keyed_table:
        if not isinstance(value, dict):
            raise fail(where, f"'{many.label}' must be a table")
        out = []
        for key, table in value.items():
            if not isinstance(table, dict):
                raise fail(_where(where, f"{many.label} '{key}'"), "must be a table")
            out.append((str(key), _where(where, f"{many.label} '{key}'"), table))
        return out
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise fail(where, f"'{many.label}' must be a list of tables")
    out = []
    for position, table in enumerate(value, 1):
        if many.key is None:
            out.append((str(position), _where(where, f"{many.label} {position}"), table))
        else:
            key = table.get(many.key)
            shown = f"'{key}'" if isinstance(key, str) else str(key)
            out.append((str(key), _where(where, f"{many.label} {shown}"), table))
    return out


def text_slots(node: Node, data: Mapping[str, Any], where: str = "", fail: Fail | None = None
               ) -> Iterator[tuple[str, str, Any]]:
    """(place, field, value) for every text field present in a document."""
    fail = fail or (lambda w, p: ValueError(f"{w}: {p}"))
    for key in node.text:
        if key in data:
            yield where, key, data[key]
    for key in node.lists:
        values = data.get(key, [])
        if isinstance(values, list):
            for position, value in enumerate(values, 1):
                yield where, f"{key} {position}", value
    for key, child in node.children.items():
        if key not in data:
            continue
        if isinstance(child, Node):
            if isinstance(data[key], dict):
                yield from text_slots(child, data[key], _where(where, key), fail)
            continue
        for _, place, table in _entries(child, data[key], where, fail):
            yield from text_slots(child.node, table, place, fail)


def apply_companion(node: Node, data: dict, companion: Mapping[str, Any], lang: str,
                    fail: Fail, where: str = "") -> None:
    """Put the companion's text beside the English in `data`, as {en: ..., lang: ...}.

    The companion may hold only the document's text fields (and the ids that match its
    entries); anything else, a part the document lacks, or a list of another length is
    refused, so a stale translation cannot attach to the wrong item."""
    allowed = set(node.text) | set(node.lists) | set(node.children) | set(node.keep)
    for key in companion:
        if key not in allowed:
            raise fail(where, f"unknown key {key!r} in the {LANGUAGE_NAMES[lang]} text")
    for key in node.text:
        if key not in companion:
            continue
        if key not in data:
            raise fail(where, f"'{key}' has {LANGUAGE_NAMES[lang]} text but no English")
        data[key] = _joined(data[key], companion[key], key, lang, where, fail)
    for key in node.lists:
        if key not in companion:
            continue
        english, translated = data.get(key, []), companion[key]
        if not isinstance(translated, list) or len(translated) != len(english):
            raise fail(where, f"'{key}' must list {len(english)} {LANGUAGE_NAMES[lang]} texts, "
                              "one per English text, in the same order")
        data[key] = [_joined(e, t, f"{key} {n}", lang, where, fail)
                     for n, (e, t) in enumerate(zip(english, translated, strict=True), 1)]
    for key, child in node.children.items():
        if key not in companion:
            continue
        if key not in data:
            raise fail(where, f"the {LANGUAGE_NAMES[lang]} text has '{key}', the English not")
        if isinstance(child, Node):
            if not isinstance(companion[key], dict):
                raise fail(_where(where, key), f"'{key}' must be a table")
            apply_companion(child, data[key], companion[key], lang, fail, _where(where, key))
            continue
        english = _entries(child, data[key], where, fail)
        translated = _entries(child, companion[key], where, fail)
        if child.key is None and not child.keyed_table and len(translated) != len(english):
            raise fail(where, f"the {LANGUAGE_NAMES[lang]} text has {len(translated)} "
                              f"'{key}' entries, the English {len(english)}")
        by_key = {match: table for match, _, table in english}
        for match, place, table in translated:
            if match not in by_key:
                raise fail(place, f"is in the {LANGUAGE_NAMES[lang]} text but not in the form")
            child_keep = {child.key} if child.key else set()
            apply_companion(
                Node(child.node.text, child.node.lists, child.node.children,
                     child.node.keep + tuple(child_keep)),
                by_key[match], table, lang, fail, place,
            )


def _joined(english: Any, translated: Any, key: str, lang: str, where: str, fail: Fail):
    if isinstance(english, dict):
        raise fail(where, f"'{key}' has its {LANGUAGE_NAMES[lang]} text twice (inline and in "
                          "the companion file)")
    if not isinstance(translated, str) or not translated.strip():
        raise fail(where, f"the {LANGUAGE_NAMES[lang]} '{key}' must be non-empty text")
    return {SOURCE_LANGUAGE: english, lang: translated}


def check_complete(node: Node, data: Mapping[str, Any], fail: Fail) -> tuple[str, ...]:
    """The document's languages; refuses one with some, not all, text in a language.

    Also refuses a translation whose {placeholders} differ from the English (a check
    message filled with {age} must say {age} in French too)."""
    slots = list(text_slots(node, data, "", fail))
    languages = {SOURCE_LANGUAGE}
    for _, _, value in slots:
        if isinstance(value, dict):
            languages |= set(value)
    for lang in sorted(languages - {SOURCE_LANGUAGE}):
        name = LANGUAGE_NAMES.get(lang, lang)
        for where, key, value in slots:
            text = value.get(lang) if isinstance(value, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise fail(where, f"no {name} ('{lang}') text for '{key}'")
            english = value.get(SOURCE_LANGUAGE)
            if isinstance(english, str) and (
                    sorted(_PLACEHOLDER.findall(english)) != sorted(_PLACEHOLDER.findall(text))):
                wanted = ", ".join(sorted(set(_PLACEHOLDER.findall(english)))) or "none"
                raise fail(where, f"the {name} '{key}' must use the same placeholders as the "
                                  f"English ({wanted})")
    return tuple(lang for lang in LANGUAGES if lang in languages) + tuple(
        sorted(languages - set(LANGUAGES)))

