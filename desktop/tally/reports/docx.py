"""The editable copy: the same blocks as the signed PDF, in the same order, as a DOCX.

Evaluators write their reports in a word processor; this copy lets them start from Tally's
content without retyping it. It says at the top, and in its document properties, that it is
an unsigned working copy of the signed PDF with that PDF's embedded data SHA-256: the PDF
stays the attested report. python-docx is imported here only, when a DOCX is asked for.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from xml.sax.saxutils import unescape

from tally.reports import labels as L
from tally.reports.document import Block, Box, Grid, Heading, Keep, SignatureSlot, Text, e

_TAG = re.compile(r"(<b>|</b>|<i>|</i>|<br/>|<font [^>]*>|</font>)")
_FONT_ATTR = re.compile(r"(name|color)='([^']*)'")
SIZES = {"title": 17, "subtitle": 9.5, "big": 12.5, "small": 8, "muted": 8, "hash": 8,
         "warn": 8.6, "base": 9}


def _runs(paragraph, markup: str, style: str = "base") -> None:
    """Add the markup's text to `paragraph` as runs, bold and italic as marked."""
    from docx.shared import Pt, RGBColor

    bold = style in ("title", "big")
    italic = False
    font: dict[str, str] = {}
    for part in _TAG.split(markup):
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = style in ("title", "big")
        elif part == "<i>":
            italic = True
        elif part == "</i>":
            italic = False
        elif part == "<br/>":
            paragraph.add_run().add_break()
        elif part.startswith("<font "):  # the PDF's inline font: a hash in Courier, a grey note
            font = dict(_FONT_ATTR.findall(part))
        elif part == "</font>":
            font = {}
        elif part:
            run = paragraph.add_run(unescape(part))
            run.bold, run.italic = bold, italic
            run.font.size = Pt(SIZES.get(style, 9))
            if style == "hash" or font.get("name") == "Courier":
                run.font.name = "DejaVu Sans Mono"
            if font.get("color", "").startswith("#"):
                run.font.color.rgb = RGBColor.from_string(font["color"][1:].upper())
            elif style in ("muted", "subtitle"):
                run.font.color.rgb = RGBColor(0x5B, 0x67, 0x75)
            elif style == "warn":
                run.font.color.rgb = RGBColor(0x8A, 0x4B, 0x00)


def _cell(cell, markup: str, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    _runs(paragraph, f"<b>{markup}</b>" if bold else markup, "small")


def _grid(doc, block: Grid) -> None:
    rows = ([block.head] if block.head else []) + list(block.rows)
    table = doc.add_table(rows=len(rows), cols=len(block.widths))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            head = block.head is not None and r == 0
            _cell(table.cell(r, c), text, bold=head or (block.key_column and c == 0))
        _keep_row_whole(table.rows[r], header=block.head is not None and r == 0)
    doc.add_paragraph()


def _keep_row_whole(row, header: bool) -> None:
    """A row never splits across pages (a total and its category stay together); the head
    row repeats on every page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    for tag in ("w:cantSplit", *(("w:tblHeader",) if header else ())):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        properties.append(element)


def _box(doc, block: Box) -> None:
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    for n, text in enumerate(block.paragraphs):
        paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        _runs(paragraph, text.markup, text.style)
    doc.add_paragraph()


def _add(doc, blocks: Sequence[Block], signed: bool) -> None:
    for block in blocks:
        if isinstance(block, Text):
            _runs(doc.add_paragraph(), block.markup, block.style)
        elif isinstance(block, Heading):
            doc.add_heading(block.text, level=block.level)
        elif isinstance(block, Box):
            _box(doc, block)
        elif isinstance(block, Grid):
            _grid(doc, block)
        elif isinstance(block, Keep):
            _add(doc, block.blocks, signed)
        elif isinstance(block, SignatureSlot):
            for text in block.lines:
                _runs(doc.add_paragraph(), text.markup, text.style)


def build_docx(blocks: Sequence[Block], data_hash: str, manifest=None,
               case_id: str = "") -> bytes:
    """The DOCX bytes for the report's blocks; `manifest` is the PDF's, when it was signed."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(9)
    notice = L.DOCX_NOTICE.format(hash=e(data_hash))
    _box(doc, Box((Text(notice, "warn"),), "warn"))
    _add(doc, blocks, manifest is not None)
    if manifest is not None:
        _runs(doc.add_paragraph(), e(L.DOCX_SIGNATURE.format(
            name=manifest.printed_name, when=manifest.signed_at_text,
            meaning=manifest.meaning.rstrip(". "))), "muted")  # the template ends the sentence
    else:
        _runs(doc.add_paragraph(), e(L.DOCX_UNSIGNED), "muted")
    props = doc.core_properties
    props.title = f"{L.TITLE} · case {case_id}" if case_id else L.TITLE
    props.subject = f"data-sha256:{data_hash}"
    props.comments = L.DOCX_COMMENT.format(hash=data_hash)
    props.author = manifest.printed_name if manifest is not None else ""
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
