"""Which part of a field's crop to show, and how large: zoom on the digit boxes, not the page.

A count is written right-aligned in six boxes, and a station's counts have at
most four digits, so most of a field's crop is empty boxes. Shown whole in the
space a terminal has, a box is too small to read in coloured half cells (an 8
reads as an X). So the crop is narrowed to the boxes that hold ink (with one
empty box before them, for context, when it fits) and scaled to fill the space:
at 80×24 a digit box is at least ``MIN_BOX_ROWS`` rows tall. A field without ink
is shown whole, so that its emptiness is seen across all its boxes.

Geometry only: which boxes hold ink is a matter of showing, never of reading. The
verifier reads the paper and the crop; nothing here decides a value.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: A digit box's height in terminal rows (half cells: two pixels per row) that keeps digits legible.
MIN_BOX_ROWS = 8
#: Paper shown around the chosen boxes (mm).
MARGIN_MM = 1.0
#: Inset (mm) of the part of a box looked at for ink: the printed box line stays out.
INK_INSET_MM = 0.7
#: A pixel this dark (0-255) is ink; a box with more than INK_SHARE of such pixels holds ink.
INK_LEVEL = 150
INK_SHARE = 0.012


@dataclass(frozen=True)
class FieldGeometry:
    """Where the field's boxes are in its crop: ``union`` is the field's box (mm on the page) the
    crop was cut around with ``margin`` (mm); ``boxes`` are its digit or tick boxes (mm on the page)."""

    union: tuple[float, float, float, float]
    boxes: tuple[tuple[float, float, float, float], ...]
    margin: float


@dataclass(frozen=True)
class Zoom:
    """The part of the crop to show (pixels ``x0, y0, x1, y1``), its size on the screen in cells,
    and how tall one box is drawn there (rows; half cells)."""

    window: tuple[int, int, int, int]
    columns: int
    rows: int
    box_rows: float
    first_box: int
    last_box: int


def _scale(crop: np.ndarray, geometry: FieldGeometry) -> tuple[float, float]:
    """Pixels per mm of the crop, across and down."""
    x, y, w, h = geometry.union
    height, width = crop.shape[:2]
    return width / (w + 2 * geometry.margin), height / (h + 2 * geometry.margin)


def _local(geometry: FieldGeometry, box) -> tuple[float, float, float, float]:
    """A box in mm from the crop's top-left corner."""
    x0, y0 = geometry.union[0] - geometry.margin, geometry.union[1] - geometry.margin
    return box[0] - x0, box[1] - y0, box[2], box[3]


def inked_boxes(crop: np.ndarray, geometry: FieldGeometry) -> list[bool]:
    """For each box: whether there is ink inside it (its printed line left out)."""
    sx, sy = _scale(crop, geometry)
    found = []
    for box in geometry.boxes:
        x, y, w, h = _local(geometry, box)
        x0, x1 = int(round((x + INK_INSET_MM) * sx)), int(round((x + w - INK_INSET_MM) * sx))
        y0, y1 = int(round((y + INK_INSET_MM) * sy)), int(round((y + h - INK_INSET_MM) * sy))
        inner = crop[max(0, y0) : max(0, y1), max(0, x0) : max(0, x1)]
        found.append(inner.size > 0 and float(np.mean(inner < INK_LEVEL)) > INK_SHARE)
    return found


def choose(crop: np.ndarray, geometry: FieldGeometry, columns: int, rows: int) -> Zoom:
    """The window and its size for ``columns`` × ``rows`` cells: the inked boxes (and the box
    before them when it still leaves a box ``MIN_BOX_ROWS`` tall), as large as the cells allow,
    never larger than the scan itself."""
    sx, sy = _scale(crop, geometry)
    count = len(geometry.boxes)
    ink = inked_boxes(crop, geometry)
    if any(ink):
        first = ink.index(True)
        last = count - 1 - ink[::-1].index(True)
        # Counts are right-aligned: the last box belongs in view even when it is empty.
        spans = [(max(0, first - 1), count - 1), (first, count - 1), (first, last)]
    else:
        spans = [(0, count - 1)]
    best = None
    for first, last in dict.fromkeys(spans):  # widest first, without repeats
        zoom = _zoom(crop, geometry, first, last, columns, rows, sx, sy)
        if best is None or zoom.box_rows > best.box_rows:
            best = zoom
        if zoom.box_rows >= MIN_BOX_ROWS:
            return zoom
    return best


def _zoom(crop, geometry: FieldGeometry, first: int, last: int, columns: int, rows: int, sx: float, sy: float) -> Zoom:
    boxes = [_local(geometry, b) for b in geometry.boxes[first : last + 1]]
    left = min(b[0] for b in boxes) - MARGIN_MM
    top = min(b[1] for b in boxes) - MARGIN_MM
    right = max(b[0] + b[2] for b in boxes) + MARGIN_MM
    bottom = max(b[1] + b[3] for b in boxes) + MARGIN_MM
    height, width = crop.shape[:2]
    x0, x1 = max(0, int(round(left * sx))), min(width, int(round(right * sx)))
    y0, y1 = max(0, int(round(top * sy))), min(height, int(round(bottom * sy)))
    width_mm, height_mm = (x1 - x0) / sx, (y1 - y0) / sy
    # Half cells: one pixel per column, two per row, about square on a usual terminal font.
    per_mm = min(columns / width_mm, 2 * rows / height_mm, sx)
    shown_columns = max(1, min(columns, int(width_mm * per_mm)))
    shown_rows = max(1, min(rows, int(height_mm * per_mm / 2)))
    box_height = max(b[3] for b in boxes)
    return Zoom((x0, y0, x1, y1), shown_columns, shown_rows, box_height * per_mm / 2, first, last)


def render_pixels(crop: np.ndarray, zoom: Zoom) -> np.ndarray:
    """The window scaled to exactly one pixel per half cell (``columns`` × 2·``rows``). Averaging
    (INTER_AREA) keeps thin pen strokes visible when shrinking."""
    import cv2

    x0, y0, x1, y1 = zoom.window
    window = crop[y0:y1, x0:x1]
    size = (zoom.columns, 2 * zoom.rows)
    shrinking = size[0] < window.shape[1]
    return cv2.resize(window, size, interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR)
