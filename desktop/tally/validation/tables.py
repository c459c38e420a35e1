"""The validation report and the pooled table as rows of text, for the terminal, the CSV, the
PDF and the screen alike: one layout, so they never disagree."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tally.validation.analysis import GROUP_LABELS, GroupResult
from tally.validation.outcomes import OUTCOME_LABELS
from tally.validation.stats import UNSTABLE_BELOW

if TYPE_CHECKING:
    from tally.validation.research import PooledRow
    from tally.validation.stats import Incremental

RESULT_HEADERS = ("Instrument", "Group", "N", "Events", "Follow-up, years (mean)",
                  "AUC [95% CI]", "AUC sample (N / events)", "Harrell's C", "Calibration",
                  "Notes")
POOL_HEADERS = ("Predictor", "Fixed-effect AUC", "95% CI", "Random-effects AUC", "95% CI",
                "K", "N", "Q", "I²")
INCREMENTAL_HEADERS = ("Dynamic over static", "N", "Events", "Static alone: HR per point",
                       "Dynamic (static in the model): HR per point", "Notes")


def f2(value: float | None) -> str:
    """Two decimals with the leading zero dropped, as the field prints AUCs (.75)."""
    if value is None:
        return "—"
    text = f"{value:.2f}"
    return text[1:] if text.startswith("0.") else text


def ci(pair: Sequence[float] | None) -> str:
    return "—" if pair is None else f"[{f2(pair[0])}, {f2(pair[1])}]"


def title(outcome: str, years: float) -> str:
    return (f"Local validation: {OUTCOME_LABELS.get(outcome, outcome)}; AUC at {years:g} "
            "years of follow-up, Harrell's C over all follow-up")


def synthetic_banner() -> str:
    return ("SYNTHETIC OUTCOMES: this database's follow-up is synthetic demo data, not observed "
            "recidivism. These figures are a demonstration, not evidence.")


def calibration_text(result: GroupResult) -> str:
    cal = result.calibration
    if cal is None:
        return result.calibration_note
    parts = [f"E/O {f2(cal.eo)} {ci(cal.eo_ci)} (E {cal.expected:.1f}, O {cal.observed})"]
    if cal.intercept is not None:
        parts.append(f"intercept {cal.intercept:.2f} (norms {_num(cal.norms_intercept)}), "
                     f"slope {cal.slope:.2f} (norms {_num(cal.norms_slope)})")
    return "; ".join(parts) + f" {result.calibration_note}"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def result_row(result: GroupResult) -> list[str]:
    auc = result.auc
    notes = list(result.notes)
    if result.n == 0:
        notes = ["no men in this group"]
    elif auc.auc is not None and auc.events < UNSTABLE_BELOW <= result.events:
        notes.append(f"AUC from {auc.events} event(s): unstable")
    return [
        result.instrument, GROUP_LABELS.get(result.group, result.group), str(result.n),
        str(result.events),
        "—" if result.followup_years_mean is None else f"{result.followup_years_mean:.1f}",
        "—" if auc.auc is None else f"{f2(auc.auc)} {ci(auc.ci)}",
        f"{auc.n} / {auc.events}", f2(result.c_index),
        calibration_text(result) if result.n else "", "; ".join(notes),
    ]


def incremental_row(inc: Incremental) -> list[str]:
    def hazard(h: object) -> str:
        if h is None:
            return "—"
        return f"{h.hr:.2f} [{h.ci[0]:.2f}, {h.ci[1]:.2f}], p = {h.p:.3f}"  # type: ignore[attr-defined]

    notes = [inc.problem] if inc.problem else []
    if inc.events < UNSTABLE_BELOW:
        notes.append(f"{inc.events} event(s): unstable")
    return [f"{inc.dynamic_form} over {inc.static_form}", str(inc.n), str(inc.events),
            hazard(inc.static_alone), hazard(inc.dynamic_adjusted), "; ".join(notes)]


def pooled_row(row: PooledRow) -> list[str]:
    p = row.pooled
    if p is None:
        return [row.instrument, "—", "—", "—", "—", "0", "0", "—", "—"]
    return [row.instrument, f2(p.fixed), ci(p.fixed_ci), f2(p.random), ci(p.random_ci),
            str(p.k), f"{p.n:,}", f"{p.q:.2f}", f"{p.i2:.1f}"]


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]
    return "\n".join(lines)
