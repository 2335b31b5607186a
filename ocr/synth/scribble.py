"""Handwriting-like scribbles for synthetic forms: signatures in signature boxes and words on the lines
of ruled areas. Not letters: the kiosk never reads this writing, it only tells whether there is any
(ocr.areas), so what matters is stroke width, ink, size and where it lies.
"""

from __future__ import annotations

import cv2
import numpy as np

SHIFT = 4  # cv2 sub-pixel bits


def _smooth(points: np.ndarray, rounds: int = 3) -> np.ndarray:
    """Chaikin corner cutting: a polyline becomes a smooth pen path."""
    for _ in range(rounds):
        if len(points) < 3:
            return points
        q = 0.75 * points[:-1] + 0.25 * points[1:]
        r = 0.25 * points[:-1] + 0.75 * points[1:]
        points = np.vstack([points[:1], np.column_stack([q, r]).reshape(-1, 2), points[-1:]])
    return points


def word_path(width: float, height: float, rng: np.random.Generator, letters: int | None = None) -> np.ndarray:
    """A cursive-looking pen path (x, y) in a width x height box, baseline at the bottom: loops up to
    the x-height, now and then an ascender or descender."""
    n = letters or max(2, int(width / max(height * 0.45, 1e-6)))
    step = width / n
    base, xh = height * 0.78, height * 0.42
    pts = [(0.0, base - rng.uniform(0, 0.2) * xh)]
    for k in range(n):
        x = k * step
        top = base - xh * rng.uniform(0.7, 1.1)
        if rng.random() < 0.18:
            top = base - height * rng.uniform(0.75, 0.95)  # ascender
        bottom = base + (height - base) * rng.uniform(0.6, 1.0) if rng.random() < 0.1 else base
        pts += [(x + step * 0.55, top), (x + step * rng.uniform(0.35, 0.6), bottom), (x + step * 1.0, base - 0.15 * xh)]
    p = np.array(pts, np.float64)
    p[:, 1] += rng.normal(0, 0.03 * height, len(p))
    return _smooth(p)


def draw_path(alpha: np.ndarray, path: np.ndarray, x0: float, y0: float, pen_px: float) -> None:
    """Draw a path (offset by x0, y0 px) into an alpha canvas, anti-aliased."""
    thick = max(1, int(round(pen_px)))
    pts = np.round((path + [x0, y0]) * (1 << SHIFT)).astype(np.int32)
    cv2.polylines(alpha, [pts], False, 1.0, thick, cv2.LINE_AA, shift=SHIFT)


def signature_alpha(w_px: float, h_px: float, pen_px: float, rng: np.random.Generator, short: bool = False):
    """A signature drawn on a canvas the size of the box (w_px x h_px): a long scribble, or with
    short=True a small one (initials) of 14–25 % of the box width."""
    W, H = int(np.ceil(w_px)), int(np.ceil(h_px))
    alpha = np.zeros((H, W), np.float32)
    if short:  # initials or a quick short stroke
        sw = w_px * rng.uniform(0.14, 0.25)
        sh = h_px * rng.uniform(0.3, 0.5)
        letters = int(rng.integers(1, 3))
    else:
        sw = w_px * rng.uniform(0.35, 0.8)
        sh = h_px * rng.uniform(0.45, 0.75)
        letters = None
    x = rng.uniform(0.08, 0.92) * (w_px - sw)
    y = (h_px - sh) * rng.uniform(0.25, 0.75)
    path = word_path(sw, sh, rng, letters)
    draw_path(alpha, path, x, y, pen_px)
    if not short and rng.random() < 0.4:  # an underline flourish
        u = np.array([[x, y + sh * 1.02], [x + sw * 0.5, y + sh * 1.1], [x + sw * 1.05, y + sh * 0.95]])
        u[:, 1] = np.minimum(u[:, 1], h_px - pen_px * 2)
        draw_path(alpha, _smooth(u), 0, 0, pen_px)
    return alpha


def lines_alpha(
    area: dict, lines: int, s: float, pen_px: float, rng: np.random.Generator
) -> tuple[np.ndarray, int, int]:
    """(alpha, x px, y px): words written on `lines` rows of a ruled area (template area dict), sitting
    on the row's line, starting near the left and running a random length."""
    x, y, w, h = area["box_mm"]
    rows = max(1, int(area.get("rows", 1)))
    pitch = h / rows
    alpha = np.zeros((int(np.ceil(h * s)) + 2, int(np.ceil(w * s)) + 2), np.float32)
    chosen = sorted(rng.choice(rows, size=min(lines, rows), replace=False)) if rows > 1 else [0]
    xh = min(pitch * 0.55, 4.5)
    for r in chosen:
        cx = rng.uniform(1.0, 6.0)
        end = rng.uniform(0.25, 0.95) * w
        while cx < end - 4:
            ww = min(rng.uniform(6, 22), end - cx)
            path = word_path(ww * s, xh * s, rng)
            base_y = (r + 1) * pitch - 0.9 - xh * 0.78  # the path's baseline sits just above the rule
            draw_path(alpha, path, cx * s, base_y * s, pen_px)
            cx += ww + rng.uniform(2, 4)
    return alpha, int(round(x * s)), int(round(y * s))
