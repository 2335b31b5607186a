"""P 5: the quota is an exact fraction of the votes on candidates."""

from fractions import Fraction

import pytest

from kiosk.domain.seats.contest import Contest, ListVotes
from kiosk.domain.seats.quota import LARGE_COUNCIL, quota


def test_the_quota_is_exact_never_rounded():
    assert quota(5104, 15) == Fraction(5104, 15)
    assert quota(5104, 15) * 15 == 5104
    assert quota(1200, 15) == 80


def test_no_votes_give_a_quota_of_zero():
    assert quota(0, 10) == 0


@pytest.mark.parametrize("total, seats", [(100, 0), (100, -1), (-1, 5)])
def test_nonsense_is_a_programming_error(total, seats):
    with pytest.raises(ValueError):
        quota(total, seats)


def test_nineteen_seats_is_a_large_council():
    def council(seats: int) -> Contest:
        return Contest(seats, (ListVotes(1, (1,)),))

    assert LARGE_COUNCIL == 19
    assert council(19).large and not council(18).large


def test_a_lists_votes_are_the_sum_of_its_candidates():
    contest = Contest(3, (ListVotes(2, (5, 0, 7)), ListVotes(1, (4,))))
    assert [item.number for item in contest.lists] == [1, 2]  # sorted by number
    assert contest.list(2).votes == 12 and contest.total_votes == 16
    assert contest.list(2).candidates == (1, 2, 3)


def test_the_deceased_are_not_among_the_living():
    contest = Contest(3, (ListVotes(1, (4, 5, 6)),), frozenset({(1, 2)}))
    assert contest.alive(1) == (1, 3)


@pytest.mark.parametrize(
    "lists, deceased",
    [((ListVotes(1, (1,)), ListVotes(1, (2,))), frozenset()), ((ListVotes(1, (1,)),), frozenset({(1, 2)}))],
    ids=["list twice", "unknown deceased"],
)
def test_a_contest_refuses_what_a_parsed_document_never_holds(lists, deceased):
    with pytest.raises(ValueError):
        Contest(3, lists, deceased)
