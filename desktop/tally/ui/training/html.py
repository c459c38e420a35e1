"""HTML for the training text panes (vignette, feedback). Every case and form string is
escaped: case files come from trainers and packs, and must never inject markup. The words
Tally adds are translated (context "TrainingHtml"); case and form text come in the
interface's language from their files."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tally.training.cases import TrainingCase
from tally.training.compare import Feedback
from tally.ui.assessment.text import warning_words
from tally.ui.i18n import TrContext

TrainingHtml = TrContext("TrainingHtml")  # lupdate reads the context from the name before .tr
DIFFICULTY_LABELS = {
    "introductory": QT_TRANSLATE_NOOP("TrainingHtml", "Introductory"),
    "intermediate": QT_TRANSLATE_NOOP("TrainingHtml", "Intermediate"),
    "advanced": QT_TRANSLATE_NOOP("TrainingHtml", "Advanced"),
}


def difficulty_label(key: str) -> str:
    return TrainingHtml.tr(DIFFICULTY_LABELS[key]) if key in DIFFICULTY_LABELS else key


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
    note = TrainingHtml.tr("%1 · fictional training case; every name, date and place is "
                           "invented.").replace("%1", difficulty_label(case.difficulty))
    parts = [
        f"<h2>{escape(case.code)} — {escape(case.title)}</h2>",
        f"<p><i>{escape(note)}</i></p>",
    ]
    for section in case.sections:
        parts.append(f"<h3>{escape(section.heading)}</h3>{_paragraphs(section.text)}")
    return "".join(parts)


def _mark(ok: bool) -> str:
    agree, differs = TrainingHtml.tr("✓ agree"), TrainingHtml.tr("✗ differs")
    return (
        f"<span style='color:#1f6b2c;font-weight:600'>{escape(agree)}</span>"
        if ok
        else f"<span style='color:#8a1c1c;font-weight:600'>{escape(differs)}</span>"
    )


def feedback_html(fb: Feedback, case: TrainingCase, *, show_guidance: bool = True) -> str:
    w = {
        "band": TrainingHtml.tr("Band"), "you": TrainingHtml.tr("You"),
        "reference": TrainingHtml.tr("Reference"), "total": TrainingHtml.tr("Total"),
        "agree": TrainingHtml.tr("%1 of %2 items agree (%3)"),
        "incomplete": TrainingHtml.tr("Your scoring was incomplete:"),
        "incomplete_why": TrainingHtml.tr("unanswered items count as disagreements."),
        "about": TrainingHtml.tr("About this reference scoring:"),
        "items": TrainingHtml.tr("Item by item"),
        "you_label": TrainingHtml.tr("You: %1"),
        "reference_label": TrainingHtml.tr("Reference: %1"),
        "why": TrainingHtml.tr("Why:"), "decided": TrainingHtml.tr("Decided by:"),
        "guidance": TrainingHtml.tr("Item guidance:"),
        "teaches": TrainingHtml.tr("What this case teaches"),
        "warnings": TrainingHtml.tr("Warnings the form gave on your scoring"),
    }
    e = {key: escape(value) for key, value in w.items()}
    diff = fb.total_difference
    sign = f"+{diff}" if diff > 0 else str(diff)
    band = ""
    if fb.reference_band is not None or fb.trainee_band is not None:
        band = (
            f"<tr><td>{e['band']}</td><td><b>{escape(str(fb.trainee_band or '—'))}</b></td>"
            f"<td><b>{escape(str(fb.reference_band or '—'))}</b></td>"
            f"<td>{_mark(fb.band_agrees)}</td></tr>"
        )
    from tally.ui.application import current_language

    percent = f"{fb.agreement:.0%}"
    if current_language() == "fr":  # 75 % in French
        percent = percent.replace("%", "\u00a0%")
    agree = (w["agree"].replace("%1", str(fb.agreed)).replace("%2", str(fb.compared))
             .replace("%3", percent))
    parts = [
        f"<h2>{escape(fb.form_name)} · {escape(case.code)}"
        + (f" · {escape(fb.reference_key.split('@')[1])}" if "@" in fb.reference_key else "")
        + "</h2>",
        f"<p style='font-size:14pt'><b>{escape(agree)}</b></p>",
        "<table cellpadding='4' cellspacing='0' border='0'>"
        f"<tr><th align='left'></th><th align='left'>{e['you']}</th>"
        f"<th align='left'>{e['reference']}</th><th></th></tr>"
        f"<tr><td>{e['total']}</td><td><b>{fb.trainee_total}</b></td><td><b>{fb.reference_total}"
        f"</b></td><td>{_mark(diff == 0)} ({escape(sign)})</td></tr>{band}</table>",
    ]
    if not fb.trainee_complete:
        parts.append(f"<p><b>{e['incomplete']}</b> {e['incomplete_why']}</p>")
    if fb.note:
        parts.append(f"<p><b>{e['about']}</b> {escape(fb.note)}</p>")
    parts.append(f"<h3>{e['items']}</h3>")
    for item in fb.items:
        head = (
            f"<p style='margin-bottom:2px'><b>{escape(item.number)}. {escape(item.name)}</b>"
            f" &nbsp; {_mark(item.agree)}<br/>"
            + escape(w["you_label"].replace("%1", item.given_label))
        )
        if item.agree:
            parts.append(head + "</p>")
            continue
        parts.append(
            head + " &nbsp;·&nbsp; <b>"
            + escape(w["reference_label"].replace("%1", item.expected_label)) + "</b></p>"
            "<div style='margin-left:18px'>"
            f"<p style='margin:2px'><b>{e['why']}</b> {escape(item.rationale)}</p>"
            f"<p style='margin:2px'><b>{e['decided']}</b> {escape(item.guidance_ref)}</p>"
            + (
                f"<p style='margin:2px;color:#555'><b>{e['guidance']}</b> "
                f"{escape(' '.join(item.item_guidance.split()))}</p>"
                if show_guidance
                else ""
            )
            + "</div>"
        )
    if case.pitfalls:
        parts.append(f"<h3>{e['teaches']}</h3><ul>")
        parts += [f"<li>{escape(p)}</li>" for p in case.pitfalls]
        parts.append("</ul>")
    if fb.warnings:
        parts.append(f"<h3>{e['warnings']}</h3><ul>")
        parts += [f"<li>{escape(warning_words(w))}</li>" for w in fb.warnings]
        parts.append("</ul>")
    return "".join(parts)
