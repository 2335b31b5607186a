"""Box images for the digit tests, drawn here with plain cv2 (no training helpers, no MNIST)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

PAPER = 235

FONTS = {
    "simplex": cv2.FONT_HERSHEY_SIMPLEX,
    "duplex": cv2.FONT_HERSHEY_DUPLEX,
    "complex": cv2.FONT_HERSHEY_COMPLEX,
    "triplex": cv2.FONT_HERSHEY_TRIPLEX,
    "script": cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
}


def printed(
    text: str,
    font: int = cv2.FONT_HERSHEY_SIMPLEX,
    angle: float = 0.0,
    h: int = 64,
    w: int = 56,
    thickness: int = 3,
    ink: int = 30,
    paper: int = PAPER,
) -> np.ndarray:
    """`text` in a Hershey font, centred, rotated by `angle` degrees: dark ink on light paper, uint8."""
    canvas = np.zeros((h, w), np.uint8)
    (_, th), base = cv2.getTextSize(text, font, 1.0, thickness)
    scale = 0.65 * h / (th + base)
    (tw, th), base = cv2.getTextSize(text, font, scale, thickness)
    cv2.putText(canvas, text, ((w - tw) // 2, (h + th) // 2), font, scale, 255, thickness, cv2.LINE_AA)
    canvas = cv2.warpAffine(canvas, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), (w, h))
    m = canvas.astype(np.float32) / 255
    return np.round(paper * (1 - m) + ink * m).astype(np.uint8)


def blank(h: int = 64, w: int = 56, noise: float = 6.0, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(np.round(PAPER + rng.normal(0, noise, (h, w))), 0, 255).astype(np.uint8)


def with_lines(
    box: np.ndarray,
    edges=("top", "bottom", "left", "right"),
    thickness: int = 2,
    value: int = 20,
    start: float = 0.0,
    stop: float = 1.0,
) -> np.ndarray:
    """Printed box-border remnants: a line along each named edge, from `start` to `stop` of its length."""
    out = box.copy()
    h, w = out.shape
    for e in edges:
        if e in ("top", "bottom"):
            y = 0 if e == "top" else h - thickness
            out[y : y + thickness, int(start * w) : int(stop * w)] = value
        else:
            x = 0 if e == "left" else w - thickness
            out[int(start * h) : int(stop * h), x : x + thickness] = value
    return out


@pytest.fixture
def boxes():
    """The drawing helpers, as a namespace for the tests."""

    class Boxes:
        pass

    ns = Boxes()
    ns.printed, ns.blank, ns.with_lines, ns.FONTS, ns.PAPER = printed, blank, with_lines, FONTS, PAPER
    return ns
