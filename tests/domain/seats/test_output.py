"""The JSON of ``kiosk seats``: every key, fractions as text, every list present."""

import json
from fractions import Fraction

from kiosk.domain.seats import apportion, to_json
from kiosk.domain.seats.steps import Assignment, ExhaustionRemoval, MajorityCorrection, fraction_text

from .build import contest


def test_fractions_are_exact_text_in_lowest_terms():
    assert fraction_text(Fraction(1200, 15)) == "80/1"
    assert fraction_text(Fraction(5104, 15)) == "5104/15"
    assert fraction_text(Fraction(0)) == "0/1"


def test_a_complete_result():
    document = to_json(apportion(contest(15, [540, 160, 160, 80, 80, 80, 60, 40])))
    assert json.loads(json.dumps(document)) == document  # plain JSON, no floats
    assert document["quota"] == "80/1" and document["preference_threshold"] == "40/1"
    assert document["full_seats"] == {"1": 6, "2": 2, "3": 2, "4": 1, "5": 1, "6": 1, "7": 0, "8": 0}
    assert document["residual_seats"] == {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 1, "8": 0}
    assert document["total_seats"] == {"1": 7, "2": 2, "3": 2, "4": 1, "5": 1, "6": 1, "7": 1, "8": 0}
    assert document["unassigned_seats"] == 0 and document["needs_lot"] is None
    assert document["steps"][0] == {
        "step": "largest_remainder",
        "article": "P 8",
        "seat": 1,
        "list": 1,
        "remainder": "60/1",
        "tied": [1, 7],  # list 7 has the same remainder; 2 seats, so both get one without a lot
        "lot": False,
    }
    assert document["elected"]["1"] == [1, 2, 3, 4, 5, 6, 7] and document["elected"]["8"] == []


def test_a_result_waiting_for_a_lot():
    document = to_json(apportion(contest(15, [540, 160, 160, 80, 80, 80, 55, 45])))
    assert document["elected"] is None
    assert document["needs_lot"]["options"] == [2, 3, 4, 5, 6] and document["needs_lot"]["seat"] == 2
    assert document["total_seats"]["1"] == 7  # the seat before the tie is given


def test_each_kind_of_step():
    assert Assignment("highest_average", 3, 2, Fraction(1337, 2), (2,)).to_json()["average"] == "1337/2"
    assert MajorityCorrection(4, 1, (4,)).to_json() == {
        "step": "absolute_majority",
        "article": "P 9",
        "from_list": 4,
        "to_list": 1,
        "tied": [4],
        "lot": False,
    }
    assert ExhaustionRemoval(10, full_seat=True).to_json() == {
        "step": "list_exhaustion",
        "article": "P 10",
        "list": 10,
        "seat": "full",
    }


def test_no_votes_no_seats_all_reported_empty():
    document = to_json(apportion(contest(10, [0, 0])))
    assert document["quota"] == "0/1" and document["unassigned_seats"] == 10
    assert document["total_seats"] == {"1": 0, "2": 0} and document["elected"] == {"1": [], "2": []}
