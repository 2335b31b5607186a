"""Who leads for the next residual seat, by each of the law's three methods.

Each function looks only at the lists that may take a seat by its method and returns the
highest value and every list that has it (``Leaders``), or None when no list may:

- ``by_largest_remainder`` (P 8, first sentence): lists with votes that reach 75 % of the
  quota and hold no largest-remainder seat yet; the value is the remainder of P 6. A list
  without a remainder still competes, with remainder 0 ("geacht het kleinste overschot").
- ``by_highest_average(one_per_list=True)`` (P 8, second sentence): lists with votes that hold
  no seat of this round yet; the value is votes / (seats held + 1).
- ``by_highest_average(one_per_list=False)`` (P 7): every list with votes.

A list without votes never takes a residual seat, and an exhausted list (no candidate left
for one more seat, P 10) is left out where the caller says so.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from fractions import Fraction

from kiosk.domain.seats.methods import HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST, LARGEST_REMAINDER
from kiosk.domain.seats.standing import Standing


@dataclass(frozen=True)
class Leaders:
    """The lists (in list-number order) that share the highest ``value`` by ``method``."""

    method: str
    value: Fraction
    lists: tuple[int, ...]


def by_largest_remainder(standings: Iterable[Standing], exhausted: Collection[int] = ()) -> Leaders | None:
    eligible = [
        s
        for s in standings
        if s.votes > 0 and s.meets_threshold and s.number not in exhausted and s.held(LARGEST_REMAINDER) == 0
    ]
    return _top(LARGEST_REMAINDER, eligible, lambda s: s.remainder)


def by_highest_average(
    standings: Iterable[Standing], exhausted: Collection[int] = (), *, one_per_list: bool
) -> Leaders | None:
    method = HIGHEST_AVERAGE_ONE_PER_LIST if one_per_list else HIGHEST_AVERAGE
    eligible = [
        s for s in standings if s.votes > 0 and s.number not in exhausted and not (one_per_list and s.held(method) > 0)
    ]
    return _top(method, eligible, lambda s: s.next_average)


def _top(method: str, eligible: list[Standing], value: Callable[[Standing], Fraction]) -> Leaders | None:
    if not eligible:
        return None
    best = max(value(s) for s in eligible)
    return Leaders(method, best, tuple(s.number for s in eligible if value(s) == best))
