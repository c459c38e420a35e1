"""A report as a list of plain blocks, before any PDF or DOCX: one content, two layouts.

`story.build_story` decides what the report says and in which order; `build` lays the blocks
out with reportlab and `docx` with python-docx, so the editable copy holds the same sections
in the same order as the signed PDF. Text is markup with three tags only (<b>, <i>, <br/>)
and XML-escaped everything else, which both layouts can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape


def e(text: object) -> str:
    """Escape a value for the markup; a newline becomes a line break."""
    return escape(str(text)).replace("\n", "<br/>")


def format_time(moment: datetime) -> str:
    """2026-11-24 10:15:00 UTC+01:00: unambiguous for a reader, offset always shown (in a
    French report: 24 novembre 2026, 10 h 15 min 00 s (UTC+01:00))."""
    from tally.reports.language import time_text

    return time_text(moment)


def format_iso(text: str) -> str:
    """An ISO date-time as the page prints it; a bare date or odd text as it is."""
    if not text:
        return ""
    from tally.reports.language import date_text

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return date_text(text)
    if len(text) == 10:  # a bare date
        return date_text(text)
    if moment.tzinfo is None:
        return date_text(f"{moment:%Y-%m-%d}") + f" {moment:%H:%M:%S}"
    return format_time(moment)


@dataclass(frozen=True)
class Manifest:
    """The signature manifestation printed on the page (21 CFR 11.50)."""

    printed_name: str
    signed_at: datetime  # timezone-aware; printed with its UTC offset
    meaning: str
    certificate_subject: str = ""
    certificate_fingerprint: str = ""

    @property
    def signed_at_text(self) -> str:
        return format_time(self.signed_at)


@dataclass(frozen=True)
class Text:
    markup: str
    style: str = "base"  # base, small, muted, warn, title, subtitle, big, hash


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Box:
    """A framed group kept on one page: a score box, a warning, the example banner."""

    paragraphs: tuple[Text, ...]
    tone: str = "accent"  # accent, warn, example


@dataclass(frozen=True)
class Grid:
    """A table; widths are fractions of the text width; `head` None for a key/value table."""

    head: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    key_column: bool = False


@dataclass(frozen=True)
class Keep:
    """Blocks that must stay on one page together."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class SignatureSlot:
    """The manifestation beside the field the digital signature is placed in."""

    lines: tuple[Text, ...]
    signed: bool


Block = Text | Heading | Box | Grid | Keep | SignatureSlot


def plain(markup: str) -> str:
    """The markup as plain text (for tests and for the DOCX's core properties)."""
    from xml.sax.saxutils import unescape

    out = markup.replace("<br/>", "\n")
    for tag in ("<b>", "</b>", "<i>", "</i>"):
        out = out.replace(tag, "")
    return unescape(out)
