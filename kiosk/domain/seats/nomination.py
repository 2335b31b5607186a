"""Which candidates take a list's seats (Kieswet P 15, P 17 and P 19a).

- Preference votes first (P 15): a candidate with more votes than the preference threshold
  -- 25 % of the quota with 19 seats or more, 50 % below (exactly the threshold is not enough)
  -- is elected, in the order of their votes, as far as the list has seats.
- The list's other seats go to its other candidates in the order of the list (P 17).
- A candidate who died before the result is set is passed over (P 19a); the votes cast on
  them still count for the list (they were counted in its seats).

Ties: candidates above the threshold with the same votes keep the order of the list when
they can all be elected; when the list's seats left are fewer than them, the lot decides,
seat by seat ("beslist zo nodig het lot"): the next recorded lot, or a stop with ``LotNeeded``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from kiosk.domain.seats.contest import Contest, ListVotes
from kiosk.domain.seats.lots import CandidateLot, Draws

LARGE_SHARE = Fraction(1, 4)
SMALL_SHARE = Fraction(1, 2)


@dataclass(frozen=True)
class Nomination:
    """The elected candidates of one list: by preference votes (in the order of their votes)
    and then by list order."""

    list: int
    by_preference: tuple[int, ...]
    by_list_order: tuple[int, ...]

    @property
    def elected(self) -> tuple[int, ...]:
        return self.by_preference + self.by_list_order


def preference_threshold(quota: Fraction, large: bool) -> Fraction:
    """The votes a candidate must exceed to be elected on preference votes (P 15)."""
    return quota * (LARGE_SHARE if large else SMALL_SHARE)


def nominate(item: ListVotes, seats: int, threshold: Fraction, deceased: frozenset[int], draws: Draws) -> Nomination:
    """The candidates of one list elected for its ``seats``; ``deceased``: their numbers."""
    alive = [c for c in item.candidates if c not in deceased]
    above = sorted((c for c in alive if item.votes_of(c) > threshold), key=lambda c: -item.votes_of(c))
    chosen: list[int] = []
    while above and len(chosen) < seats:
        left = seats - len(chosen)
        top = item.votes_of(above[0])
        tied = [c for c in above if item.votes_of(c) == top]
        if len(tied) <= left:
            pick = tied[0]
        else:
            pick = draws.draw(CandidateLot(item.number, len(chosen) + 1, top, tuple(tied)))
        chosen.append(pick)
        above.remove(pick)
    rest = [c for c in alive if c not in chosen][: seats - len(chosen)]
    return Nomination(item.number, tuple(chosen), tuple(rest))


def nominate_all(contest: Contest, seats: dict[int, int], quota: Fraction, draws: Draws) -> dict[int, Nomination]:
    """Every list's elected candidates, list by list in number order (the order lots are used)."""
    threshold = preference_threshold(quota, contest.large)
    return {
        item.number: nominate(
            item,
            seats[item.number],
            threshold,
            frozenset(c for number, c in contest.deceased if number == item.number),
            draws,
        )
        for item in contest.lists
    }
