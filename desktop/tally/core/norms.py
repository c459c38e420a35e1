"""Norms tables: for each possible total, where a man stands among a named norm group.

A row gives any of a percentile (with its confidence interval), a relative risk ratio and an
expected recidivism rate (with its interval). A table names its norm group, sample size,
follow-up, outcome and base rate, and carries a source and evidence like every number. The
loader refuses a table whose rows do not cover the scale's whole range, once each. Tally ships
no table that was not read in full in a source; a local review may add one (operations/).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tally.core.model import Provenance, Scale

if TYPE_CHECKING:
    from tally.core.model import Form
    from tally.core.scoring import Result

NO_TABLE = "no estimate: no verified norms table"

TABLE_KEYS = {"id", "scale", "name", "norm_group", "sample_size", "follow_up", "outcome",
              "base_rate", "rows", "source", "evidence", "evidence_note", "local"}
ROW_KEYS = {"score", "min", "max", "percentile", "percentile_ci", "risk_ratio", "rate",
            "rate_ci"}


@dataclass(frozen=True)
class NormRow:
    min: int
    max: int
    percentile: float | None = None
    percentile_ci: tuple[float, float] | None = None
    risk_ratio: float | None = None
    rate: float | None = None  # expected recidivism rate, per cent
    rate_ci: tuple[float, float] | None = None

    def covers(self, total: int) -> bool:
        return self.min <= total <= self.max


@dataclass(frozen=True)
class NormsTable:
    id: str
    scale: str
    name: str
    norm_group: str
    sample_size: int
    follow_up: str
    outcome: str
    base_rate: str
    rows: tuple[NormRow, ...]
    provenance: Provenance

    def row_for(self, total: int) -> NormRow | None:
        return next((row for row in self.rows if row.covers(total)), None)


def _number(r, raw: Mapping[str, Any], key: str, where: str, lo: float, hi: float | None):
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise r.fail(where, f"'{key}' must be a number, got {value!r}")
    if value < lo or (hi is not None and value > hi):
        top = f" to {hi:g}" if hi is not None else " or more"
        raise r.fail(where, f"'{key}' must be {lo:g}{top}, got {value!r}")
    return float(value)


def _interval(r, raw, key: str, value: float | None, where: str, hi: float | None):
    ci = raw.get(key)
    if ci is None:
        return None
    if value is None:
        raise r.fail(where, f"'{key}' given without its value")
    if not isinstance(ci, list) or len(ci) != 2:
        raise r.fail(where, f"'{key}' must be [low, high]")
    low = _number(r, {"v": ci[0]}, "v", f"{where} {key}", 0, hi)
    high = _number(r, {"v": ci[1]}, "v", f"{where} {key}", 0, hi)
    if low is None or high is None or not low <= value <= high:
        raise r.fail(where, f"'{key}' {ci!r} must run from low to high around {value:g}")
    return (low, high)


def _row(r, raw: Mapping[str, Any], where: str, top: int) -> NormRow:
    unknown = sorted(set(raw) - ROW_KEYS)
    if unknown:
        raise r.fail(where, f"unknown key {unknown[0]!r} in norms row")
    if "score" in raw:
        if "min" in raw or "max" in raw:
            raise r.fail(where, "give either 'score' or 'min'/'max', not both")
        lo = hi = r.integer(raw, "score", where)
    else:
        lo = r.integer(raw, "min", where)
        hi = r.integer(raw, "max", where, required=False)
        hi = top if hi is None else hi
        if hi < lo:
            raise r.fail(where, f"max {hi} is below min {lo}")
    percentile = _number(r, raw, "percentile", where, 0, 100)
    risk_ratio = _number(r, raw, "risk_ratio", where, 0, None)
    rate = _number(r, raw, "rate", where, 0, 100)
    if percentile is None and risk_ratio is None and rate is None:
        raise r.fail(where, "a row needs a percentile, a risk ratio or a rate")
    return NormRow(
        lo, hi, percentile, _interval(r, raw, "percentile_ci", percentile, where, 100),
        risk_ratio, rate, _interval(r, raw, "rate_ci", rate, where, 100),
    )


def parse_table(r, raw: Mapping[str, Any], index: int, scales: Mapping[str, Scale],
                primary: str, citations) -> NormsTable:
    """One [[norms]] table; `r` is the loader's reader (its fail() names the file)."""
    table_id = r.ident(raw, "id", f"norms {index}")
    where = f"norms '{table_id}'"
    unknown = sorted(set(raw) - TABLE_KEYS)
    if unknown:
        raise r.fail(where, f"unknown key {unknown[0]!r} in norms table")
    scale_id = raw.get("scale", primary)
    if scale_id not in scales:
        raise r.fail(where, f"unknown scale {scale_id!r}")
    scale = scales[scale_id]
    for key in ("norm_group", "follow_up", "outcome", "base_rate"):
        if key not in raw:
            raise r.fail(where, f"missing '{key}': a norms table must say it")
    size = r.integer(raw, "sample_size", where)
    if size < 1:
        raise r.fail(where, f"'sample_size' must be 1 or more, got {size}")
    prov = r.provenance(raw, where, citations)
    rows_raw = r.tables(raw, "rows", where)
    rows = [_row(r, row, f"{where} row {i}", scale.max_total) for i, row in enumerate(rows_raw, 1)]
    rows.sort(key=lambda row: row.min)
    expected = scale.min_total
    if rows[0].min != expected:
        raise r.fail(where, f"rows start at {rows[0].min}, but scale '{scale.id}' runs from "
                            f"{expected}")
    for row in rows:
        if row.min > expected:
            raise r.fail(where, f"gap: no row covers {expected} to {row.min - 1}")
        if row.min < expected:
            raise r.fail(where, f"two rows cover {row.min}")
        expected = row.max + 1
    if expected - 1 != scale.max_total:
        raise r.fail(where, f"rows end at {expected - 1}, but scale '{scale.id}' runs to "
                            f"{scale.max_total}")
    return NormsTable(
        table_id, scale_id, r.text(raw, "name", where), r.text(raw, "norm_group", where), size,
        r.text(raw, "follow_up", where), r.text(raw, "outcome", where),
        r.text(raw, "base_rate", where), tuple(rows), prov,
    )


def _range(lo: float, hi: float) -> str:
    return f"{lo:g} to {hi:g}"


def row_text(table: NormsTable, row: NormRow, total: int) -> str:
    """The man's row in words, with the norm group, follow-up, outcome and base rate."""
    parts = []
    if row.percentile is not None:
        ci = f" (95% CI {_range(*row.percentile_ci)})" if row.percentile_ci else ""
        parts.append(f"percentile {row.percentile:g}{ci}")
    if row.risk_ratio is not None:
        parts.append(f"relative risk ratio {row.risk_ratio:g}")
    if row.rate is not None:
        ci = f" (95% CI {_range(*row.rate_ci)}%)" if row.rate_ci else ""
        parts.append(f"expected rate {row.rate:g}%{ci} of {table.outcome} within {table.follow_up}")
    scores = str(total) if row.min == row.max else f"{total} (row {row.min} to {row.max})"
    return (f"Score {scores}: {'; '.join(parts)}. Norm group: {table.norm_group} "
            f"(N = {table.sample_size:,}), followed up {table.follow_up}. "
            f"Base rate: {table.base_rate}")


@dataclass(frozen=True)
class NormsLine:
    """What results and reports print for one table (or the lack of one)."""

    table: NormsTable | None
    text: str


def norms_lines(form: Form, result: Result) -> list[NormsLine]:
    """The man's row in each of the form's tables, or one line saying there is no estimate."""
    if not form.norms:
        return [NormsLine(None, NO_TABLE)]
    lines = []
    for table in form.norms:
        found = result.scales[table.scale]
        if result.band_withheld:  # the instrument does not apply: no level, so no rate either
            lines.append(NormsLine(table, f"{table.name}: no estimate: the scoring criteria "
                                          "are not met."))
            continue
        if not found.complete or found.not_scored:
            why = ("the scale is incomplete" if not found.complete
                   else "an item is not scored, and the table is for the whole scale")
            lines.append(NormsLine(table, f"{table.name}: no estimate: {why}."))
            continue
        row = table.row_for(found.total)
        assert row is not None  # the loader checked that the rows cover the whole range
        lines.append(NormsLine(table, f"{table.name}: {row_text(table, row, found.total)}"))
    return lines
