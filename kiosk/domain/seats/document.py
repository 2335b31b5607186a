"""The input of ``kiosk seats`` (docs/seats.md), already parsed from JSON::

    {"seats": 15,
     "lists": [{"number": 1, "candidates": [412, 80, 3]}, {"number": 2, "candidates": [...]}],
     "deceased": [[1, 3]],
     "lots": [2]}

``candidates`` are the votes of candidates 1, 2, ... in list order (a list's votes are their
sum); ``deceased`` names (list, candidate) pairs; ``lots`` are the recorded outcomes of drawn
lots, used in order (``kiosk.domain.seats.lots``). ``deceased`` and ``lots`` may be left out.

Nothing is guessed: a key this format does not have is refused (a misspelt ``"deceased"``
would otherwise elect a dead candidate), and so are numbers that are not whole, negative
votes, a list number twice, and a deceased candidate no list has. Each refusal is a
``SeatsRefused`` whose ``path`` says where (``lists[2].candidates[5]``). Bounds keep a small
file from asking for an unbounded computation; they are far above any Dutch election (the
Tweede Kamer has 150 seats; lists have at most 80 candidates).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.domain.seats.contest import Contest, ListVotes
from kiosk.domain.seats.errors import SeatsRefused

MAX_SEATS = 150
MAX_LISTS = 99
MAX_LIST_NUMBER = 99
MAX_CANDIDATES = 999
MAX_VOTES = 999_999_999
MAX_LOTS = 10_000

TOP_KEYS = ("seats", "lists", "deceased", "lots")
LIST_KEYS = ("number", "candidates")


def parse(document: object) -> tuple[Contest, tuple[int, ...]]:
    """The contest and the recorded lots a document describes; SeatsRefused when malformed."""
    if not isinstance(document, Mapping):
        raise SeatsRefused("seats.not_object", "the document must be a JSON object", path="")
    _known_keys(document, TOP_KEYS, "")
    seats = _required(document, "seats", "")
    if not _whole(seats) or not 1 <= seats <= MAX_SEATS:
        raise SeatsRefused(
            "seats.seats_count", f"must be a whole number from 1 to {MAX_SEATS}", path="seats", maximum=MAX_SEATS
        )
    lists = _lists(_required(document, "lists", ""))
    deceased = _deceased(document.get("deceased", []), lists)
    lots = _lots(document.get("lots", []))
    return Contest(seats, lists, deceased), lots


def _lists(value: object) -> tuple[ListVotes, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_LISTS:
        raise SeatsRefused(
            "seats.lists_array", f"must be an array of 1 to {MAX_LISTS} lists", path="lists", maximum=MAX_LISTS
        )
    parsed: list[ListVotes] = []
    seen: set[int] = set()
    for index, item in enumerate(value):
        path = f"lists[{index}]"
        if not isinstance(item, Mapping):
            raise SeatsRefused("seats.list_not_object", "must be an object with number and candidates", path=path)
        _known_keys(item, LIST_KEYS, path)
        number = _required(item, "number", path)
        if not _whole(number) or not 1 <= number <= MAX_LIST_NUMBER:
            raise SeatsRefused(
                "seats.list_number",
                f"must be a whole number from 1 to {MAX_LIST_NUMBER}",
                path=f"{path}.number",
                maximum=MAX_LIST_NUMBER,
            )
        if number in seen:
            raise SeatsRefused("seats.list_twice", f"list {number} occurs twice", path=f"{path}.number", number=number)
        seen.add(number)
        parsed.append(ListVotes(number, _votes(_required(item, "candidates", path), f"{path}.candidates")))
    return tuple(parsed)


def _votes(value: object, path: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_CANDIDATES:
        raise SeatsRefused(
            "seats.candidates_array",
            f"must be an array of the votes of 1 to {MAX_CANDIDATES} candidates",
            path=path,
            maximum=MAX_CANDIDATES,
        )
    for index, votes in enumerate(value):
        if not _whole(votes) or not 0 <= votes <= MAX_VOTES:
            raise SeatsRefused(
                "seats.votes",
                f"must be a whole number of votes from 0 to {MAX_VOTES}",
                path=f"{path}[{index}]",
                maximum=MAX_VOTES,
            )
    return tuple(value)


def _deceased(value: object, lists: tuple[ListVotes, ...]) -> frozenset[tuple[int, int]]:
    if not isinstance(value, list):
        raise SeatsRefused("seats.deceased_array", "must be an array of [list, candidate] pairs", path="deceased")
    sizes = {item.number: len(item.candidate_votes) for item in lists}
    found: set[tuple[int, int]] = set()
    for index, pair in enumerate(value):
        path = f"deceased[{index}]"
        if not (isinstance(pair, list) and len(pair) == 2 and all(_whole(part) for part in pair)):
            raise SeatsRefused("seats.deceased_pair", "must be [list number, candidate number]", path=path)
        number, candidate = pair
        if number not in sizes or not 1 <= candidate <= sizes[number]:
            raise SeatsRefused(
                "seats.unknown_candidate",
                f"no list has candidate {candidate} of list {number}",
                path=path,
                list=number,
                candidate=candidate,
            )
        if (number, candidate) in found:
            raise SeatsRefused(
                "seats.deceased_twice",
                f"candidate {candidate} of list {number} is named twice",
                path=path,
                list=number,
                candidate=candidate,
            )
        found.add((number, candidate))
    return frozenset(found)


def _lots(value: object) -> tuple[int, ...]:
    if not isinstance(value, list) or len(value) > MAX_LOTS:
        raise SeatsRefused(
            "seats.lots_array", f"must be an array of at most {MAX_LOTS} numbers", path="lots", maximum=MAX_LOTS
        )
    for index, drawn in enumerate(value):
        if not _whole(drawn) or drawn < 1:
            raise SeatsRefused(
                "seats.lot_number", "must be the number of the list or candidate drawn", path=f"lots[{index}]"
            )
    return tuple(value)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _required(mapping: Mapping[str, Any], key: str, path: str) -> Any:
    if key not in mapping:
        raise SeatsRefused("seats.missing_key", f"{key} is missing", path=path, name=key)
    return mapping[key]


def _known_keys(mapping: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise SeatsRefused(
                "seats.unknown_key",
                f"unknown key {key!r} (allowed: {', '.join(allowed)})",
                path=path,
                name=key,
                allowed=list(allowed),
            )
