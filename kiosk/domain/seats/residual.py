"""Residual seats (*restzetels*), one at a time (Kieswet P 7 and P 8).

- 19 seats or more (P 7): each seat goes to the list with the highest average, its votes
  divided by its seats plus the one it would get.
- Fewer than 19 (P 8): first largest remainders, at most one seat per list and only for
  lists whose votes reach 75 % of the quota; when every such list has its seat and seats are
  left, highest averages with at most one seat per list in that round. Should seats still be
  left (few lists, or seats given again after list exhaustion), the law says no more; like
  the Kiesraad's Abacus, they go by plain highest averages (P 7's method).

Ties: when several lists share the highest value and all of them can still have a seat (the
tied lists are no more than the seats left to give), they get them in list order, one per
step, and no lot is needed. When they cannot all have one, the lot decides this seat
("beslist zo nodig het lot"): the next recorded lot, or a stop with ``LotNeeded``.

Seats no list can take (every list without votes or exhausted) are left unassigned; the
caller reports them.
"""

from __future__ import annotations

from collections.abc import Collection

from kiosk.domain.seats.contest import Contest
from kiosk.domain.seats.exhaustion import exhausted
from kiosk.domain.seats.leaders import Leaders, by_highest_average, by_largest_remainder
from kiosk.domain.seats.ledger import Ledger
from kiosk.domain.seats.lots import Draws, ResidualSeatLot
from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import Assignment


def assign_residual_seats(
    ledger: Ledger, contest: Contest, draws: Draws, *, count: int, first_seat: int, skip_exhausted: bool
) -> int:
    """Give ``count`` residual seats, numbered from ``first_seat``; returns how many were given.

    ``skip_exhausted``: leave out lists with no candidate for one more seat. The first round
    (P 7/P 8) does not: P 10 corrects it afterwards, in the order the law sets out."""
    for given in range(count):
        left_out = exhausted(ledger.standings, contest) if skip_exhausted else frozenset()
        leaders = next_leaders(ledger.standings, large=contest.large, exhausted=left_out)
        if leaders is None:
            return given
        seat = first_seat + given
        if len(leaders.lists) <= count - given:
            winner, lot = leaders.lists[0], False
        else:
            winner = draws.draw(ResidualSeatLot(seat, leaders.method, leaders.value, leaders.lists))
            lot = True
        step = Assignment(leaders.method, seat, winner, leaders.value, leaders.lists, lot)
        ledger.apply(step, ledger[winner].with_residual(leaders.method))
    return count


def next_leaders(standings: tuple[Standing, ...], *, large: bool, exhausted: Collection[int] = ()) -> Leaders | None:
    """The leaders for the next residual seat by the method the council's size and the seats
    given so far call for; None when no list can take a seat."""
    if large:
        return by_highest_average(standings, exhausted, one_per_list=False)
    return (
        by_largest_remainder(standings, exhausted)
        or by_highest_average(standings, exhausted, one_per_list=True)
        or by_highest_average(standings, exhausted, one_per_list=False)
    )
