"""Machine-printed numbers (a printed totals sheet) read with Tesseract.

    r = read_printed_number(crop)                  # one number: --psm 7, digits only
    rs = read_printed_table(page, cells_mm, dpi)   # a column of cells: one Tesseract call

Digits are whitelisted together with '.' and ',' so that a Dutch thousands separator ("1.234")
is read as a separator and checked (groups of three) instead of silently dropped or turned into
a digit; `parse_printed_number` accepts "1234", "1.234", "1 234", "1,234" and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..register import cut_box
from . import engine as e

WHITELIST = e.DIGITS + ".,"
TARGET_H = 32  # digit height (px) handed to Tesseract
BATCH = 60  # cells per Tesseract call in read_printed_table
RECHECK_CONF = 0.75  # table cells read alone again (psm 7) below this confidence

_PLAIN = re.compile(r"\d+")
_GROUPED = re.compile(r"\d{1,3}(?:([.,  \u202f'])\d{3})(?:\1\d{3})*")


@dataclass(frozen=True)
class PrintedReading:
    value: int | None  # None: blank or not a well-formed number (no proposal)
    text: str  # what Tesseract read ("" for a blank cell)
    confidence: float  # 0..1; 0 when value is None
    blank: bool = False  # the crop holds no ink at all


BLANK = PrintedReading(None, "", 0.0, blank=True)


def parse_printed_number(text: str) -> int | None:
    """A non-negative integer from printed text, tolerating thousands separators; else None."""
    t = re.sub(r"\s+", " ", (text or "").strip()).strip(".,")
    if _PLAIN.fullmatch(t):
        return int(t)
    if _GROUPED.fullmatch(t):
        return int(re.sub(r"\D", "", t))
    return None


def prepare(crop: np.ndarray, edge_lines: bool = True) -> np.ndarray | None:
    """Grayscale, borders touching the crop's edge removed (unless not `edge_lines`: a crop known to
    hold no border, where a digit's straight stroke near its edge must stay), cut to the ink; None
    when blank."""
    gray = e.as_gray(crop)
    mask = e.ink_mask(gray)
    if mask is None:
        return None
    if edge_lines:
        gray, mask = e.remove_edge_lines(gray, mask)
    if mask.sum() < 6:
        return None
    return e.tight(gray, mask)


def _reading(words: list[e.Word]) -> PrintedReading:
    text = " ".join(w.text for w in words)
    value = parse_printed_number(text)
    if value is None:
        return PrintedReading(None, text, 0.0)
    return PrintedReading(value, text, round(min(w.conf for w in words), 3))


def _read_prepared(ink: np.ndarray, lang: str | None) -> PrintedReading:
    img = e.pad(e.to_height(ink, TARGET_H))
    lang = lang or e.digits_language()
    first = _reading(e.read_words(img, psm=7, whitelist=WHITELIST, lang=lang))
    if first.value is None and ink.shape[1] <= 1.2 * ink.shape[0]:  # one digit: psm 10 is better
        single = _reading(e.read_words(img, psm=10, whitelist=e.DIGITS, lang=lang))
        if single.value is not None:
            return single
    return first


def read_printed_number(image_crop: np.ndarray, *, lang: str | None = None) -> PrintedReading:
    """One machine-printed number in a crop (table borders at its edges are ignored)."""
    ink = prepare(image_crop)
    if ink is None:
        return BLANK
    return _read_prepared(ink, lang)


def read_printed_table(
    image: np.ndarray,
    rows_mm,
    dpi: float,
    *,
    margin_mm: float = 0.5,
    lang: str | None = None,
    edge_lines: bool = True,
) -> list[PrintedReading]:
    """Read the printed number in each cell of rows_mm ([x, y, w, h] in mm from the top-left).

    image: the upright page in mm space at dpi (a registered page, `Registration.warped`, or a
    rasterised PDF). All cells are scaled alike, stacked and read with one Tesseract call per
    BATCH cells (--psm 6); cells that do not come out as a clean number, or below RECHECK_CONF,
    are read again alone (--psm 7). Returns one PrintedReading per cell, in order. edge_lines=False:
    the cells (shrunk by margin_mm) are known to hold no border line (see `prepare`).
    """
    gray = e.as_gray(image)
    inks = [prepare(cut_box(gray, box, margin_mm, dpi), edge_lines) for box in rows_mm]
    heights = [c.shape[0] for c in inks if c is not None]
    out = [BLANK] * len(inks)
    if not heights:
        return out
    factor = TARGET_H / float(np.median(heights))
    todo = [i for i, c in enumerate(inks) if c is not None]
    gap = TARGET_H
    for start in range(0, len(todo), BATCH):
        idx = todo[start : start + BATCH]
        strip, spans = e.stack([e.scale(inks[i], factor) for i in idx], gap)
        words = e.read_words(strip, psm=6, whitelist=WHITELIST, lang=lang or e.digits_language())
        for i, ws in zip(idx, e.words_per_span(words, spans, gap)):
            out[i] = _reading(ws) if ws else PrintedReading(None, "", 0.0)
    for i in todo:
        first = out[i]
        if first.value is not None and first.confidence >= RECHECK_CONF:
            continue
        again = _read_prepared(inks[i], lang)
        if again.value is None:
            continue  # keep the first reading (None or an unsure number)
        if first.value is None:
            out[i] = again
        elif again.value == first.value:
            out[i] = PrintedReading(first.value, first.text, max(first.confidence, again.confidence))
        else:  # the two readings disagree: keep the surer one, and trust it less
            best = max(first, again, key=lambda r: r.confidence)
            out[i] = PrintedReading(best.value, best.text, round(best.confidence / 2, 3))
    return out
