"""The CSB's entry of a GSB totals sheet (kiosk.domain.csb): checked, four eyes or the printed digest."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.demo.results import consistent_results
from kiosk.domain.csb import (
    CsbError,
    GsbState,
    confirm_digest,
    entry_digest,
    entry_totals,
    gsb_entry,
    inconsistencies,
    record_entry,
)
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.sheet_digest import groups, numbers_digest
from kiosk.domain.tabulation import sum_results

SHAPE = ElectionShape.of(False, {1: 4, 2: 3, 3: 2})


def sheet_totals(seed: int = 1):
    """The totals a GSB's sheet prints for stations 1-5."""
    rng = random.Random(seed)
    results = {
        n: Results.from_mapping(SHAPE, consistent_results(SHAPE, rng, 900, (0, 1, -2)[n % 3])) for n in range(1, 6)
    }
    return sum_results(SHAPE, results)


def typed(totals) -> dict:
    return dict(totals.counts)


def test_a_typed_sheet_is_the_sheets_totals_and_its_digest():
    totals = sheet_totals()
    entry = gsb_entry(SHAPE, "anna", totals.stations, typed(totals))
    assert entry_totals(SHAPE, entry).counts == totals.counts
    assert entry_digest(entry, "GR2026_X", "0999", SHAPE) == numbers_digest("GR2026_X", "0999", totals)


def test_what_is_refused():
    values = typed(sheet_totals())
    with pytest.raises(CsbError) as refused:
        gsb_entry(SHAPE, "anna", (1,), {k: v for k, v in values.items() if k != "L2.1"})
    assert (refused.value.code, refused.value.params["fields"]) == ("csb.missing", "L2.1")
    with pytest.raises(CsbError) as refused:
        gsb_entry(SHAPE, "anna", (1,), dict(values, X=1))
    assert refused.value.code == "csb.unknown_fields"
    for bad in (-1, 1.5, "12", True, 100_000_000):
        with pytest.raises(CsbError) as refused:
            gsb_entry(SHAPE, "anna", (1,), dict(values, A=bad))
        assert refused.value.code == "csb.bad_value"
    with pytest.raises(CsbError) as refused:
        gsb_entry(SHAPE, "anna", (), values)
    assert refused.value.code == "csb.no_stations"
    with pytest.raises(CsbError) as refused:
        gsb_entry(SHAPE, "anna", (1,), dict(values, **{"L1.1": values["L1.1"] + 1}))
    assert refused.value.code == "csb.inconsistent" and "lijst 1" in refused.value.params["checks"]


@settings(max_examples=40, deadline=None)
@given(code=st.sampled_from(["A", "B", "F", "G", "L1.1", "L2.3", "L3.2"]), delta=st.integers(1, 50))
def test_every_broken_sum_is_named(code, delta):
    values = typed(sheet_totals())
    values[code] += delta
    assert inconsistencies(SHAPE, values)


def test_two_alike_by_two_people_settle_and_one_person_cannot_do_both():
    totals = sheet_totals()
    first = gsb_entry(SHAPE, "anna", totals.stations, typed(totals))
    state = record_entry(GsbState(), 1, first)
    assert state.definitive is None
    with pytest.raises(CsbError) as refused:
        record_entry(state, 2, gsb_entry(SHAPE, "anna", totals.stations, typed(totals)))
    assert refused.value.code == "csb.same_person"
    other = sheet_totals(seed=2)
    differing = record_entry(state, 2, gsb_entry(SHAPE, "bram", other.stations, typed(other)))
    assert differing.definitive is None and differing.differing()
    retyped = record_entry(differing, 2, gsb_entry(SHAPE, "bram", totals.stations, typed(totals)))
    assert retyped.definitive_by == "entries" and retyped.definitive == first
    with pytest.raises(CsbError) as refused:
        record_entry(retyped, 1, first)
    assert refused.value.code == "csb.definitive"


def test_stations_differ_is_a_difference():
    totals = sheet_totals()
    state = record_entry(GsbState(), 1, gsb_entry(SHAPE, "anna", (1, 2, 3, 4, 5), typed(totals)))
    state = record_entry(state, 2, gsb_entry(SHAPE, "bram", (1, 2, 3, 4), typed(totals)))
    assert state.differing() == ("stembureaus",)


def test_one_entry_proven_by_the_printed_digest():
    totals = sheet_totals()
    printed = numbers_digest("GR2026_X", "0999", totals)
    g = groups(printed)
    state = record_entry(GsbState(), 1, gsb_entry(SHAPE, "anna", totals.stations, typed(totals)))
    done = confirm_digest(state, "GR2026_X", "0999", SHAPE, (4, 12), (g[4], g[12]))
    assert done.definitive_by == "digest" and done.digest == printed
    with pytest.raises(CsbError) as refused:
        confirm_digest(GsbState(), "GR2026_X", "0999", SHAPE, (4, 12), (g[4], g[12]))
    assert refused.value.code == "csb.no_entry"


def test_a_number_typed_differently_from_the_sheet_is_caught_by_its_digest():
    totals = sheet_totals()
    printed = groups(numbers_digest("GR2026_X", "0999", totals))
    values = typed(totals)
    values.update({"L1.1": values["L1.1"] + 1, "L1.2": values["L1.2"] - 1})  # sums still hold
    state = record_entry(GsbState(), 1, gsb_entry(SHAPE, "anna", totals.stations, values))
    with pytest.raises(CsbError) as refused:
        confirm_digest(state, "GR2026_X", "0999", SHAPE, (0, 1), (printed[0], printed[1]))
    assert refused.value.code == "csb.digest_mismatch"
