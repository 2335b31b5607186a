"""Box image → normalised 28×28 classifier input, the way MNIST was made.

A box image is one cut-out digit box: grayscale uint8, dark ink on light paper, any size, possibly with
bits of the printed box border at its edges. `preprocess` turns it into what the digit model expects:

1. threshold: ink is `MIN_CONTRAST` grey levels darker than the paper (its 99th percentile), so paper
   noise, smudges and faint show-through from the back of the sheet are not ink;
2. remove border remnants: long thin lines lying along an edge (also when a digit stroke touches
   them), and thin components that touch the edge inside the edge band; then drop specks;
3. near-empty (no ink, or ink too small to be a digit) → an all-zero image;
4. crop to the ink, scale the longest side to 20 px keeping the aspect ratio, place in 28×28 with the
   centre of mass at (14, 14); white ink on black, float32 0..1, maximum 1.

Everything is plain numpy/cv2 and deterministic. The training script runs exactly this function on its
augmented samples, so a change here needs a retrained model (see `ocr/digits/train.py`).
"""

from __future__ import annotations

import cv2
import numpy as np

SIZE = 28  # output side, px
FIT = 20  # longest side of the ink after scaling, px
CENTRE = 14.0  # centre of mass in the output (row, col), as in MNIST

MIN_CONTRAST = 48  # grey levels between paper and the ink threshold
PAPER_FLOOR = 160  # paper is never assumed darker than this (keeps a filled box from being "paper")
EDGE_BAND = 0.15  # border remnants lie within this fraction of the box side from an edge
EDGE_TOUCH = 0.08  # ... and start within this fraction of the side from the edge itself
LINE_MIN = 0.3  # a border line is at least this fraction of the box side long
THIN = 0.15  # a border fragment is at most this fraction of the box side thick
SPECK = 0.05  # components smaller than (SPECK × short side)² pixels are specks
MIN_EXTENT = 0.18  # ink spanning less than this fraction of the short side is no digit → empty


def _as_gray(box: np.ndarray) -> np.ndarray:
    if not isinstance(box, np.ndarray):
        raise TypeError(f"box image must be a numpy array, got {type(box).__name__}")
    if box.dtype != np.uint8:
        raise TypeError(f"box image must be uint8, got {box.dtype}")
    if box.ndim == 3 and box.shape[2] == 1:
        box = box[:, :, 0]
    elif box.ndim == 3 and box.shape[2] in (3, 4):
        box = cv2.cvtColor(box, cv2.COLOR_BGR2GRAY if box.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
    if box.ndim != 2 or box.shape[0] < 1 or box.shape[1] < 1:
        raise ValueError(f"box image must be a non-empty 2-D grayscale array, got shape {box.shape}")
    return box


def _threshold(gray: np.ndarray) -> tuple[np.ndarray, float]:
    """Binary ink mask and the paper level.

    A fixed distance below the paper rather than Otsu: a dark border remnant next to a light pencil
    digit would pull Otsu's threshold below the digit, and the digit would vanish with the remnant.
    """
    smooth = cv2.GaussianBlur(gray, (3, 3), 0) if min(gray.shape) >= 16 else gray
    hist = np.bincount(smooth.ravel(), minlength=256)
    p99 = int(np.searchsorted(np.cumsum(hist), 0.99 * smooth.size))
    paper = float(max(p99, PAPER_FLOOR))
    return smooth < paper - MIN_CONTRAST, paper


def _edge_lines(mask: np.ndarray) -> np.ndarray:
    """Pixels of long straight lines that lie along an edge of the box (printed border remnants).

    Walking inwards from each edge, the rows (columns) that hold a straight run of at least `LINE_MIN`
    of the side form a line if they start within `EDGE_TOUCH` of the edge, stay thin, and the line runs
    on to a corner, spans most of the side or lies on the very edge; only the run pixels go, so a digit
    stroke that touches the line keeps the rest of its shape.
    """
    out = np.zeros_like(mask)
    for transposed in (False, True):
        m = mask.T if transposed else mask  # lines run along the rows of m
        across, side = m.shape
        length = max(5, int(round(LINE_MIN * side)))
        if length > side:
            continue
        runs = cv2.morphologyEx(m.astype(np.uint8), cv2.MORPH_OPEN, np.ones((1, length), np.uint8)).astype(bool)
        has_run = runs.any(axis=1)
        if not has_run.any():
            continue
        band = max(2, int(round(EDGE_BAND * across)))
        touch = max(2, int(round(EDGE_TOUCH * across)))
        side_touch = max(2, int(round(EDGE_TOUCH * side)))
        found = np.zeros_like(m)
        for inward in (range(0, min(band + 1, across)), range(across - 1, max(across - 2 - band, -1), -1)):
            rows: list[int] = []
            for depth, r in enumerate(inward):
                if has_run[r]:
                    rows.append(r)
                elif rows or depth >= touch:
                    break
            # A line ends inside the band and is thin; runs going on past the band are ink, not border.
            if not rows or rows[-1] == inward[-1] or len(rows) > max(3, THIN * across):
                continue
            cols = np.nonzero(runs[rows].any(axis=0))[0]
            start, end = int(cols.min()), int(cols.max()) + 1
            to_corner = start <= side_touch or end >= side - side_touch or end - start >= 0.7 * side
            if to_corner or rows[0] == inward[0]:
                found[rows] |= runs[rows]
        out |= found.T if transposed else found
    if out.any():  # take the line's grey fringe with it (it would stay behind as 1-px slivers)
        out = cv2.dilate(out.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool) & mask
    return out


def _clean(mask: np.ndarray) -> np.ndarray:
    """Remove border remnants and specks from a binary ink mask."""
    h, w = mask.shape
    mask = mask & ~_edge_lines(mask)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask.astype(np.uint8), connectivity=8)
    band_x, band_y = max(2, round(EDGE_BAND * w)), max(2, round(EDGE_BAND * h))
    speck = max(3.0, (SPECK * min(h, w)) ** 2)
    near_x, near_y = max(2, round(EDGE_TOUCH * w)), max(2, round(EDGE_TOUCH * h))
    keep = np.zeros(n, bool)
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if area < speck:
            continue
        # A flat fragment in the top/bottom band (a narrow one in the left/right band) is a border
        # remnant when it touches the edge, or when it starts near the edge and is a line along it.
        if bh <= max(3, THIN * h):
            if (y + bh <= band_y and (y == 0 or (y <= near_y and bw >= 3 * bh))) or (
                y >= h - band_y and (y + bh == h or (y + bh >= h - near_y and bw >= 3 * bh))
            ):
                continue
        if bw <= max(3, THIN * w):
            if (x + bw <= band_x and (x == 0 or (x <= near_x and bh >= 3 * bw))) or (
                x >= w - band_x and (x + bw == w or (x + bw >= w - near_x and bh >= 3 * bw))
            ):
                continue
        keep[i] = True
    return keep[labels]


def ink_mask(box: np.ndarray) -> np.ndarray:
    """Boolean mask of the ink that counts: thresholded, border remnants and specks removed."""
    mask, _ = _threshold(_as_gray(box))
    return _clean(mask)


def ink_fraction(box: np.ndarray) -> float:
    """Fraction (0..1) of the box area covered by ink that counts (see `ink_mask`)."""
    return float(ink_mask(box).mean())


def preprocess(box: np.ndarray) -> np.ndarray:
    """One box image → float32 array (28, 28), white ink on black, 0..1 (all zero when near-empty)."""
    gray = _as_gray(box)
    raw, paper = _threshold(gray)
    mask = _clean(raw)
    out = np.zeros((SIZE, SIZE), np.float32)
    ys, xs = np.nonzero(mask)
    if ys.size == 0:
        return out
    y0, y1, x0, x1 = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    if max(y1 - y0, x1 - x0) < MIN_EXTENT * min(gray.shape):
        return out

    # Soft ink like MNIST's grey levels: paper → 0, typical ink → 1, kept only on and right next to the
    # kept strokes (so removed remnants and noise do not come back through the grey levels).
    dark = float(np.partition(gray[mask], mask.sum() // 10)[mask.sum() // 10])  # 10th percentile
    scale = max(paper - dark, float(MIN_CONTRAST))
    ink = np.clip((paper - gray.astype(np.float32)) / scale, 0.0, 1.0)
    near = cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    ink = np.where(near, ink, 0.0).astype(np.float32)[y0:y1, x0:x1]

    ch, cw = ink.shape
    f = FIT / max(ch, cw)
    nh, nw = max(1, int(round(ch * f))), max(1, int(round(cw * f)))
    interp = cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR
    small = cv2.resize(ink, (nw, nh), interpolation=interp)
    total = float(small.sum())
    if total <= 0:
        return out
    cy = float((small.sum(axis=1) * np.arange(nh)).sum()) / total
    cx = float((small.sum(axis=0) * np.arange(nw)).sum()) / total
    top = int(np.clip(round(CENTRE - cy), 0, SIZE - nh))
    left = int(np.clip(round(CENTRE - cx), 0, SIZE - nw))
    out[top : top + nh, left : left + nw] = small
    peak = float(out.max())
    return out / peak if peak > 0 else out


def preprocess_batch(boxes) -> np.ndarray:
    """Several box images → float32 array (N, 1, 28, 28), the classifier's input blob."""
    boxes = list(boxes)
    blob = np.zeros((len(boxes), 1, SIZE, SIZE), np.float32)
    for i, box in enumerate(boxes):
        blob[i, 0] = preprocess(box)
    return blob


def edge_line_fraction(box: np.ndarray) -> float:
    """The share of the box's ink that border-remnant removal takes away.

    Near zero for a clean crop. A large share means a digit stroke lay along the
    box edge (the bar of a 7, the side of a 4) and may have been taken for a
    border: the reading of such a box must not be trusted.
    """
    mask, _ = _threshold(_as_gray(box))
    ink = int(mask.sum())
    return float(_edge_lines(mask).sum()) / ink if ink else 0.0
