"""A result's headline in words, the same in every view of the app (wizard header, review,
lock dialog, case table, trend). The decisions are core's (tally.core.headline); this module
only says them, through tr()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.core.headline import Headline as HeadlineData
from tally.core.headline import headline
from tally.core.model import Evidence
from tally.ui.i18n import TrContext

if TYPE_CHECKING:
    from tally.core.scoring import Result


Headline = TrContext("Headline")  # lupdate reads Headline.tr("...") literals


def no_level_text(line: HeadlineData, *, why: bool = True) -> str:
    """'No risk level: scoring criteria not met (why)'; without the why where a header has
    room for one line and the why is said just below it."""
    text = Headline.tr("No risk level: scoring criteria not met")
    return text + f" ({line.why})" if why and line.why else text


def levels_text(line: HeadlineData, *, evidence: bool = True, why: bool = True) -> str:
    """The level part only: every scale's band, or why there is none ("" when incomplete)."""
    if not line.complete:
        return ""
    if line.withheld:
        return no_level_text(line, why=why)
    if not line.has_bands:
        return Headline.tr("no risk categories published")
    parts = []
    for level in line.levels:
        band = level.band.label if level.band else "–"
        if evidence and level.evidence is Evidence.UNCONFIRMED:
            band += " " + Headline.tr("(unconfirmed cut-offs)")
        if line.several:
            band = Headline.tr("%1: %2, %3").replace("%1", level.scale_name).replace(
                "%2", str(level.total)).replace("%3", band)
        parts.append(band)
    return "; ".join(parts)


def headline_text(result: Result) -> str:
    """'Total 6 · Level IVb – ...' or 'Total 6 · No risk level: ...', one line."""
    line = headline(result)
    total = Headline.tr("Total %1").replace("%1", str(line.total))
    if not line.complete:
        return total + " · " + Headline.tr("incomplete, %1 missing").replace(
            "%1", str(line.missing))
    return total + " · " + levels_text(line)
