import pytest

from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import ShapeMismatch, validate
from kiosk.domain.validation.messages import Message, ValidationResult

from ..forms import SHAPE, form


def test_good_form_is_clean():
    result = validate(form())
    assert result == ValidationResult() and not result.has_errors


def test_errors_and_warnings_sorted_by_code_then_list():
    results = form({"L2.T": 0, "L1.1": 61, "A": 1, "F": 40, "G": 3, "H": 192, "D": 192, "K.eq": None})
    assert [(m.code, m.list_number) for m in validate(results).errors] == [
        ("F.201", None),
        ("F.203", None),
        ("F.304", None),
        ("F.401", 2),
        ("F.402", 1),
    ]
    assert validate(results).codes() == ("F.201", "F.203", "F.304", "F.401", "F.402", "W.201")


def test_list_messages_in_list_order():
    results = form({"L1.T": 0, "L2.T": 0})
    assert [(m.code, m.list_number) for m in validate(results).errors] == [("F.401", 1), ("F.401", 2)]


def test_f001_carries_the_empty_fields():
    (message,) = validate(form({"B": None})).errors
    assert message == Message("F.001", fields=("B",))
    assert message.to_json() == {"code": "F.001"}


def test_empty_form():
    result = validate(Results.empty(SHAPE))
    assert result.codes() == ("F.001", "F.304")


def test_json_shape():
    result = validate(form({"L2.2": 21, "D": 200, "A": 197}))
    assert result.to_json() == {
        "errors": [{"code": "F.301"}, {"code": "F.308"}, {"code": "F.310"}, {"code": "F.402", "list": 2}],
        "warnings": [{"code": "W.203"}],
    }


def test_shape_must_match():
    assert validate(form(), SHAPE) == validate(form())
    with pytest.raises(ShapeMismatch):
        validate(form(), ElectionShape.of(True, {1: 2, 2: 2}))


def test_results_are_addable():
    combined = validate(form({"A": 1})) + ValidationResult.of([Message("W.001", fields=("A",))])
    assert combined.codes() == ("F.201", "W.001")


def test_every_message_carries_the_fields_it_concerns():
    results = form({"L2.T": 0, "L1.1": 61, "A": 1, "F": 40, "G": 3, "H": 192, "D": 192, "K.eq": None, "B": None})
    concerns = {(m.code, m.list_number): m.concerns for m in validate(results).messages}
    assert concerns == {
        ("F.001", None): ("B",),
        ("F.203", None): ("E", "F", "G", "H"),
        ("F.304", None): ("K.eq", "K.gt", "K.lt"),
        ("F.401", 2): ("E.2", "L2.1", "L2.2", "L2.T"),
        ("F.402", 1): ("L1.1", "L1.2", "L1.T"),
        ("W.201", None): ("F", "H"),
    }


def test_the_concerned_fields_are_not_part_of_a_messages_identity():
    # An acknowledgement stored as (code, list, fields) still matches the message
    # validate makes now, with its fields named.
    (f402,) = validate(form({"L1.1": 61})).errors
    assert f402 == Message("F.402", 1) and f402.concerns and hash(f402) == hash(Message("F.402", 1))
    assert Message("W.001", fields=("A", "D")).concerns == ("A", "D")
    # The §11 JSON is unchanged.
    assert f402.to_json() == {"code": "F.402", "list": 1}


def test_concerned_fields_of_several_messages():
    from kiosk.domain.validation import concerned_fields

    results = form({"L1.1": 61, "A": 151})
    assert concerned_fields(validate(results).errors) == ("A", "B", "D", "L1.1", "L1.2", "L1.T")
