"""Synthetic boxes for the two non-digit classes: BLANK (10) and OTHER (11).

BLANK: nothing written — paper, noise, uneven light, specks, border remnants (dark or faint), faint
show-through of writing on the back of the sheet, light smudges.
OTHER: something written that is not one digit — a crossed-out digit, a scribble, a letter or sign, two
digits in one box, a filled box, a dash. (A single horizontal strike is never put through a 4 or a 7:
a continental 7 has a bar across it.)
"""

from __future__ import annotations

import cv2
import numpy as np

from . import augment as aug


def blank_box(rng: np.random.Generator, digits: np.ndarray) -> np.ndarray:
    h, w = aug.box_size(rng)
    img = aug.compose(np.zeros((h, w), np.float32), rng)
    if rng.random() < 0.15:  # show-through: a mirrored digit far below the ink contrast
        ghost = aug.place(digits[rng.integers(len(digits))][:, ::-1] / 255.0, h, w, rng)
        img = img - ghost * rng.uniform(8, 30)
    if rng.random() < 0.2:  # light smudge
        mask = np.zeros((h, w), np.uint8)
        centre = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        axes = (int(rng.integers(3, w // 2 + 4)), int(rng.integers(3, h // 2 + 4)))
        cv2.ellipse(mask, centre, axes, float(rng.uniform(0, 180)), 0, 360, 255, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), 3)
        img = img - mask.astype(np.float32) / 255.0 * rng.uniform(5, 30)
    if rng.random() < 0.5:
        img = aug.remnants(img, rng, p_edge=0.6)
    if rng.random() < 0.3:
        img = aug.remnants(img, rng, p_edge=0.5, level=(120.0, 215.0))
    if rng.random() < 0.4:
        img = aug.specks(img, rng, int(rng.integers(1, 6)))
    return aug.finish(img, rng, noise=14.0)


def _thickness(h: int, rng: np.random.Generator) -> int:
    return max(1, int(round(rng.uniform(0.04, 0.11) * h)))


def _polyline(h: int, w: int, points: np.ndarray, thickness: int, closed=False) -> np.ndarray:
    canvas = np.zeros((h * 4, w * 4), np.uint8)
    pts = np.round(points * 4).astype(np.int32).reshape(-1, 1, 2)
    cv2.polylines(canvas, [pts], closed, 255, 4 * thickness, cv2.LINE_AA)
    return cv2.resize(canvas, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0


def _strike(ink: np.ndarray, label: int, rng: np.random.Generator) -> np.ndarray:
    """Cross out the ink; retry when the strike mostly runs along the digit's own strokes."""
    base = float((ink > 0.3).sum())
    for _ in range(4):
        out = _strike_once(ink, label, rng)
        if float((out > 0.3).sum()) - base >= 0.25 * base:
            break
    return out


def _strike_once(ink: np.ndarray, label: int, rng: np.random.Generator) -> np.ndarray:
    """Slash, double slash, X, horizontal line, zigzag or loops over the ink's extent."""
    h, w = ink.shape
    ys, xs = np.nonzero(ink > 0.3)
    if ys.size == 0:
        ys, xs = np.array([0, h - 1]), np.array([0, w - 1])
    y0, y1, x0, x1 = ys.min(), ys.max(), xs.min(), xs.max()
    ex, ey = rng.uniform(0.1, 0.4) * (x1 - x0 + 4), rng.uniform(0.0, 0.3) * (y1 - y0 + 4)
    x0, x1, y0, y1 = x0 - ex, x1 + ex, y0 - ey, y1 + ey
    t = _thickness(h, rng)
    kinds = ["slash", "double", "x", "zigzag", "loops"] + ([] if label in (4, 7) else ["horizontal"])
    kind = kinds[rng.integers(len(kinds))]
    j = lambda: rng.uniform(-0.1, 0.1) * (y1 - y0)  # noqa: E731
    if kind == "slash":
        pts = [[[x0, y1 + j()], [x1, y0 + j()]]] if rng.random() < 0.5 else [[[x0, y0 + j()], [x1, y1 + j()]]]
    elif kind == "double":
        d = rng.uniform(0.12, 0.3) * (y1 - y0)
        pts = [[[x0, y1 - d], [x1, y0 - d]], [[x0, y1 + d], [x1, y0 + d]]]
    elif kind == "x":
        pts = [[[x0, y0 + j()], [x1, y1 + j()]], [[x0, y1 + j()], [x1, y0 + j()]]]
    elif kind == "horizontal":
        ym = rng.uniform(0.35, 0.65) * (y1 - y0) + y0
        pts = [[[x0, ym + j()], [x1, ym + j()]]]
        if rng.random() < 0.4:
            pts.append([[x0, ym + 0.2 * (y1 - y0) + j()], [x1, ym + 0.2 * (y1 - y0) + j()]])
    elif kind == "zigzag":
        n = int(rng.integers(5, 10))
        yy = np.linspace(y0, y1, n) + rng.uniform(-0.05, 0.05, n) * (y1 - y0)
        xx = np.where(np.arange(n) % 2 == 0, x0, x1) + rng.uniform(-0.1, 0.1, n) * (x1 - x0)
        pts = [np.stack([xx, yy], axis=1)]
        if rng.random() < 0.5:
            pts = [p[:, ::-1] * [(x1 - x0) / max(y1 - y0, 1), (y1 - y0) / max(x1 - x0, 1)] for p in pts]
            pts = [p - p.min(axis=0) + [x0, y0] for p in pts]
    else:  # loops
        n = int(rng.integers(3, 7))
        a = np.linspace(0, 2 * np.pi * n, 40 * n)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        r = rng.uniform(0.7, 1.0, a.size)
        drift = np.linspace(-0.4, 0.4, a.size) * (x1 - x0)
        pts = [np.stack([cx + drift + 0.35 * (x1 - x0) * r * np.cos(a), cy + 0.5 * (y1 - y0) * r * np.sin(a)], 1)]
    for p in pts:
        ink = np.maximum(ink, _polyline(h, w, np.asarray(p, float), t))
    return ink


def _scribble(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    n = int(rng.integers(9, 17))
    steps = rng.normal(0, 1, (n, 2)) * [0.35 * w, 0.35 * h]
    pts = np.cumsum(steps, axis=0)
    pts = (pts - pts.min(axis=0)) / np.maximum(np.ptp(pts, axis=0), 1e-6)
    pts = pts * [rng.uniform(0.4, 0.9) * w, rng.uniform(0.4, 0.9) * h] + [
        rng.uniform(0.05, 0.15) * w,
        rng.uniform(0.05, 0.15) * h,
    ]
    if rng.random() < 0.5:  # smooth it like a pen stroke
        t = np.linspace(0, 1, n)
        fine = np.linspace(0, 1, 12 * n)
        pts = np.stack([np.interp(fine, t, pts[:, 0]), np.interp(fine, t, pts[:, 1])], 1)
        pts = cv2.GaussianBlur(pts.astype(np.float32).reshape(-1, 1, 2), (1, 9), 0).reshape(-1, 2)
    return _polyline(h, w, pts, _thickness(h, rng))


def _letter(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    ch = aug.LETTERS[rng.integers(len(aug.LETTERS))]
    font = aug.HERSHEY[rng.integers(len(aug.HERSHEY))]
    thick = int(rng.integers(2, 7))
    canvas = np.zeros((96, 96), np.uint8)
    (tw, th), base = cv2.getTextSize(ch, font, 2.0, thick)
    cv2.putText(canvas, ch, ((96 - tw) // 2, (96 + th) // 2), font, 2.0, 255, thick, cv2.LINE_AA)
    return aug.place(canvas / 255.0, h, w, rng, height=(0.4, 0.8))


def _two_digits(h: int, w: int, rng: np.random.Generator, digits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    w = max(w, int(h * rng.uniform(0.9, 1.3)))
    half = int(w * rng.uniform(0.5, 0.65))
    ink = np.zeros((h, w), np.float32)
    for left in (True, False):
        i = rng.integers(len(digits))
        part = aug.digit_ink(digits[i], int(labels[i]), h, half, rng)
        if left:
            ink[:, :half] = np.maximum(ink[:, :half], part)
        else:
            ink[:, w - half :] = np.maximum(ink[:, w - half :], part)
    return ink


def _filled(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    mask = np.zeros((h, w), np.uint8)
    if rng.random() < 0.5:
        cv2.ellipse(
            mask,
            (w // 2, h // 2),
            (int(w * rng.uniform(0.3, 0.48)), int(h * rng.uniform(0.3, 0.48))),
            float(rng.uniform(0, 180)),
            0,
            360,
            255,
            -1,
        )
    else:
        pts = np.stack([rng.uniform(0.02, 0.98, 6) * w, rng.uniform(0.02, 0.98, 6) * h], 1)
        cv2.fillPoly(mask, [cv2.convexHull(pts.astype(np.int32))], 255)
    ink = mask.astype(np.float32) / 255.0
    if rng.random() < 0.4:  # hatching instead of a solid fill
        gy, gx = np.mgrid[0:h, 0:w]
        period = rng.uniform(3, 7)
        ink = ink * (((gx + gy * rng.uniform(-1, 1)) % period) < period * 0.6)
    return ink.astype(np.float32)


def _dash(h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    y = rng.uniform(0.35, 0.65) * h
    x0, x1 = rng.uniform(0.1, 0.35) * w, rng.uniform(0.65, 0.9) * w
    xx = np.linspace(x0, x1, 12)
    wave = np.sin(np.linspace(0, 2 * np.pi, 12)) * rng.uniform(0, 0.06) * h if rng.random() < 0.3 else 0
    yy = y + (xx - x0) * np.tan(np.deg2rad(rng.uniform(-8, 8))) + wave
    return _polyline(h, w, np.stack([xx, yy], 1), _thickness(h, rng))


OTHER_KINDS = ("crossed", "scribble", "letter", "two", "filled", "dash")
OTHER_WEIGHTS = (0.38, 0.14, 0.16, 0.16, 0.08, 0.08)


def other_box(rng: np.random.Generator, digits: np.ndarray, labels: np.ndarray) -> np.ndarray:
    h, w = aug.box_size(rng)
    kind = OTHER_KINDS[rng.choice(len(OTHER_KINDS), p=OTHER_WEIGHTS)]
    if kind == "crossed":
        i = rng.integers(len(digits))
        ink = _strike(aug.digit_ink(digits[i], int(labels[i]), h, w, rng), int(labels[i]), rng)
    elif kind == "scribble":
        ink = _scribble(h, w, rng)
    elif kind == "letter":
        ink = aug.stroke(_letter(h, w, rng), rng)
    elif kind == "two":
        ink = _two_digits(h, w, rng, digits, labels)
    elif kind == "filled":
        ink = _filled(h, w, rng)
    else:
        ink = _dash(h, w, rng)
    return aug.scan(ink, rng)
