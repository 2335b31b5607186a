"""P 6 full seats, the remainder, and the 75 % threshold of P 8."""

from fractions import Fraction

from kiosk.domain.seats.full_seats import full_seats, meets_remainder_threshold, remainder
from kiosk.domain.seats.standing import initial_standings

from .build import contest


def test_a_full_seat_for_every_whole_quota():
    assert full_seats(540, Fraction(80)) == 6
    assert full_seats(80, Fraction(80)) == 1
    assert full_seats(79, Fraction(80)) == 0


def test_one_vote_under_an_exact_quota_is_no_seat():
    # 2 lists, 3 seats, 1200 votes: quota 400; 399 votes is not a seat, however close.
    assert full_seats(399, Fraction(400)) == 0
    assert full_seats(1201, Fraction(1201, 3)) == 3


def test_no_votes_no_seat_even_with_a_zero_quota():
    assert full_seats(0, Fraction(0)) == 0
    assert remainder(0, Fraction(0)) == 0


def test_the_remainder_is_what_the_full_seats_leave():
    quota = Fraction(5104, 15)
    assert remainder(2571, quota) == Fraction(2571) - 7 * quota == Fraction(2837, 15)
    assert remainder(160, Fraction(80)) == 0


def test_seventy_five_percent_of_the_quota_exactly_is_enough():
    assert meets_remainder_threshold(60, Fraction(80))
    assert not meets_remainder_threshold(59, Fraction(80))
    assert meets_remainder_threshold(3, Fraction(4)) and not meets_remainder_threshold(2, Fraction(4))


def test_initial_standings_hold_the_full_seats_of_every_list():
    standings = initial_standings(contest(15, [540, 160, 60, 40]), Fraction(800, 15))
    assert [(s.number, s.full, s.residual) for s in standings] == [(1, 10, 0), (2, 3, 0), (3, 1, 0), (4, 0, 0)]
    # quota 800/15: list 4's 40 votes are exactly 75 % of it
    assert [s.meets_threshold for s in standings] == [True, True, True, True]
    assert standings[3].remainder == 40  # no full seat: all votes are remainder
