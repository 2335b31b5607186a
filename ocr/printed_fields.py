"""Machine-printed numbers in value cells (fields of kind "printed": transfer pages, ocr.forms.transfer).

    readings = read_printed_fields(registration)   # {code: FieldReading}, the page's printed fields in order

Every cell is cut CELL_MARGIN_MM inside its printed border and binarised on its own (Otsu; a cell
without contrast is empty paper), and the page's cells are read together by
`ocr.printed.read_printed_table` (Tesseract, one call per 60 cells, plus one per unsure cell; the
cells that do not pass are read once more in grey, a second opinion that must pass alike). A
reading is **proposed** only when all of these hold:

- Tesseract read a clean number: digits only (no separator: the pages print none), no leading zero,
  at most MAX_DIGITS digits;
- its confidence (Tesseract's, 0..1, see read_printed_table) is at least PRINTED_THRESHOLD;
- the cell looks like that number as the PDF prints it: the number is rendered where and how
  `ocr.forms.pdf` prints it (`ocr.forms.transfer.value_item`, DejaVu Sans by
  `ocr.printed.header_render`) and compared with the scan window by window, as the header check does
  (`ocr.printed.header_match.match_item`); no window may differ by more than LOOKS_PRINTED_MAX. Ink
  the rendering does not have (a digit changed or added with a pen, a stroke through the cell) or
  glyphs it has elsewhere (a misreading) fail this check.

Otherwise the field gets ``no_proposal`` and the verifier types it; nothing is guessed. An empty cell
reads ``blank`` (no value). Readings have kind "printed" (the field's kind), an int value when
proposed and basis "print"; ``boxes`` holds what Tesseract read (diagnosis). They stand on their own:
ocr.consistency does not weigh them against the form's sums (it only handles kind "count"). Without
Tesseract or DejaVu Sans nothing can be read or checked: every printed field gets no proposal.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from ocr.fields import EMPTY, NO_PROPOSAL, PROPOSED, FieldReading
from ocr.forms.pdf import dejavu_paths
from ocr.forms.transfer import VALUE_PT, value_item
from ocr.printed import TesseractMissing, read_printed_table
from ocr.printed.header_match import BLUR_MM, EXTRA_BLUR_MM, ink_image, match_item
from ocr.printed.header_render import item_origin, render_item

#: Tesseract's confidence needed for a proposal (the rendering check below is the real guard).
PRINTED_THRESHOLD = 0.5
#: A cell whose worst window differs more from the rendering of the number read does not hold that
#: number as printed (header_match's measure). Measured on transfer pages printed, rasterised at 300 and
#: 200 dpi and degraded as in tests/ocr/test_transfer_pages.py (about 5000 cells): genuine cells 0.32 at
#: most (99 % below 0.28); the same cells against the number with one digit changed 0.53 at least (0 for
#: 8 is the closest); a pen stroke 1.0. A very poor scan (blur 0.15 mm, noise 10, JPEG 50) reaches 0.43 on
#: a genuine cell now and then: that cell gets no proposal.
LOOKS_PRINTED_MAX = 0.42
#: The cell is cut this far inside its border (the border is 0.2 mm wide, centred on the cell's edge).
CELL_MARGIN_MM = 0.5
#: The comparison ignores a band this wide along the inside of the border (registration error, blur).
BORDER_BAND_MM = 0.45
#: The rendering is placed where it fits the scan best, within this many pixels.
SHIFT_PX = 3
#: The comparison's windows are this fraction of the header check's (0.4 x 0.5 em): a digit misread as
#: another that differs in a small part (0 and 8) differs in a window of its own.
WINDOW_SCALE = 0.7
#: A cell whose grey levels span less than this holds no print (as ocr.printed.engine.ink_mask).
MIN_CONTRAST = 60
MAX_DIGITS = 6
BASIS = "print"

_CLEAN = re.compile(r"0|[1-9][0-9]*")


def _cell_px(cell, margin: float, dpi: float) -> tuple[int, int, int, int]:
    s = dpi / 25.4
    x, y, w, h = (float(v) for v in cell)
    return (
        int(round((x + margin) * s)),
        int(round((y + margin) * s)),
        int(round((x + w - margin) * s)),
        int(round((y + h - margin) * s)),
    )


def binarised_cells(registration, cells) -> np.ndarray:
    """A white page (the registration's upright page size) with each cell's inside (CELL_MARGIN_MM in)
    binarised on its own (Otsu), or left white when it holds no print."""
    w, h = registration.page_size
    out = np.full((h, w), 255, np.uint8)
    for cell in cells:
        x0, y0, x1, y1 = _cell_px(cell, CELL_MARGIN_MM, registration.dpi)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        crop = registration.cut(cell, CELL_MARGIN_MM)[: y1 - y0, : x1 - x0]
        lo, hi = np.percentile(crop, (0.5, 99.5))
        if hi - lo < MIN_CONTRAST:
            continue
        _, binary = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        out[y0 : y0 + binary.shape[0], x0 : x0 + binary.shape[1]] = binary
    return out


def _shift(img: np.ndarray, dx: float, dy: float) -> np.ndarray:
    m = np.float32([[1, 0, dx], [0, 1, dy]])
    return cv2.warpAffine(img, m, (img.shape[1], img.shape[0]), flags=cv2.INTER_LINEAR, borderValue=0)


def _placed(expected: np.ndarray, ink: np.ndarray, mask: np.ndarray) -> tuple[float, float]:
    """The shift (px) that puts the rendering on the scan: the least absolute difference over whole
    pixels within SHIFT_PX, refined to a fraction of a pixel by a parabola through its neighbours."""
    r = SHIFT_PX + 1
    h, w = ink.shape
    padded = cv2.copyMakeBorder(expected, r, r, r, r, cv2.BORDER_CONSTANT, value=0)
    costs = {}
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            # the rendering moved by (dx, dy): its pixel (y - dy, x - dx) lands on (y, x)
            moved = padded[r - dy : r - dy + h, r - dx : r - dx + w]
            costs[dx, dy] = float(np.abs(moved * mask - ink).sum())
    inner = [(k, c) for k, c in costs.items() if max(abs(k[0]), abs(k[1])) <= SHIFT_PX]
    (bx, by), c0 = min(inner, key=lambda kv: (kv[1], kv[0][1], kv[0][0]))
    out = []
    for a, b in (((bx - 1, by), (bx + 1, by)), ((bx, by - 1), (bx, by + 1))):
        den = costs[a] - 2 * c0 + costs[b]
        out.append(max(-0.5, min(0.5, 0.5 * (costs[a] - costs[b]) / den)) if den > 0 else 0.0)
    return bx + out[0], by + out[1]


def printed_mismatch(registration, cell, text: str, size_pt: float = VALUE_PT) -> float:
    """How much the cell differs from `text` printed in it (0 alike .. 1): header_match's measure (the
    worst window, WINDOW_SCALE times the header's windows), over the cell's inside less BORDER_BAND_MM,
    the rendering placed where it fits best and blurred as much as the scan (the best of EXTRA_BLUR_MM)."""
    dpi = registration.dpi
    s = dpi / 25.4
    item = dict(value_item(cell, text, size_pt), key="value")
    x0, y0, x1, y1 = item_origin(item)
    expected = render_item(item, dpi, "pdf")
    gray = registration.cut([x0, y0, x1 - x0, y1 - y0], 0.0)
    hh, ww = min(gray.shape[0], expected.shape[0]), min(gray.shape[1], expected.shape[1])
    gray, expected = gray[:hh, :ww], expected[:hh, :ww]
    mask = np.zeros((hh, ww), np.float32)
    cx, cy, cw, ch = (float(v) for v in cell)
    b = BORDER_BAND_MM
    mask[
        max(0, int(round((cy + b - y0) * s))) : int(round((cy + ch - b - y0) * s)),
        max(0, int(round((cx + b - x0) * s))) : int(round((cx + cw - b - x0) * s)),
    ] = 1.0
    ink = cv2.GaussianBlur(ink_image(gray, dpi), (0, 0), BLUR_MM * s) * mask
    moved = _shift(expected, *_placed(expected, ink, mask))
    options = [cv2.GaussianBlur(moved, (0, 0), float(np.hypot(BLUR_MM, extra)) * s) * mask for extra in EXTRA_BLUR_MM]
    closest = min(options, key=lambda option: float(np.abs(option - ink).sum()))
    windows = dict(item, size_pt=size_pt * WINDOW_SCALE)  # match_item sizes its windows by the item's em
    return match_item(ink, closest, windows, (x0, y0), dpi).mismatch


def _unread(code: str, why: str) -> FieldReading:
    return FieldReading(code, "printed", None, 0.0, NO_PROPOSAL, (why,))


def read_printed_fields(registration, threshold: float = PRINTED_THRESHOLD) -> dict[str, FieldReading]:
    """The fields of kind "printed" of an accepted page (module docstring), in the template's order."""
    fields = [f for f in registration.page["fields"] if f["kind"] == "printed"]
    if not fields:
        return {}
    size = float((registration.template or {}).get("cell_mm", {}).get("value_pt", VALUE_PT))
    cells = [f["boxes_mm"][0] for f in fields]
    if dejavu_paths() is None:  # the check renders the numbers as the PDF prints them
        return {f["code"]: _unread(f["code"], "no_font") for f in fields}
    try:
        out = _read(registration, fields, binarised_cells(registration, cells), threshold, size)
        # A second opinion for what did not pass: the same cells in grey (Tesseract reads some
        # numbers better so), one call for all of them.
        again = [f for f in fields if out[f["code"]].status == NO_PROPOSAL]
        if again:
            for code, reading in _read(registration, again, _grey_cells(registration, again), threshold, size).items():
                if reading.status == PROPOSED:
                    out[code] = reading
    except TesseractMissing:
        return {f["code"]: _unread(f["code"], "no_tesseract") for f in fields}
    return out


def _grey_cells(registration, fields) -> np.ndarray:
    """A white page with the cells' insides as scanned."""
    w, h = registration.page_size
    out = np.full((h, w), 255, np.uint8)
    for f in fields:
        x0, y0, x1, y1 = _cell_px(f["boxes_mm"][0], CELL_MARGIN_MM, registration.dpi)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        if x1 - x0 >= 2 and y1 - y0 >= 2:
            out[y0:y1, x0:x1] = registration.cut(f["boxes_mm"][0], CELL_MARGIN_MM)[: y1 - y0, : x1 - x0]
    return out


def _read(registration, fields, page: np.ndarray, threshold: float, size: float) -> dict[str, FieldReading]:
    cells = [f["boxes_mm"][0] for f in fields]
    readings = read_printed_table(page, cells, registration.dpi, margin_mm=CELL_MARGIN_MM, edge_lines=False)
    out = {}
    for f, cell, r in zip(fields, cells, readings):
        code = f["code"]
        if r.blank:
            out[code] = FieldReading(code, "printed", None, 1.0, EMPTY, ("blank",), basis=BASIS)
            continue
        text = r.text.strip()
        clean = r.value is not None and _CLEAN.fullmatch(text) is not None and len(text) <= MAX_DIGITS
        if (
            clean
            and r.confidence >= threshold
            and printed_mismatch(registration, cell, text, size) <= LOOKS_PRINTED_MAX
        ):
            out[code] = FieldReading(code, "printed", int(text), r.confidence, PROPOSED, (text,), basis=BASIS)
        else:
            out[code] = FieldReading(code, "printed", None, r.confidence, NO_PROPOSAL, (text,))
    return out
