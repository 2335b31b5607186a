"""The input document of ``kiosk seats``: what it holds, and every way it is refused, with where."""

import pytest

from kiosk import i18n
from kiosk.domain.seats import SeatsRefused, parse
from kiosk.domain.seats.document import MAX_SEATS


def good(**changes):
    document = {
        "seats": 15,
        "lists": [{"number": 2, "candidates": [80, 0]}, {"number": 1, "candidates": [412, 3, 0]}],
        "deceased": [[1, 3]],
        "lots": [2],
    }
    document.update(changes)
    return document


def test_a_good_document():
    contest, lots = parse(good())
    assert contest.seats == 15 and [item.number for item in contest.lists] == [1, 2]
    assert contest.list(1).candidate_votes == (412, 3, 0) and contest.deceased == {(1, 3)}
    assert lots == (2,)


def test_deceased_and_lots_may_be_left_out():
    contest, lots = parse({"seats": 3, "lists": [{"number": 1, "candidates": [0]}]})
    assert contest.deceased == frozenset() and lots == ()


@pytest.mark.parametrize(
    "document, code, path",
    [
        ([], "seats.not_object", ""),
        (good(seat=15), "seats.unknown_key", ""),
        (good(decaesed=[]), "seats.unknown_key", ""),
        ({"lists": []}, "seats.missing_key", ""),
        ({"seats": 3}, "seats.missing_key", ""),
        (good(seats=0), "seats.seats_count", "seats"),
        (good(seats=MAX_SEATS + 1), "seats.seats_count", "seats"),
        (good(seats=15.0), "seats.seats_count", "seats"),
        (good(seats=True), "seats.seats_count", "seats"),
        (good(seats="15"), "seats.seats_count", "seats"),
        (good(lists=[]), "seats.lists_array", "lists"),
        (good(lists={"1": [3]}), "seats.lists_array", "lists"),
        (good(lists=[[3]]), "seats.list_not_object", "lists[0]"),
        (good(lists=[{"number": 1, "candidates": [3], "name": "A"}]), "seats.unknown_key", "lists[0]"),
        (good(lists=[{"candidates": [3]}]), "seats.missing_key", "lists[0]"),
        (good(lists=[{"number": 0, "candidates": [3]}]), "seats.list_number", "lists[0].number"),
        (
            good(lists=[{"number": 1, "candidates": [3]}, {"number": 1, "candidates": [4]}]),
            "seats.list_twice",
            "lists[1].number",
        ),
        (good(lists=[{"number": 1, "candidates": []}]), "seats.candidates_array", "lists[0].candidates"),
        (good(lists=[{"number": 1, "candidates": [3, -1]}]), "seats.votes", "lists[0].candidates[1]"),
        (good(lists=[{"number": 1, "candidates": [3, 1.5]}]), "seats.votes", "lists[0].candidates[1]"),
        (good(lists=[{"number": 1, "candidates": [None]}]), "seats.votes", "lists[0].candidates[0]"),
        (good(deceased={"1": 3}), "seats.deceased_array", "deceased"),
        (good(deceased=[[1]]), "seats.deceased_pair", "deceased[0]"),
        (good(deceased=[[1, "3"]]), "seats.deceased_pair", "deceased[0]"),
        (good(deceased=[[1, 4]]), "seats.unknown_candidate", "deceased[0]"),
        (good(deceased=[[3, 1]]), "seats.unknown_candidate", "deceased[0]"),
        (good(deceased=[[1, 3], [1, 3]]), "seats.deceased_twice", "deceased[1]"),
        (good(lots=2), "seats.lots_array", "lots"),
        (good(lots=[2, 0]), "seats.lot_number", "lots[1]"),
        (good(lots=[2, "3"]), "seats.lot_number", "lots[1]"),
    ],
)
def test_a_bad_document_is_refused_saying_where(document, code, path):
    with pytest.raises(SeatsRefused) as refused:
        parse(document)
    assert refused.value.code == code and refused.value.params["path"] == path
    for language in i18n.LANGUAGES:
        assert i18n.refusal_text_in(language, refused.value)
