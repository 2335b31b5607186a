"""A list's standing: seats held, by which method, and the average a seat more would give."""

from fractions import Fraction

import pytest

from kiosk.domain.seats.methods import ABSOLUTE_MAJORITY, HIGHEST_AVERAGE_ONE_PER_LIST, LARGEST_REMAINDER
from kiosk.domain.seats.standing import Standing

LIST = Standing(number=1, votes=300, full=2, remainder=Fraction(20), meets_threshold=True)


def test_the_next_average_counts_the_seat_it_would_give():
    assert LIST.next_average == 100
    assert LIST.with_residual(LARGEST_REMAINDER).next_average == 75


def test_residual_seats_remember_their_method():
    held = LIST.with_residual(LARGEST_REMAINDER).with_residual(HIGHEST_AVERAGE_ONE_PER_LIST)
    assert held.total == 4 and held.residual == 2
    assert held.held(LARGEST_REMAINDER) == 1 and held.held(ABSOLUTE_MAJORITY) == 0


def test_taking_a_seat_back_by_its_method_frees_that_method():
    held = LIST.with_residual(LARGEST_REMAINDER).with_residual(HIGHEST_AVERAGE_ONE_PER_LIST)
    back = held.without_residual(LARGEST_REMAINDER)
    assert back.methods == (HIGHEST_AVERAGE_ONE_PER_LIST,)
    assert held.without_residual().methods == (LARGEST_REMAINDER,)  # the last one won


def test_a_full_seat_can_be_withdrawn_the_remainder_stays():
    fewer = LIST.without_full()
    assert fewer.full == 1 and fewer.remainder == LIST.remainder


def test_nothing_to_take_back_is_a_programming_error():
    with pytest.raises(ValueError):
        LIST.without_residual()
    with pytest.raises(ValueError):
        LIST.with_residual(LARGEST_REMAINDER).without_residual(HIGHEST_AVERAGE_ONE_PER_LIST)
    with pytest.raises(ValueError):
        LIST.without_full().without_full().without_full()
