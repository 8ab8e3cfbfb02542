"""Medians, percent agreement and weighted kappa against values computed by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.evaluations.stats import agreement, median, percent_agreement, weighted_kappa

LEVELS = [1, 2, 3, 4]


def test_median_odd_even_and_empty():
    assert median([3, 1, 2]) == 2
    assert median([2, 3, 3, 4, 4, 4]) == 3.5
    assert median([]) is None


def test_linear_weighted_kappa_by_hand():
    # Margins: rater 1 uses 1,2,3,4 once; rater 2 uses 1 once, 2 twice, 4 once. n = 4.
    # Observed disagreement: |3-2| = 1. Expected: (6*1 + 4*2 + 6*1) / 4 = 5. kappa = 1 - 1/5.
    pairs = [(1, 1), (2, 2), (3, 2), (4, 4)]
    assert weighted_kappa(pairs, LEVELS) == pytest.approx(0.8)
    result = agreement(pairs, LEVELS)
    assert result.exact_percent == 75.0
    assert result.within_one_percent == 100.0
    assert result.pairs == 4


def test_quadratic_weighted_kappa_by_hand():
    # Observed: (3-2)^2 = 1. Expected: column sums of (i-j)^2 over i=1..4:
    # j=1: 0+1+4+9 = 14; j=2: 1+0+1+4 = 6 (twice); j=4: 14. (14 + 12 + 14) / 4 = 10.
    pairs = [(1, 1), (2, 2), (3, 2), (4, 4)]
    assert weighted_kappa(pairs, LEVELS, "quadratic") == pytest.approx(0.9)


def test_kappa_undefined_when_one_level_only():
    assert weighted_kappa([(3, 3), (3, 3)], LEVELS) is None
    assert weighted_kappa([], LEVELS) is None
    assert percent_agreement([]) is None


pairs_strategy = st.lists(st.tuples(st.integers(1, 4), st.integers(1, 4)), min_size=1, max_size=30)


@given(pairs_strategy)
def test_kappa_is_symmetric_and_at_most_one(pairs):
    kappa = weighted_kappa(pairs, LEVELS)
    swapped = weighted_kappa([(b, a) for a, b in pairs], LEVELS)
    if kappa is None:
        assert swapped is None
    else:
        assert kappa == pytest.approx(swapped)
        assert kappa <= 1 + 1e-9


@given(st.lists(st.integers(1, 4), min_size=1, max_size=30))
def test_perfect_agreement_gives_kappa_one_or_none(levels):
    kappa = weighted_kappa([(x, x) for x in levels], LEVELS)
    if len(set(levels)) > 1:
        assert kappa == pytest.approx(1.0)
    else:
        assert kappa is None


@given(pairs_strategy)
def test_exact_never_above_within_one(pairs):
    assert percent_agreement(pairs, 0) <= percent_agreement(pairs, 1) <= 100


@given(st.lists(st.integers(1, 4), min_size=1, max_size=30))
def test_median_between_min_and_max(values):
    assert min(values) <= median(values) <= max(values)
