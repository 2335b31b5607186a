import pytest

from kiosk.domain.validation.differences import (
    f301,
    f302,
    f303,
    f304,
    f305,
    f306,
    f307,
    f308,
    f309,
    f310,
)

from ..forms import form

# GOOD has D = H = 153 with K.eq ticked.
MORE = {"H": 160, "G": 9, "I": 7, "J": 0, "K.eq": False, "K.gt": True, "K.yes": True}  # H > D by 7
FEWER = {"D": 160, "A": 157, "I": 0, "J": 7, "K.eq": False, "K.lt": True, "K.no": True}  # H < D by 7


def test_the_three_consistent_cases_fire_nothing():
    for changes in ({}, MORE, FEWER):
        results = form(changes)
        rules = (f301, f302, f303, f304, f305, f306, f307, f308, f309, f310)
        assert [rule.__name__ for rule in rules if rule(results)] == []


def test_f301_eq_ticked_but_different():
    assert f301(form(dict(MORE, **{"K.eq": True})))
    assert f301(form(dict(FEWER, **{"K.eq": True})))
    assert not f301(form())


def test_f302_gt_ticked_but_not_more():
    assert f302(form({"K.gt": True}))  # H = D
    assert f302(form(dict(FEWER, **{"K.gt": True})))
    assert not f302(form(MORE))


def test_f303_lt_ticked_but_not_fewer():
    assert f303(form({"K.lt": True}))  # H = D
    assert f303(form(dict(MORE, **{"K.lt": True})))
    assert not f303(form(FEWER))


@pytest.mark.parametrize(
    ("eq", "gt", "lt", "fires"),
    [
        (True, False, False, False),
        (False, True, False, False),
        (None, None, True, False),
        (False, False, False, True),
        (None, None, None, True),
        (True, True, False, True),
        (True, True, True, True),
    ],
)
def test_f304_exactly_one_comparison_ticked(eq, gt, lt, fires):
    assert f304(form({"K.eq": eq, "K.gt": gt, "K.lt": lt})) is fires


def test_f304_needs_no_counts():
    assert f304(form({"D": None, "H": None, "K.eq": None}))


def test_f305_equal_but_a_difference_written():
    assert f305(form({"I": 1}))
    assert f305(form({"J": 2}))
    assert not f305(form({"I": None, "J": None}))  # empty I/J say "none"
    assert not f305(form({"I": 0, "J": None}))


def test_f306_more_ballots_wrong():
    assert f306(form(dict(MORE, I=6)))
    assert f306(form(dict(MORE, I=0)))
    assert not f306(form(dict(MORE, I=None)))  # skipped: F.001 names I


def test_f307_more_ballots_and_j_written():
    assert f307(form(dict(MORE, J=1)))
    assert not f307(form(dict(MORE, J=None)))


def test_f308_fewer_ballots_wrong():
    assert f308(form(dict(FEWER, J=8)))
    assert not f308(form(dict(FEWER, J=None)))


def test_f309_fewer_ballots_and_i_written():
    assert f309(form(dict(FEWER, I=1)))
    assert not f309(form(dict(FEWER, I=None)))


@pytest.mark.parametrize(
    ("yes", "no", "fires"),
    [
        (True, False, False),
        (None, True, False),
        (False, False, True),
        (None, None, True),
        (True, True, True),
    ],
)
def test_f310_explained_exactly_once(yes, no, fires):
    assert f310(form(dict(MORE, **{"K.yes": yes, "K.no": no}))) is fires
    assert not f310(form({"K.yes": yes, "K.no": no}))  # D = H: not asked


@pytest.mark.parametrize("empty", ["D", "H"])
def test_count_rules_skipped_while_d_or_h_empty(empty):
    broken = form(dict(MORE, **{"K.eq": True, "K.lt": True, "I": 1, "J": 1, "K.yes": None, empty: None}))
    for rule in (f301, f302, f303, f305, f306, f307, f308, f309, f310):
        assert not rule(broken), rule.__name__


def test_difference_rules_name_their_fields():
    from kiosk.domain.validation import differences

    named = {n: getattr(differences, f"f{n}_fields")(form()) for n in range(301, 311)}
    assert named == {
        301: ("D", "H", "K.eq"),
        302: ("D", "H", "K.gt"),
        303: ("D", "H", "K.lt"),
        304: ("K.eq", "K.gt", "K.lt"),
        305: ("D", "H", "I", "J"),
        306: ("D", "H", "I"),
        307: ("D", "H", "J"),
        308: ("D", "H", "J"),
        309: ("D", "H", "I"),
        310: ("D", "H", "K.yes", "K.no"),
    }
