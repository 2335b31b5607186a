from kiosk.domain.fields import TICK_BOXES, field_codes
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation.required import f001, required_fields

from ..forms import SHAPE, form

TK = ElectionShape.of(True, {1: 1})


def test_every_count_except_i_and_j_is_required():
    required = required_fields(Results.empty(SHAPE))
    assert set(required) == set(field_codes(SHAPE)) - set(TICK_BOXES) - {"I", "J"}
    assert "C" in required_fields(Results.empty(TK))


def test_f001_names_empty_fields_in_form_order():
    assert f001(form()) == ()
    assert f001(form({"L2.T": None, "A": None, "L1.2": None})) == ("A", "L1.2", "L2.T")


def test_zero_is_not_empty():
    assert f001(form({"A": 0, "L1.1": 0})) == ()


def test_tick_boxes_never_required():
    assert f001(form({box: None for box in TICK_BOXES})) == ()


def test_i_required_only_when_more_ballots():
    assert f001(form({"I": None, "J": None})) == ()  # D = H
    assert f001(form({"H": 160, "G": 9, "I": None, "J": None})) == ("I",)
    assert f001(form({"D": 160, "A": 157, "I": None, "J": None})) == ("J",)
    # D or H unknown: whether I or J is needed is unknown too.
    assert f001(form({"H": None, "I": None, "J": None})) == ("H",)


def test_every_field_of_an_empty_form():
    assert f001(Results.empty(SHAPE)) == required_fields(Results.empty(SHAPE))


def test_f001_concerns_the_empty_fields_and_d_h_behind_a_required_i_or_j():
    from kiosk.domain.validation.required import f001_fields

    assert f001_fields(form({"B": None}), ("B",)) == ("B",)
    # I is required because H > D: D or H may be the slip, so they are named too.
    assert f001_fields(form({"H": 160, "I": None}), ("I",)) == ("D", "H", "I")
