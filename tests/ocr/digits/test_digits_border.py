"""Printed digit-box border erased at its known place (`erase_border` / `analyse_framed`)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from ocr.digits.preprocess import analyse_framed, erase_border, preprocess

PAPER = 235  # as the boxes fixture (conftest) draws paper

# A 6 × 8 mm box with 1 mm around it at 200 dpi, like `ocr.fields.digit_frame` cuts it.
S = 200 / 25.4
H, W = int(round(10 * S)), int(round(8 * S))
RECT = (1 * S - 0.5, 1 * S - 0.5, 7 * S - 0.5, 9 * S - 0.5)
HALF = (0.15 + 0.2) * S  # half the 0.3 mm line plus the slack ocr.fields allows


def framed(inner: np.ndarray | None = None, line: int = 20) -> np.ndarray:
    """The crop: paper, the digit image (box-sized) in the box, the printed 0.3 mm border over it."""
    img = np.full((H, W), PAPER, np.uint8)
    x0, y0, x1, y1 = (int(round(v)) for v in RECT)
    if inner is not None:
        img[y0:y1, x0:x1] = cv2.resize(inner, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA)
    cv2.rectangle(img, (x0, y0), (x1, y1), line, 1)
    return cv2.GaussianBlur(img, (3, 3), 0.6)


def test_border_only_is_empty_paper():
    gray, mask, _, loss = erase_border(framed(), RECT, HALF)
    assert not mask.any() and loss == 0.0
    assert (gray > PAPER - 48).all()  # the printed line is gone from the crop too
    a = analyse_framed(framed(), RECT, HALF)
    assert a.ink == 0.0 and not a.image.any()


@pytest.mark.parametrize("digit", "0123456789")
def test_a_digit_inside_the_box_keeps_all_its_ink(boxes, digit):
    inner = boxes.printed(digit, h=63, w=47)
    gray, mask, _, loss = erase_border(framed(inner), RECT, HALF)
    assert loss < 0.02
    x0, y0, x1, y1 = (int(round(v)) for v in RECT)
    want = (cv2.resize(inner, (x1 - x0, y1 - y0), interpolation=cv2.INTER_AREA) < PAPER - 48)[3:-3, 3:-3]
    got = mask[y0 + 3 : y1 - 3, x0 + 3 : x1 - 3]
    assert (got & want).sum() >= 0.97 * want.sum()
    # ... and nothing of the border: no ink beyond the band around the box
    assert not mask[: int(RECT[1] - HALF)].any() and not mask[int(RECT[3] + HALF) + 1 :].any()


def test_a_stroke_written_over_the_edge_stays_whole(boxes):
    img = framed(boxes.printed("7", h=63, w=47))
    # the 7's stem runs down out of the box, over the bottom line, into the margin
    cv2.line(img, (30, 40), (26, H - 3), 30, 3)
    gray, mask, _, loss = erase_border(img, RECT, HALF)
    bottom = int(round(RECT[3]))
    assert mask[bottom - 3 : bottom + 4, 22:34].any(axis=1).all()  # crosses the band without a gap
    assert mask[bottom + 4 :, 22:34].any()  # the part beyond the box is kept
    assert loss < 0.05


def test_ink_outside_the_box_that_is_not_the_digit_goes(boxes):
    img = framed(boxes.printed("3", h=63, w=47))
    cv2.circle(img, (3, 40), 2, 30, -1)  # the neighbour's digit reaching into the margin
    cv2.line(img, (10, 2), (50, 2), 30, 2)  # a printed line above the box
    gray, mask, _, _ = erase_border(img, RECT, HALF)
    assert not mask[:, :6].any() and not mask[:5].any()
    assert mask.any()


def test_a_stroke_along_the_border_is_reported_as_lost():
    """The bar of a 7 written on the top line is erased with it: the box must not be trusted."""
    img = framed()
    x0, y0, x1, y1 = (int(round(v)) for v in RECT)
    cv2.line(img, (x0 + 6, y0 + 1), (x1 - 4, y0 + 1), 30, 3)  # bar on the line, a little inside
    cv2.line(img, (x1 - 4, y0 + 1), (x0 + 14, y1 - 6), 30, 3)  # stem
    _, _, _, loss = erase_border(img, RECT, HALF)
    assert loss > 0.1


def test_framed_analysis_reads_like_a_clean_box(boxes):
    inner = boxes.printed("4", h=63, w=47)
    a = analyse_framed(framed(inner), RECT, HALF)
    clean = preprocess(inner)
    assert a.image.shape == (28, 28) and a.image.dtype == np.float32
    assert np.abs(a.image - clean).mean() < 0.05
    assert 0.02 < a.ink < 0.6
