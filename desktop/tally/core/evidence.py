"""What a reader is told about the support behind a number, in one place for every surface.

The wizard, the results screen, `tally forms show` and the PDF report all call these, so a
number resting only on a talk or a blog reads the same everywhere, and a local confirmation
(from a verified review, applied outside core) is shown wherever the evidence mark appears.
"""

from __future__ import annotations

from tally.core.model import Evidence, Provenance

WEAK_WARNING = "supported only by a talk or third-party source"


def level_word(level: Evidence) -> str:
    """The evidence level as printed in marks: UNCONFIRMED shouts, the others do not."""
    return level.value.upper() if level is Evidence.UNCONFIRMED else level.value


def support_warning(prov: Provenance) -> str:
    """The warning to show beside a number, or "" when its support needs none."""
    return WEAK_WARNING if prov.weak_only else ""


def mark(prov: Provenance) -> str:
    """Plain-text evidence mark: level, sources with their kind, warning, local confirmation.

    e.g. "seed; talk (talk); supported only by a talk or third-party source"."""
    parts = [level_word(prov.evidence)]
    kinds = [k.label for k in prov.kinds]
    parts.append(", ".join(
        f"{key} ({kind})" if kind else key
        for key, kind in zip(prov.sources, kinds + [""] * len(prov.sources), strict=False)
    ))
    warning = support_warning(prov)
    if warning:
        parts.append(warning)
    if prov.local is not None:
        parts.append(prov.local.text())
    return "; ".join(parts)
