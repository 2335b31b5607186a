"""Handwriting in ruled areas and signature boxes: is anything written there?

The official models have free-text areas (objections, events, remarks, the presentielijst) printed
as ruled lines or tables (template page["areas"], drawn by `ocr.forms.geometry.area_rules`), and
signature boxes (fields of kind "signature"). Nothing in them is read as text; the kiosk only needs
to know whether something was written, e.g. to check a "Nee" ticked above an area with writing in it.

    readings = read_areas(registration)          # [AreaReading(id, ink_fraction, written)]
    ink = ink_mm2(registration.cut(box), dpi)    # mm² of handwriting in a crop

Ink is measured against the local paper level (a grey maximum filter wider than any pen stroke), so
uneven light does not turn paper into ink; a pixel is ink when it is darker than INK_RATIO of the
paper around it. Long straight horizontal and vertical runs are the printed rules and are removed,
with their fringe; loose specks (scanner dust, JPEG ringing) do not count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

#: A pixel is ink when darker than this fraction of the local paper level (after smoothing with a
#: Gaussian of SMOOTH_MM, which takes the sensor noise out: a soft pencil line survives).
INK_RATIO = 0.86
SMOOTH_MM = 0.08
#: Width (mm) of the maximum filter that estimates the paper: wider than any pen stroke or rule.
PAPER_WINDOW_MM = 2.5
#: A straight run at least this long (mm) is a printed line, not handwriting ...
RULE_MIN_MM = 8.0
#: ... and this much (mm) around it goes with it (its blurred, anti-aliased fringe).
RULE_FRINGE_MM = 0.3
#: Ink components smaller than this (mm²) are specks.
SPECK_MM2 = 0.12
#: Areas are cut this much (mm) inside their box: the outline of a table stays out of the crop.
AREA_MARGIN_MM = 0.5
#: An area with at least this much ink (mm²) has writing in it.
WRITTEN_MM2 = 1.5


@dataclass(frozen=True)
class AreaReading:
    id: str
    ink_fraction: float  # of the area's crop
    written: bool
    ink_mm2: float = 0.0

    def to_json(self) -> dict:
        return {"ink_fraction": round(self.ink_fraction, 5), "written": self.written}


def _gray(crop: np.ndarray) -> np.ndarray:
    if crop.ndim == 3:
        crop = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    return crop.astype(np.uint8)


def ink_mask(crop: np.ndarray, dpi: float, rule_min_mm: float = RULE_MIN_MM) -> np.ndarray:
    """Boolean mask of the handwriting in a crop: printed rules (straight runs of rule_min_mm or
    longer, horizontal or vertical) and specks removed."""
    gray = _gray(crop)
    h, w = gray.shape
    if h < 2 or w < 2:
        return np.zeros(gray.shape, bool)
    s = dpi / 25.4
    gray = cv2.GaussianBlur(gray, (0, 0), SMOOTH_MM * s)
    k = max(3, int(round(PAPER_WINDOW_MM * s)) | 1)
    paper = cv2.dilate(gray, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    paper = cv2.blur(paper, (k, k)).astype(np.float32)
    paper = np.maximum(paper, 64.0)  # a black region is not paper
    mask = (gray.astype(np.float32) < paper * INK_RATIO).astype(np.uint8)
    lines = np.zeros_like(mask)
    run = int(round(rule_min_mm * s))
    if run <= w:
        lines |= cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
    vrun = min(run, int(0.8 * h))
    if vrun >= 3:
        lines |= cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((vrun, 1), np.uint8))
    if lines.any():
        f = max(1, int(round(RULE_FRINGE_MM * s)))
        mask &= 1 - cv2.dilate(lines, np.ones((2 * f + 1, 2 * f + 1), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = stats[:, cv2.CC_STAT_AREA] >= SPECK_MM2 * s * s
    keep[0] = False
    return keep[labels]


def ink_mm2(crop: np.ndarray, dpi: float, rule_min_mm: float = RULE_MIN_MM) -> float:
    """Area (mm²) of handwriting in a crop (see ink_mask)."""
    s = dpi / 25.4
    return float(ink_mask(crop, dpi, rule_min_mm).sum()) / (s * s)


def read_areas(registration, page_template: dict | None = None) -> list[AreaReading]:
    """Which ruled areas of an accepted page have writing in them, in the template's order."""
    if not registration.accepted:
        raise ValueError("the page was refused; there are no areas to read")
    page = page_template if page_template is not None else registration.page
    return areas_on(registration.cut, registration.dpi, page)


def areas_on(cut: Callable[[list, float], np.ndarray], dpi: float, page: dict) -> list[AreaReading]:
    """``read_areas`` on any upright page: ``cut(box_mm, margin_mm)`` gives its pixels at ``dpi``."""
    out = []
    s = dpi / 25.4
    for area in page.get("areas", ()):
        crop = cut(area["box_mm"], AREA_MARGIN_MM)
        ink = ink_mm2(crop, dpi)
        fraction = ink * s * s / max(1, crop.size)
        out.append(AreaReading(area["id"], fraction, ink >= WRITTEN_MM2, ink))
    return out
