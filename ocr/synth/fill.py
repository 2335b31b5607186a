"""Write handwritten values into a rendered page: digits right-aligned one per box, ticks, signatures,
and words in ruled areas."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ..forms import geometry as g
from ..forms.layout import template_page
from .digits import DigitSource
from .render import MM_PER_INCH
from .scribble import lines_alpha, signature_alpha

MAX_COUNT = 999_999
#: Share of signatures that are short (initials) rather than a full scribble.
SHORT_SIGNATURES = 0.25


@dataclass(frozen=True)
class WriterStyle:
    size: float  # digit height as a fraction of the box height
    pen_mm: float  # stroke width
    ink: float  # ink grey level (0 black .. 255 paper)
    dx: float  # habitual offset in the box, fraction of box width
    dy: float
    slant: float  # extra shear
    tick: str  # "check" or "cross"

    @classmethod
    def for_writer(cls, writer: int) -> "WriterStyle":
        r = np.random.default_rng(7919 * (writer + 1))
        return cls(
            size=float(r.uniform(0.55, 0.82)),
            pen_mm=float(r.uniform(0.3, 0.65)),
            ink=float(r.uniform(15, 110)),
            dx=float(r.normal(0, 0.04)),
            dy=float(r.normal(0, 0.05)),
            slant=float(r.normal(0, 0.08)),
            tick="check" if r.random() < 0.5 else "cross",
        )


def _stroke_width(mask: np.ndarray) -> float:
    area = float(mask.sum())
    if area == 0:
        return 0.0
    contours, _ = cv2.findContours(mask.astype(np.uint8), cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)
    perim = sum(cv2.arcLength(c, True) for c in contours)
    return 2 * area / max(perim, 1.0)


def _composite(img: np.ndarray, alpha: np.ndarray, x0: int, y0: int, ink: float) -> None:
    h, w = alpha.shape
    H, W = img.shape
    ax0, ay0 = max(0, -x0), max(0, -y0)
    ax1, ay1 = min(w, W - x0), min(h, H - y0)
    if ax1 <= ax0 or ay1 <= ay0:
        return
    a = alpha[ay0:ay1, ax0:ax1]
    region = img[y0 + ay0 : y0 + ay1, x0 + ax0 : x0 + ax1]
    region[:] = region * (1 - a) + ink * a


def _digit_alpha(
    glyph: np.ndarray, box_w: float, box_h: float, style: WriterStyle, s: float, rng: np.random.Generator
) -> np.ndarray:
    glyph = np.clip(np.asarray(glyph, np.float32), 0, 1)
    if glyph.max() > 0:
        glyph = glyph / glyph.max()
    ys, xs = np.nonzero(glyph > 0.15)
    if ys.size == 0:
        return np.zeros((1, 1), np.float32)
    glyph = glyph[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    gh, gw = glyph.shape
    f = box_h * style.size * rng.uniform(0.9, 1.1) / gh
    f = min(f, 0.85 * box_w / gw)
    pad = 2
    big = cv2.resize(np.pad(glyph, pad), None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)
    big = np.clip(big, 0, 1)
    want = style.pen_mm * s * rng.uniform(0.85, 1.15)
    have = _stroke_width(big > 0.5)
    k = int(round(abs(want - have)))
    if k >= 1:
        kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k + 1, k + 1))
        big = (cv2.dilate if want > have else cv2.erode)(big, kernel)
    h, w = big.shape
    shear = style.slant + rng.normal(0, 0.05)
    ang = np.deg2rad(rng.normal(0, 3))
    c, si = np.cos(ang), np.sin(ang)
    m = np.array([[c, -si + shear, 0], [si, c, 0]], np.float32)
    out_w, out_h = int(w * 1.5) + 4, int(h * 1.3) + 4
    m[:, 2] = np.array([out_w / 2, out_h / 2]) - m[:, :2] @ np.array([w / 2, h / 2])
    return cv2.warpAffine(big, m, (out_w, out_h), flags=cv2.INTER_LINEAR)


def _tick_alpha(size_px: float, style: WriterStyle, s: float, rng: np.random.Generator) -> np.ndarray:
    side = int(size_px * 1.6) + 4
    alpha = np.zeros((side, side), np.float32)
    o = (side - size_px) / 2

    def pt(u: float, v: float) -> tuple[int, int]:
        j = rng.normal(0, 0.06, 2)
        return (int(round((o + (u + j[0]) * size_px) * 16)), int(round((o + (v + j[1]) * size_px) * 16)))

    thick = max(1, int(round(style.pen_mm * s * rng.uniform(0.9, 1.3))))
    kind = style.tick if rng.random() < 0.9 else ("cross" if style.tick == "check" else "check")
    if kind == "check":
        strokes = [[pt(0.12, 0.55), pt(0.3, 0.75), pt(0.42, 0.9), pt(0.65, 0.45), pt(0.95, 0.02)]]
    else:
        strokes = [[pt(0.12, 0.12), pt(0.5, 0.5), pt(0.88, 0.88)], [pt(0.88, 0.1), pt(0.5, 0.52), pt(0.12, 0.9)]]
    for st in strokes:
        cv2.polylines(alpha, [np.array(st, np.int32)], False, 1.0, thick, cv2.LINE_AA, shift=4)
    return alpha


def digit_slots(value: int, boxes: int = g.DIGITS) -> list[str | None]:
    """Right-aligned digits per box: 123 -> [None, None, None, '1', '2', '3']."""
    if not isinstance(value, (int, np.integer)) or isinstance(value, bool) or not 0 <= value <= MAX_COUNT:
        raise ValueError(f"telling moet een geheel getal 0..{MAX_COUNT} zijn, niet {value!r}")
    text = str(int(value))
    return [None] * (boxes - len(text)) + list(text)


def fill(
    page_image: np.ndarray,
    template: dict,
    page: int,
    values: dict,
    writer: DigitSource,
    rng: np.random.Generator,
    writer_id: int = 0,
    dpi: float | None = None,
    writing: dict | None = None,
    style: WriterStyle | None = None,
) -> np.ndarray:
    """A copy of the page with the values handwritten in their boxes.

    values: {code: int | bool | None}; codes of other pages are ignored, None or a missing code
    leaves all boxes of that field empty, False leaves a tick or signature box empty, True ticks it
    or signs it (a full scribble, or a short one now and then). writing: {area id: number of lines
    (or True for one)} writes words on that many rows of the page's ruled areas. writer_id picks
    the hand (glyph subset and style: size, pen width, ink, slant, tick shape), `style` overrides
    the style; dpi defaults to the resolution implied by the image width (an unrotated A4 page).
    """
    img = page_image.astype(np.float32, copy=True)
    if not dpi:  # a blank from render_blank: width = ceil(210 mm at dpi)
        dpi = round(img.shape[1] * MM_PER_INCH / g.PAGE_W_MM)
    s = dpi / MM_PER_INCH
    style = style or WriterStyle.for_writer(writer_id)
    p = template_page(template, page)
    for area in p.get("areas", ()):
        n = (writing or {}).get(area["id"])
        if not n:
            continue
        a, ax, ay = lines_alpha(area, 1 if n is True else int(n), s, style.pen_mm * s, rng)
        _composite(img, a, ax, ay, style.ink * rng.uniform(0.9, 1.1))
    for f in p["fields"]:
        v = values.get(f["code"])
        if v is None or v is False:
            continue
        if f["kind"] == "signature":
            if v is not True:
                raise ValueError(f"{f['code']}: een handtekening is True, False of None, niet {v!r}")
            x, y, w, h = f["boxes_mm"][0]
            a = signature_alpha(w * s, h * s, style.pen_mm * s, rng, short=bool(rng.random() < SHORT_SIGNATURES))
            _composite(img, a, int(round(x * s)), int(round(y * s)), style.ink * rng.uniform(0.9, 1.1))
            continue
        if f["kind"] == "tick":
            if v is not True:
                raise ValueError(f"{f['code']}: een vinkvakje is True, False of None, niet {v!r}")
            x, y, w, h = f["boxes_mm"][0]
            a = _tick_alpha(w * s, style, s, rng)
            cx, cy = (x + w / 2) * s, (y + h / 2) * s
            _composite(
                img,
                a,
                int(round(cx - a.shape[1] / 2)),
                int(round(cy - a.shape[0] / 2)),
                style.ink * rng.uniform(0.8, 1.2),
            )
            continue
        for (x, y, w, h), ch in zip(f["boxes_mm"], digit_slots(v, len(f["boxes_mm"]))):
            if ch is None:
                continue
            a = _digit_alpha(writer.glyph(int(ch), writer_id, rng), w * s, h * s, style, s, rng)
            cx = (x + w / 2 + (style.dx + rng.normal(0, 0.06)) * w) * s
            cy = (y + h / 2 + (style.dy + rng.normal(0, 0.05)) * h) * s
            _composite(
                img,
                a,
                int(round(cx - a.shape[1] / 2)),
                int(round(cy - a.shape[0] / 2)),
                style.ink * rng.uniform(0.85, 1.15),
            )
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)
