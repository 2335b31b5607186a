"""The one timing helper the benchmarks share (imported as ``timing``: a benchmark runs as a script
from tests/bench, which is then first on sys.path)."""

from __future__ import annotations

import statistics
import time


def timed(function, repeat: int = 3):
    """(median seconds, last result) over ``repeat`` runs."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result
