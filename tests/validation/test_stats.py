"""Every statistic against an independent computation on fixed data.

Implementation and oracle never share a method: the AUC (scikit-learn) against a pairwise
Mann-Whitney count, DeLong's variance from midranks against placement values counted pair by
pair, Harrell's C (vectorised here) against lifelines, the exact Poisson CI (chi-square
quantiles) against root-finding on the Poisson CDF, the logistic calibration (statsmodels
IRLS) against a direct likelihood maximisation, the Cox model (lifelines) against
statsmodels' PHReg, and the pooled AUCs (statsmodels) against DerSimonian-Laird by hand.
"""

from __future__ import annotations

import numpy as np
import pytest

from tally.validation import stats

# fixed synthetic data: 40 men, totals 0-6 with many ties, follow-up days, events
RNG = np.random.default_rng(20260101)
SCORES = RNG.integers(0, 7, 40).astype(float)
DAYS = RNG.integers(30, 3650, 40).astype(float)
EVENTS = RNG.random(40) < (0.1 + SCORES / 10)


def pairwise_auc(scores: np.ndarray, positive: np.ndarray) -> float:
    pos, neg = scores[positive], scores[~positive]
    diff = pos[:, None] - neg[None, :]
    return float(((diff > 0) + 0.5 * (diff == 0)).mean())


def placement_variance(pos: np.ndarray, neg: np.ndarray) -> float:
    psi = lambda a, b: 1.0 if a > b else 0.5 if a == b else 0.0  # noqa: E731
    v10 = [np.mean([psi(x, y) for y in neg]) for x in pos]
    v01 = [np.mean([psi(x, y) for x in pos]) for y in neg]
    return float(np.var(v10, ddof=1) / len(pos) + np.var(v01, ddof=1) / len(neg))


def test_auc_and_delong_ci_match_pairwise_counts() -> None:
    positive = EVENTS
    result = stats.auc_with_ci(SCORES, positive)
    assert result.n == 40 and result.events == int(positive.sum())
    assert result.auc == pytest.approx(pairwise_auc(SCORES, positive), abs=1e-12)
    se = np.sqrt(placement_variance(SCORES[positive], SCORES[~positive]))
    assert result.ci == pytest.approx((result.auc - 1.959964 * se, result.auc + 1.959964 * se),
                                      abs=1e-6)


def test_auc_edge_cases() -> None:
    none = stats.auc_with_ci(SCORES, np.zeros(40, dtype=bool))
    assert (none.auc, none.ci, none.n, none.events) == (None, None, 40, 0)
    every = stats.auc_with_ci(SCORES, np.ones(40, dtype=bool))
    assert (every.auc, every.ci, every.events) == (None, None, 40)
    tied = stats.auc_with_ci(np.full(40, 3.0), EVENTS)  # every score tied: chance exactly
    assert tied.auc == 0.5
    one = np.zeros(40, dtype=bool)
    one[SCORES.argmax()] = True
    single = stats.auc_with_ci(SCORES, one)  # one positive: an AUC, but no variance
    assert single.auc == pytest.approx(pairwise_auc(SCORES, one)) and single.ci is None
    empty = stats.auc_with_ci(np.array([]), np.array([], dtype=bool))
    assert (empty.auc, empty.n) == (None, 0)
    perfect = stats.auc_with_ci(np.array([0, 0, 1, 1.0]), np.array([0, 0, 1, 1], dtype=bool))
    assert perfect.auc == 1.0 and perfect.ci == (1.0, 1.0)


def test_window_sample_keeps_events_within_and_long_follow_up() -> None:
    days = np.array([100, 2000, 1000, 1900, 1826.25, 3000])
    event = np.array([1, 1, 0, 0, 0, 1], dtype=bool)
    usable, positive = stats.window_sample(days, event, 5)
    # event at 100 (in), event at 2000 (after 5 y: a negative), 1000 d no event (out),
    # 1900 no event (negative), exactly 5 years (negative), event at 3000 (negative)
    assert usable.tolist() == [True, True, False, True, True, True]
    assert positive.tolist() == [True, False, False, False, False]


def test_harrell_c_matches_lifelines_with_ties() -> None:
    from lifelines.utils import concordance_index

    rng = np.random.default_rng(7)
    for n in (2, 5, 40, 300):
        for _ in range(15):
            scores = rng.integers(0, 4, n).astype(float)
            days = rng.integers(0, 12, n).astype(float)  # many tied times
            event = rng.random(n) < 0.5
            ours = stats.harrell_c(scores, days, event)
            try:
                theirs = concordance_index(days, -scores, event)
            except ZeroDivisionError:
                theirs = None
            assert (ours is None) == (theirs is None)
            if ours is not None:
                assert ours == pytest.approx(theirs, abs=1e-12)
    assert stats.harrell_c(SCORES, DAYS, EVENTS) == pytest.approx(
        concordance_index(DAYS, -SCORES, EVENTS), abs=1e-12)


def test_harrell_c_edge_cases() -> None:
    assert stats.harrell_c(SCORES, DAYS, np.zeros(40, dtype=bool)) is None  # no events
    assert stats.harrell_c(np.full(40, 2.0), DAYS, EVENTS) == 0.5  # every score tied
    # all events on one day: no pair is comparable
    assert stats.harrell_c(SCORES[:3], np.array([5.0, 5, 5]), np.ones(3, dtype=bool)) is None
    # all events, distinct days, higher score earlier: perfectly concordant
    assert stats.harrell_c(np.array([3.0, 2, 1]), np.array([1.0, 2, 3]),
                           np.ones(3, dtype=bool)) == 1.0


def test_exact_poisson_ci_matches_root_finding() -> None:
    from scipy.optimize import brentq
    from scipy.stats import poisson

    for count in (0, 1, 4, 10, 57):
        low, high = stats.poisson_ci(count)
        want_high = brentq(lambda mu, c=count: poisson.cdf(c, mu) - 0.025, 1e-9, 500)
        assert high == pytest.approx(want_high, rel=1e-7)
        if count == 0:
            assert low == 0.0
        else:
            want_low = brentq(lambda mu, c=count: poisson.sf(c - 1, mu) - 0.025, 1e-9, 500)
            assert low == pytest.approx(want_low, rel=1e-7)


NORMS = {s: 0.02 + 0.03 * s for s in range(7)}  # a made-up expected-rate table, 0-6


def test_calibration_eo_and_logistic_against_direct_computation() -> None:
    from scipy.optimize import minimize
    from scipy.special import expit

    cal = stats.calibration(SCORES, EVENTS, NORMS)
    expected = sum(NORMS[int(s)] for s in SCORES)
    observed = int(EVENTS.sum())
    assert cal.expected == pytest.approx(expected) and cal.observed == observed
    assert cal.eo == pytest.approx(expected / observed)
    low, high = stats.poisson_ci(observed)
    assert cal.eo_ci == pytest.approx((expected / high, expected / low))
    median = float(np.median(SCORES))
    assert cal.median_score == median
    x, y = SCORES - median, EVENTS.astype(float)

    def nll(beta: np.ndarray) -> float:
        p = np.clip(expit(beta[0] + beta[1] * x), 1e-12, 1 - 1e-12)
        return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).sum())

    fit = minimize(nll, np.zeros(2), method="Nelder-Mead",
                   options={"xatol": 1e-10, "fatol": 1e-12, "maxiter": 20000})
    assert cal.intercept == pytest.approx(fit.x[0], abs=1e-4)
    assert cal.slope == pytest.approx(fit.x[1], abs=1e-4)
    assert cal.intercept_ci[0] < cal.intercept < cal.intercept_ci[1]
    assert cal.slope_ci[0] < cal.slope < cal.slope_ci[1]
    # the norms' own line: logit of the rates, least squares weighted by men per score
    values, counts = np.unique(SCORES, return_counts=True)
    logits = np.log([NORMS[int(v)] / (1 - NORMS[int(v)]) for v in values])
    design = np.column_stack([np.ones(len(values)), values - median])
    w = np.sqrt(counts)  # least squares weighted by the men per score
    coef = np.linalg.lstsq(design * w[:, None], logits * w, rcond=None)[0]
    assert cal.norms_intercept == pytest.approx(coef[0]) and cal.norms_slope == pytest.approx(
        coef[1])


def test_calibration_edge_cases() -> None:
    none = stats.calibration(SCORES, np.zeros(40, dtype=bool), NORMS)
    assert none.eo is None and none.eo_ci is None and none.intercept is None
    assert none.expected == pytest.approx(sum(NORMS[int(s)] for s in SCORES))
    with pytest.raises(ValueError, match=r"no expected rate for the score\(s\) \[6\]"):
        stats.calibration(np.array([6.0, 1]), np.array([1, 0], dtype=bool), {1: 0.1})


def test_cox_incremental_matches_statsmodels_phreg() -> None:
    import statsmodels.api as sm

    rng = np.random.default_rng(3)
    n = 300
    static = rng.integers(0, 8, n).astype(float)
    dynamic = np.clip(static + rng.integers(-3, 6, n), 0, 26).astype(float)
    hazard = 0.0002 * np.exp(0.25 * static + 0.08 * dynamic)
    days = np.minimum(rng.exponential(1 / hazard), 3000).round()
    event = days < 3000
    result = stats.cox_incremental(static, dynamic, days, event, "static99r", "stable2007")
    assert result.n == n and result.events == int(event.sum())
    fit = sm.PHReg(np.maximum(days, 0.5), np.column_stack([static, dynamic]),
                   status=event.astype(int), ties="efron").fit()
    hr = np.exp(fit.params)
    ci = np.exp(fit.conf_int())
    assert result.static_adjusted.hr == pytest.approx(hr[0], rel=1e-4)
    assert result.dynamic_adjusted.hr == pytest.approx(hr[1], rel=1e-4)
    assert result.dynamic_adjusted.ci == pytest.approx(tuple(ci[1]), rel=1e-4)
    alone = sm.PHReg(np.maximum(days, 0.5), static[:, None], status=event.astype(int),
                     ties="efron").fit()
    assert result.static_alone.hr == pytest.approx(np.exp(alone.params[0]), rel=1e-4)


def test_cox_incremental_edge_cases() -> None:
    s = np.array([1.0, 2, 3, 4])
    none = stats.cox_incremental(s, s, np.array([5.0, 6, 7, 8]), np.zeros(4, dtype=bool),
                                 "a", "b")
    assert none.dynamic_adjusted is None and "no events" in none.problem
    flat = stats.cox_incremental(s, np.full(4, 2.0), np.array([5.0, 6, 7, 8]),
                                 np.array([1, 0, 1, 0], dtype=bool), "a", "b")
    assert flat.dynamic_adjusted is None and "does not vary" in flat.problem


def test_pooled_aucs_match_dersimonian_laird_by_hand() -> None:
    # the talk's CPORT row pooled five studies; these are made-up site figures
    aucs = np.array([0.75, 0.71, 0.79, 0.68, 0.80])
    var = np.array([0.0016, 0.0025, 0.0009, 0.0036, 0.0020])
    ns = [300, 250, 400, 200, 261]
    pooled = stats.pool_aucs(aucs, var, ns)
    w = 1 / var
    fixed = (w * aucs).sum() / w.sum()
    q = (w * (aucs - fixed) ** 2).sum()
    k = len(aucs)
    tau2 = max(0.0, (q - (k - 1)) / (w.sum() - (w**2).sum() / w.sum()))
    wr = 1 / (var + tau2)
    random = (wr * aucs).sum() / wr.sum()
    se_f, se_r = np.sqrt(1 / w.sum()), np.sqrt(1 / wr.sum())
    assert pooled.k == 5 and pooled.n == sum(ns)
    assert pooled.fixed == pytest.approx(fixed)
    assert pooled.fixed_ci == pytest.approx((fixed - 1.959964 * se_f, fixed + 1.959964 * se_f))
    assert pooled.q == pytest.approx(q) and pooled.tau2 == pytest.approx(tau2)
    assert pooled.i2 == pytest.approx(max(0.0, (q - (k - 1)) / q) * 100)
    assert pooled.random == pytest.approx(random)
    assert pooled.random_ci == pytest.approx((random - 1.959964 * se_r,
                                              random + 1.959964 * se_r))


def test_pooling_homogeneous_sites_gives_i2_zero() -> None:
    pooled = stats.pool_aucs([0.7, 0.7], [0.002, 0.003], [100, 90])
    assert pooled.q == pytest.approx(0.0) and pooled.i2 == 0.0
    assert pooled.fixed == pytest.approx(0.7) and pooled.random == pytest.approx(0.7)
