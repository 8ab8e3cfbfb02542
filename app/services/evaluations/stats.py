"""Plain statistics for observation grids: medians, agreement between two raters, weighted kappa.

Pure functions over integers, no database: easy to check by hand and with property tests.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction


def median(values: Sequence[int]) -> float | None:
    """The median (the mean of the two middle values for an even count); None when empty."""
    if not values:
        return None
    return float(statistics.median(values))


@dataclass(frozen=True)
class Agreement:
    pairs: int  # pairs of ratings compared (same member, competence and day, two raters)
    exact_percent: float | None  # share of pairs with the same level
    within_one_percent: float | None  # share of pairs at most one level apart
    kappa: float | None  # weighted kappa, None when it cannot be computed


def percent_agreement(pairs: Sequence[tuple[int, int]], tolerance: int = 0) -> float | None:
    """Share (0-100) of pairs whose two levels are at most `tolerance` apart."""
    if not pairs:
        return None
    close = sum(1 for a, b in pairs if abs(a - b) <= tolerance)
    return 100.0 * close / len(pairs)


def weighted_kappa(
    pairs: Sequence[tuple[int, int]], levels: Sequence[int], weights: str = "linear"
) -> float | None:
    """Cohen's weighted kappa for two raters (first and second of each pair).

    kappa = 1 - sum(w * observed) / sum(w * expected), with disagreement weights |i - j|
    ("linear") or (i - j)^2 ("quadratic"); expected counts come from the two raters' margins.
    None when there are no pairs or when chance alone predicts no disagreement (one level used).
    """
    if not pairs:
        return None
    levels = sorted(set(levels) | {a for a, _ in pairs} | {b for _, b in pairs})
    n = len(pairs)

    def weight(i: int, j: int) -> int:
        return abs(i - j) if weights == "linear" else (i - j) ** 2

    first = {level: 0 for level in levels}
    second = {level: 0 for level in levels}
    observed = Fraction(0)
    for a, b in pairs:
        first[a] += 1
        second[b] += 1
        observed += weight(a, b)
    expected = Fraction(0)
    for i in levels:
        for j in levels:
            expected += Fraction(weight(i, j) * first[i] * second[j], n)
    if expected == 0:
        return None
    return float(1 - observed / expected)


def agreement(pairs: Sequence[tuple[int, int]], levels: Sequence[int]) -> Agreement:
    return Agreement(
        pairs=len(pairs),
        exact_percent=percent_agreement(pairs, 0),
        within_one_percent=percent_agreement(pairs, 1),
        kappa=weighted_kappa(pairs, levels),
    )
