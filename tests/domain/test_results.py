import pytest

from kiosk.domain.errors import DomainError, InvalidValue, UnknownField
from kiosk.domain.fields import field_codes
from kiosk.domain.results import MAX_COUNT, Results, check_value
from kiosk.domain.shape import ElectionShape

GR = ElectionShape.of(False, {1: 2, 2: 1})
TK = ElectionShape.of(True, {1: 2})


def test_empty_is_none_never_zero():
    results = Results.empty(GR)
    assert all(results[code] is None for code in results)
    assert results.empty_fields() == field_codes(GR)
    assert not results.is_complete()


def test_from_mapping_and_access():
    results = Results.from_mapping(GR, {"A": 0, "L2.1": 999_999, "K.eq": True, "K.gt": False})
    assert results["A"] == 0 and results["B"] is None
    assert results.count("L2.1") == MAX_COUNT
    assert results.ticked("K.eq") and not results.ticked("K.gt") and not results.ticked("K.lt")
    assert list(results) == list(field_codes(GR)) and len(results) == len(field_codes(GR))
    assert "C" not in results and "A" in results and 5 not in results
    assert results.get("C") is None and results.get("A") == 0
    assert results.to_dict()["L2.1"] == MAX_COUNT
    assert list(results.values()) == list(results.to_dict().values())  # a real Mapping


def test_immutable_with_value():
    empty = Results.empty(GR)
    changed = empty.with_value("A", 5)
    assert empty["A"] is None and changed["A"] == 5
    assert changed.with_value("A", None) == empty
    assert hash(changed) != hash(empty) or changed != empty
    with pytest.raises(AttributeError):
        changed.slots = ()  # type: ignore[misc]


def test_differing_fields():
    one = Results.from_mapping(GR, {"A": 1, "B": 2, "K.eq": True})
    two = Results.from_mapping(GR, {"A": 1, "B": 3, "K.eq": False, "L1.T": 0})
    assert one.differing_fields(two) == ("B", "K.eq", "L1.T")


@pytest.mark.parametrize(
    ("code", "value", "error"),
    [
        ("A", "12", "value.text"),
        ("A", "", "value.text"),
        ("A", True, "value.bool_in_count"),
        ("A", False, "value.bool_in_count"),
        ("A", -1, "value.negative"),
        ("A", MAX_COUNT + 1, "value.too_large"),
        ("A", 3.0, "value.not_whole"),
        ("A", 2.5, "value.not_whole"),
        ("A", [1], "value.not_a_number"),
        ("A", b"1", "value.not_a_number"),
        ("K.eq", 1, "value.not_tick"),
        ("K.eq", "true", "value.not_tick"),
        ("K.no", 0, "value.not_tick"),
    ],
)
def test_invalid_values_refused(code, value, error):
    with pytest.raises(InvalidValue) as caught:
        Results.from_mapping(GR, {code: value})
    assert caught.value.code == error
    assert isinstance(caught.value, DomainError)
    assert caught.value.params["field"] == code
    assert code in str(caught.value)  # a readable sentence naming the field
    with pytest.raises(InvalidValue):
        Results.empty(GR).with_value(code, value)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("C", "field.no_voter_cards"),
        ("E.3", "field.no_such_list"),
        ("L1.3", "field.no_such_candidate"),
        ("X", "field.syntax"),
        ("l1.1", "field.syntax"),
    ],
)
def test_unknown_fields_refused(code, error):
    with pytest.raises(UnknownField) as caught:
        Results.from_mapping(GR, {code: 1})
    assert caught.value.code == error
    with pytest.raises(UnknownField):
        Results.empty(GR)[code]


def test_c_exists_with_voter_cards():
    assert Results.from_mapping(TK, {"C": 4})["C"] == 4


def test_typed_access_refuses_wrong_kind():
    results = Results.empty(GR)
    with pytest.raises(UnknownField):
        results.count("K.eq")
    with pytest.raises(UnknownField):
        results.ticked("A")


def test_direct_construction_is_checked():
    with pytest.raises(ValueError):
        Results(GR, (None,))
    with pytest.raises(InvalidValue):
        Results(GR, ("x",) + (None,) * (len(field_codes(GR)) - 1))


def test_check_value_boundaries():
    assert check_value("A", 0) == 0
    assert check_value("A", MAX_COUNT) == MAX_COUNT
    assert check_value("K.eq", None) is None
    assert check_value("K.eq", False) is False
