"""Needs profile of a dynamic instrument (STABLE-2007, ACUTE-2007): the items scored 1 or 2
are treatment and supervision targets, shown with the item-level CSEM findings the form
carries, and the change since the previous assessment of the same instrument."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from tally.core.model import Form
from tally.core.scoring import Result
from tally.ui.assessment.session import PreviousAssessment
from tally.ui.assessment.text import context_html, points_text
from tally.ui.i18n import TrContext

NeedsProfile = TrContext("NeedsProfile")


def targets(form: Form, result: Result) -> list[str]:
    """Item ids scored 1 or more (1 = some concern, 2 = definite), highest first."""
    scored = [
        (result.items[i.id].points or 0, index, i.id)
        for index, i in enumerate(form.items)
        if (result.items[i.id].points or 0) >= 1
    ]
    return [item_id for _, _, item_id in sorted(scored, key=lambda t: (-t[0], t[1]))]


def change_word(before: int | None, now: int | None) -> str:
    if before is None or now is None:
        return "–"
    if now > before:
        return "\u2191 " + QCoreApplication.translate("NeedsProfile", "higher")
    if now < before:
        return "\u2193 " + QCoreApplication.translate("NeedsProfile", "lower")
    return "= " + QCoreApplication.translate("NeedsProfile", "same")


def needs_profile_html(form: Form, result: Result, previous: PreviousAssessment | None) -> str:
    heading = NeedsProfile.tr("Needs profile: treatment and supervision targets")
    parts = [f"<h3>{html.escape(heading)}</h3>"]
    found = targets(form, result)
    if not found:
        parts.append(
            "<p>" + html.escape(
                NeedsProfile.tr("No item is scored 1 or 2: no target from this tool.")) + "</p>"
        )
    for item_id in found:
        item = form.item(item_id)
        points = result.items[item_id].points
        assert points is not None
        line = (
            f"<p><b>{html.escape(item.number)}. {html.escape(item.name)}</b> — "
            f"{points_text(points)} ({html.escape(item.label_for(points))})"
        )
        if previous is not None:
            before = previous.answers.get(item_id)
            before_points = before.points if before else None
            line += " · " + html.escape(
                NeedsProfile.tr("previously %1, %2")
                .replace("%1", points_text(before_points) if before_points is not None else "–")
                .replace("%2", change_word(before_points, points))
            )
        parts.append(line + "</p>")
        if item.context:
            parts.append(context_html(form, item.context))
    if previous is not None:
        parts.append(
            "<h4>"
            + html.escape(
                NeedsProfile.tr("Change since %1 (version %2)")
                .replace("%1", previous.assessment_date)
                .replace("%2", str(previous.version))
            )
            + "</h4>"
        )
        rows = []
        before_total = 0
        complete_before = True
        for item in form.items:
            before = previous.answers.get(item.id)
            before_points = before.points if before else None
            if before_points is None:
                complete_before = False
            else:
                before_total += before_points
            now = result.items[item.id].points
            rows.append(
                f"<tr><td>{html.escape(item.number)}. {html.escape(item.name)}</td>"
                f"<td>{points_text(before_points) if before_points is not None else '–'}</td>"
                f"<td>{points_text(now) if now is not None else '–'}</td>"
                f"<td>{html.escape(change_word(before_points, now))}</td></tr>"
            )
        head = "".join(
            f"<th>{html.escape(h)}</th>"
            for h in (NeedsProfile.tr("Item"), NeedsProfile.tr("Before"),
                      NeedsProfile.tr("Now"), NeedsProfile.tr("Change"))
        )
        parts.append(
            f'<table cellspacing="0" cellpadding="3"><tr>{head}</tr>{"".join(rows)}</table>'
        )
        if complete_before:
            parts.append(
                "<p>"
                + html.escape(
                    NeedsProfile.tr("Total before %1, now %2.")
                    .replace("%1", str(before_total))
                    .replace("%2", str(result.total))
                )
                + "</p>"
            )
    else:
        parts.append(
            '<p class="muted">'
            + html.escape(
                NeedsProfile.tr(
                    "No earlier assessment of this instrument for this case: "
                    "change will show from the next one."
                )
            )
            + "</p>"
        )
    return "\n".join(parts)
