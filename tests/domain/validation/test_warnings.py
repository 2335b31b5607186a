import pytest

from kiosk.domain.validation.warnings import three_percent, w201, w202, w203, w204

from ..forms import form


def counts(**values):
    """A form where only D, F, G and H matter to the warnings."""
    return form(values)


@pytest.mark.parametrize(("h", "threshold"), [(0, 0), (1, 1), (33, 1), (34, 2), (100, 3), (101, 4), (200, 6)])
def test_three_percent_rounds_up(h, threshold):
    assert three_percent(h) == threshold


@pytest.mark.parametrize("rule,field", [(w201, "F"), (w202, "G")])
def test_share_boundary_exactly_three_percent(rule, field):
    assert rule(counts(**{field: 3, "H": 100}))  # 3 = ⌈3% of 100⌉: warns
    assert not rule(counts(**{field: 2, "H": 100}))
    assert rule(counts(**{field: 4, "H": 101}))  # ⌈3.03⌉ = 4
    assert not rule(counts(**{field: 3, "H": 101}))
    assert rule(counts(**{field: 1, "H": 1}))
    assert not rule(counts(**{field: 0, "H": 1}))


@pytest.mark.parametrize("rule,field", [(w201, "F"), (w202, "G")])
def test_share_h_zero(rule, field):
    assert not rule(counts(**{field: 0, "H": 0}))  # the exception
    assert rule(counts(**{field: 1, "H": 0}))
    assert not rule(counts(**{field: None, "H": 100}))
    assert not rule(counts(**{field: 50, "H": None}))


@pytest.mark.parametrize(
    ("d", "h", "fires"),
    [
        (1015, 1000, True),  # |D-H| = 15 exactly (1.5%): warns
        (1014, 1000, False),  # 14 and 1.4%
        (985, 1000, True),
        (102, 100, True),  # 2% exactly
        (101, 100, False),
        (98, 100, True),
        (51, 50, True),  # 1 of 50 = 2%
        (52, 51, False),  # 1 of 51 < 2%
        (100, 100, False),
        (1, 0, True),  # H = 0 and D > 0
        (0, 0, False),
        (0, 5, True),  # D = 0, H = 5: 100%
        (None, 100, False),
        (100, None, False),
    ],
)
def test_w203(d, h, fires):
    assert w203(counts(D=d, H=h)) is fires


def test_w204():
    assert w204(counts(H=0))
    assert not w204(counts(H=1))
    assert not w204(counts(H=None))


def test_warnings_name_their_fields():
    from kiosk.domain.validation.warnings import w201_fields, w202_fields, w203_fields, w204_fields

    results = form()
    assert (w201_fields(results), w202_fields(results), w203_fields(results), w204_fields(results)) == (
        ("F", "H"),
        ("G", "H"),
        ("D", "H"),
        ("H",),
    )
