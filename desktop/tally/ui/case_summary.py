"""What the shell shows about a case's assessments: score, band and trend, computed with the
same scoring core the CLI uses (never a number stored on the side)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tally.core.facts import InputError
from tally.core.headline import headline
from tally.core.scoring import score
from tally.ui.headline_text import levels_text
from tally.ui.i18n import TrContext
from tally.ui.trend_chart import TrendPoint, TrendSeries

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.desk import Desk
    from tally.operations.rows import AssessmentMeta

TREND_FORMS = ("stable2007", "acute2007")
_C = "AssessmentStatus"
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("AssessmentStatus", "Draft"),
    "locked": QT_TRANSLATE_NOOP("AssessmentStatus", "Locked"),
    "signed": QT_TRANSLATE_NOOP("AssessmentStatus", "Signed"),
    "amended": QT_TRANSLATE_NOOP("AssessmentStatus", "Superseded by an amendment"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate(_C, STATUS_LABELS.get(status, status))


@dataclass(frozen=True)
class AssessmentLine:
    meta: AssessmentMeta
    form_name: str
    total: int | None
    complete: bool
    missing: int
    band: str  # band label with its evidence, or "" when none
    problem: str = ""  # why no score could be computed
    form_changed: bool = False  # scored with another version of the form file


CaseSummary = TrContext("CaseSummary")


def summarise(store: Desk, catalog: Catalog, case_pk: int) -> list[AssessmentLine]:
    """Every assessment of a case, newest first, with its total and band."""
    lines = []
    for meta in store.list_assessments(case_pk=case_pk):
        try:  # the form it was scored with: installed, or the database's kept copy
            form = catalog.form_of(meta.form_id, meta.form_hash)
        except KeyError:
            lines.append(AssessmentLine(meta, meta.form_id, None, False, 0, "",
                                        CaseSummary.tr("this instrument's form is not installed")))
            continue
        record = store.get_assessment(meta.id)
        data = record.scoring_input()
        try:
            result = score(form, data["items"], data["facts"])
        except InputError as exc:
            lines.append(AssessmentLine(meta, form.name, None, False, 0, "", str(exc)))
            continue
        line = headline(result)  # every scale's level, or why there is none
        band = levels_text(line) if line.has_bands else ""
        lines.append(AssessmentLine(
            meta, form.name, result.total, result.complete, len(result.missing), band,
            form_changed=bool(record.form_hash) and record.form_hash != form.content_hash,
        ))
    return lines


def trend(catalog: Catalog, lines: list[AssessmentLine]) -> list[TrendSeries]:
    """Complete, current (not superseded) STABLE-2007 and ACUTE-2007 totals by date."""
    series = []
    for form_id in TREND_FORMS:
        if form_id not in catalog:
            continue
        form = catalog.get(form_id)
        points = []
        for line in lines:
            if (line.meta.form_id != form_id or not line.complete or line.total is None
                    or line.meta.status == "amended"):
                continue
            try:
                when = date.fromisoformat(line.meta.assessment_date)
            except ValueError:
                continue
            points.append(TrendPoint(when, line.total, line.band))
        series.append(TrendSeries(form.name, points, form.primary.max_total))
    return series
