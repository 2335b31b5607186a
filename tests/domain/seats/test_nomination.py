"""P 15, P 17 and P 19a: who takes a list's seats. Several cases are the Abacus unit tests of
``candidate_nomination/mod.rs``, with the quota they give (not derived from the votes)."""

from fractions import Fraction

import pytest

from kiosk.domain.seats.contest import ListVotes
from kiosk.domain.seats.lots import CandidateLot, Draws, LotNeeded
from kiosk.domain.seats.nomination import nominate, preference_threshold


def elect(votes, seats, threshold, deceased=(), lots=()):
    return nominate(ListVotes(1, tuple(votes)), seats, Fraction(threshold), frozenset(deceased), Draws(lots))


def test_the_threshold_is_a_quarter_or_half_of_the_quota():
    assert preference_threshold(Fraction(80), large=False) == 40
    assert preference_threshold(Fraction(9500, 19), large=True) == 125


def test_above_the_threshold_in_order_of_votes_then_the_list_order():
    nomination = elect([100, 10, 300, 10, 10, 200], seats=4, threshold=50)
    assert nomination.by_preference == (3, 6, 1) and nomination.by_list_order == (2,)
    assert nomination.elected == (3, 6, 1, 2)


def test_exactly_the_threshold_is_not_enough():
    # Abacus test_lt_19_seats_candidate_votes_equals_threshold: quota 100, threshold 50
    nomination = elect([60, 50, 40, 30, 20], seats=2, threshold=50)
    assert nomination.by_preference == (1,) and nomination.by_list_order == (2,)


def test_more_candidates_above_the_threshold_than_seats():
    # Abacus test_with_gte_19_seats_and_more_candidates_eligible_for_preferential_nomination_than_seats
    threshold = preference_threshold(Fraction(9500, 19), large=True)
    cases = [
        ([500, 0, 500, 500, 500, 500, 500], 6, (1, 3, 4, 5, 6, 7)),
        ([400, 400, 0, 400, 400, 400, 399], 5, (1, 2, 4, 5, 6)),
        ([300, 300, 300, 0, 300, 299, 298], 4, (1, 2, 3, 5)),
        ([200, 200, 199, 198, 0, 197, 196], 2, (1, 2)),
    ]
    for votes, seats, expected in cases:
        assert elect(votes, seats, threshold).elected == expected


def test_a_list_without_seats_elects_nobody():
    assert elect([80, 70], seats=0, threshold=10).elected == ()


def test_deceased_candidates_are_passed_over():
    nomination = elect([5, 4, 4, 4, 4], seats=1, threshold=Fraction(60, 10), deceased={1})
    assert nomination.elected == (2,)
    assert elect([300, 200, 10, 10], seats=2, threshold=100, deceased={1}).elected == (2, 3)


def test_a_tie_that_fits_needs_no_lot():
    assert elect([1000, 900, 900, 900], seats=4, threshold=100).elected == (1, 2, 3, 4)
    assert elect([1000, 1000, 900], seats=2, threshold=100).elected == (1, 2)


def test_a_tie_that_does_not_fit_asks_for_a_lot_seat_by_seat():
    # Abacus test_with_drawing_of_lots_multiple_lots_drawn, list 2: quota 9600/19, 3 seats
    votes = [500, 400, 400, 400, 400, 400]
    threshold = preference_threshold(Fraction(9600, 19), large=True)
    with pytest.raises(LotNeeded) as stop:
        elect(votes, 3, threshold)
    assert stop.value.request == CandidateLot(list=1, seat=2, votes=400, options=(2, 3, 4, 5, 6))
    with pytest.raises(LotNeeded) as stop:
        elect(votes, 3, threshold, lots=[5])
    assert stop.value.request == CandidateLot(list=1, seat=3, votes=400, options=(2, 3, 4, 6))
    assert elect(votes, 3, threshold, lots=[5, 3]).elected == (1, 5, 3)


@pytest.mark.parametrize(
    "votes, seats, lots, expected",
    [
        ([1000, 900, 800], 5, [], (1, 2, 3)),
        ([1000, 900, 800], 2, [], (1, 2)),
        ([1000, 900, 900], 2, [3], (1, 3)),
        ([1000, 1000, 900], 2, [], (1, 2)),
        ([1000, 900, 900, 900], 3, [3, 2], (1, 3, 2)),
        ([1000, 900, 900, 900], 4, [], (1, 2, 3, 4)),
    ],
)
def test_abacus_preference_scenarios(votes, seats, lots, expected):
    # Abacus test_preferential_candidate_nomination_scenarios (its candidates 1, 3, 4, 5 are 1, 2, 3, 4 here)
    draws = Draws(lots)
    nomination = nominate(ListVotes(1, tuple(votes)), seats, Fraction(1), frozenset(), draws)
    assert nomination.by_preference == expected
    assert draws.used == len(lots)
