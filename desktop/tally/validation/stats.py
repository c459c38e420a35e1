"""The statistics of local validation, each a small function over numpy arrays.

Discrimination: the AUC (scikit-learn) with a DeLong 95 % CI for a fixed follow-up, and
Harrell's C over variable follow-up. Calibration against a norms table: the expected/observed
ratio with an exact Poisson CI (SciPy), and a logistic intercept and slope (statsmodels).
Incremental validity: a Cox model (lifelines). Every library loads inside the function that
needs it, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

Z95 = 1.959963984540054  # the standard normal 97.5th percentile
DAYS_PER_YEAR = 365.25
UNSTABLE_BELOW = 10  # events: fewer than this and an estimate is called unstable


def window_sample(
    days: np.ndarray, event: np.ndarray, years: float
) -> tuple[np.ndarray, np.ndarray]:
    """Rows usable for a fixed follow-up of `years`, and their positive class.

    Usable: an event within the window (positive), or at least the window's length of
    follow-up without one (negative). Shorter follow-up without an event says nothing.
    """
    window = years * DAYS_PER_YEAR
    positive = event.astype(bool) & (days <= window)
    usable = positive | (days >= window)
    return usable, positive[usable]


@dataclass(frozen=True)
class Auc:
    auc: float | None
    ci: tuple[float, float] | None
    n: int
    events: int


def auc_with_ci(scores: np.ndarray, positive: np.ndarray) -> Auc:
    """AUC of the scores for the positive class (scikit-learn), with a DeLong 95 % CI.

    None when one class is absent; no CI when a class has a single member (no variance).
    """
    scores = np.asarray(scores, dtype=float)
    positive = np.asarray(positive, dtype=bool)
    n, events = len(scores), int(positive.sum())
    if events == 0 or events == n:
        return Auc(None, None, n, events)
    from sklearn.metrics import roc_auc_score

    auc = float(roc_auc_score(positive, scores))
    variance = delong_variance(scores[positive], scores[~positive])
    ci = None
    if variance is not None:
        half = Z95 * float(np.sqrt(variance))
        ci = (max(0.0, auc - half), min(1.0, auc + half))
    return Auc(auc, ci, n, events)


def delong_variance(pos: np.ndarray, neg: np.ndarray) -> float | None:
    """DeLong's variance of the AUC from midranks (Sun & Xu 2014), O(n log n)."""
    from scipy.stats import rankdata

    m, k = len(pos), len(neg)
    if m < 2 or k < 2:
        return None
    combined = rankdata(np.concatenate([pos, neg]))
    v10 = (combined[:m] - rankdata(pos)) / k  # per positive: share of negatives below it
    v01 = 1.0 - (combined[m:] - rankdata(neg)) / m  # per negative: share of positives above
    return float(np.var(v10, ddof=1) / m + np.var(v01, ddof=1) / k)


def harrell_c(scores: np.ndarray, days: np.ndarray, event: np.ndarray) -> float | None:
    """Harrell's C: higher score = earlier event; tied scores count one half.

    A pair is comparable when one man had the event before the other left follow-up, or had
    it on the day the other was censored (lifelines' convention). None without such a pair.
    Vectorised over the distinct scores, so 100,000 rows take milliseconds.
    """
    scores = np.asarray(scores, dtype=float)
    days = np.asarray(days, dtype=float)
    event = np.asarray(event, dtype=bool)
    if not event.any():
        return None
    values, codes = np.unique(scores, return_inverse=True)
    event_days, event_codes = days[event], codes[event]
    # later[j, c]: men with score value c still followed after event j's day;
    # same_day[j, c]: men with score c censored on event j's day
    later = np.empty((len(event_days), len(values)), dtype=np.int64)
    same_day = np.empty_like(later)
    for c in range(len(values)):
        all_c = np.sort(days[codes == c])
        censored_c = np.sort(days[(codes == c) & ~event])
        later[:, c] = len(all_c) - np.searchsorted(all_c, event_days, side="right")
        same_day[:, c] = (np.searchsorted(censored_c, event_days, side="right")
                          - np.searchsorted(censored_c, event_days, side="left"))
    partners = later + same_day
    pairs = int(partners.sum())
    if pairs == 0:
        return None
    below = np.cumsum(partners, axis=1) - partners  # partners with a lower score
    rows = np.arange(len(event_days))
    concordant = below[rows, event_codes].sum()
    tied = partners[rows, event_codes].sum()
    return float((concordant + 0.5 * tied) / pairs)


def poisson_ci(count: int, level: float = 0.95) -> tuple[float, float]:
    """Exact (Garwood) CI for a Poisson count, from chi-square quantiles."""
    from scipy.stats import chi2

    alpha = 1.0 - level
    low = 0.0 if count == 0 else float(chi2.ppf(alpha / 2, 2 * count) / 2)
    high = float(chi2.ppf(1 - alpha / 2, 2 * count + 2) / 2)
    return low, high


@dataclass(frozen=True)
class Calibration:
    expected: float
    observed: int
    n: int
    eo: float | None  # expected / observed
    eo_ci: tuple[float, float] | None
    intercept: float | None  # local logit at the median score
    intercept_ci: tuple[float, float] | None
    slope: float | None  # local change in logit per point
    slope_ci: tuple[float, float] | None
    norms_intercept: float | None  # the same two numbers implied by the norms table
    norms_slope: float | None
    median_score: float | None


def calibration(
    scores: np.ndarray, positive: np.ndarray, expected_rate: Mapping[int, float]
) -> Calibration:
    """Compare observed outcomes with a norms table's expected rates for the same scores.

    E/O: the sum of the expected rates over the observed count, its CI from the exact
    Poisson CI of the observed count. Logistic: logit P(event) = a + b (score - median),
    fitted with statsmodels, beside the a and b the norms imply (their logit rates
    regressed on the score, weighted by how many men have each score here).
    """
    scores = np.asarray(scores, dtype=float)
    positive = np.asarray(positive, dtype=bool)
    n, observed = len(scores), int(positive.sum())
    known = np.array([int(s) in expected_rate for s in scores], dtype=bool)
    if n == 0 or not known.all():
        missing = sorted({int(s) for s in scores[~known]})
        raise ValueError(f"the norms table has no expected rate for the score(s) {missing}")
    expected = float(sum(expected_rate[int(s)] for s in scores))
    eo = eo_ci = None
    if observed > 0:
        eo = expected / observed
        low, high = poisson_ci(observed)
        eo_ci = (expected / high, expected / low)
    median = float(np.median(scores))
    intercept = slope = None
    intercept_ci = slope_ci = None
    if 0 < observed < n and len(np.unique(scores)) > 1:
        intercept, slope, intercept_ci, slope_ci = _logistic(scores - median, positive)
    norms_intercept, norms_slope = _norms_line(scores, median, expected_rate)
    return Calibration(expected, observed, n, eo, eo_ci, intercept, intercept_ci, slope,
                       slope_ci, norms_intercept, norms_slope, median)


def _logistic(x: np.ndarray, y: np.ndarray) -> tuple[float, float, Any, Any]:
    import warnings

    import statsmodels.api as sm
    from statsmodels.tools.sm_exceptions import PerfectSeparationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PerfectSeparationWarning)
        fit = sm.GLM(y.astype(float), sm.add_constant(x, has_constant="add"),
                     family=sm.families.Binomial()).fit()
    ci = np.asarray(fit.conf_int(0.05))
    return (float(fit.params[0]), float(fit.params[1]),
            (float(ci[0, 0]), float(ci[0, 1])), (float(ci[1, 0]), float(ci[1, 1])))


def _norms_line(
    scores: np.ndarray, median: float, expected_rate: Mapping[int, float]
) -> tuple[float | None, float | None]:
    values, counts = np.unique(scores, return_counts=True)
    rates = np.array([expected_rate[int(v)] for v in values])
    ok = (rates > 0) & (rates < 1)
    if ok.sum() < 2:
        return None, None
    logits = np.log(rates[ok] / (1 - rates[ok]))
    x, w = values[ok] - median, counts[ok].astype(float)
    slope, intercept = np.polyfit(x, logits, 1, w=np.sqrt(w))
    return float(intercept), float(slope)


@dataclass(frozen=True)
class Hazard:
    hr: float
    ci: tuple[float, float]
    p: float


@dataclass(frozen=True)
class Incremental:
    static_form: str
    dynamic_form: str
    n: int
    events: int
    static_alone: Hazard | None  # HR per point of the static total, alone
    dynamic_adjusted: Hazard | None  # HR per point of the dynamic total, static in the model
    static_adjusted: Hazard | None
    problem: str = ""


def cox_incremental(
    static: np.ndarray, dynamic: np.ndarray, days: np.ndarray, event: np.ndarray,
    static_form: str, dynamic_form: str,
) -> Incremental:
    """Does the dynamic total add to the static one? Cox (lifelines, Efron ties)."""
    event = np.asarray(event, dtype=bool)
    n, events = len(days), int(event.sum())
    if events == 0:
        return Incremental(static_form, dynamic_form, n, 0, None, None, None,
                           "no events: no hazard ratio")
    if len(np.unique(static)) < 2 or len(np.unique(dynamic)) < 2:
        return Incremental(static_form, dynamic_form, n, events, None, None, None,
                           "a total does not vary: no hazard ratio")
    import pandas as pd

    frame = pd.DataFrame({"static": np.asarray(static, dtype=float),
                          "dynamic": np.asarray(dynamic, dtype=float),
                          "days": np.maximum(np.asarray(days, dtype=float), 0.5),
                          "event": event.astype(int)})
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            alone = _cox(frame[["static", "days", "event"]])
            both = _cox(frame)
        except Exception as exc:  # lifelines raises its own convergence errors
            return Incremental(static_form, dynamic_form, n, events, None, None, None,
                               f"the Cox model did not converge ({type(exc).__name__})")
    doubt = any("convergence" in type(w.message).__name__.lower() for w in caught)
    return Incremental(static_form, dynamic_form, n, events, alone["static"],
                       both["dynamic"], both["static"],
                       "the Cox fit may not be unique (separation or too few events)"
                       if doubt else "")


def _cox(frame: Any) -> dict[str, Hazard]:
    from lifelines import CoxPHFitter

    # batch mode: faster with the many tied durations of whole days, same estimates
    fit = CoxPHFitter().fit(frame, duration_col="days", event_col="event", batch_mode=True)
    summary = fit.summary
    return {
        name: Hazard(float(summary.loc[name, "exp(coef)"]),
                     (float(summary.loc[name, "exp(coef) lower 95%"]),
                      float(summary.loc[name, "exp(coef) upper 95%"])),
                     float(summary.loc[name, "p"]))
        for name in summary.index
    }


@dataclass(frozen=True)
class Pooled:
    k: int
    n: int
    fixed: float
    fixed_ci: tuple[float, float]
    random: float
    random_ci: tuple[float, float]
    q: float
    i2: float  # percent
    tau2: float


def pool_aucs(aucs: Sequence[float], variances: Sequence[float], ns: Sequence[int]) -> Pooled:
    """Fixed- and random-effects (DerSimonian-Laird) pooled AUC with Q and I² (statsmodels)."""
    from statsmodels.stats.meta_analysis import combine_effects

    effects = np.asarray(aucs, dtype=float)
    var = np.asarray(variances, dtype=float)
    import warnings

    with warnings.catch_warnings():  # statsmodels divides by zero for I² when Q = 0
        warnings.simplefilter("ignore", RuntimeWarning)
        result = combine_effects(effects, var, method_re="dl", use_t=False)
        frame = result.summary_frame(alpha=0.05)
    fixed = frame.loc["fixed effect"]
    tau2 = float(result.tau2)
    # statsmodels 0.14-0.15 leaves the DerSimonian-Laird tau² negative when Q < k - 1; the
    # estimator truncates it at 0, where the random-effects estimate is the fixed-effect one
    random = frame.loc["random effect"] if tau2 > 0 else fixed
    tau2 = max(tau2, 0.0)
    k = len(effects)
    q = float(result.q)
    i2 = max(0.0, (q - (k - 1)) / q) * 100.0 if q > 0 else 0.0
    return Pooled(
        k=k, n=int(sum(ns)), fixed=float(fixed["eff"]),
        fixed_ci=(float(fixed["ci_low"]), float(fixed["ci_upp"])),
        random=float(random["eff"]),
        random_ci=(float(random["ci_low"]), float(random["ci_upp"])),
        q=q, i2=i2, tau2=tau2,
    )
