"""Who leads for the next residual seat, by each method, and who may not take one."""

from fractions import Fraction

from kiosk.domain.seats.leaders import by_highest_average, by_largest_remainder
from kiosk.domain.seats.methods import HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST, LARGEST_REMAINDER
from kiosk.domain.seats.quota import quota
from kiosk.domain.seats.standing import Standing, initial_standings

from .build import contest


def standings(seats, votes):
    election = contest(seats, votes)
    return initial_standings(election, quota(election.total_votes, seats))


def test_largest_remainder_only_for_lists_with_75_percent_of_the_quota():
    # quota 80: list 7 (55) and 8 (45) are below 60 although their remainders are the largest
    leaders = by_largest_remainder(standings(15, [540, 160, 160, 80, 80, 80, 55, 45]))
    assert leaders is not None and leaders.method == LARGEST_REMAINDER
    assert leaders.lists == (1,) and leaders.value == 60


def test_a_zero_remainder_still_competes_and_ties():
    first = standings(15, [540, 160, 160, 80, 80, 80, 55, 45])
    after = tuple(s.with_residual(LARGEST_REMAINDER) if s.number == 1 else s for s in first)
    leaders = by_largest_remainder(after)
    assert leaders is not None and leaders.lists == (2, 3, 4, 5, 6) and leaders.value == 0


def test_one_largest_remainder_seat_per_list():
    held = tuple(s.with_residual(LARGEST_REMAINDER) for s in standings(15, [540, 160]))
    assert by_largest_remainder(held) is None


def test_no_residual_seat_without_votes_or_for_an_exhausted_list():
    table = standings(10, [0, 3, 5, 6, 7, 79])
    leaders = by_highest_average(table, exhausted={6}, one_per_list=False)
    assert leaders is not None and leaders.lists == (5,) and leaders.method == HIGHEST_AVERAGE
    assert by_largest_remainder(table, exhausted={6}) is None


def test_highest_average_one_per_list_skips_lists_that_had_one():
    table = tuple(
        s.with_residual(HIGHEST_AVERAGE_ONE_PER_LIST) if s.number == 1 else s for s in standings(2, [8, 7, 6])
    )
    leaders = by_highest_average(table, one_per_list=True)
    assert leaders is not None and leaders.lists == (2,) and leaders.value == 7
    plain = by_highest_average(table, one_per_list=False)
    assert plain is not None and plain.lists == (2,)


def test_the_average_is_exact():
    table = standings(23, [600, 302, 98, 99, 101])
    leaders = by_highest_average(table, one_per_list=False)
    assert leaders is not None and leaders.lists == (5,) and leaders.value == Fraction(101, 2)


def test_nobody_leads_an_empty_field():
    assert by_highest_average((), one_per_list=True) is None
    empty = Standing(number=1, votes=0, full=0, remainder=Fraction(0), meets_threshold=True)
    assert by_largest_remainder((empty,)) is None
