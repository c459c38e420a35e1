"""Turning form data into readable rich text: guidance paragraphs, evidence levels, points.

Form text is data (already in the user's language); the words Tally adds go through Qt's
translation with the context "Assessment".
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from tally.core.model import Context, Evidence, Form, Provenance

_LEAD = re.compile(r"^([A-Z][A-Za-z0-9 ()'/-]{1,38}):\s")


def tr(text: str) -> str:
    """Shorthand used only for strings built here; the literal is still visible to lupdate."""
    return QCoreApplication.translate("Assessment", text)


def points_text(points: int) -> str:
    """Points as printed on coding forms: +1, 0, -3 (a real minus sign)."""
    if points > 0:
        return f"+{points}"
    if points < 0:
        return f"\u2212{-points}"
    return "0"


def evidence_text(level: Evidence | None) -> str:
    if level is None:
        return ""
    return {
        Evidence.SEED: QCoreApplication.translate("Assessment", "from the research talk"),
        Evidence.PUBLISHED: QCoreApplication.translate("Assessment", "published"),
        Evidence.UNCONFIRMED: QCoreApplication.translate(
            "Assessment", "UNCONFIRMED: not yet checked against a primary source"
        ),
    }[level]


def paragraphs_html(text: str) -> str:
    """Guidance text: blank lines separate paragraphs; a short 'Label:' lead is set in bold."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        line = " ".join(part.strip() for part in block.splitlines() if part.strip())
        if not line:
            continue
        escaped = html.escape(line)
        lead = _LEAD.match(line)
        if lead:
            label = html.escape(lead.group(1))
            escaped = f"<b>{label}:</b> " + html.escape(line[lead.end() :])
        out.append(f"<p>{escaped}</p>")
    return "\n".join(out)


def provenance_html(form: Form, provenance: Provenance) -> str:
    source = html.escape(provenance.source)
    cite = form.citations.get(provenance.source, "")
    level = html.escape(evidence_text(provenance.evidence))
    note = f" {html.escape(provenance.note)}" if provenance.note else ""
    title = f' title="{html.escape(cite)}"' if cite else ""
    return f'<span class="src"{title}>[{source}, {level}]</span>{note}'


def context_html(form: Form, contexts: tuple[Context, ...]) -> str:
    rows = []
    for c in contexts:
        rows.append(
            f"<li><b>{html.escape(c.label)}:</b> {html.escape(c.value)} "
            f"{provenance_html(form, c.provenance)}</li>"
        )
    return "<ul>" + "".join(rows) + "</ul>" if rows else ""


def citations_html(form: Form, keys: set[str]) -> str:
    items = [
        f"<li><b>{html.escape(k)}</b> {html.escape(form.citations[k])}</li>"
        for k in sorted(keys)
        if k in form.citations
    ]
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def guidance_css(palette: QPalette) -> str:
    """Rich-text style for guidance, review and results, from the widget's palette so it
    reads in light and dark themes alike."""
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    dark = text.lightness() < 128  # dark text: a light theme
    accent = "#2d4a5c" if dark else "#9cc3dc"
    warn = "#8a3b00" if dark else "#f0a060"
    header = "#e9eef2" if dark else "#2b3238"
    return f"""
p {{ margin-top: 0px; margin-bottom: 8px; }}
h2 {{ margin-top: 4px; margin-bottom: 6px; }}
h3 {{ margin-top: 4px; margin-bottom: 6px; }}
h4 {{ margin-top: 12px; margin-bottom: 4px; color: {accent}; }}
.src {{ color: {muted}; font-size: small; }}
.muted {{ color: {muted}; }}
.warn {{ color: {warn}; }}
.missing {{ color: {warn}; font-weight: bold; }}
.unconfirmed {{ color: {warn}; font-weight: bold; }}
th {{ text-align: left; background-color: {header}; }}
"""
