from kiosk.domain.validation.comparison import differing_fields, w001

from ..forms import form


def test_equal_entries():
    assert differing_fields(form(), form()) == ()
    assert w001(form(), form()) is None


def test_names_codes_never_values():
    first, second = form(), form({"A": 151, "K.gt": True, "L2.T": None})
    message = w001(first, second)
    assert message is not None and message.code == "W.001"
    assert message.fields == ("A", "K.gt", "L2.T")
    assert message.to_json() == {"code": "W.001"}
    assert 150 not in message.fields and not message.is_error


def test_only_limits_to_confirmed_fields():
    first, second = form(), form({"A": 151, "B": 4})
    assert differing_fields(first, second, only=("B", "D")) == ("B",)
