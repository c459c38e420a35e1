"""The scoring core's own warnings, written from one table of templates.

`tally score` and the machine-readable copy carry them in English, as written. The screens
and the French report say them in the reader's language: `parse` finds which template a
warning came from and its parts, so each presentation keeps only its own words for the key
(tally.ui.assessment.text, tally.reports.labels_fr), never a second copy of the sentence.
"""

from __future__ import annotations

import re

NOT_DERIVED = "not_derived"
ENTERED_NOT_SCORED = "entered_not_scored"
REDUCTION_NEEDS = "reduction_needs"
UNKNOWN_FACT = "unknown_fact"
DATE_ALIAS = "date_alias"

# key -> the English sentence; its {fields} are filled in order (%1, %2 in the translations)
TEMPLATES = {
    NOT_DERIVED: "{item} could not be derived from case facts: {how}.",
    ENTERED_NOT_SCORED: ("{item} was entered but is not scored for this case; its answer is "
                         "left out of the total."),
    REDUCTION_NEEDS: "Risk reduction not considered: needs {facts}.",
    UNKNOWN_FACT: "Unknown fact '{name}' was ignored.",
    DATE_ALIAS: "'{alias}' was taken as '{name}', the date the published code uses.",
}


def say(key: str, **parts: str) -> str:
    return TEMPLATES[key].format(**parts)


def _pattern(template: str) -> re.Pattern[str]:
    pieces = re.split(r"\{\w+\}", template)
    return re.compile("^" + "(.+)".join(re.escape(p) for p in pieces) + "$")


_PATTERNS = {key: _pattern(template) for key, template in TEMPLATES.items()}


def parse(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(key, its parts in order) of a warning the core wrote, or None for any other text
    (a form's own warning, which is in the form's language already)."""
    for key, pattern in _PATTERNS.items():
        found = pattern.match(text)
        if found:
            return key, found.groups()
    return None
