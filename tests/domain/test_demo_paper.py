"""The demo's paper (kiosk.demo.results) is consistent on every model: no rule fires."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from kiosk.demo.results import consistent_results
from kiosk.domain.fields import field_codes, is_count
from kiosk.domain.form_model import FormModel
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import validate

from .forms import shapes


@given(shapes(), st.sampled_from(FormModel), st.integers(0, 2**32), st.integers(-3, 3), st.integers(50, 5000))
def test_every_model_fills_every_field_and_fires_nothing(shape, model, seed, difference, voters):
    shape = ElectionShape.of(shape.has_voter_cards, shape.lists, model)
    values = consistent_results(shape, random.Random(seed), voters, difference)
    results = Results.from_mapping(shape, values)
    assert set(values) == set(field_codes(shape))
    assert validate(results).codes() in ((), ("W.203",), ("W.201",), ("W.202",), ("W.201", "W.202"))


def test_the_counts_of_a_seed_do_not_depend_on_the_model():
    def counts(model):
        values = consistent_results(ElectionShape.of(False, {1: 4}, model), random.Random(7))
        return {code: value for code, value in values.items() if is_count(code)}

    assert counts(FormModel.SB_PV) == counts(FormModel.N10_1) == counts(FormModel.NA31_2_B1)
