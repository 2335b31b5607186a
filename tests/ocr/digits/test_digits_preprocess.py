"""Properties of the box → 28×28 preprocessing."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from ocr.digits.preprocess import analyse, edge_stroke_loss, ink_fraction, ink_mask, preprocess, preprocess_batch


def com(x: np.ndarray) -> tuple[float, float]:
    ys, xs = np.mgrid[0 : x.shape[0], 0 : x.shape[1]]
    return float((x * ys).sum() / x.sum()), float((x * xs).sum() / x.sum())


def extent(x: np.ndarray, level: float = 0.05) -> tuple[int, int]:
    ys, xs = np.nonzero(x > level)
    return int(ys.max() - ys.min() + 1), int(xs.max() - xs.min() + 1)


def iou(a: np.ndarray, b: np.ndarray, level: float = 0.3) -> float:
    a, b = a > level, b > level
    return float((a & b).sum() / max((a | b).sum(), 1))


def test_output_shape_dtype_range(boxes):
    rng = np.random.default_rng(1)
    samples = [
        boxes.printed("5"),
        boxes.printed("8", h=120, w=90, thickness=6),
        boxes.printed("1", h=30, w=24, thickness=1),
        boxes.blank(),
        rng.integers(0, 256, (50, 45), dtype=np.uint8),
        np.zeros((40, 40), np.uint8),
        np.full((3, 2), 255, np.uint8),
    ]
    for box in samples:
        out = preprocess(box)
        assert out.shape == (28, 28) and out.dtype == np.float32
        assert out.min() >= 0.0 and out.max() <= 1.0
    assert preprocess(samples[0]).max() == pytest.approx(1.0)


def test_colour_and_single_channel_inputs_match_grayscale(boxes):
    gray = boxes.printed("3")
    assert np.array_equal(preprocess(gray[:, :, None]), preprocess(gray))
    assert np.array_equal(preprocess(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)), preprocess(gray))


def test_bad_inputs_are_refused():
    with pytest.raises(TypeError):
        preprocess(np.zeros((20, 20), np.float32))
    with pytest.raises(TypeError):
        preprocess([[0, 255]])
    with pytest.raises(ValueError):
        preprocess(np.zeros(20, np.uint8))
    with pytest.raises(ValueError):
        preprocess(np.zeros((0, 10), np.uint8))


def test_scaled_to_20px_and_centred_by_mass(boxes):
    # A blob far in the top-left corner of a big box, and a tall thin stroke at the right.
    box = np.full((90, 80), boxes.PAPER, np.uint8)
    cv2.circle(box, (20, 18), 12, 10, -1)
    out = preprocess(box)
    cy, cx = com(out)
    assert abs(cy - 14) <= 0.75 and abs(cx - 14) <= 0.75
    assert max(extent(out)) in (20, 21, 22)  # 20 px plus the anti-aliased rim

    box = np.full((90, 80), boxes.PAPER, np.uint8)
    cv2.line(box, (65, 10), (65, 70), 10, 5)
    out = preprocess(box)
    h, w = extent(out)
    assert 20 <= h <= 22 and w <= 5  # aspect ratio kept: not stretched to a square
    cy, cx = com(out)
    assert abs(cy - 14) <= 0.75 and abs(cx - 14) <= 0.75


def test_white_on_black():
    box = np.full((60, 60), 240, np.uint8)
    cv2.rectangle(box, (20, 10), (40, 50), 0, 4)
    out = preprocess(box)
    assert out[14, 14] == 0.0  # inside the ring: background
    assert out.max() == 1.0 and out[0, 0] == 0.0


def test_blank_boxes_are_empty(boxes):
    noisy = boxes.blank(noise=10, seed=3)
    speckled = boxes.blank(seed=4)
    for y, x in ((10, 12), (40, 30), (55, 8)):
        speckled[y : y + 2, x : x + 2] = 40
    ghost = boxes.printed("7", ink=boxes.PAPER - 25)  # show-through from the back of the sheet
    for box in (boxes.blank(), noisy, speckled, ghost, np.full((64, 56), 128, np.uint8)):
        assert not preprocess(box).any()
        assert ink_fraction(box) < 0.002


def test_border_remnants_alone_are_removed(boxes):
    cases = [
        boxes.with_lines(boxes.blank()),  # the whole printed frame
        boxes.with_lines(boxes.blank(), ("top", "left"), thickness=3),  # a corner
        boxes.with_lines(boxes.blank(), ("right",), thickness=2, start=0.3, stop=1.0),  # a partial edge
        boxes.with_lines(boxes.blank(), ("bottom",), thickness=4, value=120, start=0.0, stop=0.6),
    ]
    for box in cases:
        assert not preprocess(box).any()
        assert ink_fraction(box) == 0.0


def test_border_remnants_next_to_a_digit_are_removed(boxes):
    for digit in "0257":
        clean = boxes.printed(digit)
        framed = boxes.with_lines(clean, thickness=2)
        assert iou(preprocess(framed), preprocess(clean)) > 0.9, digit
        assert ink_fraction(framed) == pytest.approx(ink_fraction(clean), abs=0.01)


def test_digit_touching_the_border_keeps_its_shape(boxes):
    # A 7 whose stem runs into the bottom border line: the line goes, the stem stays.
    clean = np.full((64, 56), boxes.PAPER, np.uint8)
    cv2.line(clean, (14, 10), (42, 10), 20, 4)
    cv2.line(clean, (42, 10), (24, 63), 20, 4)
    framed = boxes.with_lines(clean, ("bottom", "left"), thickness=2)
    assert iou(preprocess(framed), preprocess(clean)) > 0.8


def test_a_one_spanning_the_box_is_not_a_border(boxes):
    box = np.full((64, 56), boxes.PAPER, np.uint8)
    cv2.line(box, (28, 0), (28, 63), 20, 4)  # touches top and bottom, in the middle
    out = preprocess(box)
    h, w = extent(out)
    assert h >= 20 and w <= 5


def test_filled_box_is_ink(boxes):
    box = np.full((64, 56), boxes.PAPER, np.uint8)
    box[4:60, 4:52] = 25
    assert ink_fraction(box) > 0.6
    assert preprocess(box).sum() > 200


def test_ink_fraction_and_mask(boxes):
    thin, thick = boxes.printed("4", thickness=2), boxes.printed("4", thickness=6)
    assert 0 < ink_fraction(thin) < ink_fraction(thick) < 0.5
    mask = ink_mask(thick)
    assert mask.dtype == bool and mask.shape == thick.shape
    assert ink_fraction(thick) == pytest.approx(mask.mean())


def test_deterministic_and_input_untouched(boxes):
    box = boxes.with_lines(boxes.printed("6", angle=5))
    before = box.copy()
    a, b = preprocess(box), preprocess(box)
    assert np.array_equal(a, b)
    assert np.array_equal(box, before)


def test_batch_matches_single(boxes):
    items = [boxes.printed(d) for d in "0123"] + [boxes.blank()]
    blob = preprocess_batch(items)
    assert blob.shape == (5, 1, 28, 28) and blob.dtype == np.float32
    for i, box in enumerate(items):
        assert np.array_equal(blob[i, 0], preprocess(box))
    assert preprocess_batch([]).shape == (0, 1, 28, 28)


def test_analyse_is_preprocess_ink_fraction_and_stroke_loss_in_one(boxes):
    items = [boxes.printed(d, angle=a) for d in "0179" for a in (-4, 4)]
    items += [boxes.with_lines(boxes.printed("5")), boxes.blank(), boxes.with_lines(boxes.blank(), ("top",))]
    for box in items:
        a = analyse(box)
        assert np.array_equal(a.image, preprocess(box))
        assert a.ink == pytest.approx(ink_fraction(box), abs=1e-12)
        assert a.stroke_loss == edge_stroke_loss(box)


def test_stroke_loss_tells_a_removed_stroke_from_a_printed_border(boxes):
    # The printed frame around a digit lies on the outermost pixels: removing it costs the digit nothing.
    for digit in "0147":
        assert edge_stroke_loss(boxes.with_lines(boxes.printed(digit), thickness=2)) < 0.02, digit
    # A 2 whose foot was written over the bottom border line, out to the corner: the foot goes with the
    # line, and what is left may read as a 7.
    two = np.full((64, 56), boxes.PAPER, np.uint8)
    cv2.ellipse(two, (28, 20), (16, 14), 0, 180, 400, 20, 5)
    cv2.line(two, (40, 30), (6, 60), 20, 5)
    cv2.line(two, (6, 60), (55, 60), 20, 6)
    assert edge_stroke_loss(boxes.with_lines(two, ("bottom",), thickness=2)) > 0.15


def test_a_stroke_just_inside_the_edge_is_not_a_border(boxes):
    # A 7 whose bar runs along the top edge a few pixels in: the bar is the 7's, not a printed line.
    seven = np.full((64, 56), boxes.PAPER, np.uint8)
    cv2.line(seven, (4, 6), (50, 6), 20, 4)
    cv2.line(seven, (50, 6), (26, 60), 20, 4)
    for box in (seven, boxes.with_lines(seven, ("left", "bottom"))):
        out = preprocess(box) > 0.3
        assert out.sum(axis=1).max() >= 14  # the bar: a long row of ink
        assert edge_stroke_loss(box) == 0.0
