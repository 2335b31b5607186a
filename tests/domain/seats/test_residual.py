"""P 7 and P 8: residual seats one at a time, by the method the council's size calls for, and
ties that fit in the seats left (no lot) or do not (a lot, seat by seat)."""

import pytest

from kiosk.domain.seats import apportion
from kiosk.domain.seats.ledger import Ledger
from kiosk.domain.seats.lots import Draws, LotNeeded, ResidualSeatLot
from kiosk.domain.seats.methods import HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST, LARGEST_REMAINDER
from kiosk.domain.seats.quota import quota
from kiosk.domain.seats.residual import assign_residual_seats, next_leaders
from kiosk.domain.seats.standing import initial_standings
from kiosk.domain.seats.steps import Assignment

from .build import contest, trace


def ledger_for(election):
    return Ledger(initial_standings(election, quota(election.total_votes, election.seats)))


def test_a_large_council_uses_highest_averages_from_the_first_seat():
    election = contest(23, [600, 302, 98, 99, 101])
    leaders = next_leaders(ledger_for(election).standings, large=True)
    assert leaders is not None and leaders.method == HIGHEST_AVERAGE


def test_a_small_council_goes_remainders_then_averages_one_per_list_then_averages():
    election = contest(6, [(3, 2), (3, 2), (25, 25)])
    result = apportion(election)
    methods = [step.method for step in result.steps if isinstance(step, Assignment)]
    assert methods == [LARGEST_REMAINDER] + [HIGHEST_AVERAGE_ONE_PER_LIST] * 2 + [HIGHEST_AVERAGE] * 2


def test_a_tie_that_fits_in_the_seats_left_needs_no_lot():
    # quota 80: list 1 has 11 full seats and remainder 40; lists 2 and 3 tie at 60 for the 2 seats left
    result = apportion(contest(15, [920, 140, 140]))
    assert result.needs_lot is None
    assert trace(result) == [("LR", 2), ("LR", 3)]
    assert [(step.tied, step.lot) for step in result.steps] == [((2, 3), False), ((3,), False)]


def test_a_tie_larger_than_the_seats_left_asks_for_a_lot_for_this_seat():
    election = contest(15, [540, 160, 160, 80, 80, 80, 55, 45])
    ledger = ledger_for(election)
    with pytest.raises(LotNeeded) as stop:
        assign_residual_seats(ledger, election, Draws(), count=2, first_seat=1, skip_exhausted=False)
    assert stop.value.request == ResidualSeatLot(2, LARGEST_REMAINDER, 0, (2, 3, 4, 5, 6))
    assert trace(ledger.steps) == [("LR", 1)]  # the seat before the tie is given, the tied one is not


def test_the_drawn_list_gets_the_seat_and_the_step_says_a_lot_was_drawn():
    election = contest(15, [540, 160, 160, 80, 80, 80, 55, 45])
    ledger = ledger_for(election)
    given = assign_residual_seats(ledger, election, Draws([6]), count=2, first_seat=1, skip_exhausted=False)
    assert given == 2
    last = ledger.steps[-1]
    assert isinstance(last, Assignment) and (last.list, last.seat, last.lot, last.tied) == (6, 2, True, (2, 3, 4, 5, 6))


def test_seats_no_list_can_take_are_not_given():
    election = contest(10, [0, 0])
    ledger = ledger_for(election)
    assert assign_residual_seats(ledger, election, Draws(), count=10, first_seat=1, skip_exhausted=False) == 0
    assert ledger.steps == []


def test_exhausted_lists_are_skipped_only_when_asked():
    # quota 15/2: list 1 has its one candidate's full seat and the only remainder over 75 %
    election = contest(2, [(10,), (5, 0)])
    ledger = ledger_for(election)
    assign_residual_seats(ledger, election, Draws(), count=1, first_seat=1, skip_exhausted=True)
    assert trace(ledger.steps) == [("HA1", 2)]
    ledger = ledger_for(election)
    assign_residual_seats(ledger, election, Draws(), count=1, first_seat=1, skip_exhausted=False)
    assert trace(ledger.steps) == [("LR", 1)]  # P 10 corrects this afterwards
