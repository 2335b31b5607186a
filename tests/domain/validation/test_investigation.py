"""F.101, F.102, F.111, F.112 on Na 31-2 Bijlage 1 (central counting)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.fields import question_codes
from kiosk.domain.form_model import FormModel
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import validate
from kiosk.domain.validation.investigation import f101, f102, f111, f112, f112_fields

from ..forms import GOOD, form

BIJLAGE = ElectionShape.of(False, {1: 2, 2: 2}, FormModel.NA31_2_B1)
#: Both B1-1 questions answered Nee, B1-2.1 Ja (explained), B1-2.3 Nee: nothing fires.
ANSWERED = {
    "B1.extra.yes": False,
    "B1.extra.no": True,
    "B1.recount.yes": False,
    "B1.recount.no": True,
    "B1.sb_explained.yes": True,
    "B1.sb_explained.no": False,
    "B1.lists_differ.yes": False,
    "B1.lists_differ.no": True,
}


def bijlage(**ticks):
    values = dict(GOOD, **ANSWERED)
    values.update({code.replace("__", "."): value for code, value in ticks.items()})
    return form(base=values, shape=BIJLAGE)


def codes(results):
    return {m.code for m in validate(results).messages}


def test_a_fully_answered_bijlage_is_clean():
    assert codes(bijlage()) == set()


def test_b1_1_left_empty_entirely_is_allowed():
    empty = {f"B1__{q}__{a}": None for q in ("extra", "recount") for a in ("yes", "no")}
    assert not f101(bijlage(**empty))
    assert codes(bijlage(**empty)) == set()


def test_f101_one_investigation_question_answered_and_the_other_not():
    results = bijlage(B1__recount__yes=None, B1__recount__no=False)
    assert f101(results)
    assert codes(results) == {"F.101"}


def test_f102_both_answers_to_an_investigation_question():
    results = bijlage(B1__extra__yes=True)
    assert f102(results) and not f101(results)
    assert codes(results) == {"F.102"}


def test_f111_counting_difference_question_unanswered():
    results = bijlage(B1__lists_differ__no=False)
    assert f111(results)
    assert codes(results) == {"F.111"}
    assert validate(results).errors[0].concerns == ("B1.lists_differ.yes", "B1.lists_differ.no")


def test_f112_both_answers_names_the_question():
    results = bijlage(B1__sb_explained__no=True)
    assert f112(results)
    assert f112_fields(results) == ("B1.sb_explained.yes", "B1.sb_explained.no")


@pytest.mark.parametrize("rule", [f101, f102, f111, f112])
def test_the_bijlage_rules_are_silent_on_other_models(rule):
    assert not rule(form())  # the kiosk's own form: no B1 questions at all
    n10 = form(shape=ElectionShape.of(False, {1: 2, 2: 2}, FormModel.N10_1))
    assert not rule(n10)


@given(st.lists(st.sampled_from([None, True, False]), min_size=8, max_size=8))
def test_rules_agree_with_counting_answers(ticks):
    values = dict(zip(question_codes(BIJLAGE), ticks))
    results = bijlage(**{code.replace(".", "__"): value for code, value in values.items()})
    answers = {q: sum(values[f"B1.{q}.{a}"] is True for a in ("yes", "no")) for q in ("extra", "recount")}
    differences = {
        q: sum(values[f"B1.{q}.{a}"] is True for a in ("yes", "no")) for q in ("sb_explained", "lists_differ")
    }
    assert f101(results) == ((answers["extra"] > 0) != (answers["recount"] > 0))
    assert f102(results) == (2 in answers.values())
    assert f111(results) == (0 in differences.values())
    assert f112(results) == (2 in differences.values())


def test_every_bijlage_combination_is_an_error_or_clean():
    """No combination of the 8 boxes is silently accepted unless every question is
    answered once (B1-1 may also be left empty as a whole)."""
    for ticks in itertools.product([False, True], repeat=8):
        values = dict(zip(question_codes(BIJLAGE), ticks))
        fired = codes(bijlage(**{code.replace(".", "__"): value for code, value in values.items()}))
        counted = [sum(ticks[i : i + 2]) for i in range(0, 8, 2)]
        clean = counted[2:] == [1, 1] and counted[:2] in ([1, 1], [0, 0])
        assert (fired & {"F.101", "F.102", "F.111", "F.112"} == set()) == clean, (ticks, fired)
