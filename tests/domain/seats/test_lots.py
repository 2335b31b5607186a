"""Recorded lots are used in order, one per tie that needs one; a lot that does not fit its tie
or that no tie asked for is refused."""

from fractions import Fraction

import pytest

from kiosk.domain.seats import SeatsRefused, apportion
from kiosk.domain.seats.lots import CandidateLot, Draws, LotNeeded, MajorityLot, ResidualSeatLot
from kiosk.domain.seats.methods import HIGHEST_AVERAGE, LARGEST_REMAINDER

from .build import contest

TIE = ResidualSeatLot(seat=2, method=LARGEST_REMAINDER, value=Fraction(0), options=(2, 3))


def test_outcomes_are_handed_out_in_order():
    draws = Draws([3, 2])
    assert draws.draw(TIE) == 3 and draws.draw(TIE) == 2 and draws.used == 2
    draws.check_all_used()


def test_no_outcome_left_stops_with_the_tie():
    with pytest.raises(LotNeeded) as stop:
        Draws().draw(TIE)
    assert stop.value.request is TIE


def test_an_outcome_not_among_the_tied_lists_is_refused():
    with pytest.raises(SeatsRefused) as refused:
        Draws([1, 2]).draw(TIE)
    assert refused.value.code == "seats.lot_not_tied_list"
    assert dict(refused.value.params) == {"path": "lots[0]", "drawn": 1, "options": [2, 3]}


def test_an_outcome_not_among_the_tied_candidates_is_refused():
    with pytest.raises(SeatsRefused) as refused:
        Draws([7]).draw(CandidateLot(list=4, seat=1, votes=300, options=(1, 2)))
    assert refused.value.code == "seats.lot_not_tied_candidate" and refused.value.params["list"] == 4


def test_outcomes_left_over_are_refused():
    draws = Draws([2, 3])
    draws.draw(TIE)
    with pytest.raises(SeatsRefused) as refused:
        draws.check_all_used()
    assert refused.value.code == "seats.lots_unused"
    assert dict(refused.value.params) == {"path": "lots[1]", "unused": 1, "used": 1}


def test_what_each_lot_is_for_in_json():
    assert TIE.to_json() == {
        "between": "lists",
        "for": "residual_seat",
        "article": "P 8",
        "seat": 2,
        "method": "largest_remainder",
        "remainder": "0/1",
        "options": [2, 3],
    }
    average = ResidualSeatLot(seat=6, method=HIGHEST_AVERAGE, value=Fraction(617), options=(3, 9)).to_json()
    assert average["average"] == "617/1" and average["article"] == "P 7"
    assert MajorityLot(to_list=1, options=(6, 7)).to_json()["for"] == "absolute_majority"
    assert CandidateLot(list=2, seat=2, votes=400, options=(2, 3)).to_json() == {
        "between": "candidates",
        "for": "preference_seat",
        "article": "P 15",
        "list": 2,
        "seat": 2,
        "votes": 400,
        "options": [2, 3],
    }


def test_list_ties_use_lots_before_candidate_ties():
    # quota 80: lists 2-6 tie at remainder 60 for 4 residual seats (four lots), then list 3's
    # single seat has two candidates with 70 votes each (one lot)
    election = contest(15, [500, (70, 70), (70, 70), 140, 140, 140])
    lists_drawn = [4, 2, 5, 6]
    stopped = apportion(election, lists_drawn)
    assert stopped.needs_lot == CandidateLot(list=3, seat=1, votes=70, options=(1, 2))
    assert stopped.total_seats == {1: 6, 2: 2, 3: 1, 4: 2, 5: 2, 6: 2}
    done = apportion(election, [*lists_drawn, 2])
    assert done.elected is not None and done.elected[3] == (2,) and done.elected[2] == (1, 2)
    # each lot decides one seat: after list 3 is drawn, the next lot is among the four others
    next_tie = apportion(election, [3]).needs_lot
    assert next_tie is not None and next_tie.options == (2, 4, 5, 6)


def test_a_result_needing_a_lot_shows_the_seats_before_the_tie():
    election = contest(15, [500, 140, 140, 140, 140, 140])
    stopped = apportion(election, [4])
    assert stopped.needs_lot == ResidualSeatLot(2, LARGEST_REMAINDER, Fraction(60), (2, 3, 5, 6))
    assert stopped.residual_seats == {1: 0, 2: 0, 3: 0, 4: 1, 5: 0, 6: 0}
    assert stopped.elected is None and stopped.unassigned_seats == 0 and stopped.lots_used == 1
