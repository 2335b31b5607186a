"""The lookalike benchmark's writers and its tally (tests/bench/bench_lookalike.py)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np

from ocr.fields import PROPOSED, FieldReading

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))  # the bench scripts import each other by name
from bench_lookalike import CONFUSIONS, LookalikeDigits, at_risk, tally  # noqa: E402

TEMPLATE = {"has_C": False, "lists": [{"number": 1, "candidates": 2}]}
THRESHOLD = 0.95


class FakeDigits:
    """Writer w's glyphs of digit d are filled with the value 100·d + w + k/10 (k = 0..3), so they can be told apart."""

    writers = 25

    def samples(self, digit: int, writer: int) -> np.ndarray:
        w = writer % self.writers
        return np.stack([np.full((28, 28), 100 * digit + w + k / 10, np.float32) for k in range(4)])


def test_one_glyph_of_the_writers_digit_is_their_glyph_of_the_other():
    source = LookalikeDigits(FakeDigits())
    for writer in (0, 3, 27):
        d, e = source.confusion(writer)
        assert (d, e) == CONFUSIONS[(writer % 25) % len(CONFUSIONS)]
        pool = source.samples(d, writer)
        own, other = FakeDigits().samples(d, writer), FakeDigits().samples(e, writer)
        assert np.array_equal(pool[:3], own[:3]) and np.array_equal(pool[3], other[0])
        untouched = (d + 1) % 10
        assert np.array_equal(source.samples(untouched, writer), FakeDigits().samples(untouched, writer))
    rng = np.random.default_rng(1)
    d, e = source.confusion(0)
    drawn = {float(source.glyph(d, 0, rng)[0, 0]) for _ in range(200)}
    assert 100 * e + 0.0 in drawn and len(drawn) == 4  # the lookalike is one of the four, drawn at random


def test_a_field_is_at_risk_when_its_value_has_the_digit():
    assert at_risk(135, 3) and at_risk(3, 3)
    assert not at_risk(145, 3) and not at_risk(None, 3)


def reading(code: str, value: int, true_digit_odds: float = 1e-4) -> FieldReading:
    """A confident reading; each box gives every other digit `true_digit_odds` of its probability."""
    boxes = []
    for ch in str(value):
        p = [true_digit_odds] * 12
        p[int(ch)] = 1.0 - 11 * true_digit_odds
        boxes.append(tuple(p))
    boxes = [None] * (6 - len(boxes)) + boxes
    names = tuple("blank" if b is None else str(np.argmax(b)) for b in boxes)
    return FieldReading(code, "count", value, 0.999, PROPOSED, names, tuple(boxes))


def test_a_lookalike_that_breaks_its_sum_is_withdrawn():
    # The writer's 3 is read as 5 in L1.1: 5 + 4 is not 7, and the 5 explains it best.
    truth = {"L1.1": 3, "L1.2": 4, "L1.T": 7}
    readings = {"L1.1": reading("L1.1", 5, 1e-3), "L1.2": reading("L1.2", 4, 1e-9), "L1.T": reading("L1.T", 7, 1e-9)}
    counts = tally(TEMPLATE, truth, readings, THRESHOLD, risky_digit=3)
    assert counts == Counter(
        {"written": 3, "proposed": 2, "at risk": 1, "wrong on confidence alone": 1, "withdrawn by the sums": 1}
    )


def test_a_lookalike_on_both_sides_of_a_sum_is_proposed_and_said_so():
    # 3 + 10 = 13, read 5 + 10 = 15: the sum adds up with two wrong readings.
    truth = {"L1.1": 3, "L1.2": 10, "L1.T": 13}
    readings = {"L1.1": reading("L1.1", 5), "L1.2": reading("L1.2", 10), "L1.T": reading("L1.T", 15)}
    counts = tally(TEMPLATE, truth, readings, THRESHOLD, risky_digit=3)
    assert counts["wrong"] == 2 and counts["at risk"] == 2 and counts["wrong on confidence alone"] == 2
    assert counts["wrong proposal, basis confidence"] == 2
    assert counts["stands: its checked sums add up (the lookalike on both sides)"] == 2
    assert counts["withdrawn by the sums"] == 0


def test_the_baseline_counts_no_risk():
    truth = {"L1.1": 3, "L1.2": 4, "L1.T": 7}
    readings = {code: reading(code, value) for code, value in truth.items()}
    assert tally(TEMPLATE, truth, readings, THRESHOLD, risky_digit=None) == Counter({"written": 3, "proposed": 3})
