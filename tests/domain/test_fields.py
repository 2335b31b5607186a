import pytest

from kiosk.domain.election import Candidate, Election, PartyList
from kiosk.domain.errors import DomainError, ShapeError, UnknownField
from kiosk.domain.fields import (
    TICK_BOXES,
    FieldKind,
    check_field,
    field_codes,
    field_kind,
    front_page_codes,
    list_page_codes,
    parse_field,
)
from kiosk.domain.shape import ElectionShape

GR = ElectionShape.of(False, {1: 3, 2: 2})
TK = ElectionShape.of(True, {2: 1, 1: 2})


def test_form_order_front_page_then_list_pages():
    assert field_codes(GR) == (
        "A",
        "B",
        "D",
        "E.1",
        "E.2",
        "E",
        "F",
        "G",
        "H",
        "K.eq",
        "K.gt",
        "K.lt",
        "I",
        "J",
        "K.yes",
        "K.no",
        "L1.1",
        "L1.2",
        "L1.3",
        "L1.T",
        "L2.1",
        "L2.2",
        "L2.T",
    )


def test_front_page_order_is_the_printed_forms():
    # The entry screen walks the fields in this order, so it must be the paper's.
    from kiosk.demo.election import demo_election
    from kiosk.services.forms import form_spec
    from ocr.forms import build_template

    election = demo_election()
    shape = ElectionShape.from_election(election)
    template = build_template(form_spec(election, election.stations[0]))
    printed = [f["code"] for page in template["pages"] for f in page["fields"]]
    assert printed == list(field_codes(shape))


def test_c_only_where_the_election_has_voter_cards():
    assert front_page_codes(TK)[:4] == ("A", "B", "C", "D")
    assert "C" not in field_codes(GR)
    assert list_page_codes(TK, 1) == ("L1.1", "L1.2", "L1.T")


def test_lists_sorted_and_shape_canonical():
    assert TK.list_numbers == (1, 2)
    assert TK == ElectionShape.of(True, [(1, 2), (2, 1)])
    assert hash(TK) == hash(ElectionShape.of(True, {1: 2, 2: 1}))


def test_shape_from_election():
    election = Election(
        id="GR2026",
        name="Gemeenteraad",
        category="GR",
        subcategory="GR1",
        domain_id="0001",
        domain_name="X",
        election_date=__import__("datetime").date(2026, 3, 18),
        lists=(
            PartyList(1, "A", (Candidate(1, 1, "a"), Candidate(1, 2, "b"))),
            PartyList(2, "B", (Candidate(2, 1, "c"),)),
        ),
    )
    assert ElectionShape.from_election(election) == ElectionShape.of(False, {1: 2, 2: 1})


@pytest.mark.parametrize("lists", [{0: 3}, {1: 0}, {-1: 2}, {True: 2}, {1: True}, {1: 2.0}])
def test_bad_shapes_refused(lists):
    with pytest.raises(ShapeError):
        ElectionShape.of(False, lists)


def test_duplicate_list_refused():
    with pytest.raises(ShapeError) as caught:
        ElectionShape.of(False, [(1, 2), (1, 3)])
    assert caught.value.code == "shape.duplicate_list"


def test_parse_field():
    assert parse_field("E.12").list_number == 12
    ref = parse_field("L3.14")
    assert (ref.list_number, ref.candidate, ref.is_list_total) == (3, 14, False)
    assert parse_field("L3.T").is_list_total
    assert parse_field("E.3").is_list_votes and not parse_field("E").is_list_votes
    assert field_kind("K.yes") is FieldKind.TICK and field_kind("A") is FieldKind.COUNT
    assert all(field_kind(code) is FieldKind.TICK for code in TICK_BOXES)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "a",
        "K",
        "K.maybe",
        "E.",
        "E.0",
        "E.01",
        "L1",
        "L1.",
        "L0.1",
        "L1.0",
        "L1.t",
        "L1.X",
        "A ",
        " A",
        "Z",
        "E.1.2",
        "L1.1.1",
        "E.١",
        "A\n",
        7,
        None,
        ("A",),
    ],
)
def test_bad_syntax(code):
    with pytest.raises(UnknownField) as caught:
        parse_field(code)
    assert caught.value.code == "field.syntax"
    assert isinstance(caught.value, DomainError)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("C", "field.no_voter_cards"),
        ("E.3", "field.no_such_list"),
        ("L3.1", "field.no_such_list"),
        ("L3.T", "field.no_such_list"),
        ("L2.3", "field.no_such_candidate"),
    ],
)
def test_fields_the_election_lacks(code, error):
    with pytest.raises(UnknownField) as caught:
        check_field(code, GR)
    assert caught.value.code == error
    assert code in str(caught.value) or "C" in str(caught.value)


def test_every_listed_code_checks():
    for shape in (GR, TK):
        for code in field_codes(shape):
            assert check_field(code, shape).code == code
