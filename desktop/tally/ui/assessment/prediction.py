"""What a form's probability rule adds to the header and the results (OSP/DC, OSP/IIC): the
probability as a percentage with its follow-up caveat, the risk reduction, the hierarchy rule
that decided, and any note the published code's rule calls for (OSP/IIC's last rule)."""

from __future__ import annotations

import html

from tally.core.model import Form, Tier
from tally.core.rules import Reduced, percent
from tally.core.scoring import Result
from tally.ui.assessment.text import fact_words, provenance_html
from tally.ui.i18n import TrContext

Prediction = TrContext("Prediction")  # lupdate reads Prediction.tr("...") literals


def _heading(text: str) -> str:
    return f"<h4>{html.escape(text)}</h4>"


def tier_words(form: Form, tier: Tier) -> str:
    """A hierarchy rule with its items by name ('Indecent-image sanctions 2 or more')."""
    if not tier.when:
        return Prediction.tr("otherwise (no earlier rule applied)")
    return Prediction.tr(" and ").join(
        Prediction.tr("%1 %2 or more").replace(
            "%1", form.item(c.item).name if form.has_item(c.item) else fact_words(c.item))
        .replace("%2", str(c.min)) for c in tier.when)


def reduction_words(reduced: Reduced) -> str:
    """Why the risk reduction was or was not applied, in the interface's language."""
    values = {k: (", ".join(fact_words(f) for f in v) if isinstance(v, tuple)
                  else fact_words(v) if isinstance(v, str) else str(v))
              for k, v in reduced.values.items()}
    if reduced.why == "lowest":
        text = Prediction.tr("no reduction from the lowest band (%1)")
        keys = ["band"]
    elif reduced.why == "not_considered":
        text, keys = Prediction.tr("not considered: it needs %1"), ["facts"]
    elif reduced.why == "blocked":
        text, keys = Prediction.tr("no reduction: %1 is yes"), ["fact"]
    elif reduced.why == "too_recent":
        text = Prediction.tr("no reduction: %1 is %2 full year(s) before the %3, fewer than %4")
        keys = ["fact", "years", "at", "needed"]
    elif reduced.why == "lowered":
        text = Prediction.tr("lowered from %1 to %2: %3 full years or more since the %4")
        keys = ["from", "to", "years", "facts"]
    else:
        return fact_words(reduced.how)
    for number, key in enumerate(keys, 1):
        text = text.replace(f"%{number}", values[key])
    return text


def header_suffix(result: Result) -> str:
    """' · probability 1.54% (no follow-up period stated) · reduced from Very high', or ''."""
    found = result.prediction
    if found is None:
        return ""
    text = " · " + Prediction.tr("probability %1 (no follow-up period stated)").replace(
        "%1", percent(found.probability))
    if found.reduced is not None and found.reduced.applied and found.base_band is not None:
        text += " · " + Prediction.tr("reduced from %1").replace("%1", found.base_band.label)
    if found.note:  # OSP/IIC's last rule: the result may be a defect in the published code
        text += " · " + Prediction.tr("see the note: a possible defect in the published code")
    return text


def total_html(result: Result) -> str:
    """The first line of the results for a form without a total (a hierarchy)."""
    return "<p>" + html.escape(
        Prediction.tr("No total: %1").replace("%1", result.form.primary.bands_note)) + "</p>"


def prediction_html(result: Result, used_sources: set[str]) -> str:
    form, found = result.form, result.prediction
    prob = form.probability
    if prob is None or found is None:
        return ""
    parts = [_heading(Prediction.tr("Probability"))]
    fraction = Prediction.tr("fraction %1").replace("%1", repr(found.probability))
    parts.append(f"<p><b>{html.escape(percent(found.probability))}</b> "
                 f"<span class='muted'>({html.escape(fraction)})</span></p>")
    parts.append(f'<p class="warn">{html.escape(prob.note)}</p>')
    if found.tier is not None:
        tier = prob.tiers[found.tier - 1]
        used_sources.add(tier.provenance.source)
        parts.append(
            "<p>" + html.escape(
                Prediction.tr("Decided by rule %1 of %2 (first match wins): %3.")
                .replace("%1", str(found.tier)).replace("%2", str(len(prob.tiers)))
                .replace("%3", tier_words(form, tier))
            ) + f" {html.escape(tier.band.description)} "
            f"{provenance_html(form, tier.provenance)}</p>"
        )
        if found.note:
            parts.append(f'<p class="warn"><b>{html.escape(Prediction.tr("Note:"))}</b> '
                         f"{html.escape(found.note)}</p>")
    else:
        assert prob.provenance is not None
        used_sources.add(prob.provenance.source)
        parts.append(
            '<p class="muted">' + html.escape(
                Prediction.tr("1 / (1 + e^-(%1 + %2 × total)), %3 at a total of 0.")
                .replace("%1", f"{prob.intercept:g}").replace("%2", f"{prob.slope:g}")
                .replace("%3", f"{prob.zero_total or 0:g}")
            ) + f" {provenance_html(form, prob.provenance)}</p>"
        )
    reduced, rule = found.reduced, form.reduction
    if reduced is not None and rule is not None:
        used_sources.add(rule.provenance.source)
        head = (Prediction.tr("Risk reduction applied:") if reduced.applied
                else Prediction.tr("No risk reduction:"))
        parts.append(_heading(Prediction.tr("Risk reduction")))
        parts.append(f"<p><b>{html.escape(head)}</b> {html.escape(reduction_words(reduced))}."
                     "</p>")
        parts.append(f'<p class="muted">{html.escape(rule.explanation)} '
                     f"{provenance_html(form, rule.provenance)}</p>")
    return "\n".join(parts)
