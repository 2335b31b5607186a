"""The form's arithmetic decides which readings are proposed; it never fills in or changes a value."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ocr.consistency import CORROBORATED, explanation_odds, propose, relations
from ocr.digits.labels import BLANK
from ocr.fields import EMPTY, NO_PROPOSAL, PROPOSED, FieldReading

THRESHOLD = 0.9
TEMPLATE = {"has_C": False, "lists": [{"number": 1, "candidates": 3}, {"number": 2, "candidates": 2}]}


def box(label: int, confidence: float, alternative: int | None = None, alternative_p: float = 0.0) -> tuple:
    """12 class probabilities: `label` gets `confidence`, `alternative` gets `alternative_p`, the other
    digits and blank next to nothing, "other" what is left (no sum ever needs "other")."""
    p = [1e-12] * 12
    p[label] = confidence
    if alternative is not None:
        p[alternative] = alternative_p
    p[11] = max(0.0, 1.0 - sum(p[:11]))
    return tuple(p)


def count(
    code: str,
    value: int | None,
    confidence: float = 0.999,
    status: str = PROPOSED,
    doubt: dict[int, tuple[int, float]] | None = None,
) -> FieldReading:
    """A count read as `value` (right-aligned in 6 boxes, empty paper before it); `doubt` maps a box
    index to (alternative digit, its probability), every box at `confidence` ** (1 / digits)."""
    digits = [int(ch) for ch in str(value)] if value is not None else []
    per_box = confidence ** (1 / max(len(digits), 1))
    probabilities, names = [], []
    for k in range(6):
        position = k - (6 - len(digits))
        if position < 0:
            probabilities.append(None)
            names.append("blank")
            continue
        alternative, p = (doubt or {}).get(k, (None, 0.0))
        probabilities.append(box(digits[position], per_box, alternative, p))
        names.append(str(digits[position]))
    return FieldReading(
        code, "count", value if status == PROPOSED else None, confidence, status, tuple(names), tuple(probabilities)
    )


def page(**values) -> dict[str, FieldReading]:
    """Readings by code; a number is read confidently, a FieldReading is taken as it is."""
    out = {}
    for name, reading in values.items():
        code = name.replace("_", ".")
        out[code] = reading if isinstance(reading, FieldReading) else count(code, reading)
    return out


def proposed(readings: dict[str, FieldReading]) -> dict[str, int]:
    return {code: r.value for code, r in propose(TEMPLATE, readings, THRESHOLD).items() if r.status == PROPOSED}


def test_the_sums_of_a_page():
    front = {"A", "B", "D", "E", "F", "G", "H", "I", "J", "E.1", "E.2"}
    found = {(r.left, r.right) for r in relations(TEMPLATE, front)}
    assert found == {
        (("A", "B"), ("D",)),
        (("E", "F", "G"), ("H",)),
        (("H", "J"), ("D", "I")),
        (("E.1", "E.2"), ("E",)),
    }
    with_c = {(r.left, r.right) for r in relations({**TEMPLATE, "has_C": True}, front | {"C"})}
    assert (("A", "B", "C"), ("D",)) in with_c
    lists = {(r.left, r.right) for r in relations(TEMPLATE, {"L1.1", "L1.2", "L1.3", "L1.T", "L2.1", "L2.2"})}
    assert lists == {(("L1.1", "L1.2", "L1.3"), ("L1.T",))}  # L2.T is on another page: no check for list 2


def test_a_sum_that_holds_vouches_for_a_less_certain_reading():
    unsure = count("B", 12, confidence=0.6)
    assert proposed(page(A=300, B=unsure, D=312)) == {"A": 300, "B": 12, "D": 312}
    out = propose(TEMPLATE, page(A=300, B=unsure, D=312), THRESHOLD)
    assert (out["A"].basis, out["B"].basis) == ("confidence", "sum")  # said in the JSON, kept with the page
    assert out["B"].to_json() == {"value": 12, "confidence": 0.6, "status": PROPOSED, "basis": "sum"}


def test_without_a_checkable_sum_a_reading_stands_on_its_own_confidence():
    unsure = count("B", 12, confidence=0.6)
    assert proposed(page(A=300, B=unsure)) == {"A": 300}
    # a field too uncertain to take part leaves its sum unchecked
    assert proposed(page(A=300, B=unsure, D=count("D", 312, confidence=0.4))) == {"A": 300}


def test_a_sum_that_fails_is_blamed_on_the_field_that_plausibly_explains_it():
    # B read as 17 where the 1 might have been a 7: 300 + 77 = 377
    b = count("B", 17, confidence=0.95, doubt={4: (7, 0.04)})
    assert proposed(page(A=300, B=b, D=377)) == {"A": 300, "D": 377}


def test_without_a_clear_culprit_only_sure_readings_stay():
    # B could have been 77 (odds 1e-4: a suspect, not a clear culprit); A at 0.99 is not sure enough
    # to stay in a sum that fails, D at 0.9999 is
    b = count("B", 17, confidence=0.99, doubt={4: (7, 1e-4)})
    a = count("A", 300, confidence=0.99)
    d = count("D", 377, confidence=0.9999)
    assert proposed(page(A=a, B=b, D=d)) == {"D": 377}


def test_the_rest_of_a_failing_sum_is_no_longer_vouched_for():
    b = count("B", 17, confidence=0.95, doubt={4: (7, 0.04)})
    unsure_a = count("A", 300, confidence=0.7)
    assert proposed(page(A=unsure_a, B=b, D=377)) == {"D": 377}


def test_a_confident_misreading_withdraws_the_whole_sum():
    # nothing in the classifier's view explains the difference: every proposal of the sum goes
    assert proposed(page(A=300, B=17, D=377, F=2)) == {"F": 2}


def test_every_field_that_could_explain_a_failing_sum_is_withdrawn():
    b = count("B", 17, confidence=0.95, doubt={4: (7, 0.04)})  # 77 would fit, quite plausibly
    d = count("D", 377, doubt={4: (1, 0.001)})  # 317 would fit too, barely: odds 1e-3
    assert proposed(page(A=300, B=b, D=d)) == {"A": 300}


def test_a_field_blamed_by_one_sum_is_withdrawn_even_where_another_sum_holds():
    d = count("D", 377, confidence=0.95, doubt={5: (0, 0.04)})  # A + B says 370; H + J = D + I says 377
    assert proposed(page(A=300, B=70, D=d, H=380, I=3, J=0)) == {"A": 300, "B": 70, "H": 380, "I": 3, "J": 0}


def test_blank_fields_take_no_part_in_sums():
    blank = FieldReading("B", "count", None, 0.99, EMPTY, ("blank",) * 6, (None,) * 6)
    readings = page(A=300, B=blank, D=count("D", 300, confidence=0.6))
    out = propose(TEMPLATE, readings, THRESHOLD)
    assert out["B"].status == EMPTY and out["D"].status == NO_PROPOSAL


def test_an_uncertain_blank_is_no_proposal():
    blank = FieldReading("B", "count", None, 0.7, EMPTY, ("blank",) * 6, (None,) * 6)
    assert propose(TEMPLATE, {"B": blank}, THRESHOLD)["B"].status == NO_PROPOSAL


def test_explanation_odds():
    reading = count("B", 17, confidence=0.95, doubt={4: (7, 0.04)})
    assert abs(explanation_odds(reading, 77) - 0.04 / 0.95**0.5) < 1e-9
    assert explanation_odds(reading, 17) == 1.0
    assert explanation_odds(reading, 117) == 0.0  # needs a digit where the paper is empty
    assert explanation_odds(reading, -3) == 0.0
    assert explanation_odds(reading, 1_000_000) == 0.0
    shorter = explanation_odds(reading, 7)  # the 1 was no digit at all
    assert 0.0 < shorter < 1e-2 and reading.box_probabilities[4][BLANK] > 0


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 999), min_size=3, max_size=3),
    st.lists(st.floats(0.0, 1.0), min_size=6, max_size=6),
    st.lists(st.sampled_from([PROPOSED, PROPOSED, PROPOSED, NO_PROPOSAL, EMPTY]), min_size=6, max_size=6),
    st.integers(-3, 3),
)
def test_the_arithmetic_only_takes_proposals_away(candidates, confidences, statuses, slip):
    """Whatever the readings: a value is never changed or made up, and nothing becomes a proposal that
    was not one; a reading below CORROBORATED is never proposed."""
    total = sum(candidates)
    codes = ["L1.1", "L1.2", "L1.3", "L1.T", "A", "D"]
    values = candidates + [max(0, total + slip), candidates[0], candidates[0]]
    readings = {}
    for code, value, confidence, status in zip(codes, values, confidences, statuses):
        if status == EMPTY:
            readings[code] = FieldReading(code, "count", None, confidence, EMPTY, ("blank",) * 6, (None,) * 6)
        else:
            readings[code] = count(code, value, confidence, status)
    out = propose(TEMPLATE, readings, THRESHOLD)
    assert list(out) == list(readings)
    for code, reading in out.items():
        before = readings[code]
        if reading.status == PROPOSED:
            assert before.status == PROPOSED and reading.value == before.value
            assert reading.confidence >= CORROBORATED
            assert reading.basis == ("confidence" if reading.confidence >= THRESHOLD else "sum")
        elif reading.status == EMPTY:
            assert before.status == EMPTY and reading.confidence >= THRESHOLD
        else:
            assert reading.value is None and reading.basis is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 400), min_size=3, max_size=3), st.integers(0, 2), st.integers(1, 9), st.floats(0.5, 0.99999)
)
def test_a_single_misreading_without_doubt_is_never_proposed(candidates, wrong, error, confidence):
    """One field misread by a units digit, the classifier giving the true digit no weight at all, the
    others read right: the sum fails, nothing explains it plausibly, so the misreading is withdrawn."""
    readings = {f"L1.{k + 1}": count(f"L1.{k + 1}", v) for k, v in enumerate(candidates)}
    readings["L1.T"] = count("L1.T", sum(candidates))
    code = f"L1.{wrong + 1}"
    misread = candidates[wrong] + error
    readings[code] = count(code, misread, confidence)
    out = propose(TEMPLATE, readings, THRESHOLD)
    assert out[code].status == NO_PROPOSAL
