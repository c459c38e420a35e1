"""The de-identified research export, its data dictionary, and pooling of site files.

One CSV row per locked assessment with follow-up. A man is a random study id, new for every
export (so two exports cannot be linked, and never the case id); follow-up and outcomes are
durations in days from the start of follow-up; no date, no free text, no case key leaves.
Rows are written in study-id order, so not even the order of the cases in the database shows.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tally.validation import stats
from tally.validation.analysis import AssessmentRow
from tally.validation.outcomes import OUTCOME_LABELS, OUTCOMES

FIXED_COLUMNS = (
    "study_id", "instrument", "form_version", "total", "band", "group",
    "static99r_criteria", "index_assessment", "followup_days", "sexual_recidivism",
)
OTHER_OUTCOMES = tuple(o for o in OUTCOMES if o != "sexual_recidivism")
OUTCOME_COLUMNS = tuple(c for o in OTHER_OUTCOMES for c in (f"{o}_days", o))
TAIL_COLUMNS = ("synthetic_outcomes",)


def days_column(outcome: str) -> str:
    return "followup_days" if outcome == "sexual_recidivism" else f"{outcome}_days"


def _group(row: AssessmentRow) -> str:
    if "csem_only" in row.groups:
        return "csem_only"
    return "mixed" if "mixed" in row.groups else "unknown"


def _criteria(row: AssessmentRow) -> str:
    if "static99r_criteria_met" in row.groups:
        return "met"
    return "not_met" if "static99r_criteria_not_met" in row.groups else "unknown"


def item_columns(item_ids: Mapping[str, Sequence[str]]) -> list[str]:
    """`instrument.item` for every item of every instrument, in form order."""
    return [f"{form}.{item}" for form, items in item_ids.items() for item in items]


def research_rows(
    rows: Iterable[AssessmentRow], item_ids: Mapping[str, Sequence[str]]
) -> tuple[list[str], list[dict[str, Any]]]:
    """The export's header and rows (dicts of column -> value)."""
    items = item_columns(item_ids)
    header = [*FIXED_COLUMNS, *OUTCOME_COLUMNS, *items, *TAIL_COLUMNS]
    study: dict[int, str] = {}
    used: set[str] = set()
    out = []
    for row in rows:
        if row.case_key not in study:
            while True:
                sid = "S" + secrets.token_hex(5)
                if sid not in used:
                    break
            used.add(sid)
            study[row.case_key] = sid
        sexual = row.durations["sexual_recidivism"]
        values: dict[str, Any] = {
            "study_id": study[row.case_key], "instrument": row.instrument,
            "form_version": row.form_version, "total": row.total, "band": row.band or "",
            "group": _group(row), "static99r_criteria": _criteria(row),
            "index_assessment": int(row.index), "followup_days": sexual.days,
            "sexual_recidivism": int(sexual.event),
        }
        for outcome in OTHER_OUTCOMES:
            values[f"{outcome}_days"] = row.durations[outcome].days
            values[outcome] = int(row.durations[outcome].event)
        for item, points in row.items.items():
            column = f"{row.instrument}.{item}"
            if column in header:
                values[column] = "" if points is None else points
        values["synthetic_outcomes"] = int(row.synthetic)
        out.append(values)
    out.sort(key=lambda v: (v["study_id"], v["instrument"]))
    return header, out


def write_export(
    path: Path, rows: Iterable[AssessmentRow], item_ids: Mapping[str, Sequence[str]]
) -> tuple[int, Path]:
    """Write FILE.csv and FILE.dictionary.txt beside it; returns (rows written, dictionary)."""
    header, records = research_rows(rows, item_ids)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    dictionary = path.with_name(path.stem + ".dictionary.txt")
    _atomic_write(path, buffer.getvalue())
    _atomic_write(dictionary, data_dictionary(header, item_ids,
                                              any(r["synthetic_outcomes"] for r in records)))
    return len(records), dictionary


def _atomic_write(path: Path, text: str) -> None:
    """Write beside, then rename: a crash leaves the old file or the new one, never half."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def data_dictionary(
    header: Sequence[str], item_ids: Mapping[str, Sequence[str]], synthetic: bool
) -> str:
    lines = [
        "Tally research export: data dictionary",
        "",
        "One row per locked assessment (the current version of each) of a man whose follow-up",
        "has ended. No names, case ids, dates or free text are included. Durations are whole",
        "days from the start of follow-up (release, or the assessment date when he was assessed",
        "in the community).",
        "",
    ]
    if synthetic:
        lines += ["SYNTHETIC: rows with synthetic_outcomes = 1 carry synthetic demo follow-up,",
                  "generated by Tally, not observed recidivism. Never use them as evidence.", ""]
    described = {
        "study_id": "random id of the man, new for every export; the same within one file",
        "instrument": "form id (cport, casic, rm2000s, static99r, stable2007, acute2007, ...)",
        "form_version": "version of the form the assessment was scored with",
        "total": "total score of the primary scale, as Tally computes it",
        "band": "risk band or category id (blank when the form has none or withholds it)",
        "group": "csem_only, mixed (CSEM and contact sexual offending) or unknown",
        "static99r_criteria": "met, not_met (CSEM-only, no production, no contact) or unknown",
        "index_assessment": "1 for the one assessment per man and instrument that the "
                            "validation uses (the latest on or before the start of follow-up, "
                            "else the earliest after it); 0 for re-scorings",
        "followup_days": "days at risk for any sexual recidivism: to the first any-sexual "
                         "event, or to the end of follow-up",
        "sexual_recidivism": "1 if an any-sexual event (sexual, contact sexual or CSEM) "
                             "ended followup_days, else 0",
        "synthetic_outcomes": "1 if the follow-up is synthetic demo data, else 0",
    }
    for outcome in OTHER_OUTCOMES:
        described[f"{outcome}_days"] = f"days at risk for {OUTCOME_LABELS[outcome]}"
        described[outcome] = (f"1 if {OUTCOME_LABELS[outcome]} ended {outcome}_days "
                              f"(event types: {', '.join(sorted(OUTCOMES[outcome]))}), else 0")
    lines.append("Columns:")
    items = set(item_columns(item_ids))
    for column in header:
        if column in items:
            continue
        lines.append(f"  {column}: {described[column]}")
    lines += ["", "Item columns (points as printed on the coding form, blank when the row is "
              "another instrument or the item was not scored):"]
    for form, ids in item_ids.items():
        lines.append(f"  {form}: " + ", ".join(f"{form}.{i}" for i in ids))
    lines += ["", "Event types recorded: sexual (any sexual, type unknown), contact_sexual, "
              "csem, violent (non-sexual violence), any (any other offence); each event's "
              "basis is a charge or a conviction.", ""]
    return "\n".join(lines)


# ------------------------------------------------------------------ pooling site files


class SiteFileError(ValueError):
    """A site file that cannot be pooled: one line naming the file and the problem."""


@dataclass(frozen=True)
class SiteAuc:
    site: str
    instrument: str
    n: int
    events: int
    auc: float | None
    variance: float | None


@dataclass(frozen=True)
class PooledRow:
    instrument: str
    sites: tuple[SiteAuc, ...]
    pooled: stats.Pooled | None
    note: str = ""


REQUIRED = ("instrument", "total")


def read_site(path: Path, outcome: str, years: float, group: str = "all") -> list[SiteAuc]:
    """Per instrument, the site's AUC and its DeLong variance, from a research export."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SiteFileError(f"{path}: cannot read it ({exc.strerror})") from None
    reader = csv.DictReader(io.StringIO(text))
    columns = reader.fieldnames or []
    need = [*REQUIRED, days_column(outcome), outcome]
    missing = [c for c in need if c not in columns]
    if missing:
        raise SiteFileError(f"{path}: not a research export (no column {', '.join(missing)})")
    per: dict[str, list[tuple[float, float, bool]]] = {}
    for number, rec in enumerate(reader, start=2):
        if rec.get("index_assessment", "1") == "0":
            continue
        if group != "all" and group not in (rec.get("group"), _criteria_group(rec)):
            continue
        try:
            total = float(rec["total"])
            days = float(rec[days_column(outcome)])
            event = {"0": False, "1": True}[rec[outcome].strip()]
        except (KeyError, ValueError, TypeError):
            raise SiteFileError(f"{path}: line {number} has a bad total, duration or "
                                f"{outcome} value") from None
        per.setdefault(rec["instrument"], []).append((total, days, event))
    site = path.stem
    out = []
    for instrument, values in sorted(per.items()):
        arr = np.array(values, dtype=float)
        usable, positive = stats.window_sample(arr[:, 1], arr[:, 2].astype(bool), years)
        scores = arr[usable, 0]
        auc = stats.auc_with_ci(scores, positive)
        var = (stats.delong_variance(scores[positive], scores[~positive])
               if auc.auc is not None else None)
        out.append(SiteAuc(site, instrument, auc.n, auc.events, auc.auc, var))
    return out


def _criteria_group(rec: Mapping[str, str]) -> str:
    value = rec.get("static99r_criteria", "")
    return {"met": "static99r_criteria_met", "not_met": "static99r_criteria_not_met"}.get(
        value, "")


def pool_sites(sites: Sequence[Sequence[SiteAuc]]) -> list[PooledRow]:
    """Pool each instrument over the sites that have an AUC with a variance."""
    by_instrument: dict[str, list[SiteAuc]] = {}
    for site in sites:
        for entry in site:
            by_instrument.setdefault(entry.instrument, []).append(entry)
    rows = []
    for instrument, entries in sorted(by_instrument.items()):
        usable = [e for e in entries if e.auc is not None and e.variance]
        left = [e.site for e in entries if e not in usable]
        note = (f"left out (no AUC or no variance: too few events or non-events): "
                f"{', '.join(left)}" if left else "")
        pooled = None
        if usable:
            pooled = stats.pool_aucs([e.auc for e in usable],  # type: ignore[misc]
                                     [e.variance for e in usable],  # type: ignore[misc]
                                     [e.n for e in usable])
        rows.append(PooledRow(instrument, tuple(entries), pooled, note))
    return rows
