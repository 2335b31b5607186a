"""How far a benchmark's rates can be trusted: a bound for rare errors, an interval for coverage.

A benchmark of a few hundred pages measures a silent-error rate from a handful of errors, or none: the
rate alone says little. `error_upper_bound` gives the one-sided exact (Clopper–Pearson) bound: the
highest true rate that would still produce this few errors with probability ≥ 1 − confidence.
Coverage errors cluster by page and writer, so `page_bootstrap` resamples whole pages; `by_group` first
adds the pages up per writer, so that the same bootstrap resamples whole writers. A benchmark's writers
reuse their glyphs on every page they write, so one writer's unusual glyph costs fields on all of them:
the interval over writers is the honest one for "another set of writers", and it is wider.
"""

from __future__ import annotations

import math

import numpy as np


def _binomial_cdf(k: int, n: int, p: float) -> float:
    """P(X ≤ k) for X ~ Binomial(n, p)."""
    if p <= 0.0:
        return 1.0
    if p >= 1.0:
        return 1.0 if k >= n else 0.0
    log_p, log_q = math.log(p), math.log1p(-p)
    terms = [
        math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q
        for i in range(k + 1)
    ]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))


def error_upper_bound(errors: int, trials: int, confidence: float = 0.95) -> float:
    """One-sided Clopper–Pearson upper bound of a rate seen as ``errors`` out of ``trials``."""
    if trials <= 0:
        return 1.0
    if not 0 <= errors <= trials:
        raise ValueError(f"errors must be within 0..{trials}, got {errors}")
    if errors == trials:
        return 1.0
    low, high = errors / trials, 1.0
    for _ in range(100):  # bisection: the CDF falls as p rises
        mid = (low + high) / 2
        if _binomial_cdf(errors, trials, mid) > 1 - confidence:
            low = mid
        else:
            high = mid
    return high


def by_group(hits: list[int], totals: list[int], groups: list) -> tuple[list[int], list[int]]:
    """Per-page tallies → per-group tallies (groups in order of first appearance)."""
    if not len(hits) == len(totals) == len(groups):
        raise ValueError("one hit count, one total and one group per page")
    summed: dict = {}
    for h, t, g in zip(hits, totals, groups):
        hit, total = summed.get(g, (0, 0))
        summed[g] = (hit + h, total + t)
    return [h for h, _ in summed.values()], [t for _, t in summed.values()]


def page_bootstrap(
    hits: list[int], totals: list[int], confidence: float = 0.95, rounds: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """(low, high) of sum(hits) / sum(totals) over pages resampled with replacement."""
    h, t = np.asarray(hits, float), np.asarray(totals, float)
    if len(h) != len(t) or len(h) == 0:
        raise ValueError("one hit count and one total per page, at least one page")
    picks = np.random.default_rng(seed).integers(0, len(h), size=(rounds, len(h)))
    sums = t[picks].sum(axis=1)
    rates = np.divide(h[picks].sum(axis=1), sums, out=np.zeros(rounds), where=sums > 0)
    tail = (1 - confidence) / 2
    low, high = np.quantile(rates, [tail, 1 - tail])
    return float(low), float(high)
