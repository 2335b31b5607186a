"""Fixed page geometry shared by the layout, the PDF, the synthetic renderer and registration.

All measures in millimetres from the page's top-left corner, boxes as [x, y, w, h].
"""

from __future__ import annotations

PAGE_W_MM = 210.0
PAGE_H_MM = 297.0
#: Area a common office printer prints reliably (6 mm margins). Every box lies inside it.
PRINTABLE_MM = (6.0, 6.0, 198.0, 285.0)

#: ArUco dictionary name in cv2.aruco; 4x4 bits + 1 border = 6 modules per marker.
ARUCO_DICT = "DICT_4X4_50"
MARKER_MM = 12.0
#: (id, position code, x, y). Distinct ids per position: the ids tell orientation. The position is a
#: code (a refusal names the markers it did not find by it); the words for it are the caller's.
MARKERS: tuple[tuple[int, str, float, float], ...] = (
    (0, "top_left", 8.0, 8.0),
    (1, "top_right", 190.0, 8.0),
    (2, "bottom_right", 190.0, 277.0),
    (3, "bottom_left", 8.0, 277.0),
    (4, "top_middle", 99.0, 8.0),
    (5, "bottom_middle", 99.0, 277.0),
)
MARKER_IDS = tuple(m[0] for m in MARKERS)
MARKER_POSITIONS = {m[0]: m[1] for m in MARKERS}

#: QR code area including its white quiet zone (QR_BORDER modules wide).
QR_MM = (161.0, 6.5, 27.0, 27.0)
QR_BORDER = 3
QR_ERROR = "M"

#: Printed header blocks left and right of the top-middle marker.
HEADER_LEFT_X, HEADER_LEFT_W = 24.0, 72.0
HEADER_RIGHT_X, HEADER_RIGHT_W = 114.0, 45.0
#: The whole printed header (for Tesseract); excludes markers and QR.
HEADER_MM = (24.0, 6.5, 135.0, 27.5)

CONTENT_X0 = 10.0
CONTENT_X1 = 200.0
CONTENT_TOP = 37.0
CONTENT_BOTTOM = 273.0

#: Digit boxes: 6 per count, separately spaced, right-aligned in their row.
DIGITS = 6
BOX_W = 6.0
BOX_H = 8.0
BOX_GAP = 2.0
BOX_LINE_MM = 0.3
ROW_H = 10.0
TICK_MM = 6.0
TICK_LINE_MM = 0.35
#: width of one row of digit boxes
COUNT_W = DIGITS * BOX_W + (DIGITS - 1) * BOX_GAP

#: Two columns for list-vote and candidate rows.
COL_GUTTER = 8.0
COL_W = (CONTENT_X1 - CONTENT_X0 - COL_GUTTER) / 2


def count_boxes(right: float, row_y: float) -> list[list[float]]:
    """Six digit boxes, left to right, ending at x = right, in the row starting at row_y."""
    y = row_y + (ROW_H - BOX_H) / 2
    x0 = right - COUNT_W
    return [[round(x0 + i * (BOX_W + BOX_GAP), 3), round(y, 3), BOX_W, BOX_H] for i in range(DIGITS)]


def marker_boxes() -> list[dict]:
    return [
        {"id": mid, "position": position, "box_mm": [x, y, MARKER_MM, MARKER_MM]} for mid, position, x, y in MARKERS
    ]


#: Ruled areas (free text): printed lines, thin and grey so handwriting stands out against them.
RULE_LINE_MM = 0.25
RULE_GREY = 110


def area_rules(area: dict) -> list[list[float]]:
    """The printed lines of a ruled area as thin filled boxes [x, y, w, h], centred on each line.

    A table (area["table"]) has its outline, a line under every row and the column lines
    (area["cols_mm"]); a plain area has a line under each of its rows to write on."""
    x, y, w, h = (float(v) for v in area["box_mm"])
    rows = max(1, int(area.get("rows", 1)))
    t = RULE_LINE_MM
    pitch = h / rows
    out = []
    if area.get("table"):
        out.append([x - t / 2, y - t / 2, w + t, t])
        out += [[x - t / 2, y - t / 2, t, h + t], [x + w - t / 2, y - t / 2, t, h + t]]
        out += [[float(cx) - t / 2, y, t, h] for cx in area.get("cols_mm", ())]
    out += [
        [x - t / 2 if area.get("table") else x, y + i * pitch - t / 2, w + (t if area.get("table") else 0), t]
        for i in range(1, rows + 1)
    ]
    return [[round(v, 3) for v in b] for b in out]
