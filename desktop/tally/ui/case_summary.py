"""What the shell shows about a case's assessments: score, band and trend, computed with the
same scoring core the CLI uses (never a number stored on the side)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tally.core.facts import InputError
from tally.core.headline import headline
from tally.core.model import Evidence
from tally.core.scoring import score
from tally.ui.headline_text import levels_text
from tally.ui.i18n import TrContext
from tally.ui.trend_chart import BandLine, TrendPoint, TrendSeries

if TYPE_CHECKING:
    from tally.core.catalog import Catalog
    from tally.operations.desk import Desk
    from tally.operations.rows import AssessmentMeta, VoidNote

TREND_FORMS = ("stable2007", "acute2007")
_C = "AssessmentStatus"
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("AssessmentStatus", "Draft"),
    "locked": QT_TRANSLATE_NOOP("AssessmentStatus", "Locked"),
    "signed": QT_TRANSLATE_NOOP("AssessmentStatus", "Signed"),
    "amended": QT_TRANSLATE_NOOP("AssessmentStatus", "Superseded by an amendment"),
    "void": QT_TRANSLATE_NOOP("AssessmentStatus", "Void"),
}
NOT_COUNTED = ("amended", "void")  # superseded, or voided: out of the totals and the trend


def status_label(status: str) -> str:
    return QCoreApplication.translate(_C, STATUS_LABELS.get(status, status))


def status_word(status: str) -> str:
    """The status inside a sentence ("version 1 · locked"), in the interface's language."""
    label = status_label(status)
    return label[:1].lower() + label[1:]


def void_text(note: VoidNote) -> str:
    """One line on a void: when, by whom, why, and what it means for the case."""
    text = QCoreApplication.translate(
        "AssessmentStatus", "Voided on %1 by %2: %3. Kept on record; never exported, not "
        "counted in the case's totals or trend.")
    return text.replace("%1", note.voided_at[:10]).replace("%2", note.voided_by).replace(
        "%3", note.reason)


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
    """Complete, current (neither superseded nor void) STABLE-2007 and ACUTE-2007 totals by
    date."""
    series = []
    for form_id in TREND_FORMS:
        if form_id not in catalog:
            continue
        form = catalog.get(form_id)
        points = []
        for line in lines:
            if (line.meta.form_id != form_id or not line.complete or line.total is None
                    or line.meta.status in NOT_COUNTED):
                continue
            try:
                when = date.fromisoformat(line.meta.assessment_date)
            except ValueError:
                continue
            points.append(TrendPoint(when, line.total, line.band))
        bands = [BandLine(b.min, b.label, b.provenance.evidence is Evidence.UNCONFIRMED)
                 for b in form.primary.bands[1:]]
        series.append(TrendSeries(form.name, points, form.primary.max_total, bands))
    return series
