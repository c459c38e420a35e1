"""HTML for the training text panes (vignette, feedback). Every case and form string is
escaped: case files come from trainers and packs, and must never inject markup."""

from __future__ import annotations

from html import escape

from tally.training.cases import TrainingCase
from tally.training.compare import Feedback


def _paragraphs(text: str) -> str:
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    out = []
    for block in blocks:
        lines = block.splitlines()
        if all(line.lstrip().startswith("- ") or line.startswith("  ") for line in lines):
            items, current = [], ""
            for line in lines:
                if line.lstrip().startswith("- "):
                    if current:
                        items.append(current)
                    current = line.lstrip()[2:]
                else:
                    current += " " + line.strip()
            items.append(current)
            out.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
        else:
            out.append(f"<p>{escape(' '.join(line.strip() for line in lines))}</p>")
    return "".join(out)


def vignette_html(case: TrainingCase) -> str:
    parts = [
        f"<h2>{escape(case.code)} — {escape(case.title)}</h2>",
        f"<p><i>{escape(case.difficulty.capitalize())} · fictional training case; every "
        "name, date and place is invented.</i></p>",
    ]
    for section in case.sections:
        parts.append(f"<h3>{escape(section.heading)}</h3>{_paragraphs(section.text)}")
    return "".join(parts)


def _mark(ok: bool) -> str:
    return (
        "<span style='color:#1f6b2c;font-weight:600'>✓ agree</span>"
        if ok
        else "<span style='color:#8a1c1c;font-weight:600'>✗ differs</span>"
    )


def feedback_html(fb: Feedback, case: TrainingCase, *, show_guidance: bool = True) -> str:
    diff = fb.total_difference
    sign = f"+{diff}" if diff > 0 else str(diff)
    band = ""
    if fb.reference_band is not None or fb.trainee_band is not None:
        band = (
            f"<tr><td>Band</td><td><b>{escape(str(fb.trainee_band or '—'))}</b></td>"
            f"<td><b>{escape(str(fb.reference_band or '—'))}</b></td>"
            f"<td>{_mark(fb.band_agrees)}</td></tr>"
        )
    parts = [
        f"<h2>{escape(fb.form_name)} · {escape(case.code)}"
        + (f" · {escape(fb.reference_key.split('@')[1])}" if "@" in fb.reference_key else "")
        + "</h2>",
        f"<p style='font-size:14pt'><b>{fb.agreed} of {fb.compared} items agree "
        f"({fb.agreement:.0%})</b></p>",
        "<table cellpadding='4' cellspacing='0' border='0'>"
        "<tr><th align='left'></th><th align='left'>You</th><th align='left'>Reference</th>"
        "<th></th></tr>"
        f"<tr><td>Total</td><td><b>{fb.trainee_total}</b></td><td><b>{fb.reference_total}"
        f"</b></td><td>{_mark(diff == 0)} ({escape(sign)})</td></tr>{band}</table>",
    ]
    if not fb.trainee_complete:
        parts.append("<p><b>Your scoring was incomplete:</b> unanswered items count as "
                     "disagreements.</p>")
    if fb.note:
        parts.append(f"<p><b>About this reference scoring:</b> {escape(fb.note)}</p>")
    parts.append("<h3>Item by item</h3>")
    for item in fb.items:
        head = (
            f"<p style='margin-bottom:2px'><b>{escape(item.number)}. {escape(item.name)}</b>"
            f" &nbsp; {_mark(item.agree)}<br/>You: {escape(item.given_label)}"
        )
        if item.agree:
            parts.append(head + "</p>")
            continue
        parts.append(
            head + f" &nbsp;·&nbsp; <b>Reference: {escape(item.expected_label)}</b></p>"
            "<div style='margin-left:18px'>"
            f"<p style='margin:2px'><b>Why:</b> {escape(item.rationale)}</p>"
            f"<p style='margin:2px'><b>Decided by:</b> {escape(item.guidance_ref)}</p>"
            + (
                "<p style='margin:2px;color:#555'><b>Item guidance:</b> "
                f"{escape(' '.join(item.item_guidance.split()))}</p>"
                if show_guidance
                else ""
            )
            + "</div>"
        )
    if case.pitfalls:
        parts.append("<h3>What this case teaches</h3><ul>")
        parts += [f"<li>{escape(p)}</li>" for p in case.pitfalls]
        parts.append("</ul>")
    if fb.warnings:
        parts.append("<h3>Warnings the form gave on your scoring</h3><ul>")
        parts += [f"<li>{escape(w)}</li>" for w in fb.warnings]
        parts.append("</ul>")
    return "".join(parts)
