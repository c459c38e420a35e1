"""Lay out the summary PDF (reportlab) and attach the machine-readable copy (pyHanko utils).

What the report says, and in which order, is decided in `story`; this module only lays the
blocks out: fonts (DejaVu Sans, shipped in resources/fonts and embedded, so ⚠, accents and
en dashes render on every system), styles, tables, score boxes kept on one page, the running
header and footer, and the field the signature goes into. reportlab and pyHanko are imported
inside functions so application start-up never pays for them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tally import __version__ as TALLY_VERSION
from tally.core.report_context import ReportContext
from tally.reports.content import ANCHOR_NAME, ATTACHMENT_NAME, AuditAnchor, ScoredAssessment
from tally.reports.document import (
    Block,
    Box,
    Grid,
    Heading,
    Keep,
    Manifest,
    SignatureSlot,
    Text,
    format_time,
)
from tally.reports.language import L

__all__ = ["BuiltReport", "Manifest", "attach_json", "build_pdf", "format_time"]

INK = "#1F2A36"
MUTED = "#5B6775"
ACCENT = "#2F5D7C"
RULE = "#C9D1DA"
SHADE = "#EEF2F6"
AMBER = "#8A4B00"
AMBER_BG = "#FFF1D6"
RED = "#B03A2E"
RED_BG = "#FBE9E7"
SIG_W, SIG_H = 235.0, 64.0
TONES = {"accent": (ACCENT, SHADE), "warn": (AMBER, AMBER_BG), "example": (RED, RED_BG)}


@dataclass(frozen=True)
class BuiltReport:
    pdf: bytes
    data: bytes
    data_sha256: str
    signature_page: int  # 0-based page holding the signature field
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in points
    text: str = ""  # every block's text, in order (what the DOCX holds too)
    blocks: tuple = ()  # the story's blocks, for the DOCX copy


_FONTS: dict[str, str] = {}
FONT_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf",
              "italic": "DejaVuSans-Oblique.ttf", "mono": "DejaVuSansMono.ttf"}


def font_dir() -> Path:
    """The DejaVu fonts shipped with Tally (resources/fonts, also in the bundle)."""
    from tally.paths import resources_dir

    return resources_dir() / "fonts"


def _fonts() -> dict[str, str]:
    """Register the shipped DejaVu family once; reportlab embeds the glyphs it uses."""
    if _FONTS:
        return _FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = font_dir()
    for role, file in FONT_FILES.items():
        face = f"TallySans-{role}"
        pdfmetrics.registerFont(TTFont(face, str(folder / file)))
        _FONTS[role] = face
    pdfmetrics.registerFontFamily(
        "TallySans", normal=_FONTS["regular"], bold=_FONTS["bold"],
        italic=_FONTS["italic"], boldItalic=_FONTS["bold"],
    )
    return _FONTS


def _styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    f = _fonts()
    base = ParagraphStyle("base", fontName=f["regular"], fontSize=9, leading=12.2,
                          textColor=HexColor(INK))
    return {
        "base": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.4),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=10.4,
                                textColor=HexColor(MUTED)),
        "title": ParagraphStyle("title", base, fontName=f["bold"], fontSize=17, leading=21,
                                spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=13,
                                   textColor=HexColor(MUTED), spaceAfter=8),
        "h1": ParagraphStyle("h1", base, fontName=f["bold"], fontSize=13, leading=17,
                             textColor=HexColor(ACCENT), spaceBefore=10, spaceAfter=4,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=f["bold"], fontSize=10.5, leading=14,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "cell": ParagraphStyle("cell", base, fontSize=8.3, leading=10.6),
        "head": ParagraphStyle("head", base, fontName=f["bold"], fontSize=8, leading=10,
                               textColor=HexColor(MUTED)),
        "big": ParagraphStyle("big", base, fontName=f["bold"], fontSize=12.5, leading=16),
        "hash": ParagraphStyle("hash", base, fontName=f["mono"], fontSize=8, leading=10.5),
        "warn": ParagraphStyle("warn", base, fontSize=8.6, leading=11.4,
                               textColor=HexColor(AMBER)),
    }


def _p(text: str, style) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


def _table(rows, widths, header: bool = True, shade_first_col: bool = False):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HexColor(SHADE)),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(ACCENT))]
    if shade_first_col:
        style += [("BACKGROUND", (0, 0), (0, -1), HexColor(SHADE))]
    table.setStyle(TableStyle(style))
    return table


def _callout(paragraphs, width: float, tone: str):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import KeepTogether, Table, TableStyle

    colour, background = TONES[tone]
    box = Table([[p] for p in paragraphs], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, HexColor(colour)),
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(background)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return KeepTogether([box])  # a score box or warning is never split across pages


def _flowables(blocks: Sequence[Block], s, width: float, recorder, doc) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    out: list = []
    for block in blocks:
        if isinstance(block, Text):
            out.append(_p(block.markup, s[block.style]))
        elif isinstance(block, Heading):
            out.append(_p(block.text, s["h1" if block.level == 1 else "h2"]))
        elif isinstance(block, Box):
            out += [_callout([_p(t.markup, s[t.style]) for t in block.paragraphs], width,
                             block.tone), Spacer(1, 4)]
        elif isinstance(block, Grid):
            rows = [[_p(c, s["cell"]) for c in row] for row in block.rows]
            if block.head is not None:
                rows.insert(0, [_p(h, s["head"]) for h in block.head])
            if block.key_column:
                rows = [[_p(row[0], s["head"]), *[_p(c, s["cell"]) for c in row[1:]]]
                        for row in block.rows]
            out.append(_table(rows, [width * w for w in block.widths],
                              header=block.head is not None, shade_first_col=block.key_column))
        elif isinstance(block, Keep):
            out.append(KeepTogether(_flowables(block.blocks, s, width, recorder, doc)))
        elif isinstance(block, SignatureSlot):
            out.append(_signature_table(block, s, width, recorder, doc))
    return out


def _signature_table(block: SignatureSlot, s, width: float, recorder, doc):
    from reportlab.platypus import Table, TableStyle

    left = [_p(t.markup, s[t.style]) for t in block.lines]
    sig = _signature_flowable(recorder, doc, block.signed)
    table = Table([[left, sig]], colWidths=[width - SIG_W - 8, SIG_W + 8], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


class _Recorder:
    """Remembers where the signature field was laid out, for pyHanko to sign into."""

    page = 0
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


def _signature_flowable(recorder: _Recorder, doc, signed: bool):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    class SignatureField(Flowable):
        def wrap(self, avail_w, avail_h):
            return SIG_W, SIG_H

        def draw(self):
            x, y = self.canv.absolutePosition(0, 0)
            recorder.page = doc.page - 1
            recorder.box = (x, y, x + SIG_W, y + SIG_H)
            self.canv.setStrokeColor(HexColor(RULE if signed else AMBER))
            self.canv.setDash(2, 2)
            self.canv.rect(0, 0, SIG_W, SIG_H)
            self.canv.setFillColor(HexColor(MUTED if signed else AMBER))
            self.canv.setFont(_fonts()["regular"], 7.5)
            self.canv.drawString(6, SIG_H - 11, L.SIG_FIELD_SIGNED if signed
                                 else L.SIG_FIELD_UNSIGNED)

    return SignatureField()


def _page_canvas(case_id: str, data_hash: str, example: bool, fonts: dict[str, str]):
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen import canvas

    class PageCanvas(canvas.Canvas):
        """Draws header, footer with 'page N of M', and the example watermark on each page."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            w, h = self._pagesize
            number = self._pageNumber
            self.saveState()
            self.setFillColor(HexColor(MUTED))
            self.setFont(fonts["regular"], 7.5)
            self.drawString(51, h - 30, L.RUNNING_HEAD)
            self.drawRightString(w - 51, h - 30, f"{L.CASE_WORD.capitalize()} {case_id}")
            self.setStrokeColor(HexColor(RULE))
            self.line(51, h - 35, w - 51, h - 35)
            self.line(51, 42, w - 51, 42)
            self.drawString(51, 31, L.FOOTER.format(hash=data_hash[:16], version=TALLY_VERSION))
            self.setFont(fonts["bold"], 8)
            self.drawRightString(w - 51, 31, L.PAGE.format(number=number, total=total))
            if example:
                self.setFillColor(HexColor(RED), alpha=0.09)
                self.setFont(fonts["bold"], 44)
                self.translate(w / 2, h / 2)
                self.rotate(50)
                self.drawCentredString(0, 0, L.WATERMARK)
            self.restoreState()

    return PageCanvas


def build_pdf(
    scored: Sequence[ScoredAssessment],
    data: bytes,
    data_hash: str,
    manifest: Manifest | None = None,
    example: bool = False,
    context: ReportContext | None = None,
    profile: str | None = None,
    today: date | None = None,
    anchor: AuditAnchor | None = None,
) -> BuiltReport:
    """Lay out the report for already checked and scored assessments; attach `data`, and
    the audit anchor when one is given (a report from a database)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from tally.reports.document import plain
    from tally.reports.story import build_story

    fonts = _fonts()
    s = _styles()
    buffer = io.BytesIO()
    case_id = scored[0].record.case.case_id
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=51, rightMargin=51, topMargin=50, bottomMargin=56,
        title=f"{L.TITLE} · {L.CASE_WORD} {case_id}", author=(
            manifest.printed_name if manifest else scored[0].record.evaluator.name),
        subject=f"data-sha256:{data_hash}", creator=f"Tally {TALLY_VERSION}",
    )
    width = A4[0] - 102
    story = build_story(scored, data_hash, manifest, example, context, profile, today, anchor)
    recorder = _Recorder()
    flowables = _flowables(story.blocks, s, width, recorder, doc)
    doc.build(flowables, canvasmaker=_page_canvas(case_id, data_hash, example, fonts))
    pdf = attach_json(buffer.getvalue(), data, data_hash, anchor)
    text = "\n".join(plain(t) for t in _texts(story.blocks))
    return BuiltReport(pdf, data, data_hash, recorder.page, recorder.box, text,
                       tuple(story.blocks))


def _texts(blocks: Sequence[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Text):
            out.append(block.markup)
        elif isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, Box):
            out += [t.markup for t in block.paragraphs]
        elif isinstance(block, Grid):
            out += [" | ".join(row) for row in ((block.head or ()), *block.rows) if row]
        elif isinstance(block, Keep):
            out += _texts(block.blocks)
        elif isinstance(block, SignatureSlot):
            out += [t.markup for t in block.lines]
    return out


def attach_json(pdf: bytes, data: bytes, data_hash: str,
                anchor: AuditAnchor | None = None) -> bytes:
    """Embed the machine-readable copy (and the audit anchor) as document attachments, in
    the same revision, before signing: the signature covers them."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf)))
    stream = embed.EmbeddedFileObject.from_file_data(
        writer, data, mime_type="application/json",
        params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
    )
    spec = embed.FileSpec(
        file_spec_string=ATTACHMENT_NAME, file_name=ATTACHMENT_NAME, embedded_data=stream,
        description=f"Tally assessment data, SHA-256 {data_hash}",
        af_relationship=generic.NameObject("/Data"),
    )
    embed.embed_file(writer, spec)
    if anchor is not None:
        stream = embed.EmbeddedFileObject.from_file_data(
            writer, anchor.json(), mime_type="application/json",
            params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
        )
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=ANCHOR_NAME, file_name=ANCHOR_NAME, embedded_data=stream,
            description=f"Tally audit trail at export: entry {anchor.entry}",
            af_relationship=generic.NameObject("/Supplement"),
        ))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
