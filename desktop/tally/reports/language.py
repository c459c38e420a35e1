"""The report language: chosen per export, independent of the interface.

Layout code reads its words through `L` (``L.TITLE``, ``L.human(text)``), which answers from
`labels_fr` while a French report is being built (``with use("fr"): ...``) and from `labels`
otherwise. Dates and numbers follow the same language: ISO dates in English (unambiguous for
any reader, as before), "2 décembre 2026" and "0,75" in French.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from types import ModuleType

from tally.reports import labels, labels_fr

LANGUAGES = ("en", "fr")
_current: ContextVar[str] = ContextVar("report_language", default="en")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def current() -> str:
    return _current.get()


@contextmanager
def use(lang: str) -> Iterator[None]:
    """Build everything inside in `lang` (en or fr)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown report language {lang!r} (use en or fr)")
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def date_text(value: str | date | None) -> str:
    """A date as the report language writes it; text that is not an ISO date is kept."""
    if value is None or value == "":
        return ""
    if isinstance(value, date):
        value = value.isoformat()
    if current() != "fr":
        return value
    return ISO_DATE.sub(french_date, value)


def french_date(m: re.Match) -> str:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return m.group(0)
    return f"{'1er' if day == 1 else day} {MONTHS_FR[month - 1]} {year}"


def time_text(moment: datetime) -> str:
    """Date and time with the UTC offset, always shown: 2026-11-24 10:15:00 UTC+01:00 in
    English, 24 novembre 2026, 10 h 15 min 00 s (UTC+01:00) in French (Québec style)."""
    offset = moment.strftime("%z")
    utc = f"UTC{offset[:3]}:{offset[3:]}"
    if current() != "fr":
        return f"{moment:%Y-%m-%d %H:%M:%S} {utc}"
    return f"{date_text(moment.date())}, {moment.hour} h {moment:%M} min {moment:%S} s ({utc})"


def number_text(value: float | int, digits: int = 2) -> str:
    """0.75 -> '0,75' in French; whole numbers stay as they are."""
    text = str(value) if isinstance(value, int) else f"{value:.{digits}f}"
    return text.replace(".", ",") if current() == "fr" else text


class _Labels:
    """The report's words in the current report language (see the module docstring)."""

    def _module(self) -> ModuleType:
        return labels_fr if current() == "fr" else labels

    def __getattr__(self, name: str):
        module = self._module()
        if hasattr(module, name):
            return getattr(module, name)
        return getattr(labels, name)  # settings that are not text (profiles, form ids)

    @staticmethod
    def date(value: str | date | None) -> str:
        return date_text(value)


L = _Labels()
