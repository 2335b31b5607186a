"""Hypothesis: consistent forms fire nothing; breaking one relation fires
exactly the rule(s) for that relation."""

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kiosk.domain.fields import TICK_BOXES
from kiosk.domain.results import MAX_COUNT, Results
from kiosk.domain.validation import validate

from ..forms import consistent_forms, fired

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def bump(results: Results, code: str, by: int) -> Results:
    value = results.count(code)
    assert value is not None
    assume(0 <= value + by <= MAX_COUNT)
    return results.with_value(code, value + by)


def share_warnings(results: Results) -> set:
    """Independent oracle for W.201/W.202: ⌈3H/100⌉ ≤ x ⟺ 3H ≤ 100x for whole x."""
    h = results.count("H")
    out = set()
    for code, field in (("W.201", "F"), ("W.202", "G")):
        x = results.count(field)
        if not (x == 0 and h == 0) and 100 * x >= 3 * h:
            out.add((code, None))
    return out


@PROPERTY
@given(consistent_forms())
def test_consistent_forms_fire_nothing(results):
    assert validate(results).messages == ()


@PROPERTY
@given(consistent_forms(), st.sampled_from(["A", "B", "C"]), st.sampled_from([-3, -1, 1, 7]))
def test_breaking_admitted_voters_fires_f201(results, code, by):
    assume(code in results)
    assert fired(bump(results, code, by)) == {("F.201", None)}


@PROPERTY
@given(consistent_forms(), st.data())
def test_breaking_a_candidate_fires_f402_or_f401(results, data):
    number = data.draw(st.sampled_from(results.shape.list_numbers))
    position = data.draw(st.integers(1, results.shape.candidates(number)))
    broken = bump(results, f"L{number}.{position}", data.draw(st.sampled_from([-2, -1, 1, 5])))
    # A list page whose total is 0 while a candidate now has votes is F.401 (which hides F.402).
    expected = "F.401" if results.count(f"L{number}.T") == 0 else "F.402"
    assert fired(broken) == {(expected, number)}


@PROPERTY
@given(consistent_forms(), st.data())
def test_breaking_a_list_page_total(results, data):
    number = data.draw(st.sampled_from(results.shape.list_numbers))
    broken = bump(results, f"L{number}.T", data.draw(st.sampled_from([-1, 1, 10])))
    if broken.count(f"L{number}.T") == 0:
        assert fired(broken) == {("F.401", number)}
    else:
        assert fired(broken) == {("F.402", number), ("F.403", number)}


@PROPERTY
@given(consistent_forms(), st.data())
def test_list_total_left_at_zero_fires_only_f401(results, data):
    number = data.draw(st.sampled_from(results.shape.list_numbers))
    assume(results.count(f"L{number}.T") > 0)
    assert fired(results.with_value(f"L{number}.T", 0)) == {("F.401", number)}


@PROPERTY
@given(consistent_forms(), st.data())
def test_breaking_a_front_page_list_total(results, data):
    number = data.draw(st.sampled_from(results.shape.list_numbers))
    broken = bump(results, f"E.{number}", data.draw(st.sampled_from([-1, 1, 4])))
    expected = {("F.202", None), ("F.403", number)}
    if results.count(f"L{number}.T") == 0:
        expected = {("F.202", None), ("F.401", number)}  # E.l > 0 with L_l = 0
    assert fired(broken) == expected


@PROPERTY
@given(consistent_forms(), st.sampled_from([-1, 1, 9]))
def test_breaking_e_fires_f202_and_f203(results, by):
    broken = bump(results, "E", by)
    expected = {("F.204", None)} if broken.count("E") == 0 else {("F.202", None), ("F.203", None)}
    assert fired(broken) == expected


@PROPERTY
@given(consistent_forms())
def test_e_left_at_zero_fires_only_f204(results):
    assert fired(results.with_value("E", 0)) == {("F.204", None)}


@PROPERTY
@given(consistent_forms(), st.sampled_from(["F", "G"]), st.sampled_from([-1, 1, 3]))
def test_breaking_blank_or_invalid_fires_f203(results, code, by):
    broken = bump(results, code, by)
    assert fired(broken) == {("F.203", None)} | share_warnings(broken)


@PROPERTY
@given(consistent_forms(), st.sampled_from(["I", "J"]), st.integers(1, 5))
def test_breaking_the_difference_fields(results, code, by):
    d, h = results.count("D"), results.count("H")
    broken = results.with_value(code, (results.count(code) or 0) + by)
    if d == h:
        expected = "F.305"
    elif h > d:
        expected = "F.306" if code == "I" else "F.307"
    else:
        expected = "F.308" if code == "J" else "F.309"
    assert fired(broken) == {(expected, None)}


@PROPERTY
@given(consistent_forms(), st.sampled_from(["K.eq", "K.gt", "K.lt"]))
def test_flipping_a_comparison_box(results, box):
    d, h = results.count("D"), results.count("H")
    was_ticked = results.ticked(box)
    broken = results.with_value(box, not was_ticked)
    expected = {("F.304", None)}  # now zero or two boxes ticked
    if not was_ticked:
        # The newly ticked box also claims a comparison that does not hold.
        expected.add(({"K.eq": "F.301", "K.gt": "F.302", "K.lt": "F.303"}[box], None))
    assert d is not None and h is not None
    assert fired(broken) == expected


@PROPERTY
@given(consistent_forms(), st.sampled_from([(True, True), (False, False), (None, None), (False, None)]))
def test_explanation_boxes(results, ticks):
    broken = results.with_values({"K.yes": ticks[0], "K.no": ticks[1]})
    expected = set() if results.count("D") == results.count("H") else {("F.310", None)}
    assert fired(broken) == expected


@PROPERTY
@given(consistent_forms(), st.data())
def test_emptying_a_required_field_fires_only_f001(results, data):
    code = data.draw(st.sampled_from([c for c in results if c not in TICK_BOXES and c not in ("I", "J")]))
    broken = results.with_value(code, None)
    (message,) = validate(broken).messages
    assert (message.code, message.fields) == ("F.001", (code,))


@PROPERTY
@given(consistent_forms(), st.sampled_from(["I", "J"]))
def test_emptying_i_or_j_only_matters_where_it_holds_the_difference(results, code):
    d, h = results.count("D"), results.count("H")
    needed = (code == "I" and h > d) or (code == "J" and h < d)
    messages = validate(results.with_value(code, None)).messages
    assert [(m.code, m.fields) for m in messages] == ([("F.001", (code,))] if needed else [])


@PROPERTY
@given(consistent_forms())
def test_validation_is_deterministic_and_sorted(results):
    broken = results.with_values({"E": 0, "K.eq": None, "K.gt": None, "K.lt": None})
    messages = validate(broken).messages
    assert validate(broken).messages == messages
    errors = [m.sort_key for m in messages if m.is_error]
    assert errors == sorted(errors)


@PROPERTY
@given(consistent_forms(), st.data())
def test_every_message_concerns_the_field_that_broke_the_form(results, data):
    """A message names the fields its rule compares, so the one field changed on a
    consistent form is among the named fields of whatever fires: the culprit is
    always shown, and a return for correction always reopens it."""
    from kiosk.domain.fields import field_codes

    codes = field_codes(results.shape)
    code = data.draw(st.sampled_from(codes))
    if code in TICK_BOXES:
        value: object = not results.ticked(code)
    else:
        value = data.draw(st.integers(0, 2000))
    broken = results.with_value(code, value)
    for message in validate(broken).messages:
        assert code in message.concerns, (message, message.concerns)
        order = [codes.index(c) for c in message.concerns]
        assert order == sorted(order) and len(set(order)) == len(order)  # the form's order, each once
