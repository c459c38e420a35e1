"""What a headline says about a result, the same in every view (wizard, case table, review,
lock, trend, verify, report): each scale's level, or why no level may be given.

- A form with a named rule (RM2000/S) headlines its final category.
- A form with several scales that each have bands (ACUTE-2007) headlines every one of them,
  so the higher concern is never hidden behind the other.
- When an applicability check withholds the level (Static-99R, CSEM-only, criteria not met),
  the total stays and no level appears anywhere: `withheld` names the reason, `why` says it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tally.core.model import Band, Evidence

if TYPE_CHECKING:
    from tally.core.scoring import Result

NO_LEVEL = "no risk level: scoring criteria not met"


@dataclass(frozen=True)
class Level:
    """One scale's part of a headline."""

    scale_id: str
    scale_name: str
    total: int
    band: Band | None  # None: incomplete, no bands, or withheld
    evidence: Evidence | None


@dataclass(frozen=True)
class Headline:
    total: int
    complete: bool
    missing: int
    levels: tuple[Level, ...]  # what to show, in the form's order
    withheld: str = ""  # the reason id when no level may be shown
    why: str = ""  # the form's sentence saying why
    has_bands: bool = True  # False: the instrument publishes no levels (CPORT, CASIC)

    @property
    def several(self) -> bool:
        return len(self.levels) > 1

    def plain(self) -> str:
        """English, for the CLI and the report: 'Total 4 · Sexual/violent ...: 4, High; ...'."""
        head = f"Total {self.total}"
        if not self.complete:
            return f"{head} · incomplete, {self.missing} missing"
        if self.withheld:
            return f"{head} · {NO_LEVEL} ({self.why})"
        if not self.has_bands:
            return f"{head} · no risk categories published"
        parts = []
        for level in self.levels:
            band = level.band.label if level.band else "–"
            if level.evidence is Evidence.UNCONFIRMED:
                band += " (unconfirmed cut-offs)"
            parts.append(f"{level.scale_name}: {level.total}, {band}" if self.several else band)
        return f"{head} · " + "; ".join(parts)


def headline(result: Result) -> Headline:
    form = result.form
    banded = [s for s in form.scales if s.bands]
    levels: tuple[Level, ...]
    if form.rule is not None or len(banded) <= 1:
        scale = form.primary
        levels = (Level(scale.id, scale.name, result.total, result.band, result.band_evidence),)
    else:
        levels = tuple(
            Level(s.id, s.name, result.scales[s.id].total, band,
                  band.provenance.evidence if band else None)
            for s in banded for band in (result.scales[s.id].band,)
        )
    return Headline(
        total=result.total, complete=result.complete, missing=len(result.missing),
        levels=levels, withheld=result.band_withheld, why=result.band_withheld_why,
        has_bands=bool(banded),
    )
