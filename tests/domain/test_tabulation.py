import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.fields import field_codes
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import TabulationError, sum_results, summed_codes, tabulate
from kiosk.domain.workflow import ErrorResolution, ErrorsResolved, ScanAttached, Status

from .forms import GOOD, SHAPE, consistent_forms, form
from .workflow.driver import ANNA, BRAM, CARLA, CLERK, Station

PROPERTY = settings(max_examples=30, deadline=None)


def definitive(number: int, values: dict) -> Station:
    station = Station(SHAPE, number)
    station.enter(1, ANNA, values)
    assert station.enter(2, BRAM, values).status is Status.DEFINITIVE
    return station


def test_summed_codes_exclude_tick_boxes():
    assert summed_codes(SHAPE) == tuple(c for c in field_codes(SHAPE) if not c.startswith("K."))


def test_tabulate_sums_definitive_stations():
    more = dict(GOOD, H=160, G=9, I=7, J=0, **{"K.eq": False, "K.gt": True, "K.yes": True})
    states = {1: definitive(1, GOOD).state, 2: definitive(2, more).state, 3: definitive(3, GOOD).state}
    totals = tabulate(SHAPE, [1, 2, 3], states)
    assert totals.stations == (1, 2, 3)
    assert totals["A"] == 450 and totals["H"] == 153 * 2 + 160 and totals["L1.1"] == 180
    assert totals.list_votes(2) == 150 and totals.list_totals() == {1: 300, 2: 150}
    assert totals["I"] == 7 and totals.contributing("I") == ((2, 7),) and totals.contributing("J") == ()
    with pytest.raises(KeyError):
        totals["K.eq"]


def test_tabulate_names_the_stations_that_are_not_ready():
    scanned = Station(SHAPE, 4)
    scanned.do(ScanAttached, CLERK, pages=("p",))
    errors = Station(SHAPE, 5)
    errors.enter(1, ANNA, dict(GOOD, A=1))
    discarded = Station(SHAPE, 6)
    discarded.enter(1, ANNA, dict(GOOD, A=1))
    discarded.do(ErrorsResolved, CARLA, resolution=ErrorResolution.DISCARD)  # back to empty
    states = {1: definitive(1, GOOD).state, 4: scanned.state, 5: errors.state, 6: discarded.state}
    with pytest.raises(TabulationError) as caught:
        tabulate(SHAPE, [1, 2, 4, 5, 6], states)
    error = caught.value
    assert error.code == "tabulation.not_ready"
    assert (error.params["missing"], error.params["not_definitive"], error.params["has_errors"]) == ((2, 6), (4,), (5,))
    assert str(error) == "cannot total yet; missing: 2, 6; not definitive: 4; unresolved errors: 5"


def test_tabulate_refuses_unknown_stations():
    with pytest.raises(TabulationError) as caught:
        tabulate(SHAPE, [1], {1: definitive(1, GOOD).state, 9: definitive(9, GOOD).state})
    assert caught.value.code == "tabulation.unknown_station" and caught.value.params["stations"] == (9,)


def test_sum_results_refuses_incomplete_or_foreign_results():
    with pytest.raises(TabulationError) as caught:
        sum_results(SHAPE, {3: form({"B": None})})
    assert caught.value.code == "tabulation.incomplete" and caught.value.params["fields"] == ("B",)
    other = ElectionShape.of(True, {1: 2, 2: 2})
    with pytest.raises(TabulationError):
        sum_results(other, {3: form()})


def test_no_stations_no_votes():
    totals = sum_results(SHAPE, {})
    assert set(totals.as_dict().values()) == {0} and totals.stations == ()


@PROPERTY
@given(st.data())
def test_totals_are_the_sum_in_any_order(data):
    shape = SHAPE
    forms = data.draw(st.lists(consistent_forms(shape), min_size=1, max_size=6))
    numbers = data.draw(st.lists(st.integers(1, 500), min_size=len(forms), max_size=len(forms), unique=True))
    results = dict(zip(numbers, forms))
    totals = sum_results(shape, results)
    shuffled = dict(data.draw(st.permutations(list(results.items()))))
    assert sum_results(shape, shuffled) == totals
    for code in summed_codes(shape):
        assert totals[code] == sum(r.count(code) or 0 for r in forms)
    assert totals.contributing("I") == tuple(sorted((n, r["I"]) for n, r in results.items() if (r["I"] or 0) > 0))
    # Adding up per station keeps the form's arithmetic: Σ E.l = E, E + F + G = H.
    assert sum(totals.list_votes(n) for n in shape.list_numbers) == totals["E"]
    assert totals["E"] + totals["F"] + totals["G"] == totals["H"]


@PROPERTY
@given(st.lists(consistent_forms(SHAPE), min_size=2, max_size=4))
def test_split_and_add_equals_whole(forms):
    # Several kiosks may split a municipality: their partial totals add up to the whole.
    whole = sum_results(SHAPE, dict(enumerate(forms, start=1)))
    half = len(forms) // 2
    one = sum_results(SHAPE, dict(list(enumerate(forms, start=1))[:half]))
    two = sum_results(SHAPE, dict(list(enumerate(forms, start=1))[half:]))
    assert all(whole[c] == one[c] + two[c] for c in summed_codes(SHAPE))
