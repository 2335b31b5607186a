"""Builders for the seat tests: contests from plain numbers, and a compact trace of the steps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kiosk.domain.seats import Apportionment, Contest, ListVotes
from kiosk.domain.seats.methods import HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST, LARGEST_REMAINDER
from kiosk.domain.seats.steps import Assignment, ExhaustionRemoval, MajorityCorrection, Step

SHORT = {LARGEST_REMAINDER: "LR", HIGHEST_AVERAGE_ONE_PER_LIST: "HA1", HIGHEST_AVERAGE: "HA"}


def fifty(votes: int) -> tuple[int, ...]:
    """A list of 50 candidates whose first has all the votes (Abacus's default test list)."""
    return (votes,) + (0,) * 49


def contest(
    seats: int,
    lists: Sequence[Sequence[int] | int] | dict[int, Sequence[int]],
    deceased: Iterable[tuple[int, int]] = (),
) -> Contest:
    """Lists numbered 1, 2, ... (or as the dict's keys); a bare number is ``fifty(number)``."""
    items = lists.items() if isinstance(lists, dict) else enumerate(lists, start=1)
    return Contest(
        seats,
        tuple(ListVotes(n, fifty(v) if isinstance(v, int) else tuple(v)) for n, v in items),
        frozenset(deceased),
    )


def trace(result: Apportionment | Iterable[Step]) -> list[tuple]:
    """The steps (of a result, or as given) in short: ("LR", list), ("HA1", list), ("HA", list),
    ("P9", from, to), ("P10", list)."""
    steps = result.steps if isinstance(result, Apportionment) else result
    short: list[tuple] = []
    for step in steps:
        if isinstance(step, Assignment):
            short.append((SHORT[step.method], step.list))
        elif isinstance(step, MajorityCorrection):
            short.append(("P9", step.from_list, step.to_list))
        elif isinstance(step, ExhaustionRemoval):
            short.append(("P10", step.list))
    return short


def totals(result: Apportionment) -> list[int]:
    return list(result.total_seats.values())
