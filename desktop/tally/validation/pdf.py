"""The validation report as a PDF (reportlab, loaded here only): the same rows as the terminal
table, landscape, with the synthetic-data warning at the top when it applies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tally.validation import tables


def write_pdf(path: Path, report: Any) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=7, leading=8.5)
    warn = styles["BodyText"].clone("warn", textColor=colors.HexColor("#a01010"), fontSize=10)

    def cells(rows: list[list[str]]) -> list[list[Any]]:
        return [[Paragraph(_escape(c), small) for c in row] for row in rows]

    def grid(headers: tuple[str, ...], rows: list[list[str]], widths: list[float]) -> Table:
        table = Table(cells([list(headers), *rows]), colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return table

    story: list[Any] = []
    data = report.dataset
    if data.synthetic:
        story += [Paragraph(_escape(tables.synthetic_banner()), warn), Spacer(1, 3 * mm)]
    story.append(Paragraph(_escape(tables.title(report.outcome, report.years)),
                           styles["Heading2"]))
    story.append(Paragraph(_escape(
        f"{len([r for r in data.rows if r.index])} assessments of {data.cases_with_followup} "
        "men whose follow-up has ended. Below 10 events an estimate is unstable; every figure "
        "is shown with its N and events."), styles["BodyText"]))
    story.append(Spacer(1, 3 * mm))
    widths = [x * mm for x in (20, 30, 12, 13, 18, 30, 22, 16, 60, 50)]
    story.append(grid(tables.RESULT_HEADERS,
                      [tables.result_row(r) for r in report.results], widths))
    story.append(Spacer(1, 5 * mm))
    story.append(Paragraph("Incremental validity (Cox regression)", styles["Heading3"]))
    if report.incremental:
        story.append(grid(tables.INCREMENTAL_HEADERS,
                          [tables.incremental_row(i) for i in report.incremental],
                          [x * mm for x in (45, 15, 15, 55, 65, 70)]))
    else:
        story.append(Paragraph("No man has both a static and a dynamic tool locked.",
                               styles["BodyText"]))
    for reason, count in sorted(data.skipped.items()):
        story.append(Paragraph(_escape(f"Left out: {count} assessment(s): {reason}."),
                               styles["BodyText"]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=10 * mm,
                            rightMargin=10 * mm, topMargin=10 * mm, bottomMargin=10 * mm,
                            title="Tally local validation")
    def footer(canvas: Any, page: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        text = f"Tally local validation, page {page.page}"
        if data.synthetic:  # every page says so, not only the first
            canvas.setFillColor(colors.HexColor("#a01010"))
            text += " - SYNTHETIC OUTCOMES: a demonstration, not evidence"
        canvas.drawString(10 * mm, 5 * mm, text)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
