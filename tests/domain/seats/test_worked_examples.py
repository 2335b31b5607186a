"""The Kiesraad's worked examples (``examples.py``), for both sizes of council: seats per list,
the steps in order, the quota, the seats left empty and the elected candidates."""

import pytest

from kiosk.domain.seats import apportion

from .build import contest, trace
from .examples import ALL, Example


def run(example: Example, lots=None):
    return apportion(contest(example.seats, example.lists, example.deceased), example.lots if lots is None else lots)


@pytest.mark.parametrize("example", ALL, ids=lambda e: e.name)
def test_the_seats_of_the_worked_example(example):
    result = run(example)
    assert result.needs_lot is None
    assert result.total_seats == example.total
    assert result.unassigned_seats == example.unassigned
    assert sum(result.total_seats.values()) + result.unassigned_seats == example.seats
    assert result.lots_used == len(example.lots)


@pytest.mark.parametrize("example", [e for e in ALL if e.trace is not None], ids=lambda e: e.name)
def test_the_steps_of_the_worked_example(example):
    assert trace(run(example)) == example.trace


@pytest.mark.parametrize("example", [e for e in ALL if e.elected is not None], ids=lambda e: e.name)
def test_the_elected_candidates_of_the_worked_example(example):
    assert run(example).elected == example.elected


@pytest.mark.parametrize("example", [e for e in ALL if e.quota is not None], ids=lambda e: e.name)
def test_the_quota_of_the_worked_example(example):
    assert run(example).quota == example.quota


@pytest.mark.parametrize("example", [e for e in ALL if e.lots], ids=lambda e: e.name)
def test_without_its_lots_the_example_stops_at_the_first_tie(example):
    result = run(example, lots=())
    assert result.needs_lot is not None and result.elected is None and result.lots_used == 0
    assert example.lots[0] in result.needs_lot.options


def test_the_examples_cover_both_sizes_and_every_rule():
    small = [e for e in ALL if not e.large]
    large = [e for e in ALL if e.large]
    for group in (small, large):
        steps = {step[0] for e in group if e.trace for step in e.trace}
        assert {"P9", "P10"} <= steps
        assert any(e.lots for e in group) and any(e.elected for e in group) and any(e.unassigned for e in group)
    assert {"LR", "HA1", "HA"} <= {step[0] for e in small if e.trace for step in e.trace}
