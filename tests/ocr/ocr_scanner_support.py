"""Sheets as a document feeder scans them, and pages with corners cut off (importable by name from
tests/ocr and, with that folder on sys.path, from tests/bench).

A feeder's image has the size of the sheet (A4 at the scan resolution), whatever the sheet did on its
way through: turned (skew), scaled (rollers), its corners moved (a sheet that is not flat). What falls
outside is lost, often a corner marker or two. `ocr.synth.degrade` instead puts the whole page on a
canvas with room around it, so it never loses a marker.
"""

from __future__ import annotations

import cv2
import numpy as np

from ocr.forms import geometry as g

CORNERS = ("top_left", "top_right", "bottom_right", "bottom_left")
#: The feeder of the brief: rotation ±3°, scale ±1 %, every page corner moved by up to ±0.5 % of the
#: page width; `feeder_geometry(rng, k)` multiplies the scale and corner error by k.
FEEDER = {"rotation_deg": 3.0, "scale": 0.01, "corner": 0.005}


def feeder_geometry(rng: np.random.Generator, k: float = 1.0) -> dict:
    return {
        "rotation_deg": float(rng.uniform(-FEEDER["rotation_deg"], FEEDER["rotation_deg"])),
        "scale": float(1 + rng.uniform(-1, 1) * FEEDER["scale"] * k),
        "corners": rng.uniform(-1, 1, (4, 2)) * FEEDER["corner"] * k,
    }


def feeder_scan(
    page: np.ndarray,
    rotation_deg: float = 0.0,
    scale: float = 1.0,
    corners=None,
    shift_mm=(0.0, 0.0),
    dpi: float = 200,
    src_dpi: float = 300,
) -> np.ndarray:
    """`page` (a full A4 page at src_dpi) as a feeder at dpi sees it: an A4-sized image of the sheet
    turned about its centre, scaled, shifted by shift_mm and its corners moved by corners (4 × 2,
    fractions of the page width); white where the sheet is not."""
    f = dpi / src_dpi
    img = cv2.resize(page, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f != 1 else page
    s = dpi / 25.4
    w, h = int(round(g.PAGE_W_MM * s)), int(round(g.PAGE_H_MM * s))
    src = np.float32([[0, 0], [img.shape[1], 0], [img.shape[1], img.shape[0]], [0, img.shape[0]]])
    c = np.float32([w / 2, h / 2])
    a = np.deg2rad(rotation_deg)
    rot = np.float32([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]]) * scale
    dst = (np.float32([[0, 0], [w, 0], [w, h], [0, h]]) - c) @ rot.T + c + np.float32(shift_mm) * s
    if corners is not None:
        dst = dst + np.asarray(corners, np.float32) * w
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    return cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def cut_corners(img: np.ndarray, corners, leg_mm: float = 26.0, dpi: float = 300) -> np.ndarray:
    """The page with a right triangle of paper (legs leg_mm) gone at each named corner (torn or folded
    away: white). 26 mm takes the corner marker's outer half and leaves the QR code whole."""
    out = img.copy()
    h, w = out.shape[:2]
    s = leg_mm * dpi / 25.4
    for corner in corners:
        x0, sx = (0, 1) if "left" in corner else (w, -1)
        y0, sy = (0, 1) if "top" in corner else (h, -1)
        pts = np.array([[x0, y0], [x0 + sx * s, y0], [x0, y0 + sy * s]], np.int32)
        cv2.fillPoly(out, [pts], 255)
    return out
