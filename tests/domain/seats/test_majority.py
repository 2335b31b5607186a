"""P 9: a list with more than half of the votes gets more than half of the seats, at the cost of
the list that won the last residual seat (a lot when several won it with the same value)."""

from fractions import Fraction

from kiosk.domain.seats import apportion
from kiosk.domain.seats.majority import last_residual_seat, majority_list
from kiosk.domain.seats.methods import ABSOLUTE_MAJORITY, HIGHEST_AVERAGE, LARGEST_REMAINDER
from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import Assignment, ExhaustionRemoval, MajorityCorrection

from .build import contest, trace


def standing(number, votes, full, *methods):
    return Standing(number, votes, full, Fraction(0), True, tuple(methods))


def test_more_than_half_of_the_votes_and_not_more_than_half_of_the_seats():
    election = contest(10, [51, 49])
    assert majority_list((standing(1, 51, 5), standing(2, 49, 5)), election).number == 1
    assert majority_list((standing(1, 51, 6), standing(2, 49, 4)), election) is None
    # exactly half of the votes is no majority
    assert majority_list((standing(1, 50, 4), standing(2, 50, 6)), contest(10, [50, 50])) is None


def test_the_last_residual_seat_is_the_trailing_run_with_one_value():
    steps = [
        Assignment(LARGEST_REMAINDER, 1, 2, Fraction(90), (2,)),
        Assignment(LARGEST_REMAINDER, 2, 3, Fraction(80), (3, 4)),
        Assignment(LARGEST_REMAINDER, 3, 4, Fraction(80), (4,)),
    ]
    assert [step.list for step in last_residual_seat(steps)] == [3, 4]
    assert last_residual_seat(steps[:1]) == (steps[0],)
    # a different method with the same value is another seat
    other = Assignment(HIGHEST_AVERAGE, 4, 5, Fraction(80), (5,))
    assert last_residual_seat([*steps, other]) == (other,)
    assert last_residual_seat([*steps, ExhaustionRemoval(2, False)]) == ()
    assert last_residual_seat([]) == ()


def test_the_seat_moves_from_the_last_residual_seat_to_the_majority_list():
    result = apportion(contest(15, [2571, 977, 567, 536, 453]))  # GR2022
    correction = result.steps[-1]
    assert correction == MajorityCorrection(from_list=4, to_list=1, tied=(4,), lot=False)
    assert result.standings[0].methods == (ABSOLUTE_MAJORITY,)
    assert result.total_seats[1] * 2 > 15


def test_a_tie_among_the_last_residual_seats_needs_a_lot():
    election = contest(15, [2552, 511, 511, 511, 509, 509])
    stopped = apportion(election)
    assert stopped.needs_lot is not None and stopped.needs_lot.to_json() == {
        "between": "lists",
        "for": "absolute_majority",
        "article": "P 9",
        "to_list": 1,
        "options": [2, 3, 4],
    }
    assert trace(stopped) == [("LR", 2), ("LR", 3), ("LR", 4)]  # no seat moved yet
    done = apportion(election, [3])
    assert done.steps[-1] == MajorityCorrection(3, 1, (2, 3, 4), lot=True)


def test_the_seat_given_up_frees_its_method_for_that_list():
    # GR-like: list 1 loses its largest-remainder seat to list 2 (P 9), list 2 is then exhausted
    # (P 10) and list 1 may win a largest-remainder seat again.
    result = apportion(contest(8, [(32, 0, 0, 0, 0), (41, 0, 0), (7,)]))
    assert trace(result) == [("LR", 1), ("P9", 1, 2), ("P10", 2), ("P10", 2), ("LR", 1), ("HA1", 3)]


def test_no_residual_seats_no_correction():
    result = apportion(contest(4, [300, 100]))  # quota 100: 3 + 1 full seats, nothing left over
    assert result.steps == () and result.total_seats == {1: 3, 2: 1}
