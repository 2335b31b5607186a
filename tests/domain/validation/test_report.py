"""SK.W01-SK.W03: part 1 and the signatures of Model N 10-1 (the kiosk's own warnings)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.fields import signature_codes
from kiosk.domain.form_model import MIN_SIGNATURES, FormModel
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import validate
from kiosk.domain.validation.report import signatures, skw01, skw02, skw03, skw03_fields

from ..forms import GOOD, form

N10_1 = ElectionShape.of(False, {1: 2, 2: 2}, FormModel.N10_1)
#: Every part-1 question answered Nee, four members signed.
REPORTED = {
    f"R.{t}.{a}": a == "no"
    for t in ("obj_vote", "events", "notes_vote", "obj_count", "notes_count")
    for a in ("yes", "no")
} | {f"S.{n}": n <= 4 for n in range(1, 8)}


def n10(**changes):
    values = dict(GOOD, **REPORTED)
    values.update({code.replace("__", "."): value for code, value in changes.items()})
    return form(base=values, shape=N10_1)


def codes(results):
    return {m.code for m in validate(results).messages}


def test_a_clean_n10_1_fires_nothing():
    assert codes(n10()) == set()


def test_the_warnings_never_block():
    results = n10(S__1=False, S__2=False, S__3=False, S__4=False, R__obj_vote__yes=True, R__obj_vote__no=False)
    assert {"SK.W01", "SK.W02"} <= codes(results)
    assert not validate(results).has_errors


def test_skw01_fewer_than_three_signatures():
    assert not skw01(n10(S__4=False))  # three signed: enough
    assert skw01(n10(S__3=False, S__4=False))
    assert signatures(n10(S__3=None, S__4=False)) == 2  # unread is not signed


def test_skw02_an_objection_at_voting_or_counting():
    assert skw02(n10(R__obj_count__yes=True, R__obj_count__no=False))
    assert skw02(n10(R__obj_vote__yes=True, R__obj_vote__no=False))
    assert not skw02(n10(R__notes_vote__yes=True, R__notes_vote__no=False))  # a remark is not an objection


def test_skw03_unanswered_or_both():
    results = n10(R__events__no=False)
    assert skw03(results)
    assert skw03_fields(results) == ("R.events.yes", "R.events.no")
    assert skw03(n10(R__notes_count__yes=True))


@pytest.mark.parametrize("rule", [skw01, skw02, skw03])
def test_silent_on_other_models(rule):
    assert not rule(form())
    assert not rule(form(shape=ElectionShape.of(False, {1: 2, 2: 2}, FormModel.NA31_2_B1)))


@given(st.lists(st.sampled_from([None, True, False]), min_size=7, max_size=7))
def test_skw01_counts_signed_boxes(signed):
    results = n10(**{f"S__{n}": value for n, value in enumerate(signed, 1)})
    assert signatures(results) == sum(v is True for v in signed)
    assert skw01(results) == (sum(v is True for v in signed) < MIN_SIGNATURES)
    assert len(signature_codes(N10_1)) == 7
