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

Step 2 can take a digit stroke that runs along the edge with the border; `edge_stroke_loss` measures
that, and the field reader does not trust such a box. `analyse` gives the classifier input, the ink
fraction and the stroke loss of a box from one pass (what `ocr.fields` uses).

Everything is plain numpy/cv2 and deterministic. The training script runs exactly this function on its
augmented samples, so a change here needs a retrained model (see `ocr/training/train.py`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

SIZE = 28  # output side, px
FIT = 20  # longest side of the ink after scaling, px
CENTRE = 14.0  # centre of mass in the output (row, col), as in MNIST

MIN_CONTRAST = 48  # grey levels between paper and the ink threshold
PAPER_FLOOR = 160  # paper is never assumed darker than this (keeps a filled box from being "paper")
EDGE_BAND = 0.15  # border remnants lie within this fraction of the box side from an edge
EDGE_TOUCH = 0.08  # ... and start within this fraction of the side from the edge itself
LINE_DEPTH = 2  # a border line (see _edge_lines) starts within this many pixels of the edge ...
LINE_SPAN = 0.7  # ... and spans at least this fraction of the side
LINE_MIN = 0.3  # a border line is at least this fraction of the box side long
THIN = 0.15  # a border fragment is at most this fraction of the box side thick
SPECK = 0.05  # components smaller than (SPECK × short side)² pixels are specks
MIN_EXTENT = 0.18  # ink spanning less than this fraction of the short side is no digit → empty
EDGE_LAYER = 0.07  # printed border remnants lie within this fraction of the side from the edge


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
    of the side form a line if they start on the edge (within `LINE_DEPTH` pixels: a box is cut so that
    its printed border lies just outside, remnants sit on the very edge), stay thin, and the line runs
    along most of the side (`LINE_SPAN`); only the run pixels go, so a digit stroke that touches the
    line keeps the rest of its shape. A digit stroke a little inside the edge, or one that was cut off
    by the edge over a shorter stretch, is not a line.
    """
    out = np.zeros_like(mask)
    for transposed in (False, True):
        m = mask.T if transposed else mask  # lines run along the rows of m
        across, side = m.shape
        length = max(5, int(round(LINE_MIN * side)))
        if length > side:
            continue
        band = max(2, int(round(EDGE_BAND * across)))
        edges = (range(0, min(band + 1, across)), range(across - 1, max(across - 2 - band, -1), -1))
        # Only rows near the edges are ever looked at; the opening with a one-row kernel treats every
        # row on its own, so opening just those rows gives the same runs (rows without ink have none).
        near = np.array(sorted(set(edges[0]) | set(edges[1])))
        near = near[m[near].any(axis=1)]
        if near.size == 0:
            continue
        runs = np.zeros_like(m)
        runs[near] = cv2.morphologyEx(m[near].astype(np.uint8), cv2.MORPH_OPEN, np.ones((1, length), np.uint8)).astype(
            bool
        )
        has_run = runs.any(axis=1)
        if not has_run.any():
            continue
        found = np.zeros_like(m)
        for inward in edges:
            rows: list[int] = []
            for depth, r in enumerate(inward):
                if has_run[r]:
                    rows.append(r)
                elif rows or depth >= LINE_DEPTH:
                    break
            # A line ends inside the band and is thin; runs going on past the band are ink, not border.
            if not rows or rows[-1] == inward[-1] or len(rows) > max(3, THIN * across):
                continue
            # ... and runs along most of the side, as a printed box side does. A shorter run along the
            # edge is a digit's stroke written over the box edge (the bar of a 7, the side of a 0) and
            # stays; so do shorter bits of border, unless they are loose (see _clean).
            cols = np.nonzero(runs[rows].any(axis=0))[0]
            if int(cols.max()) + 1 - int(cols.min()) >= LINE_SPAN * side:
                found[rows] |= runs[rows]
        out |= found.T if transposed else found
    if out.any():  # take the line's grey fringe with it (it would stay behind as 1-px slivers)
        out = cv2.dilate(out.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool) & mask
    return out


def _clean(mask: np.ndarray, lines: np.ndarray | None = None) -> np.ndarray:
    """Remove border remnants (`lines`: the `_edge_lines` of the mask, computed when not given) and
    specks from a binary ink mask."""
    h, w = mask.shape
    mask = mask & ~(_edge_lines(mask) if lines is None else lines)
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


@dataclass(frozen=True)
class BoxAnalysis:
    """Everything the field reader needs of one box, from one thresholding pass."""

    image: np.ndarray  # the classifier input, as `preprocess` returns it
    ink: float  # as `ink_fraction` returns it
    stroke_loss: float  # as `edge_stroke_loss` returns it


def analyse(box: np.ndarray) -> BoxAnalysis:
    """`preprocess`, `ink_fraction` and `edge_stroke_loss` of one box at the cost of one."""
    gray = _as_gray(box)
    raw, paper = _threshold(gray)
    lines = _edge_lines(raw)
    mask = _clean(raw, lines)
    kept = int(mask.sum())
    return BoxAnalysis(_normalise(gray, mask, paper), kept / mask.size, _stroke_loss(lines, kept))


def preprocess(box: np.ndarray) -> np.ndarray:
    """One box image → float32 array (28, 28), white ink on black, 0..1 (all zero when near-empty)."""
    gray = _as_gray(box)
    raw, paper = _threshold(gray)
    return _normalise(gray, _clean(raw), paper)


def _normalise(gray: np.ndarray, mask: np.ndarray, paper: float) -> np.ndarray:
    """The kept ink (mask) of the box → the 28×28 classifier input."""
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


def edge_stroke_loss(box: np.ndarray) -> float:
    """How much ink border-remnant removal took away from deeper than the very edge, relative to the ink kept.

    A printed border remnant lies on the crop's outermost rows and columns (`EDGE_LAYER` of the side);
    removed "line" pixels deeper inside are a digit stroke that ran along the edge (the bar of a 7, the
    side of a 0, the foot of a 2 written over the box line): the digit may have lost the stroke that
    tells it from another, so its reading must not be trusted. Near zero for clean crops and for crops
    with only border remnants.
    """
    gray = _as_gray(box)
    raw, _ = _threshold(gray)
    lines = _edge_lines(raw)
    return _stroke_loss(lines, int(_clean(raw, lines).sum()))


def _stroke_loss(lines: np.ndarray, kept: int) -> float:
    if not lines.any():
        return 0.0
    h, w = lines.shape
    dy, dx = max(2, round(EDGE_LAYER * h)), max(2, round(EDGE_LAYER * w))
    inner = int(lines[dy : h - dy, dx : w - dx].sum())
    return inner / kept if kept else (1.0 if inner else 0.0)


#: Known-geometry border removal (`analyse_framed`): a pixel row/column across the printed line counts
#: as crossed by a handwritten stroke when there is ink this many pixels beyond the band on both sides ...
CROSS_REACH = 3
#: ... within this many pixels along the line (oblique strokes).
CROSS_ALONG = 2
#: Band ink this many pixels wider than the printed line's typical width is a stroke along the line.
THICKER = 2


def _span(lo: float, hi: float, n: int) -> tuple[int, int] | None:
    """(first, last) of the pixel indices 0..n-1 with lo <= index <= hi; None when there is none.
    Scalar arithmetic: this runs a dozen times for each of a page's hundred-odd boxes."""
    first, last = max(0, math.ceil(lo)), min(n - 1, math.floor(hi))
    return (first, last) if first <= last else None


def _interval(lo: float, hi: float, n: int) -> tuple[int, int]:
    """`_span` as a half-open range, (0, 0) when empty."""
    span = _span(lo, hi, n)
    return (span[0], span[1] + 1) if span else (0, 0)


def _grow(a: np.ndarray, r: int) -> np.ndarray:
    """1-D binary dilation by r on each side."""
    out = a.copy()
    for d in range(1, r + 1):
        out[d:] |= a[:-d]
        out[:-d] |= a[d:]
    return out


def erase_border(
    box: np.ndarray, rect: tuple[float, float, float, float], half: float
) -> tuple[np.ndarray, np.ndarray, float, float]:
    """A crop a little larger than a digit box → its ink with the printed box border erased.

    `rect` = (left, top, right, bottom): the centre lines of the printed border in crop pixel
    coordinates (pixel centres at integers), known from the template and the registration; `half`:
    half the width (px) of the band the printed line can occupy (line width, blur, registration
    error). Band pixels are erased, except where a handwritten stroke crosses the line (ink just
    outside the band on both sides, nearby along the line): there they stay, so the stroke stays
    whole. Ink outside the box is kept only when it is connected to ink inside the box (the part of a
    digit written over the edge); a neighbour's digit or print is not. Specks go.

    Returns (gray crop with the erased pixels painted paper, kept ink mask, paper level, stroke loss).
    The stroke loss is band ink clearly wider than the printed line (a stroke written along the border,
    erased with it) relative to the ink kept: like `edge_stroke_loss`, such a box is not trusted.
    """
    gray = _as_gray(box)
    h, w = gray.shape
    mask, paper = _threshold(gray)
    left, top, right, bottom = rect
    x0, x1 = _interval(left - half, right + half, w)
    y0, y1 = _interval(top - half, bottom + half, h)
    # Where the four lines lie (pixel index ranges across each line).
    lines = (("l", left, w), ("r", right, w), ("t", top, h), ("b", bottom, h))
    spans = {key: _span(c - half, c + half, n) for key, c, n in lines}
    inner_x = (spans["l"][1] + 1 if spans["l"] else x0, spans["r"][0] if spans["r"] else x1)
    inner_y = (spans["t"][1] + 1 if spans["t"] else y0, spans["b"][0] if spans["b"] else y1)
    if not mask[inner_y[0] : inner_y[1], inner_x[0] : inner_x[1]].any():  # no ink in the box: empty paper
        out = np.full_like(gray, np.uint8(min(255.0, paper)))
        out[inner_y[0] : inner_y[1], inner_x[0] : inner_x[1]] = gray[inner_y[0] : inner_y[1], inner_x[0] : inner_x[1]]
        return out, np.zeros((h, w), bool), paper, 0.0
    band = np.zeros((h, w), bool)
    keep = np.zeros((h, w), bool)
    sides: list[tuple[np.ndarray, int]] = []  # per side: band ink width where no stroke crosses, its median
    for vertical, keys in ((True, "lr"), (False, "tb")):
        m = mask if vertical else mask.T  # the line runs down the rows of m
        b, k = (band, keep) if vertical else (band.T, keep.T)  # views
        s0, s1 = (y0, y1) if vertical else (x0, x1)
        n = m.shape[0]
        for key in keys:
            if spans[key] is None or s1 <= s0:
                continue
            lo, hi = spans[key]
            before = m[:, max(0, lo - CROSS_REACH) : lo].any(axis=1) if lo > 0 else np.zeros(n, bool)
            after = m[:, hi + 1 : hi + 1 + CROSS_REACH].any(axis=1) if hi + 1 < m.shape[1] else np.zeros(n, bool)
            crossed = (_grow(before, CROSS_ALONG) & _grow(after, CROSS_ALONG))[s0:s1]
            b[s0:s1, lo : hi + 1] = True
            k[s0:s1, lo : hi + 1] |= crossed[:, None]
            # Band ink width along the side, between the perpendicular lines (the corners are all line).
            i0, i1 = inner_y if vertical else inner_x
            if i1 > i0:
                fill = m[i0:i1, lo : hi + 1].sum(axis=1).astype(np.int64)
                sides.append((fill[~crossed[i0 - s0 : i1 - s0]], int(np.sort(fill)[fill.size // 2])))
    erase = band & ~keep
    kept = mask & ~erase
    inside = np.zeros((h, w), bool)
    inside[inner_y[0] : inner_y[1], inner_x[0] : inner_x[1]] = True
    # Components: connected to ink inside the box, and no speck.
    n, labels, stats, _ = cv2.connectedComponentsWithStats(kept.view(np.uint8), connectivity=8)
    speck = max(3.0, (SPECK * min(y1 - y0, x1 - x0)) ** 2)
    good = np.zeros(n, bool)
    good[np.unique(labels[kept & inside])] = True
    good[0] = False
    good &= stats[:, cv2.CC_STAT_AREA] >= speck
    kept = good[labels]
    # The printed line's width: the median of the four sides' medians (a stroke along one side does not move it).
    typical = sorted(t for _, t in sides)[len(sides) // 2] if sides else 0
    thick = 0
    for fill, _ in sides:
        extra = fill - typical
        thick += int(extra[extra >= THICKER].sum())
    out = gray.copy()
    out[erase] = np.uint8(min(255.0, paper))
    total = int(kept.sum())
    return out, kept, paper, (thick / total if total else 0.0)


def analyse_framed(box: np.ndarray, rect: tuple[float, float, float, float], half: float) -> BoxAnalysis:
    """`analyse` of a crop a little larger than a digit box whose printed border lies at `rect` (see
    `erase_border`): the classifier input, the ink fraction of the box area, and the stroke loss."""
    gray, mask, paper, loss = erase_border(box, rect, half)
    left, top, right, bottom = rect
    area = max(1.0, (right - left) * (bottom - top))
    return BoxAnalysis(_normalise(gray, mask, paper), float(mask.sum()) / area, loss)
