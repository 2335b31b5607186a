"""P 10: no list holds more seats than it has living candidates (P 19a); the excess is withdrawn,
residual seats first, and given again to lists that still have candidates."""

from fractions import Fraction

from kiosk.domain.seats import apportion
from kiosk.domain.seats.exhaustion import exhausted, withdraw_excess
from kiosk.domain.seats.ledger import Ledger
from kiosk.domain.seats.methods import LARGEST_REMAINDER
from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import ExhaustionRemoval

from .build import contest, trace


def standing(number, full, *methods):
    return Standing(number, 100, full, Fraction(0), True, tuple(methods))


def test_a_list_with_as_many_seats_as_candidates_is_exhausted():
    election = contest(5, [(1, 1, 1), (1, 1), (1,)])
    table = (standing(1, 2), standing(2, 2), standing(3, 2))
    assert exhausted(table, election) == {2, 3}


def test_deceased_candidates_do_not_count_as_candidates():
    election = contest(5, [(1, 1, 1)], deceased={(1, 3)})
    assert exhausted((standing(1, 2),), election) == {1}


def test_residual_seats_are_withdrawn_before_full_seats():
    election = contest(5, [(1,), (1, 1, 1, 1, 1)])
    ledger = Ledger([standing(1, 2, LARGEST_REMAINDER), standing(2, 1)])
    assert withdraw_excess(ledger, election) == 2
    assert ledger.steps == [ExhaustionRemoval(1, full_seat=False), ExhaustionRemoval(1, full_seat=True)]
    assert ledger[1].total == 1 and ledger[1].methods == ()


def test_nothing_to_withdraw():
    election = contest(5, [(1, 1, 1)])
    ledger = Ledger([standing(1, 3)])
    assert withdraw_excess(ledger, election) == 0 and ledger.steps == []


def test_the_withdrawn_seat_goes_by_the_council_size_method():
    # 19 seats: highest averages; list 5 has 2 candidates for the 3 seats it would get
    result = apportion(
        contest(
            19,
            [
                (400, 400, 400, 399, 0),
                (400, 400, 400, 398, 0),
                (400, 400, 400, 398, 0),
                (400, 400, 400, 398, 0),
                (502, 502),
            ],
        )
    )
    assert trace(result) == [("HA", 5), ("P10", 5), ("HA", 1)]
    assert result.total_seats == {1: 5, 2: 4, 3: 4, 4: 4, 5: 2}


def test_when_every_list_is_exhausted_the_seat_stays_empty_and_is_reported():
    result = apportion(contest(15, [(500,) * 4, (400,) * 4, (400,) * 3, (400,) * 2, (400,)]))
    assert result.unassigned_seats == 1
    assert all(
        len(result_candidates) == seats
        for result_candidates, seats in zip(
            [(500,) * 4, (400,) * 4, (400,) * 3, (400,) * 2, (400,)], result.total_seats.values()
        )
    )
