"""Synthetic box images for training: augmented MNIST digits, blank boxes and "other" boxes.

Every function takes a `numpy.random.Generator` and returns a grayscale uint8 box image (dark ink on light
paper) like the ones `ocr.fields` cuts from a scan; training then runs the run-time `preprocess` on it.
numpy/cv2 only, deterministic for a given generator state. Digit sources are MNIST 28×28 uint8 images
(white on black).
"""

from __future__ import annotations

import cv2
import numpy as np

HERSHEY = (
    cv2.FONT_HERSHEY_SIMPLEX,
    cv2.FONT_HERSHEY_DUPLEX,
    cv2.FONT_HERSHEY_COMPLEX,
    cv2.FONT_HERSHEY_TRIPLEX,
    cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
    cv2.FONT_HERSHEY_SCRIPT_COMPLEX,
)
# Letters and signs that do not look like a digit (no O, I, l, S, Z, B, G, g, q, b, ...).
LETTERS = "AEFHKMNRWXaehkmnrwx#%&@"


def box_size(rng: np.random.Generator) -> tuple[int, int]:
    h = int(rng.integers(36, 97))
    return h, max(24, int(round(h * rng.uniform(0.75, 1.15))))


def _bbox(src: np.ndarray, level: float) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(src > level)
    if ys.size == 0:
        return 0, src.shape[0] - 1, 0, src.shape[1] - 1
    return int(ys.min()), int(ys.max()), int(xs.min()), int(xs.max())


def place(
    src: np.ndarray, h: int, w: int, rng: np.random.Generator, height=(0.45, 0.85), rot=15.0, shear=0.3, margin=0.08
) -> np.ndarray:
    """Warp a white-on-black float source into an (h, w) ink map: scale, aspect, rotation, slant, shift."""
    y0, y1, x0, x1 = _bbox(src, 0.1)
    s = rng.uniform(*height) * h / (y1 - y0 + 1)
    scale = np.diag([s * rng.uniform(0.8, 1.2), s])
    t = np.deg2rad(rng.uniform(-rot, rot))
    m = (
        np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
        @ np.array([[1, rng.uniform(-shear, shear)], [0, 1]])
        @ scale
    )
    c = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    corners = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], float) - c
    moved = corners @ m.T
    lo, hi = moved.min(axis=0), moved.max(axis=0)
    pad = rng.uniform(0, margin) * min(h, w)
    shift = []
    for a, b, size in ((lo[0], hi[0], w), (lo[1], hi[1], h)):
        first, last = pad - a, size - 1 - pad - b
        shift.append(rng.uniform(first, last) if first <= last else (size - 1 - a - b) / 2)
    a = np.hstack([m, (np.array(shift) - m @ c)[:, None]])
    return cv2.warpAffine(src.astype(np.float32), a, (w, h), flags=cv2.INTER_LINEAR)


def stroke(ink: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Thinner or thicker strokes (grey erode/dilate) and a harder, pen-like edge."""
    unit = max(1, int(round(min(ink.shape) / 45)))
    r = int(rng.choice([-1, 0, 0, 1, 1, 2])) * unit
    if r:
        k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * abs(r) + 1, 2 * abs(r) + 1))
        out = cv2.dilate(ink, k) if r > 0 else cv2.erode(ink, k)
        if out.max() > 0.5:
            ink = out
    return np.clip(ink * rng.uniform(1.0, 2.5), 0, 1)


def crossbar7(src: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A continental 7: a short bar across the stem at mid-height (common in Dutch handwriting)."""
    y0, y1, _, _ = _bbox(src, 0.3)
    y = y0 + int(round(0.55 * (y1 - y0))) + int(rng.integers(-1, 2))
    cols = np.nonzero(src[min(max(y, 0), src.shape[0] - 1)] > 0.5)[0]
    if cols.size == 0:
        return src
    cx, half, tilt = cols.mean(), rng.uniform(3, 5.5), rng.uniform(-1, 1)
    return _stroke28(src, (cx - half, y + tilt), (cx + half, y - tilt))


def _stroke28(src: np.ndarray, a: tuple[float, float], b: tuple[float, float], width: int = 7) -> np.ndarray:
    """Add a straight anti-aliased stroke (about MNIST's width) from a to b, in 28×28 coordinates."""
    canvas = np.zeros((src.shape[0] * 4, src.shape[1] * 4), np.uint8)
    cv2.line(
        canvas,
        (int(round(a[0] * 4)), int(round(a[1] * 4))),
        (int(round(b[0] * 4)), int(round(b[1] * 4))),
        255,
        width,
        cv2.LINE_AA,
    )
    bar = cv2.resize(canvas, src.shape[::-1], interpolation=cv2.INTER_AREA) / 255.0
    return np.maximum(src, bar.astype(np.float32))


def flag1(src: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A continental 1: a flag from the top of the stem down to the left (common in Dutch handwriting)."""
    y0, y1, _, _ = _bbox(src, 0.3)
    cols = np.nonzero(src[y0 + 1] > 0.3)[0]
    if cols.size == 0 or y1 - y0 < 10:
        return src
    top = (float(cols.mean()), float(y0) + 0.5)
    length = rng.uniform(0.25, 0.45) * (y1 - y0)
    angle = np.deg2rad(rng.uniform(25, 60))  # below the horizontal, to the left
    return _stroke28(src, top, (top[0] - length * np.cos(angle), top[1] + length * np.sin(angle)))


def elastic(src: np.ndarray, rng: np.random.Generator, alpha=(10.0, 34.0), sigma: float = 4.0) -> np.ndarray:
    """Elastic distortion (Simard et al. 2003): a smooth random displacement field, in 28×28 space."""
    h, w = src.shape
    a = rng.uniform(*alpha)
    dx = cv2.GaussianBlur(rng.uniform(-1, 1, (h, w)).astype(np.float32), (0, 0), sigma) * a
    dy = cv2.GaussianBlur(rng.uniform(-1, 1, (h, w)).astype(np.float32), (0, 0), sigma) * a
    gy, gx = np.mgrid[0:h, 0:w].astype(np.float32)
    return cv2.remap(src, gx + dx, gy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)


def digit_ink(img28: np.ndarray, label: int, h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    src = img28.astype(np.float32) / 255.0
    if rng.random() < 0.5:
        src = elastic(src, rng)
    if label == 7 and rng.random() < 0.35:
        src = crossbar7(src, rng)
    if label == 1 and rng.random() < 0.35:
        src = flag1(src, rng)
    return stroke(place(src, h, w, rng), rng)


def compose(ink: np.ndarray, rng: np.random.Generator, dark=(0.0, 150.0)) -> np.ndarray:
    """Ink map → float paper image (ink dark on light), with uneven lighting now and then."""
    h, w = ink.shape
    paper = rng.uniform(200, 255)
    img = paper - ink * (paper - min(rng.uniform(*dark), paper - 60))
    if rng.random() < 0.3:
        gy, gx = np.mgrid[0:h, 0:w]
        img = img + rng.uniform(-15, 15) * (gx / w - 0.5) + rng.uniform(-15, 15) * (gy / h - 0.5)
    return img


def _blend(img: np.ndarray, mask_u8: np.ndarray, value: float) -> np.ndarray:
    m = mask_u8.astype(np.float32) / 255.0
    return img * (1 - m) + value * m


def remnants(img: np.ndarray, rng: np.random.Generator, p_edge=0.5, level=(0.0, 120.0)) -> np.ndarray:
    """Pieces of the printed box border along the edges (misregistration leaves them in the crop)."""
    h, w = img.shape
    s = min(h, w)
    for edge in range(4):
        if rng.random() >= p_edge:
            continue
        horizontal = edge < 2
        side, across = (w, h) if horizontal else (h, w)
        t = max(1, int(round(rng.uniform(0.02, 0.07) * s)))
        pos = rng.uniform(-t / 2, 0.05 * s + t / 2)
        if edge % 2:
            pos = across - 1 - pos
        length = rng.uniform(0.3, 1.0) * side
        start = 0.0 if rng.random() < 0.5 else side - length
        if rng.random() < 0.1:  # a stretch in the middle (broken print)
            start = rng.uniform(0, side - length)
        drift = rng.uniform(-0.02, 0.02) * length
        a, b = (start, pos), (start + length, pos + drift)
        if not horizontal:
            a, b = a[::-1], b[::-1]
        mask = np.zeros((h * 4, w * 4), np.uint8)
        cv2.line(mask, (int(a[0] * 4), int(a[1] * 4)), (int(b[0] * 4), int(b[1] * 4)), 255, 4 * t, cv2.LINE_AA)
        mask = cv2.resize(mask, (w, h), interpolation=cv2.INTER_AREA)
        img = _blend(img, mask, rng.uniform(*level))
    return img


def specks(img: np.ndarray, rng: np.random.Generator, count: int, level=(0.0, 150.0)) -> np.ndarray:
    h, w = img.shape
    for _ in range(count):
        mask = np.zeros((h, w), np.uint8)
        r = rng.uniform(0.4, 0.03 * min(h, w) + 0.5)
        cv2.circle(mask, (int(rng.integers(0, w)), int(rng.integers(0, h))), int(round(r)), 255, -1, cv2.LINE_AA)
        img = _blend(img, mask, rng.uniform(*level))
    return img


def finish(img: np.ndarray, rng: np.random.Generator, noise=10.0) -> np.ndarray:
    """Sensor noise and optical blur, then uint8."""
    if rng.random() < 0.7:
        img = img + rng.normal(0, rng.uniform(0, noise), img.shape)
    if rng.random() < 0.5:
        img = cv2.GaussianBlur(img.astype(np.float32), (0, 0), rng.uniform(0.3, 1.2))
    return np.clip(np.round(img), 0, 255).astype(np.uint8)


def scan(ink: np.ndarray, rng: np.random.Generator, p_remnants=0.45) -> np.ndarray:
    """Ink map → realistic scanned box: paper, ink colour, border remnants, specks, noise, blur."""
    img = compose(ink, rng)
    if rng.random() < p_remnants:
        img = remnants(img, rng)
    if rng.random() < 0.15:
        img = specks(img, rng, int(rng.integers(1, 4)))
    return finish(img, rng)


def digit_box(img28: np.ndarray, label: int, rng: np.random.Generator) -> np.ndarray:
    """An augmented scan of one MNIST digit in a box."""
    h, w = box_size(rng)
    return scan(digit_ink(img28, label, h, w, rng), rng)


def clean_box(img28: np.ndarray) -> np.ndarray:
    """An MNIST digit as a clean black-on-white box (3× size, no augmentation)."""
    big = cv2.resize(img28, (84, 84), interpolation=cv2.INTER_LINEAR)
    return (255 - big).astype(np.uint8)


def text_box(
    text: str, font: int = cv2.FONT_HERSHEY_SIMPLEX, angle: float = 0.0, h: int = 64, w: int = 56, thickness: int = 3
) -> np.ndarray:
    """Printed text (a Hershey font) centred in a clean box, rotated by `angle` degrees (smoke tests)."""
    canvas = np.zeros((h, w), np.uint8)
    scale = 1.0
    (tw, th), base = cv2.getTextSize(text, font, scale, thickness)
    scale = 0.7 * h / max(th + base, 1)
    (tw, th), base = cv2.getTextSize(text, font, scale, thickness)
    org = ((w - tw) // 2, (h + th) // 2)
    cv2.putText(canvas, text, org, font, scale, 255, thickness, cv2.LINE_AA)
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    canvas = cv2.warpAffine(canvas, rot, (w, h), flags=cv2.INTER_LINEAR)
    return (255 - canvas).astype(np.uint8)
