"""Inter-rater agreement: percent agreement, Cohen's kappa (plain and weighted), ICC(A,1).

Pure Python with exact arithmetic (fractions), so a perfect agreement is exactly 1.0 and a
zero denominator is detected exactly rather than as a rounding remnant.

Conventions (the same as scikit-learn and pingouin where those are defined):

- `percent_agreement` is the share of pairs that agree, 0.0 to 1.0.
- `cohen_kappa` is Cohen's (1960) kappa; with `weights="linear"` or `"quadratic"` Cohen's
  (1968) weighted kappa, the weight of a disagreement growing with the distance between the
  categories' positions in `categories` (default: the sorted categories seen). Kappa is
  **undefined (None)** when chance agreement is total, i.e. both raters used one and the same
  category for every pair: there is nothing to agree on beyond chance (scikit-learn returns
  NaN there). Percent agreement still says how often they matched.
- `icc_a1` is McGraw & Wong's (1996) ICC(A,1): two-way model, absolute agreement, single
  rater (pingouin's ICC2, Shrout & Fleiss ICC(2,1)). Rows are subjects (cases), columns are
  raters. It is **undefined (None)** when its denominator is zero, which happens when there is
  no variance between subjects or raters (e.g. every rating is the same number).

Empty or ragged input is an AgreementError (a ValueError with one clear line), never a
ZeroDivisionError.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from fractions import Fraction
from numbers import Real

WEIGHTS = (None, "linear", "quadratic")


class AgreementError(ValueError):
    """Input the statistics cannot use; str() is one line for the user."""


def _pairs(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    if len(a) != len(b):
        raise AgreementError(f"the two raters must rate the same things: {len(a)} vs {len(b)}")
    if not a:
        raise AgreementError("no ratings to compare")
    return len(a)


def percent_agreement(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Share of positions where both raters gave the same value (0.0 to 1.0)."""
    n = _pairs(a, b)
    return float(Fraction(sum(1 for x, y in zip(a, b, strict=True) if x == y), n))


def _weight(i: int, j: int, k: int, weights: str | None) -> Fraction:
    if weights is None:
        return Fraction(0 if i == j else 1)
    distance = Fraction(abs(i - j), max(k - 1, 1))
    return distance if weights == "linear" else distance * distance


def cohen_kappa(
    a: Sequence[Hashable],
    b: Sequence[Hashable],
    *,
    weights: str | None = None,
    categories: Sequence[Hashable] | None = None,
) -> float | None:
    """Cohen's kappa of two raters; None when undefined (see the module docstring)."""
    if weights not in WEIGHTS:
        raise AgreementError(f"weights must be None, 'linear' or 'quadratic', got {weights!r}")
    n = _pairs(a, b)
    if categories is None:
        categories = sorted(set(a) | set(b))  # type: ignore[type-var]
    index = {c: i for i, c in enumerate(categories)}
    if len(index) != len(categories):
        raise AgreementError("categories must not repeat")
    unknown = [v for v in (*a, *b) if v not in index]
    if unknown:
        raise AgreementError(f"rating {unknown[0]!r} is not one of the categories")
    k = len(categories)
    observed = [[0] * k for _ in range(k)]
    for x, y in zip(a, b, strict=True):
        observed[index[x]][index[y]] += 1
    row = [sum(observed[i]) for i in range(k)]
    col = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    disagreement = Fraction(0)
    expected = Fraction(0)
    for i in range(k):
        for j in range(k):
            w = _weight(i, j, k, weights)
            disagreement += w * observed[i][j]
            expected += w * Fraction(row[i] * col[j], n)
    if expected == 0:
        return None  # chance agreement is total: kappa is 0/0
    return float(1 - disagreement / expected)


def icc_a1(ratings: Sequence[Sequence[Real]]) -> float | None:
    """ICC(A,1) of a subjects x raters table; None when undefined (see the module docstring)."""
    n = len(ratings)
    if n < 2:
        raise AgreementError("ICC needs at least two subjects (cases)")
    k = len(ratings[0])
    if k < 2:
        raise AgreementError("ICC needs at least two raters")
    if any(len(r) != k for r in ratings):
        raise AgreementError("every subject must be rated by every rater (no gaps)")
    x = [[Fraction(v) for v in r] for r in ratings]  # type: ignore[call-overload]  # ints, floats
    grand = sum(sum(r) for r in x) / (n * k)
    row_means = [sum(r) / k for r in x]
    col_means = [sum(x[i][j] for i in range(n)) / n for j in range(k)]
    ss_rows = k * sum((m - grand) ** 2 for m in row_means)
    ss_cols = n * sum((m - grand) ** 2 for m in col_means)
    ss_total = sum((v - grand) ** 2 for r in x for v in r)
    ss_error = ss_total - ss_rows - ss_cols
    ms_rows = ss_rows / (n - 1)
    ms_cols = ss_cols / (k - 1)
    ms_error = ss_error / ((n - 1) * (k - 1))
    denominator = ms_rows + (k - 1) * ms_error + Fraction(k, n) * (ms_cols - ms_error)
    if denominator == 0:
        return None  # no variance between subjects or raters to compare against
    return float((ms_rows - ms_error) / denominator)
