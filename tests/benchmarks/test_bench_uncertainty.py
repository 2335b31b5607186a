"""The benchmark's uncertainty helpers (tests/bench/uncertainty.py)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.bench.uncertainty import _binomial_cdf, by_group, error_upper_bound, page_bootstrap


def test_no_errors_gives_the_rule_of_three():
    # 0 of n: the bound solves (1 - p)^n = 0.05, about 3/n.
    n = 1915
    assert error_upper_bound(0, n) == pytest.approx(1 - 0.05 ** (1 / n), rel=1e-6)
    assert error_upper_bound(0, n) == pytest.approx(3 / n, rel=0.01)


def test_known_value_for_one_error():
    # Clopper-Pearson one-sided 95 %, 1 of 1 915: P(X <= 1) = 0.05 at p = 4.7439 / n (Poisson limit).
    assert error_upper_bound(1, 1915) == pytest.approx(4.7439 / 1915, rel=0.01)


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 400).flatmap(lambda n: st.tuples(st.integers(0, n - 1), st.just(n))))
def test_bound_is_where_the_tail_is_five_percent(case):
    errors, n = case
    bound = error_upper_bound(errors, n)
    assert errors / n <= bound <= 1
    assert _binomial_cdf(errors, n, bound) == pytest.approx(0.05, abs=1e-6)
    assert error_upper_bound(errors + 1, n) >= bound  # more errors, a higher bound


def test_binomial_cdf_against_direct_sum():
    n, p = 30, 0.2
    direct = sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(6))
    assert _binomial_cdf(5, n, p) == pytest.approx(direct, rel=1e-12)


def test_bad_counts_are_refused():
    with pytest.raises(ValueError):
        error_upper_bound(5, 3)
    with pytest.raises(ValueError):
        page_bootstrap([1, 2], [3])
    with pytest.raises(ValueError):
        page_bootstrap([], [])
    with pytest.raises(ValueError):
        by_group([1, 2], [3, 4], ["a"])


def test_bootstrap_interval_holds_the_rate_and_narrows_with_pages():
    hits, totals = [9, 10, 7, 10, 10] * 8, [10] * 40
    low, high = page_bootstrap(hits, totals)
    assert low <= sum(hits) / sum(totals) <= high
    wide = page_bootstrap(hits[:10], totals[:10])
    assert (high - low) < (wide[1] - wide[0])
    assert page_bootstrap([10] * 5, [10] * 5) == (1.0, 1.0)  # no variation, no width


def test_pages_add_up_per_writer_in_order_of_appearance():
    hits, totals = by_group([9, 4, 10, 5], [10, 10, 10, 10], [7, 2, 7, 2])
    assert (hits, totals) == ([19, 9], [20, 20])


def test_a_writer_whose_glyph_fails_on_every_page_widens_the_interval():
    # 8 writers, 5 pages each; writer 0 loses 5 fields of 10 on every page, the others 0 or 1 per page.
    hits = [5 if w == 0 else (10 if p % 2 else 9) for w in range(8) for p in range(5)]
    totals, writers = [10] * 40, [w for w in range(8) for _ in range(5)]
    over_pages = page_bootstrap(hits, totals)
    over_writers = page_bootstrap(*by_group(hits, totals, writers))
    rate = sum(hits) / sum(totals)
    assert over_writers[0] <= rate <= over_writers[1]
    assert over_writers[1] - over_writers[0] > over_pages[1] - over_pages[0]
