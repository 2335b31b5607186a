import pytest

from kiosk.domain.validation.document import DocumentError, parse_document, validate_document

from ..forms import GOOD

ELECTION = {"has_C": False, "lists": {"1": 2, "2": 2}}


def doc(fields=None, election=None):
    return {"election": ELECTION if election is None else election, "fields": dict(GOOD if fields is None else fields)}


def test_clean_document():
    assert validate_document(doc()) == {"errors": [], "warnings": []}


def test_contract_shape():
    fields = dict(GOOD, **{"L2.2": 21, "H": 180, "G": 29, "I": 27, "K.eq": False, "K.gt": True, "K.yes": True})
    assert validate_document(doc(fields)) == {
        "errors": [{"code": "F.402", "list": 2}],
        "warnings": [{"code": "W.202"}, {"code": "W.203"}],
    }


def test_missing_and_null_fields_are_empty():
    fields = dict(GOOD, B=None)
    del fields["A"]
    assert validate_document(doc(fields)) == {"errors": [{"code": "F.001"}], "warnings": []}


def test_extra_top_level_keys_ignored():
    assert validate_document(dict(doc(), station=12)) == {"errors": [], "warnings": []}


def test_parse_document_with_c_and_int_keys():
    results = parse_document({"election": {"has_C": True, "lists": {1: 1}}, "fields": {"C": 3}})
    assert results["C"] == 3 and results.shape.has_voter_cards


@pytest.mark.parametrize(
    ("document", "code", "text"),
    [
        ([], "document.not_object", "must be a JSON object"),
        ({"fields": {}}, "document.missing", "election: is missing"),
        ({"election": ELECTION}, "document.missing", "fields: is missing"),
        ({"election": ELECTION, "fields": None}, "document.missing", "fields: is missing"),
        ({"election": ELECTION, "fields": [1]}, "document.not_object", "fields: must be an object"),
        ({"election": [], "fields": {}}, "document.not_object", "election: must be an object"),
        ({"election": {"lists": {}}, "fields": {}}, "document.missing", "election.has_C: is missing"),
        ({"election": {"has_C": "no", "lists": {}}, "fields": {}}, "document.not_bool", "election.has_C: must be"),
        ({"election": {"has_C": False}, "fields": {}}, "document.missing", "election.lists: is missing"),
        ({"election": {"has_C": False, "lists": [12]}, "fields": {}}, "document.not_object", "election.lists:"),
        (
            {"election": {"has_C": False, "lists": {"x": 2}}, "fields": {}},
            "document.bad_list_number",
            "election.lists.x: 'x' is not a list number",
        ),
        ({"election": {"has_C": False, "lists": {"01": 2}}, "fields": {}}, "document.bad_list_number", "lists.01"),
        ({"election": {"has_C": False, "lists": {"0": 2}}, "fields": {}}, "document.bad_list_number", "lists.0"),
        ({"election": {"has_C": False, "lists": {"1": 0}}, "fields": {}}, "document.bad_list_size", "lists.1"),
        ({"election": {"has_C": False, "lists": {"1": "12"}}, "fields": {}}, "document.bad_list_size", "lists.1"),
        ({"election": {"has_C": False, "lists": {"1": True}}, "fields": {}}, "document.bad_list_size", "lists.1"),
        ({"election": {"has_C": False, "lists": {"1": 2, 1: 2}}, "fields": {}}, "document.duplicate_list", "twice"),
    ],
)
def test_malformed_structure(document, code, text):
    with pytest.raises(DocumentError) as caught:
        validate_document(document)
    assert caught.value.code == code
    assert text in str(caught.value)


@pytest.mark.parametrize(
    ("field", "value", "code", "text"),
    [
        ("L9.1", 1, "field.no_such_list", "fields.L9.1: list 9 does not exist"),
        ("E.9", 1, "field.no_such_list", "fields.E.9: list 9 does not exist"),
        ("L1.3", 1, "field.no_such_candidate", "fields.L1.3: list 1 has 2 candidates, not 3"),
        ("C", 1, "field.no_voter_cards", "fields.C: field C does not exist"),
        ("Q", 1, "field.syntax", "fields.Q: 'Q' is not a field code"),
        ("A", "812", "value.text", "fields.A:"),
        ("A", -1, "value.negative", "fields.A: A cannot be negative"),
        ("A", 1_000_000, "value.too_large", "fields.A: A cannot exceed 999999"),
        ("A", 1.5, "value.not_whole", "fields.A:"),
        ("A", True, "value.bool_in_count", "fields.A:"),
        ("K.eq", 1, "value.not_tick", "fields.K.eq:"),
    ],
)
def test_bad_fields_name_the_problem(field, value, code, text):
    with pytest.raises(DocumentError) as caught:
        validate_document(doc({field: value}))
    assert caught.value.code == code
    assert str(caught.value).startswith(text)
    assert caught.value.params["path"] == f"fields.{field}"
