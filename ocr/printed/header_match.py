"""Does the printed header look like the header the template and QR code say? No OCR: a comparison
with its expected rendering (ocr.printed.header_render).

    m = match_header(header_crop, page)        # HeaderMatch: style, one ItemMatch per header item
    check = make_header_check()                # the register() hook built on it (see there)

The registered header crop (template header_mm at the registration's dpi) is turned into ink
(0 the local paper .. 1 the darkest print, so pale toner, grey scans and uneven light compare like
black print). The page's header items are rendered as printed, in each style (the PDF's DejaVu,
the synthetic pages' Hershey); the whole rendering is placed where it fits the scan best
(phase correlation, within ±SEARCH_MM: registration error, a printer's offset) and the style that
fits best is taken. Both are blurred a little (BLUR_MM), the rendering once more as much as the
scan is blurred (per item, from EXTRA_BLUR_MM), and compared in windows of WINDOW_W × WINDOW_H em
of the item's font, overlapping by half, that tile the item's box (+ WINDOW_PAD_MM); each window
may move by LOCAL_PX:

    mismatch(window) = sum |scan - expected| / max(sum max(scan, expected), FLOOR × window area)

The item's mismatch is that of its worst window. Measured on pages drawn both ways and scanned
badly (tests/ocr/test_ocr_header_match.py: 200 and 150 dpi, ±4°, JPEG 60, blur 0.12 mm, noise,
uneven light, pale toner), a genuine item stays below 0.43, and each forgery tried (every other
digit for the station number and the page number, the page count, a word or a digit of the election,
the model, the station name) reaches 0.54 or more in the window where it differs: MISMATCH_MAX is
0.48.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from ..forms import geometry as g
from ..forms.identity import PageIdentity
from ..forms.textfit import PT_MM
from . import header_render as hr
from .engine import TesseractMissing, as_gray, tesseract_available
from .header import KEYS, make_tesseract_header_check, read_header

SEARCH_MM = 1.0  # the rendering is placed within this distance of where the template puts it
LOCAL_PX = 1  # ... and every window within this many pixels of that (a line printed a little askew)
BLUR_MM = 0.1  # both images are blurred by this sigma before they are compared
EXTRA_BLUR_MM = (0.0, 0.08, 0.16)  # the rendering is blurred by the one that fits the scan best
WINDOW_W, WINDOW_H = 0.4, 0.5  # window size, in em of the item's font
WINDOW_PAD_MM = 0.3  # the windows tile the item's box and this much around it
FLOOR = 0.12  # a window's ink mass counts as at least this fraction of em² (noise in blank windows)
INK_PCT = 0.3  # percentile of the header crop taken as full ink
PAPER_MM = 4.0  # the paper's brightness is the brightest within this distance (uneven light)
NOISE = 0.08  # ink below this (paper grain, sensor noise, JPEG) counts as paper
#: A style whose rendering correlates this well with the scan is how the page was printed (measured: the
#: right style 0.99 and more, the others 0.93 at most); the styles are tried from the last one taken.
STYLE_SURE = 0.97
_LAST_STYLE: list[str] = []
MIN_CONTRAST = 60  # grey levels: below this the crop holds no print (its ink is then noise)


@dataclass(frozen=True)
class ItemMatch:
    key: str
    mismatch: float  # the worst window's, see the module docstring
    window: tuple[int, int, int, int]  # the worst window, px in the header crop (x, y, w, h)


@dataclass(frozen=True)
class HeaderMatch:
    style: str
    items: tuple[ItemMatch, ...]
    dpi: float
    correlation: float = 0.0  # of the whole header with its rendering, at the best shift
    shift_mm: tuple[float, float] = (0.0, 0.0)  # where the rendering fitted best, relative to the template

    def worst(self) -> float:
        return max((i.mismatch for i in self.items), default=0.0)


def ink_image(gray: np.ndarray, dpi: float) -> np.ndarray:
    """float32 ink: 0 paper (the local brightest, see PAPER_MM) .. 1 the darkest print of the crop."""
    k = max(3, int(round(PAPER_MM * dpi / 25.4)) | 1)
    small = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA) if min(gray.shape) > 64 else gray
    kk = max(3, (k // 4) | 1) if small is not gray else k
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (kk, kk)))
    paper = cv2.GaussianBlur(paper.astype(np.float32), (0, 0), kk / 2)
    if small is not gray:
        paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    black = float(np.percentile(gray, INK_PCT))
    span = np.maximum(paper - black, MIN_CONTRAST)
    ink = (paper - gray.astype(np.float32)) / span
    return np.clip((ink - NOISE) / (1 - NOISE), 0.0, 1.0)


def _blur(img: np.ndarray, sigma_px: float) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), sigma_px) if sigma_px > 0.25 else img


def _window_sums(img: np.ndarray, xs, ys, wx: int, wy: int) -> np.ndarray:
    ii = cv2.integral(img, sdepth=cv2.CV_64F)
    y = np.asarray(ys)[:, None]
    x = np.asarray(xs)[None, :]
    return ii[y + wy, x + wx] - ii[y, x + wx] - ii[y + wy, x] + ii[y, x]


def _starts(length: int, win: int) -> list[int]:
    if length <= win:
        return [0]
    step = max(1, win // 2)
    out = list(range(0, length - win + 1, step))
    if out[-1] != length - win:
        out.append(length - win)
    return out


def _shifted(img: np.ndarray, dx: float, dy: float) -> np.ndarray:
    m = np.float32([[1, 0, dx], [0, 1, dy]])
    return cv2.warpAffine(img, m, (img.shape[1], img.shape[0]), flags=cv2.INTER_LINEAR, borderValue=0)


def _half(img: np.ndarray) -> np.ndarray:
    return cv2.resize(img, (img.shape[1] // 2, img.shape[0] // 2), interpolation=cv2.INTER_AREA)


_PREPARED: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _prepared(full: np.ndarray, sigma_px: float) -> np.ndarray:
    """The rendering blurred and at half resolution (for the alignment), kept while it is cached."""
    got = _PREPARED.get(id(full))
    if got is None or got[0] is not full:
        if len(_PREPARED) > 256:
            _PREPARED.clear()
        got = _PREPARED[id(full)] = (full, _half(_blur(full, sigma_px)))
    return got[1]


def _correlation(a: np.ndarray, b: np.ndarray) -> float:
    denom = float(np.sqrt(float((a * a).sum()) * float((b * b).sum())))
    return float((a * b).sum()) / denom if denom > 0 else 0.0


def _align(scan_half: np.ndarray, exp_half: np.ndarray, limit_px: float) -> tuple[float, float]:
    """(dx, dy): the shift (full-resolution px) that puts the rendering on the scan, by phase
    correlation of their half-resolution images; (0, 0) beyond limit_px or without print."""
    if float(exp_half.max()) <= 0 or float(scan_half.max()) <= 0:
        return 0.0, 0.0
    win = cv2.createHanningWindow((scan_half.shape[1], scan_half.shape[0]), cv2.CV_32F)
    (dx, dy), _ = cv2.phaseCorrelate(exp_half, scan_half, win)
    if abs(dx) > limit_px / 2 or abs(dy) > limit_px / 2:
        return 0.0, 0.0
    return 2 * dx, 2 * dy


def items_mask(items, shape, header_mm, dpi: float) -> np.ndarray:
    """1 over the header items' areas (box + header_render.PAD_MM), 0 elsewhere (the top-middle
    marker, which lies in the header area between the blocks)."""
    s = dpi / 25.4
    mask = np.zeros(shape, np.float32)
    for it in items:
        x0, y0, x1, y1 = hr.item_origin(it)
        c0, r0 = max(0, int((x0 - header_mm[0]) * s)), max(0, int((y0 - header_mm[1]) * s))
        mask[r0 : int(np.ceil((y1 - header_mm[1]) * s)), c0 : int(np.ceil((x1 - header_mm[0]) * s))] = 1
    return mask


def _closest(ink: np.ndarray, options: list[np.ndarray], item: dict, origin_mm, s: float) -> np.ndarray:
    """The option (a blurred rendering) closest to the scan over the item's box."""
    x, y, w, h = item["box_mm"]
    x0, y0 = max(0, int((x - origin_mm[0]) * s)), max(0, int((y - origin_mm[1]) * s))
    x1, y1 = int((x - origin_mm[0] + w) * s), int((y - origin_mm[1] + h) * s)
    part = ink[y0:y1, x0:x1]
    if part.size == 0:
        return options[0]
    return min(options, key=lambda o: float(np.abs(o[y0:y1, x0:x1] - part).sum()))


def match_item(
    ink: np.ndarray, expected: np.ndarray, item: dict, origin_mm, dpi: float, settle: float | None = None
) -> ItemMatch:
    """The worst em window of one header item's box (+ header_render.PAD_MM): ink vs its rendering
    (both already aligned and blurred), each window within LOCAL_PX of its place (only looked for
    when a window differs by more than `settle` where it is)."""
    s = dpi / 25.4
    ax0, ay0, ax1, ay1 = hr.item_origin(item, WINDOW_PAD_MM)
    H, W = ink.shape
    x0, y0 = max(0, int(round((ax0 - origin_mm[0]) * s))), max(0, int(round((ay0 - origin_mm[1]) * s)))
    x1, y1 = min(W, int(round((ax1 - origin_mm[0]) * s))), min(H, int(round((ay1 - origin_mm[1]) * s)))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return ItemMatch(item["key"], 1.0, (x0, y0, 0, 0))
    em = max(4, int(round(float(item["size_pt"]) * PT_MM * s)))
    win = max(4, min(int(round(em * WINDOW_H)), y1 - y0))
    wx = max(4, min(int(round(em * WINDOW_W)), x1 - x0))
    r = LOCAL_PX
    exp = expected[y0:y1, x0:x1]
    xs, ys = _starts(x1 - x0, wx), _starts(y1 - y0, win)
    padded = cv2.copyMakeBorder(ink, r, r, r, r, cv2.BORDER_CONSTANT, value=0)

    def score(dx: int, dy: int) -> np.ndarray:
        got = padded[y0 + r + dy : y1 + r + dy, x0 + r + dx : x1 + r + dx]
        diff = _window_sums(np.abs(got - exp), xs, ys, wx, win)
        mass = _window_sums(np.maximum(got, exp), xs, ys, wx, win)
        return diff / np.maximum(mass, FLOOR * wx * win)

    best = score(0, 0)
    if settle is None or float(best.max()) > settle:  # look around only when it matters
        for dy in range(-r, r + 1):
            for dx in range(-r, r + 1):
                if dx or dy:
                    best = np.minimum(best, score(dx, dy))
    iy, ix = np.unravel_index(int(np.argmax(best)), best.shape)
    return ItemMatch(item["key"], float(best[iy, ix]), (x0 + int(xs[ix]), y0 + int(ys[iy]), wx, win))


def match_header(
    header_crop: np.ndarray, page: dict, header_mm=g.HEADER_MM, styles=None, settle: float | None = None
) -> HeaderMatch:
    """Every header item of the page against the registered header crop, in the style that fits best."""
    gray = header_crop if header_crop.ndim == 2 else cv2.cvtColor(header_crop, cv2.COLOR_BGR2GRAY)
    dpi = gray.shape[1] / float(header_mm[2]) * 25.4
    s = dpi / 25.4
    items = [h for h in page.get("header", []) if h.get("text")]
    ink = _blur(ink_image(gray, dpi), BLUR_MM * s) * items_mask(items, gray.shape, header_mm, dpi)
    ink_half = _half(ink)
    order = list(styles or hr.styles())
    if styles is None and _LAST_STYLE and _LAST_STYLE[0] in order:  # pages come in batches from one printer
        order.remove(_LAST_STYLE[0])
        order.insert(0, _LAST_STYLE[0])
    fits = {}
    for style in order:
        full = hr.render_header(items, dpi, style, header_mm)
        if full.shape != ink.shape:
            full = cv2.resize(full, (ink.shape[1], ink.shape[0]), interpolation=cv2.INTER_LINEAR)
        half = _prepared(full, BLUR_MM * s)
        dx, dy = _align(ink_half, half, SEARCH_MM * s)
        fits[style] = (_correlation(_shifted(half, dx / 2, dy / 2), ink_half), full, dx, dy)
        if fits[style][0] >= STYLE_SURE:  # this is how the page was printed: the others are not drawn
            break
    if not fits:
        return HeaderMatch("none", (), dpi)
    style = max(fits, key=lambda st: fits[st][0])
    corr, full, dx, dy = fits[style]
    if styles is None:
        _LAST_STYLE[:] = [style]
    moved = _shifted(full, dx, dy)
    # the scan's own blur: each item's rendering gets as much (thin and bold print differ)
    blurred = [_blur(moved, float(np.hypot(BLUR_MM, extra) * s)) for extra in EXTRA_BLUR_MM]
    got = tuple(
        match_item(ink, _closest(ink, blurred, it, header_mm[:2], s), it, header_mm[:2], dpi, settle) for it in items
    )
    return HeaderMatch(style, got, dpi, corr, (dx / s, dy / s))


# ---- the header_check hook -----------------------------------------------------------------------

MISMATCH_MAX = 0.48  # an item whose worst window differs more does not look as printed
#: ... and one that differs more than this is refused even when Tesseract reads the right text in it
#: (below it, Tesseract's reading is the second opinion that lets a page pass)
MISMATCH_SURE = 0.6


def _fallback_problem(key: str, item: dict) -> dict:
    """The problem of an item that does not look as printed, when no reading says what it holds."""
    if key == "station":
        return {"code": "station_unreadable", "params": {}}
    if key == "page":
        return {"code": "page_unreadable", "params": {}}
    return {"code": "text_missing", "params": {"expected": item["text"]}}


def make_fast_header_check(
    keys: Sequence[str] | None = None,
    *,
    header_mm=None,
    tesseract: bool | None = None,
    lang: str | None = None,
    refuse_unreadable: bool = True,
) -> Callable[[np.ndarray, dict, PageIdentity], list[dict] | None]:
    """A `header_check` hook for `ocr.register.register` that compares the header with its rendering.

    keys: the header items to compare (default: every item of page["header"]: form, model, election,
    station, station_name, page). An item that does not look as printed (MISMATCH_MAX) is read by
    Tesseract when `tesseract` (default: when installed): what it reads is reported
    (ocr.printed.header.PROBLEMS, e.g. station_differs with the number read), and when it reads the
    expected text the item passes, unless it differs beyond MISMATCH_SURE. Without Tesseract such an
    item is reported as station_unreadable, page_unreadable or text_missing. A genuine page never
    starts Tesseract. refuse_unreadable=False lets an item pass whose place holds no print at all.
    """
    hmm = tuple(header_mm) if header_mm is not None else g.HEADER_MM

    def header_check(header_crop: np.ndarray, page: dict, identity: PageIdentity) -> list[dict] | None:
        items = {h["key"]: h for h in page.get("header", []) if h.get("text")}
        wanted = [k for k in (keys or items) if k in items]
        match = match_header(header_crop, {"header": [items[k] for k in wanted]}, hmm, settle=MISMATCH_MAX)
        bad = {m.key: m for m in match.items if m.mismatch > MISMATCH_MAX}
        if not refuse_unreadable and bad:
            ink = ink_image(as_gray(header_crop), match.dpi)
            bad = {k: m for k, m in bad.items() if _holds_print(ink, items[k], hmm, match.dpi)}
        if not bad:
            return None
        use_tesseract = tesseract_available() if tesseract is None else tesseract
        lines = {}
        if use_tesseract:
            try:
                lines = {ln.key: ln for ln in read_header(header_crop, page, identity, list(bad), hmm, lang)}
            except TesseractMissing:  # e.g. no language data: the problems are given without a reading
                lines = {}
        problems = []
        for key, m in bad.items():
            line = lines.get(key)
            if line is not None and line.agrees and m.mismatch <= MISMATCH_SURE:
                continue  # Tesseract reads what should be there, and it does not look far off
            p = line.problem(identity) if line is not None and not line.agrees else None
            problems.append(p or _fallback_problem(key, items[key]))
        return problems or None

    return header_check


def _holds_print(ink: np.ndarray, item: dict, header_mm, dpi: float) -> bool:
    s = dpi / 25.4
    x, y, w, h = item["box_mm"]
    x0, y0 = max(0, int((x - header_mm[0]) * s)), max(0, int((y - header_mm[1]) * s))
    part = ink[y0 : int((y - header_mm[1] + h) * s), x0 : int((x - header_mm[0] + w) * s)]
    return part.size > 0 and float((part > 0.5).mean()) > 0.002


def make_header_check(
    keys: Sequence[str] | None = None,
    *,
    method: str = "render",
    header_mm=None,
    lang: str | None = None,
    refuse_unreadable: bool = True,
    tesseract: bool | None = None,
) -> Callable[[np.ndarray, dict, PageIdentity], list[dict] | None]:
    """The `header_check` hook for `ocr.register.register`: method "render" (default,
    `make_fast_header_check`: no Tesseract unless the header does not look as printed) or
    "tesseract" (`ocr.printed.header.make_tesseract_header_check`: reads every page's header; keys
    default to station, page and model; raises TesseractMissing without tesseract)."""
    if method == "tesseract":
        return make_tesseract_header_check(
            KEYS if keys is None else keys, header_mm=header_mm, lang=lang, refuse_unreadable=refuse_unreadable
        )
    if method != "render":
        raise ValueError(f"header check method: render or tesseract, not {method!r}")
    return make_fast_header_check(
        keys, header_mm=header_mm, tesseract=tesseract, lang=lang, refuse_unreadable=refuse_unreadable
    )
