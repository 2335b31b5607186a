"""The naive Tesseract reading of a handwritten count, as the benchmark's comparison baseline.

DESIGN §8: Tesseract is far too weak for handwriting. This is the fair, plain way to try it
anyway — the field's digit boxes joined into one strip, the printed box borders erased, then one
line of digits (--psm 7, digit whitelist) — so the benchmark can show the difference. It is
deliberately not tuned further.
"""

from __future__ import annotations

import re

import numpy as np

from . import engine as e

STRIP_H = 40  # digit height (px) handed to Tesseract
GAP_FRAC = 0.15  # white gap between boxes, fraction of the box height


def _clean_box(crop: np.ndarray) -> np.ndarray | None:
    gray = e.as_gray(crop)
    mask = e.ink_mask(gray, min_contrast=60)
    if mask is None:
        return None
    gray, mask = e.remove_edge_lines(gray, mask, long_frac=0.5)
    if mask.sum() < max(6, 0.01 * mask.size):
        return None
    return gray


def tesseract_read_field(box_crops: list[np.ndarray]) -> int | None:
    """One handwritten count from its digit-box crops (left to right, e.g. Registration.cut of
    each box): the digits Tesseract reads as an int, or None when it reads none (or all boxes
    are blank)."""
    if not box_crops:
        return None
    boxes = [_clean_box(c) for c in box_crops]
    if all(b is None for b in boxes):
        return None
    h = max(e.as_gray(c).shape[0] for c in box_crops)
    gap = np.full((h, max(2, int(GAP_FRAC * h))), 255, np.uint8)
    parts = []
    for crop, b in zip(box_crops, boxes):
        g = np.full(e.as_gray(crop).shape, 255, np.uint8) if b is None else b
        if g.shape[0] != h:
            g = np.pad(g, ((0, h - g.shape[0]), (0, 0)), constant_values=255)
        parts += [g, gap]
    strip = np.hstack(parts[:-1])
    mask = e.ink_mask(strip)
    ink = e.tight(strip, mask, pad=3) if mask is not None else None
    if ink is None:
        return None
    img = e.pad(e.to_height(ink, STRIP_H), 16)
    words = e.read_words(img, psm=7, whitelist=e.DIGITS, lang=e.digits_language())
    digits = re.sub(r"\D", "", "".join(w.text for w in words))
    return int(digits) if digits else None
