"""A failing sum explained by several misread fields, and a page whose failing sums share one culprit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import ocr.consistency as consistency
from ocr.consistency import alternatives, explanation_odds, explanations, propose, relations
from ocr.fields import PROPOSED
from tests.ocr.test_consistency import TEMPLATE, THRESHOLD, count

LIST = {"has_C": False, "lists": [{"number": 1, "candidates": 6}]}
#: On paper: candidates 120, 14, 11, 30, 5, 2; list total 182.
PAPER = {"L1.1": 120, "L1.2": 14, "L1.3": 11, "L1.4": 30, "L1.5": 5, "L1.6": 2, "L1.T": 182}


def proposed_on(template: dict, readings: dict) -> dict[str, int]:
    return {code: r.value for code, r in propose(template, readings, THRESHOLD).items() if r.status == PROPOSED}


def list_page(**misread) -> dict:
    """The list read as on paper (confidently), except the fields given as readings."""
    return {code: misread.get(code.replace(".", "_")) or count(code, value) for code, value in PAPER.items()}


def test_alternatives_are_what_the_boxes_could_say():
    reading = count("B", 17, confidence=0.95, doubt={4: (7, 0.04)})
    found = alternatives(reading)
    assert set(found) == {77} and found[77] == explanation_odds(reading, 77)
    # below the floor: the 1 as no digit at all (blank, 1e-12), never a digit on empty paper (117)
    assert 7 in alternatives(reading, floor=1e-13) and 117 not in alternatives(reading, floor=1e-13)
    assert alternatives(count("B", 5, confidence=0.6, doubt={5: (0, 0.3)})) == {0: 0.3 / 0.6}
    assert alternatives(reading, limit=0) is None  # beyond the work limit: nothing is explained


def test_two_fields_that_explain_a_failing_list_together_are_withdrawn_and_the_rest_stays():
    # The writer's 1 reads as 7 twice: 74 and 71 where the paper says 14 and 11 (sum off by 120).
    # No single field explains it; the two together do, plainly (odds 0.26 each).
    l2 = count("L1.2", 74, confidence=0.6, doubt={4: (1, 0.2)})
    l3 = count("L1.3", 71, confidence=0.6, doubt={4: (1, 0.2)})
    readings = list_page(L1_2=l2, L1_3=l3)
    [(relation, difference)] = consistency.checked_sums(LIST, readings)
    found = explanations(relation, difference, readings)
    assert found[0][1] == {"L1.2", "L1.3"} and found[0][0] >= consistency.STRONG_SUSPECT
    assert proposed_on(LIST, readings) == {c: v for c, v in PAPER.items() if c not in ("L1.2", "L1.3")}


def test_three_fields_may_explain_a_failing_list_together():
    l2 = count("L1.2", 74, confidence=0.6, doubt={4: (1, 0.3)})
    l3 = count("L1.3", 71, confidence=0.6, doubt={4: (1, 0.3)})
    l5 = count("L1.5", 8, confidence=0.6, doubt={5: (5, 0.3)})
    readings = list_page(L1_2=l2, L1_3=l3, L1_5=l5)
    assert proposed_on(LIST, readings) == {c: v for c, v in PAPER.items() if c not in ("L1.2", "L1.3", "L1.5")}


def test_an_explanation_by_several_fields_that_is_not_clear_withdraws_the_whole_list():
    l2 = count("L1.2", 74, confidence=0.99, doubt={4: (1, 0.002)})
    l3 = count("L1.3", 71, confidence=0.99, doubt={4: (1, 0.002)})  # together: odds 4e-6
    assert proposed_on(LIST, list_page(L1_2=l2, L1_3=l3)) == {}


def test_beyond_the_work_limits_the_whole_list_is_withdrawn(monkeypatch):
    l2 = count("L1.2", 74, confidence=0.6, doubt={4: (1, 0.2)})
    l3 = count("L1.3", 71, confidence=0.6, doubt={4: (1, 0.2)})
    monkeypatch.setattr(consistency, "MAX_ALTERNATIVES", 1)
    assert proposed_on(LIST, list_page(L1_2=l2, L1_3=l3)) == {}


def test_a_confident_misreading_is_not_hidden_by_two_doubtful_fields_that_would_explain_the_list():
    # Adversarial: L1.1 reads 126 at 0.9995 where the paper says 120; two right but doubtful readings
    # (14 could be 11, 5 could be 2) would explain the 6 too, plainly. The misreading still gives its
    # true digit some probability (1e-5), so it is a suspect by itself: the sum is not left to the two.
    l1 = count("L1.1", 126, confidence=0.9995, doubt={5: (0, 1e-5)})
    l2 = count("L1.2", 14, confidence=0.9, doubt={5: (1, 0.05)})
    l5 = count("L1.5", 5, confidence=0.9, doubt={5: (2, 0.05)})
    out = proposed_on(LIST, list_page(L1_1=l1, L1_2=l2, L1_5=l5))
    assert "L1.1" not in out
    assert all(value == PAPER[code] for code, value in out.items())


def test_two_confident_misreadings_in_a_list_withdraw_it_whole():
    l1 = count("L1.1", 126, confidence=0.9995, doubt={5: (0, 1e-5)})
    l4 = count("L1.4", 80, confidence=0.9995, doubt={4: (3, 1e-5)})
    assert proposed_on(LIST, list_page(L1_1=l1, L1_4=l4)) == {}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 400), min_size=3, max_size=6),
    st.data(),
)
def test_a_confident_misreading_that_leaves_its_digit_a_chance_is_never_proposed(candidates, data):
    """One field misread by one digit at 0.999 or more (its true digit keeping 1e-5 or more, as the
    benchmark and calibration pages show), the other fields read right, any of them doubtful about
    any digit: whatever explanations the doubts offer, the misreading is withdrawn."""
    template = {"has_C": False, "lists": [{"number": 1, "candidates": len(candidates)}]}
    codes = [f"L1.{k + 1}" for k in range(len(candidates))]
    paper = dict(zip(codes, candidates)) | {"L1.T": sum(candidates)}
    readings = {}
    for code, value in paper.items():
        digits = len(str(value))
        if data.draw(st.booleans()):
            box = 6 - digits + data.draw(st.integers(0, digits - 1))
            doubt = {box: (data.draw(st.integers(0, 9)), data.draw(st.floats(0.0, 0.3)))}
            readings[code] = count(code, value, confidence=data.draw(st.floats(0.5, 0.9999)), doubt=doubt)
        else:
            readings[code] = count(code, value)
    wrong = data.draw(st.sampled_from(sorted(paper)))
    text = str(paper[wrong])
    at = data.draw(st.integers(0, len(text) - 1))
    digit = data.draw(st.integers(1 if at == 0 and len(text) > 1 else 0, 9).filter(lambda d: d != int(text[at])))
    misread = int(text[:at] + str(digit) + text[at + 1 :])
    left = data.draw(st.floats(1e-5, 1e-3))
    readings[wrong] = count(
        wrong,
        misread,
        confidence=data.draw(st.floats(0.999, 0.99999)),
        doubt={6 - len(text) + at: (int(text[at]), left)},
    )
    out = propose(template, readings, THRESHOLD)
    assert out[wrong].status != PROPOSED


FRONT = {
    "A": 2800,
    "B": 74,
    "D": 2874,
    "E.1": 1000,
    "E.2": 1837,
    "E": 2837,
    "F": 27,
    "G": 10,
    "H": 2874,
    "I": 0,
    "J": 0,
}


def front_page(**misread) -> dict:
    return {code: misread.get(code.replace(".", "_")) or count(code, value) for code, value in FRONT.items()}


def test_one_field_that_explains_every_failing_sum_of_the_page_is_the_only_culprit():
    # H read 1874 (2874 on paper): E + F + G = H and H + J = D + I fail by 1000. E could have been 1837
    # (odds 0.03) and would make the first hold, but the list votes add up to E and the second would
    # still fail: E needs two more misreadings, H explains the page alone (odds 0.05).
    h = count("H", 1874, confidence=0.95, doubt={2: (2, 0.05)})
    e = count("E", 2837, confidence=0.97, doubt={2: (1, 0.03)})
    readings = front_page(H=h, E=e)
    assert {(r.left, r.right) for r in relations(TEMPLATE, set(readings))} >= {(("E.1", "E.2"), ("E",))}
    assert proposed_on(TEMPLATE, readings) == {c: v for c, v in FRONT.items() if c != "H"}


def test_a_page_culprit_does_not_clear_two_fields_that_explain_the_page_together():
    # B and J read one too high: A + B = D and H + J = D + I both fail by 1, which D one higher would
    # explain alone (odds 0.05). B and J together explain it too (odds 1e-4): all three are withdrawn.
    b = count("B", 75, confidence=0.99, doubt={5: (4, 0.01)})
    j = count("J", 1, confidence=0.99, doubt={5: (0, 0.01)})
    d = count("D", 2874, confidence=0.95, doubt={5: (5, 0.05)})
    out = proposed_on(TEMPLATE, front_page(B=b, J=j, D=d))
    assert not {"B", "J", "D"} & set(out)
    assert all(value == FRONT[code] for code, value in out.items())


def test_without_a_page_culprit_each_failing_sum_is_weighed_on_its_own():
    # D and H both misread (967 for 867 on both sides of H + J = D + I, which holds wrongly): A + B = D
    # and E + F + G = H fail, no field is in both; each sum blames its own culprit.
    paper = {"A": 800, "B": 67, "D": 867, "E.1": 400, "E.2": 440, "E": 840, "F": 20, "G": 7, "H": 867, "I": 0, "J": 0}
    readings = {code: count(code, value) for code, value in paper.items()}
    readings["D"] = count("D", 967, confidence=0.95, doubt={3: (8, 0.04)})
    readings["H"] = count("H", 967, confidence=0.9, doubt={3: (8, 0.2)})
    assert proposed_on(TEMPLATE, readings) == {c: v for c, v in paper.items() if c not in ("D", "H")}
