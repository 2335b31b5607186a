from kiosk.domain.validation.lists import f401, f402, f403

from ..forms import fired, form


def test_good_lists():
    results = form()
    assert not any(rule(results, n) for rule in (f401, f402, f403) for n in (1, 2))


def test_f401_list_total_left_at_zero():
    assert f401(form({"L1.T": 0}), 1)
    assert not f401(form({"L1.T": 0}), 2)
    # Only E.l > 0 is enough; only a candidate > 0 is enough.
    assert f401(form({"L1.T": 0, "L1.1": 0, "L1.2": 0}), 1)
    assert f401(form({"L1.T": 0, "E.1": 0, "E": 50, "L1.1": 0, "L1.2": 1}), 1)
    assert not f401(form({"L1.T": 0, "E.1": 0, "L1.1": 0, "L1.2": 0}), 1)
    assert not f401(form({"L1.T": None}), 1)


def test_f401_decided_by_filled_fields():
    assert f401(form({"L1.T": 0, "E.1": None, "L1.1": None}), 1)  # L1.2 = 40 > 0
    assert not f401(form({"L1.T": 0, "E.1": None, "L1.1": None, "L1.2": 0}), 1)


def test_f401_suppresses_f402_and_f403_for_that_list_only():
    results = form({"L1.T": 0, "L2.T": 51})
    assert f402(results, 1) and f403(results, 1)
    assert fired(results) == {("F.401", 1), ("F.402", 2), ("F.403", 2)}


def test_f402_candidates_do_not_add_up():
    assert f402(form({"L2.1": 31}), 2)
    assert not f402(form({"L2.1": 31}), 1)
    assert not f402(form({"L2.1": None}), 2)
    assert not f402(form({"L2.T": None}), 2)


def test_f403_list_page_and_front_page_disagree():
    assert f403(form({"E.2": 51}), 2)
    assert not f403(form({"E.2": None}), 2)
    assert not f403(form({"L2.T": None}), 2)


def test_list_messages_carry_the_list_number():
    assert fired(form({"L2.2": 21})) == {("F.402", 2)}
    assert fired(form({"L1.T": 101})) == {("F.402", 1), ("F.403", 1)}


def test_list_rules_name_their_fields():
    from kiosk.domain.validation.lists import f401_fields, f402_fields, f403_fields

    # F.402: the culprit is a candidate or the list total, never a front-page field.
    assert f402_fields(form(), 1) == ("L1.1", "L1.2", "L1.T")
    assert f402_fields(form(), 2) == ("L2.1", "L2.2", "L2.T")
    assert f401_fields(form(), 1) == ("E.1", "L1.1", "L1.2", "L1.T")
    assert f403_fields(form(), 2) == ("E.2", "L2.T")
