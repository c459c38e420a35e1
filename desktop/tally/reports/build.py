"""Lay out the summary PDF (reportlab) and attach the machine-readable copy (pyHanko utils).

The page is written for a reader who has never seen Tally: a case header, one section per
instrument (result first, then the items), the evidence behind every band in words, the
history, the hash of the attached data, and the signature manifestation (printed name, date
and time with UTC offset, meaning). reportlab and pyHanko are imported inside functions so
application start-up never pays for them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tally import __version__ as TALLY_VERSION
from tally.core.evidence import mark as evidence_mark
from tally.core.model import Evidence
from tally.reports.content import ATTACHMENT_NAME, ScoredAssessment

INK = "#1F2A36"
MUTED = "#5B6775"
ACCENT = "#2F5D7C"
RULE = "#C9D1DA"
SHADE = "#EEF2F6"
AMBER = "#8A4B00"
AMBER_BG = "#FFF1D6"
SIG_W, SIG_H = 235.0, 64.0

EVIDENCE_WORDS = {
    Evidence.PUBLISHED: "published (seen in a cited paper or manual)",
    Evidence.SEED: "stated in the research talk Tally is based on (seed)",
    Evidence.UNCONFIRMED: (
        "UNCONFIRMED: standard practice, not yet checked against a primary source"
    ),
}
ORIGIN_WORDS = {"entered": "entered", "derived": "derived from case facts", "missing": "missing"}


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
class BuiltReport:
    pdf: bytes
    data: bytes
    data_sha256: str
    signature_page: int  # 0-based page holding the signature field
    signature_box: tuple[float, float, float, float]  # x1, y1, x2, y2 in points


def format_time(moment: datetime) -> str:
    """2026-11-24 10:15:00 UTC+01:00: unambiguous for a reader, offset always shown."""
    offset = moment.strftime("%z")
    return f"{moment:%Y-%m-%d %H:%M:%S} UTC{offset[:3]}:{offset[3:]}"


_FONTS: dict[str, str] = {}
_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu")


def _fonts() -> dict[str, str]:
    """A Unicode TrueType family (DejaVu when present, else reportlab's own Vera)."""
    if _FONTS:
        return _FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from tally.paths import resources_dir

    candidates = [resources_dir() / "fonts", *(Path(d) for d in _FONT_DIRS)]
    names = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf",
             "italic": "DejaVuSans-Oblique.ttf"}
    folder = next((d for d in candidates if all((d / n).is_file() for n in names.values())), None)
    if folder is None:
        import reportlab

        folder = Path(reportlab.__file__).parent / "fonts"
        names = {"regular": "Vera.ttf", "bold": "VeraBd.ttf", "italic": "VeraIt.ttf"}
    for role, file in names.items():
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
        "cellb": ParagraphStyle("cellb", base, fontName=f["bold"], fontSize=8.3, leading=10.6),
        "head": ParagraphStyle("head", base, fontName=f["bold"], fontSize=8, leading=10,
                               textColor=HexColor(MUTED)),
        "big": ParagraphStyle("big", base, fontName=f["bold"], fontSize=12.5, leading=16),
        "hash": ParagraphStyle("hash", base, fontName="Courier", fontSize=8, leading=10.5),
        "warn": ParagraphStyle("warn", base, fontSize=8.6, leading=11.4,
                               textColor=HexColor(AMBER)),
    }


def _p(text: str, style) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


def _e(text: object) -> str:
    return escape(str(text)).replace("\n", "<br/>")


def _table(rows, widths, header: bool = True, shade_first_col: bool = False, extra=()):
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
    table.setStyle(TableStyle(style + list(extra)))
    return table


def _callout(paragraphs, width: float, colour: str, background: str):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    box = Table([[p] for p in paragraphs], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, HexColor(colour)),
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(background)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return box


def _evidence(level: Evidence | None) -> str:
    return EVIDENCE_WORDS[level] if level else "no band"


def _band_text(band, evidence: Evidence | None) -> str:
    if band is None:
        return "no band"
    text = f"<b>{_e(band.label)}</b> ({_e(band.id)})"
    if evidence is Evidence.UNCONFIRMED:
        text += " <b>[UNCONFIRMED]</b>"
    return text


def _case_block(scored: Sequence[ScoredAssessment], manifest: Manifest | None, s,
                width: float) -> list:
    first = scored[0].record
    case = first.case
    evaluators = {(r.record.evaluator.name, r.record.evaluator.credentials,
                   r.record.evaluator.organisation) for r in scored}
    who = "<br/>".join(
        _e(", ".join(part for part in (name, cred) if part)) + (f" · {_e(org)}" if org else "")
        for name, cred, org in sorted(evaluators)
    )
    dates = sorted({r.record.assessment_date for r in scored})
    rows = [
        [_p("Case (pseudonymous id)", s["head"]), _p(f"<b>{_e(case.case_id)}</b>", s["cell"])],
        [_p("Date of birth", s["head"]), _p(_e(case.date_of_birth or "not recorded"), s["cell"])],
        [_p("Evaluator", s["head"]), _p(who, s["cell"])],
        [_p("Assessment date(s)", s["head"]), _p(_e(", ".join(dates)), s["cell"])],
    ]
    if manifest is not None:
        signed = (f"Digitally signed by <b>{_e(manifest.printed_name)}</b> on "
                  f"{_e(manifest.signed_at_text)} (details at the end of this report)")
    else:
        signed = "<b>Not digitally signed</b>"
    rows.append([_p("Signature", s["head"]), _p(signed, s["cell"])])
    if case.offence_pattern:
        rows.insert(2, [_p("Offence pattern", s["head"]),
                        _p(_e(case.offence_pattern.replace("_", " ")), s["cell"])])
    return [_table(rows, [120, width - 120], header=False, shade_first_col=True)]


def _overview(scored: Sequence[ScoredAssessment], s, width: float) -> list:
    rows = [[_p(h, s["head"]) for h in
             ("Instrument", "Date", "Total", "Band", "Band evidence")]]
    for item in scored:
        res, form = item.result, item.form
        band = _band_text(res.band, res.band_evidence) if res.band else (
            "incomplete: no band" if not res.complete else "no bands for this instrument")
        evidence = {Evidence.UNCONFIRMED: "<b>UNCONFIRMED</b>", Evidence.SEED: "seed",
                    Evidence.PUBLISHED: "published"}.get(res.band_evidence, "–")
        rows.append([
            _p(f"<b>{_e(form.name)}</b><br/>version {_e(form.version)}", s["cell"]),
            _p(_e(item.record.assessment_date), s["cell"]),
            _p(f"<b>{res.total}</b> of {form.primary.max_total}", s["cell"]),
            _p(band, s["cell"]),
            _p(evidence, s["cell"]),
        ])
    return [_table(rows, [150, 62, 58, width - 150 - 62 - 58 - 80, 80])]


def _item_rows(item: ScoredAssessment, s) -> list:
    answers = {a.item_id: a for a in item.record.answers}
    rows = [[_p(h, s["head"]) for h in ("#", "Item", "Score", "Rationale and sources", "Origin")]]
    for form_item in item.form.items:
        res = item.result.items[form_item.id]
        answer = answers.get(form_item.id)
        if res.points is None:
            score = "<b>missing</b>"
        else:
            score = f"<b>{res.points}</b> · {_e(form_item.label_for(res.points))}"
        notes = []
        if answer and answer.rationale:
            notes.append(_e(answer.rationale))
        if answer and answer.sources:
            notes.append(f"<i>Sources:</i> {_e('; '.join(answer.sources))}")
        if res.origin == "derived" and res.how:
            notes.append(f"<i>Derived:</i> {_e(res.how)}")
        if answer and answer.override_reason:
            notes.append(f"<i>Derived value overridden:</i> {_e(answer.override_reason)}")
        if res.origin == "missing" and res.how:
            notes.append(f"<i>Not derived:</i> {_e(res.how)}")
        rows.append([
            _p(_e(form_item.number), s["cell"]),
            _p(_e(form_item.name), s["cell"]),
            _p(score, s["cell"]),
            _p("<br/>".join(notes) or "–", s["cell"]),
            _p(ORIGIN_WORDS.get(res.origin, res.origin), s["cell"]),
        ])
    return rows


def _instrument(item: ScoredAssessment, s, width: float) -> list:
    from reportlab.platypus import KeepTogether, Spacer

    form, res, record = item.form, item.result, item.record
    out: list = [_p(f"{_e(form.name)}", s["h1"])]
    out.append(_p(
        f"Form version {_e(form.version)} · assessed {_e(record.assessment_date)} · "
        f"assessment {_e(record.uid)} (version {record.version}) · "
        f"status {_e(record.status)}" + (f", locked {_e(record.locked_at)}" if record.locked_at
                                          else ""), s["muted"]))
    out.append(_p(f"Form file SHA-256 <font name='Courier'>{_e(form.content_hash)}</font>",
                  s["muted"]))
    if item.form_changed:
        out.append(_callout([_p(
            "<b>The form file has changed since this assessment was scored</b> (hash then: "
            f"<font name='Courier'>{_e(record.form_hash[:16])}…</font>). Scores below were "
            "recomputed with the form installed now, same version.", s["warn"])],
            width, AMBER, AMBER_BG))
    out.append(Spacer(1, 4))

    # the result first: what a reader looks for
    primary = form.primary
    if res.band is not None:
        band_line = (f"Band: {_band_text(res.band, res.band_evidence)}"
                     f" · evidence for the cut-offs: {_e(_evidence(res.band_evidence))}")
    elif not res.complete:
        band_line = ("<b>No band: the assessment is incomplete</b> (missing: "
                     f"{_e(', '.join(res.missing))}). The total counts the answered items only.")
    else:
        band_line = f"No band. {_e(primary.bands_note)}"
    result_rows = [[_p(f"{_e(primary.name)}: {res.total}  "
                       f"<font size='9' color='{MUTED}'>possible {primary.min_total} to "
                       f"{primary.max_total}</font>", s["big"])],
                   [_p(band_line, s["base"])]]
    if res.band is not None and res.band.description:
        result_rows.append([_p(_e(res.band.description), s["small"])])
    if res.raised_levels:
        result_rows.append([_p(
            f"Aggravating factors raised the category by {res.raised_levels} level(s).",
            s["small"])])
    out.append(_callout([r[0] for r in result_rows], width, ACCENT, SHADE))
    if res.band_evidence is Evidence.UNCONFIRMED:
        note = res.band.provenance.note if res.band else ""
        out.append(Spacer(1, 3))
        out.append(_callout([_p(
            "<b>UNCONFIRMED BAND.</b> The cut-offs that place this total in a band are standard "
            "practice but have not been checked against a primary source. The total is exact; "
            "treat the band label with caution." + (f" Note: {_e(note)}" if note else ""),
            s["warn"])], width, AMBER, AMBER_BG))

    others = [sc for sc in form.scales if sc.id != form.primary_scale]
    if others:
        rows = [[_p(h, s["head"]) for h in ("Scale", "Total", "Band", "Evidence")]]
        for scale in others:
            sres = res.scales[scale.id]
            band_ev = sres.band.provenance.evidence if sres.band else None
            band = _band_text(sres.band, band_ev) if scale.bands else _e(
                scale.bands_note or "no bands")
            if scale.bands and sres.band is None:
                band = "incomplete: no band"
            rows.append([_p(_e(scale.name), s["cell"]),
                         _p(f"{sres.total} (possible {scale.min_total} to {scale.max_total})",
                            s["cell"]),
                         _p(band, s["cell"]), _p(_e(_evidence(band_ev)) if band_ev else "–",
                                                 s["cell"])])
        out += [Spacer(1, 5), _table(rows, [140, 110, 120, width - 370])]

    notes = list(res.warnings)
    app = form.applicability
    out.append(_p("Warnings and applicability", s["h2"]))
    if notes:
        out.append(_callout([_p(f"⚠ {_e(n)}", s["warn"]) for n in notes], width, AMBER,
                            AMBER_BG))
    else:
        out.append(_p("No scoring warnings for this assessment.", s["small"]))
    lines = [f"<b>Intended for:</b> {_e(form.population.text)}",
             f"<b>Use:</b> {_e(app.summary)}",
             f"<b>CSEM cases:</b> {_e(app.csem_verdict)}"]
    lines += [f"• {_e(n)}" for n in app.notes]
    out += [_p(line, s["small"]) for line in lines]

    out.append(_p("Items", s["h2"]))
    out.append(_table(_item_rows(item, s), [20, 118, 100, width - 20 - 118 - 100 - 58, 58]))

    if form.research:
        ctx = [_p("Research context", s["h2"])]
        for c in form.research:
            ctx.append(_p(
                f"<b>{_e(c.label)}:</b> {_e(c.value)} <font color='{MUTED}'>"
                f"[{_e(evidence_mark(c.provenance))}]</font>",
                s["small"]))
        out.append(KeepTogether(ctx))
    cites = [_p("Sources cited by this form", s["h2"])]
    cites += [_p(f"[{_e(k)}] ({_e(form.citation_kinds[k].label)}) {_e(v)}", s["muted"])
              for k, v in form.citations.items()]
    cites.append(_p(f"Coding manual: {_e(form.manual)}", s["muted"]))
    out.append(KeepTogether(cites))
    return out


def _history(scored: Sequence[ScoredAssessment], s, width: float) -> list:
    rows = [[_p(h, s["head"]) for h in ("Instrument", "Version", "Status", "When", "Reason")]]
    for item in scored:
        rec = item.record
        notes = sorted(rec.history, key=lambda h: h.version)
        if not notes:
            rows.append([_p(_e(item.form.name), s["cell"]), _p(str(rec.version), s["cell"]),
                         _p(_e(rec.status), s["cell"]), _p(_e(rec.locked_at or "–"), s["cell"]),
                         _p(_e(rec.amendment_reason or "original"), s["cell"])])
        for h in notes:
            rows.append([_p(_e(item.form.name), s["cell"]), _p(str(h.version), s["cell"]),
                         _p(_e(h.status), s["cell"]), _p(_e(h.changed_at), s["cell"]),
                         _p(_e(h.reason or "–"), s["cell"])])
        for sig in rec.signatures:
            rows.append([_p(_e(item.form.name), s["cell"]), _p(str(rec.version), s["cell"]),
                         _p("signed in Tally", s["cell"]), _p(_e(sig.signed_at), s["cell"]),
                         _p(f"{_e(sig.printed_name)}: {_e(sig.meaning)}", s["cell"])])
    return [_p("Amendment history", s["h1"]),
            _p("Every version keeps its own record; an amendment never overwrites a signed "
               "version.", s["muted"]),
            _table(rows, [120, 45, 70, 110, width - 345])]


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
            self.canv.drawString(6, SIG_H - 11, "Digital signature" if signed
                                 else "NOT DIGITALLY SIGNED")

    return SignatureField()


def _signature_block(manifest: Manifest | None, data_hash: str, recorder: _Recorder, doc,
                     s, width: float) -> list:
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    parts: list = [_p("Machine-readable copy", s["h1"]),
                   _p(f"This PDF carries the assessment data as an attached file "
                      f"(<b>{ATTACHMENT_NAME}</b>). Its SHA-256 is:", s["small"]),
                   _p(data_hash, s["hash"]),
                   _p("Check the signature, the whole-file coverage and this hash offline with "
                      "<b>tally verify FILE.pdf --trust SIGNER-CERT.pem</b>.", s["muted"]),
                   _p("Signature", s["h1"])]
    if manifest is None:
        left = [_p("<b>This copy is not digitally signed.</b> It has no signature "
                   "manifestation and cannot be verified as the evaluator's own.", s["warn"])]
    else:
        left = [
            _p(f"<b>Signed by:</b> {_e(manifest.printed_name)}", s["base"]),
            _p(f"<b>Date and time:</b> {_e(manifest.signed_at_text)}", s["base"]),
            _p(f"<b>Meaning:</b> {_e(manifest.meaning)}", s["base"]),
        ]
        if manifest.certificate_subject:
            left.append(_p(f"Certificate: {_e(manifest.certificate_subject)}", s["muted"]))
        if manifest.certificate_fingerprint:
            left.append(_p(f"SHA-256 fingerprint: {_e(manifest.certificate_fingerprint)}",
                           s["muted"]))
    sig = _signature_flowable(recorder, doc, manifest is not None)
    block = Table([[left, sig]], colWidths=[width - SIG_W - 8, SIG_W + 8], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([*parts, Spacer(1, 2), block])]


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
            self.drawString(51, h - 30, "Tally · risk assessment summary")
            self.drawRightString(w - 51, h - 30, f"Case {case_id}")
            self.setStrokeColor(HexColor(RULE))
            self.line(51, h - 35, w - 51, h - 35)
            self.line(51, 42, w - 51, 42)
            self.drawString(51, 31, f"Data SHA-256 {data_hash[:16]}…  ·  Tally {TALLY_VERSION}")
            self.setFont(fonts["bold"], 8)
            self.drawRightString(w - 51, 31, f"Page {number} of {total}")
            if example:
                self.setFillColor(HexColor("#B03A2E"), alpha=0.09)
                self.setFont(fonts["bold"], 44)
                self.translate(w / 2, h / 2)
                self.rotate(50)
                self.drawCentredString(0, 0, "FICTIONAL EXAMPLE")
            self.restoreState()

    return PageCanvas


def build_pdf(
    scored: Sequence[ScoredAssessment],
    data: bytes,
    data_hash: str,
    manifest: Manifest | None = None,
    example: bool = False,
) -> BuiltReport:
    """Lay out the report for already checked and scored assessments; attach `data`."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Spacer

    fonts = _fonts()
    s = _styles()
    buffer = io.BytesIO()
    case_id = scored[0].record.case.case_id
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=51, rightMargin=51, topMargin=50, bottomMargin=56,
        title=f"Risk assessment summary · case {case_id}", author=(
            manifest.printed_name if manifest else scored[0].record.evaluator.name),
        subject=f"data-sha256:{data_hash}", creator=f"Tally {TALLY_VERSION}",
    )
    width = A4[0] - 102
    story: list = []
    if example:
        story.append(_callout([_p(
            "<b>FICTIONAL EXAMPLE.</b> This case, its evaluator and the signing certificate are "
            "invented to show what a Tally report looks like. It describes no real person.",
            s["warn"])], width, "#B03A2E", "#FBE9E7"))
        story.append(Spacer(1, 6))
    names = ", ".join(item.form.name for item in scored)
    story += [_p("Risk assessment summary", s["title"]),
              _p(f"{_e(names)} · produced by Tally from locked assessments", s["subtitle"])]
    story += _case_block(scored, manifest, s, width)
    story += [_p("Results at a glance", s["h1"])]
    story += _overview(scored, s, width)
    story.append(_p(
        "Bands are labelled with the evidence for their cut-offs: <i>published</i>, <i>seed</i> "
        "(stated in the research talk) or <b>UNCONFIRMED</b> (not yet checked against a primary "
        "source). Totals are exact in every case.", s["muted"]))
    for item in scored:
        story += _instrument(item, s, width)
    story += _history(scored, s, width)
    recorder = _Recorder()
    story += _signature_block(manifest, data_hash, recorder, doc, s, width)
    doc.build(story, canvasmaker=_page_canvas(case_id, data_hash, example, fonts))
    pdf = attach_json(buffer.getvalue(), data, data_hash)
    return BuiltReport(pdf, data, data_hash, recorder.page, recorder.box)


def attach_json(pdf: bytes, data: bytes, data_hash: str) -> bytes:
    """Embed the machine-readable copy as a document attachment, in the same revision."""
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
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
