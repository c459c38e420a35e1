"""Readable inline fixtures: markdown tables in tests (the pyxform style).

    rows = md_table('''
    | date_of_birth | release_date | age_at_release |
    | 1990-05-01    | 2025-05-01   | 0              |
    ''')

Cells are parsed as int where they look like one, `-` (or empty) as None, true/false as bool.
"""

from __future__ import annotations

import re
from typing import Any

_INT = re.compile(r"^[+-]?\d+$")


def _cell(text: str) -> Any:
    text = text.strip()
    if text in ("", "-"):
        return None
    if _INT.match(text):
        return int(text)
    if text in ("true", "false"):
        return text == "true"
    return text


def md_table(text: str) -> list[dict[str, Any]]:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    rows = [[c for c in line.strip("|").split("|")] for line in lines]
    header = [h.strip() for h in rows[0]]
    body = [r for r in rows[1:] if not set("".join(r).strip()) <= set("-: ")]
    return [dict(zip(header, (_cell(c) for c in row), strict=True)) for row in body]
