import pytest

from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation.front_page import f201, f202, f203, f204

from ..forms import GOOD, fired, form

TK = ElectionShape.of(True, {1: 2, 2: 2})


def test_good_form_fires_nothing():
    assert fired(form()) == set()


# F.201: A + B + C ≠ D
def test_f201():
    assert not f201(form())
    assert f201(form({"A": 151}))
    assert f201(form({"B": 0}))


def test_f201_counts_c_where_the_election_has_it():
    with_c = dict(GOOD, A=140, C=10)
    assert not f201(form(base=with_c, shape=TK))
    assert f201(form({"C": 11}, base=with_c, shape=TK))
    # Where the election has no C, C is 0: A + B must equal D.
    assert not f201(form())


@pytest.mark.parametrize("empty", ["A", "B", "D"])
def test_f201_skipped_while_an_input_is_empty(empty):
    assert not f201(form({"A": 1, empty: None}))


def test_f201_skipped_while_c_is_empty():
    assert not f201(form({"C": None, "A": 1}, base=dict(GOOD, C=0), shape=TK))


# F.202: Σ E.l ≠ E
def test_f202():
    assert not f202(form())
    assert f202(form({"E": 151}))
    assert f202(form({"E.2": 49}))
    assert not f202(form({"E.2": None, "E": 1}))
    assert not f202(form({"E": None}))


# F.203: E + F + G ≠ H
def test_f203():
    assert not f203(form())
    assert f203(form({"G": 3}))
    assert f203(form({"H": 154}))
    for empty in ("E", "F", "G", "H"):
        assert not f203(form({empty: None, "G": 3 if empty != "G" else None}))


# F.204: Σ E.l ≠ 0 and E = 0
def test_f204():
    assert not f204(form())
    assert f204(form({"E": 0}))
    assert not f204(form({"E": 0, "E.1": 0, "E.2": 0}))
    assert not f204(form({"E": None}))


def test_f204_decided_by_the_filled_list_totals():
    # One filled E.l > 0 makes the sum non-zero whatever the empty E.l hold.
    assert f204(form({"E": 0, "E.1": None}))
    assert not f204(form({"E": 0, "E.1": None, "E.2": 0}))


def test_f204_suppresses_f202_and_f203():
    results = form({"E": 0})
    assert f202(results) and f203(results) and f204(results)
    assert fired(results) == {("F.204", None)}


# The fields each rule compares: where the verifier and the coordinator look.
def test_front_page_rules_name_their_fields():
    from kiosk.domain.validation.front_page import f201_fields, f202_fields, f203_fields, f204_fields

    assert f201_fields(form()) == ("A", "B", "D")
    assert f201_fields(form(base=dict(GOOD, C=0), shape=TK)) == ("A", "B", "C", "D")
    assert f202_fields(form()) == ("E.1", "E.2", "E")
    assert f203_fields(form()) == ("E", "F", "G", "H")
    assert f204_fields(form()) == ("E.1", "E.2", "E")
