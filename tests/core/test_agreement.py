"""Agreement statistics against scikit-learn and pingouin on the same data (test-only libs)."""

from __future__ import annotations

import math
import random
import warnings

import pytest

from tally.core.agreement import AgreementError, cohen_kappa, icc_a1, percent_agreement

sklearn_metrics = pytest.importorskip("sklearn.metrics")
pd = pytest.importorskip("pandas")
pg = pytest.importorskip("pingouin")

ITEMS_A = [0, 1, 2, 2, 1, 0, 0, 2, 1, 1, 2, 0, 1]
ITEMS_B = [0, 2, 2, 1, 1, 0, 1, 2, 1, 0, 2, 0, 2]
BANDS_A = ["low", "moderate", "high", "moderate", "low", "high", "moderate", "low"]
BANDS_B = ["low", "moderate", "moderate", "moderate", "moderate", "high", "low", "low"]


def sk_kappa(a, b, weights=None, labels=None) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sklearn warns on 0/0 before returning nan
        return float(sklearn_metrics.cohen_kappa_score(a, b, weights=weights, labels=labels))


def pg_icc2(table) -> float:
    rows = [
        {"case": i, "rater": j, "total": value}
        for i, row in enumerate(table)
        for j, value in enumerate(row)
    ]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = pd.DataFrame(rows)
        icc = pg.intraclass_corr(frame, targets="case", raters="rater", ratings="total")
    by_type = icc.set_index("Type")["ICC"]
    # pingouin >= 0.7 names it ICC(A,1); older releases call the same row ICC2
    return float(by_type["ICC(A,1)"] if "ICC(A,1)" in by_type else by_type["ICC2"])


def test_percent_agreement() -> None:
    assert percent_agreement(ITEMS_A, ITEMS_B) == pytest.approx(8 / 13)
    assert percent_agreement([1, 1], [1, 1]) == 1.0
    assert percent_agreement(["a"], ["b"]) == 0.0


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_kappa_matches_sklearn_on_items(weights) -> None:
    ours = cohen_kappa(ITEMS_A, ITEMS_B, weights=weights, categories=[0, 1, 2])
    assert ours == pytest.approx(sk_kappa(ITEMS_A, ITEMS_B, weights, [0, 1, 2]), abs=1e-12)


def test_kappa_matches_sklearn_on_bands() -> None:
    assert cohen_kappa(BANDS_A, BANDS_B) == pytest.approx(sk_kappa(BANDS_A, BANDS_B), abs=1e-12)


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_kappa_matches_sklearn_on_random_data(weights) -> None:
    rng = random.Random(7)
    for _ in range(40):
        n = rng.randint(2, 30)
        a = [rng.choice([0, 1, 2]) for _ in range(n)]
        b = [x if rng.random() < 0.6 else rng.choice([0, 1, 2]) for x in a]
        expected = sk_kappa(a, b, weights, [0, 1, 2])
        ours = cohen_kappa(a, b, weights=weights, categories=[0, 1, 2])
        if math.isnan(expected):
            assert ours is None
        else:
            assert ours == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_kappa_perfect_agreement_is_one(weights) -> None:
    assert cohen_kappa(ITEMS_A, ITEMS_A, weights=weights) == 1.0
    assert sk_kappa(ITEMS_A, ITEMS_A, weights) == pytest.approx(1.0)


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_kappa_without_variance_is_undefined_not_an_error(weights) -> None:
    same = [1, 1, 1, 1]
    assert cohen_kappa(same, same, weights=weights, categories=[0, 1, 2]) is None
    assert math.isnan(sk_kappa(same, same, weights, [0, 1, 2]))
    assert percent_agreement(same, same) == 1.0


def test_kappa_one_constant_rater_is_defined() -> None:
    a, b = [1, 1, 1, 1], [1, 0, 1, 2]
    for weights in (None, "linear", "quadratic"):
        ours = cohen_kappa(a, b, weights=weights, categories=[0, 1, 2])
        assert ours == pytest.approx(sk_kappa(a, b, weights, [0, 1, 2]), abs=1e-12)
    assert cohen_kappa([0, 0], [2, 2], weights="linear", categories=[0, 1, 2]) == 0.0


def test_kappa_bad_input() -> None:
    with pytest.raises(AgreementError, match="same things"):
        cohen_kappa([1], [1, 2])
    with pytest.raises(AgreementError, match="no ratings"):
        cohen_kappa([], [])
    with pytest.raises(AgreementError, match="weights"):
        cohen_kappa([1], [1], weights="cubic")
    with pytest.raises(AgreementError, match="not one of the categories"):
        cohen_kappa([3], [1], categories=[0, 1, 2])
    with pytest.raises(AgreementError, match="repeat"):
        cohen_kappa([1], [1], categories=[1, 1])


TOTALS = [[9, 10], [4, 4], [14, 12], [7, 8], [2, 2], [11, 9], [5, 7]]


def test_icc_matches_pingouin() -> None:
    assert icc_a1(TOTALS) == pytest.approx(pg_icc2(TOTALS), abs=1e-10)


def test_icc_matches_pingouin_on_random_tables() -> None:
    rng = random.Random(11)
    for _ in range(25):
        n, k = rng.randint(3, 12), rng.randint(2, 4)
        base = [rng.randint(-3, 12) for _ in range(n)]
        table = [[v + rng.choice([-1, 0, 0, 1, 2]) for _ in range(k)] for v in base]
        assert icc_a1(table) == pytest.approx(pg_icc2(table), abs=1e-10)


def test_icc_systematic_offset_lowers_absolute_agreement() -> None:
    shifted = [[v, v + 2] for v, _ in TOTALS]
    ours = icc_a1(shifted)
    assert ours == pytest.approx(pg_icc2(shifted), abs=1e-10)
    assert ours is not None and ours < 1.0


def test_icc_perfect_agreement_is_one() -> None:
    table = [[v, v] for v, _ in TOTALS]
    assert icc_a1(table) == 1.0
    assert pg_icc2(table) == pytest.approx(1.0)


def test_icc_without_variance_is_undefined_not_an_error() -> None:
    flat = [[3, 3], [3, 3], [3, 3]]
    assert icc_a1(flat) is None
    assert math.isnan(pg_icc2(flat))
    # rows and columns with equal means but disagreement inside: denominator 0 as well
    assert icc_a1([[1, 2], [2, 1]]) is None


def test_icc_accepts_floats() -> None:
    table = [[1.5, 2.0], [3.25, 3.0], [0.5, 1.0]]
    assert icc_a1(table) == pytest.approx(pg_icc2(table), abs=1e-10)


def test_icc_bad_input() -> None:
    with pytest.raises(AgreementError, match="two subjects"):
        icc_a1([[1, 2]])
    with pytest.raises(AgreementError, match="two raters"):
        icc_a1([[1], [2]])
    with pytest.raises(AgreementError, match="gaps"):
        icc_a1([[1, 2], [3]])
