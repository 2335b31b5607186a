"""ArUco page markers: find them (fast, then where the missing ones should be) and fit the homography.

Marker ids and positions are fixed (forms.geometry.MARKERS); the ids tell which corner is which, so a
page lying upside down or turned is handled by the fit itself.
"""

from __future__ import annotations

import cv2
import numpy as np

from .forms import geometry as g

#: A page registers from this many markers, when they do not all lie on one edge (`spans_page`): each
#: marker gives four corners, so three give twelve points for the eight unknowns of the homography. A
#: sheet skewed in a feeder loses two or three corners at once (tests/bench/bench_reader.py).
MIN_MARKERS = 3
DETECT_LONG_SIDE = 1000  # markers are searched in a copy scaled down to about this size (px) ...
REFINE_MM = 0.4  # ... and their corners refined in the full image, in a window of this half-size
MARKER_XY_MM = {mid: (x, y) for mid, _, x, y in g.MARKERS}


#: First pass: a marker's perimeter (48 mm) is about 0.15 of a scanned page's long side, a digit box's
#: (28 mm) 0.09: skipping candidates below 0.1 of the image makes the search three times faster (the
#: few hundred printed boxes are not examined). Later passes (a marker missing) use the lenient 0.05.
FAST_MIN_PERIMETER = 0.1


def _detector(min_perimeter: float = 0.05) -> cv2.aruco.ArucoDetector:
    params = cv2.aruco.DetectorParameters()
    params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    params.minMarkerPerimeterRate = min_perimeter  # markers are >= 1/25 of the page; skips small clutter
    # Two threshold windows (about one and two and a half modules of a marker at DETECT_LONG_SIDE)
    # instead of OpenCV's three: the markers are large and printed black.
    params.adaptiveThreshWinSizeMin, params.adaptiveThreshWinSizeMax, params.adaptiveThreshWinSizeStep = 7, 17, 10
    d = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, g.ARUCO_DICT))
    return cv2.aruco.ArucoDetector(d, params)


def _detect(det, img: np.ndarray, f: float, ox: float = 0.0, oy: float = 0.0) -> dict[int, list]:
    """Our markers in img (a copy scaled by f of the region starting at ox, oy): id -> [corners]."""
    corners, ids, _ = det.detectMarkers(img)
    seen: dict[int, list[np.ndarray]] = {}
    if ids is not None:
        for c, i in zip(corners, ids.ravel()):
            if int(i) in MARKER_XY_MM:
                # pixel index at scale f -> full-size pixel index (pixel centres at integers)
                pts = (c.reshape(4, 2).astype(np.float64) + 0.5) / f - 0.5 + (ox, oy)
                seen.setdefault(int(i), []).append(pts)
    return seen


def _scaled(img: np.ndarray, f: float) -> np.ndarray:
    # Bilinear also when shrinking: ten times faster than INTER_AREA on a 300 dpi page, and the
    # markers (2 mm modules) survive it; their corners are refined in the full image afterwards.
    return img if f == 1.0 else cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_LINEAR)


def _refine(gray: np.ndarray, found: dict[int, np.ndarray]) -> dict[int, np.ndarray]:
    """Corners found in a scaled-down copy, refined to sub-pixel precision in the full image."""
    if not found:
        return found
    ids = sorted(found)
    pts = np.concatenate([found[i] for i in ids]).astype(np.float32).reshape(-1, 1, 2)
    side = float(
        np.median([np.linalg.norm(np.diff(found[i], axis=0, append=found[i][:1]), axis=1).mean() for i in ids])
    )
    win = int(np.clip(round(REFINE_MM * side / g.MARKER_MM), 2, 12))
    h, w = gray.shape
    inside = (
        (pts[:, 0, 0] >= win + 1)
        & (pts[:, 0, 0] < w - win - 1)
        & (pts[:, 0, 1] >= win + 1)
        & (pts[:, 0, 1] < h - win - 1)
    )
    if inside.any():  # a corner at the image border keeps its coarse place
        sub = pts[inside].copy()
        criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_COUNT, 20, 0.01)
        cv2.cornerSubPix(gray, sub, (win, win), (-1, -1), criteria)
        pts[inside] = sub
    refined = pts.reshape(-1, 4, 2).astype(np.float64)
    out = {}
    for k, i in enumerate(ids):  # a corner that moved further than the window is not trusted
        moved = np.linalg.norm(refined[k] - found[i], axis=1).max()
        out[i] = refined[k] if moved <= win else found[i]
    return out


def detect_markers(gray: np.ndarray) -> dict[int, np.ndarray]:
    """id -> (4, 2) corner pixels in the image (marker's own TL, TR, BR, BL), our ids only.

    Searched in a copy scaled down to about DETECT_LONG_SIDE (fast; first among marker-sized shapes
    only, see FAST_MIN_PERIMETER), corners refined in the full image. When some are missing:
    with MIN_MARKERS spanning the page found, again at full detail only where the missing ones should
    be; with fewer,
    in the whole image at about twice the detail. An id seen twice is ambiguous and dropped.
    """
    f = min(1.0, DETECT_LONG_SIDE / max(gray.shape))
    small = _scaled(gray, f)
    found = {i: p[0] for i, p in _detect(_detector(FAST_MIN_PERIMETER), small, f).items() if len(p) == 1}
    if len(found) == len(MARKER_XY_MM):
        return _refine(gray, found) if f < 1.0 else found
    det = _detector()
    if not spans_page(found):  # the page may be small in the image: search again, leniently
        found = {i: p[0] for i, p in _detect(det, small, f).items() if len(p) == 1}
    if len(found) == len(MARKER_XY_MM) or f == 1.0:
        return _refine(gray, found) if f < 1.0 else found
    f2 = min(1.0, 2.2 * f)
    if spans_page(found):
        h, _, _, _ = fit_homography(found)
        if h is None:
            return found
        hinv = np.linalg.inv(h)
        for mid in (i for i in MARKER_XY_MM if i not in found):
            x, y = MARKER_XY_MM[mid]
            m, pad = g.MARKER_MM, 8.0
            box = np.array(
                [[[x - pad, y - pad]], [[x + m + pad, y - pad]], [[x + m + pad, y + m + pad]], [[x - pad, y + m + pad]]]
            )
            pts = cv2.perspectiveTransform(box, hinv).reshape(-1, 2)
            x0, y0 = np.floor(pts.min(axis=0)).astype(int)
            x1, y1 = np.ceil(pts.max(axis=0)).astype(int)
            x0, y0 = max(0, x0), max(0, y0)
            x1, y1 = min(gray.shape[1], x1), min(gray.shape[0], y1)
            if x1 - x0 < 8 or y1 - y0 < 8:
                continue
            got = _detect(det, _scaled(gray[y0:y1, x0:x1], f2), f2, x0, y0).get(mid, [])
            if len(got) == 1:
                found[mid] = got[0]
        return _refine(gray, found)
    more = _detect(det, _scaled(gray, f2), f2)
    for i, p in more.items():
        if len(p) == 1 and i not in found:
            found[i] = p[0]
    return _refine(gray, found) if f2 < 1.0 else found


def spans_page(ids) -> bool:
    """Whether markers `ids` fix the whole page: at least MIN_MARKERS, on the top and the bottom edge.
    Three along one edge leave the far edge to extrapolation over the whole page height."""
    ys = {MARKER_XY_MM[i][1] for i in ids if i in MARKER_XY_MM}
    return len(set(ids)) >= MIN_MARKERS and len(ys) >= 2


def _marker_corners_mm(mid: int) -> np.ndarray:
    x, y = MARKER_XY_MM[mid]
    m = g.MARKER_MM
    return np.array([[x, y], [x + m, y], [x + m, y + m], [x, y + m]], np.float64)


def fit_homography(found: dict[int, np.ndarray]):
    """(H image px -> mm, max corner error mm, rms mm, ids used). RANSAC, then least squares."""
    ids = sorted(found)
    src = np.concatenate([found[i] for i in ids]).astype(np.float64)
    dst = np.concatenate([_marker_corners_mm(i) for i in ids])
    h, mask = cv2.findHomography(src, dst, cv2.RANSAC, 1.5)
    if h is None:
        return None, float("inf"), float("inf"), ids
    inl = mask.ravel().astype(bool).reshape(len(ids), 4)
    used = [i for i, ok in zip(ids, inl.all(axis=1)) if ok]
    if spans_page(used):  # refit on the markers RANSAC kept whole
        s2 = np.concatenate([found[i] for i in used])
        d2 = np.concatenate([_marker_corners_mm(i) for i in used])
        h2, _ = cv2.findHomography(s2, d2, 0)
        if h2 is not None:
            h = h2
    proj = cv2.perspectiveTransform(src.reshape(-1, 1, 2), h).reshape(-1, 2)
    err = np.linalg.norm(proj - dst, axis=1)
    return h, float(err.max()), float(np.sqrt((err**2).mean())), ids
