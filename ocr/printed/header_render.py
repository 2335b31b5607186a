"""The printed page header as it should look: each header item of a template page drawn as ink.

    ink = render_item(item, dpi, "pdf")        # float32 0..1 (1: full ink), the item's box + PAD_MM
    styles()                                   # the styles that can be drawn here ("pdf", "hershey", ...)

Two styles, one per way Stemkiosk puts a page on paper:

- "pdf": the printed form (ocr.forms.pdf): DejaVu Sans (regular/bold), laid out by
  ocr.forms.textfit with the font's advance widths, no kerning, like fpdf2 writes it. Drawn with
  FreeType (Pillow), at twice the resolution, then reduced; available when DejaVu is installed.
- "hershey", "hershey_native": the synthetic pages (ocr.synth.render: cv2's Hershey simplex, ASCII
  only), which the demo's sample scans and the benchmarks are made of. It mirrors
  ocr.synth.render._draw_text, which reading may not import (tests/ocr/test_package_walls.py). Its
  strokes are whole pixels thick at the resolution the page was drawn at, so it is drawn at that
  resolution and then resampled: SYNTH_DPI (the benchmarks, the tests) or, "hershey_native", the
  resolution it is checked at (the demo draws its pages at the scan's 200 dpi).

Coordinates follow ocr.synth.render: x mm lies at continuous pixel x * dpi / 25.4.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import cv2
import numpy as np

from ..forms.pdf import dejavu_paths
from ..forms.textfit import PT_MM, fit_text, place_lines

PAD_MM = 1.5  # the rendering covers the item's box and this much around it
SUPERSAMPLE = 2  # FreeType draws at this many times the resolution (4: no better fit, 2.3 × the time)
SYNTH_DPI = 300
_HERSHEY = cv2.FONT_HERSHEY_SIMPLEX
_CAP = cv2.getTextSize("H", _HERSHEY, 1.0, 1)[0][1]


def styles() -> tuple[str, ...]:
    return (("pdf",) if dejavu_paths() else ()) + ("hershey", "hershey_native")


def _drawer(style: str):
    if style == "pdf":
        return _render_pdf
    if style == "hershey":
        return _render_hershey
    if style == "hershey_native":  # a synthetic page drawn at the resolution it is checked at
        return lambda item, x0, y0, w, h, dpi: _render_hershey(item, x0, y0, w, h, dpi, dpi)
    raise ValueError(f"header style: {style!r}")


# ---- "pdf": DejaVu Sans as fpdf2 lays it out ----------------------------------------------------


@lru_cache(maxsize=2)
def _font_path(bold: bool) -> str:
    paths = dejavu_paths()
    if not paths:
        raise LookupError("DejaVu Sans is not installed")
    return paths[1] if bold else paths[0]


@lru_cache(maxsize=64)
def _freetype(bold: bool, size_px: int):
    from PIL import ImageFont  # Pillow comes with fpdf2 and pytesseract

    return ImageFont.truetype(_font_path(bold), size_px, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=4096)
def _advance(char: str, bold: bool) -> float:
    """Advance width in 1/1000 em, rounded like fpdf2's width table."""
    return float(round(_freetype(bold, 1000).getlength(char)))


def pdf_measure(text: str, size: float, bold: bool) -> float:
    """Text width in mm (ocr.forms.pdf._Doc.measure: sum of advance widths, no kerning)."""
    return sum(_advance(c, bold) for c in text) * size * 0.001 * PT_MM


def _render_pdf(item: dict, x0: float, y0: float, w_px: int, h_px: int, dpi: float) -> np.ndarray:
    from PIL import Image, ImageDraw

    text = item["text"]
    bold = bool(item["bold"])
    x, y, w, h = item["box_mm"]
    size, lines = fit_text(text, w, h, item["size_pt"], bold, item.get("wrap", False), pdf_measure)
    k = SUPERSAMPLE
    s = dpi / 25.4 * k
    canvas = Image.new("L", (w_px * k, h_px * k), 0)
    draw = ImageDraw.Draw(canvas)
    font = _freetype(bold, max(1, int(round(size * PT_MM * s))))
    for line, lx, base in place_lines(item["box_mm"], size, lines, item.get("align", "L"), bold, pdf_measure):
        cx = lx
        for c in line:  # one glyph at a time, each at its advance (fpdf2 writes no kerning)
            if not c.isspace():
                draw.text(((cx - x0) * s, (base - y0) * s), c, fill=255, font=font, anchor="ls")
            cx += _advance(c, bold) * size * 0.001 * PT_MM
    big = np.asarray(canvas, np.float32) / 255.0
    return cv2.resize(big, (w_px, h_px), interpolation=cv2.INTER_AREA)


# ---- "hershey": the synthetic pages ------------------------------------------------------------


def _ascii(text: str) -> str:
    text = text.replace("\u2014", "-").replace("\u2013", "-").replace("\u2192", "->").replace("\u2026", "...")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _hershey_scale(size_pt: float, s: float) -> float:
    return 0.73 * size_pt * PT_MM * s / _CAP


def _hershey_thickness(scale: float, bold: bool) -> int:
    return max(1, int(round(scale * (2.2 if bold else 1.4))))


def _render_hershey(
    item: dict, x0: float, y0: float, w_px: int, h_px: int, dpi: float, draw_dpi: float = SYNTH_DPI
) -> np.ndarray:
    s = draw_dpi / 25.4

    def measure(t: str, size: float, bold: bool) -> float:
        sc = _hershey_scale(size, s)
        return cv2.getTextSize(t, _HERSHEY, sc, _hershey_thickness(sc, bold))[0][0] / s

    text = _ascii(item["text"])
    bold = bool(item["bold"])
    _, _, w, h = item["box_mm"]
    size, lines = fit_text(text, w, h, item["size_pt"], bold, item.get("wrap", False), measure)
    sc = _hershey_scale(size, s)
    th = _hershey_thickness(sc, bold)
    # The synthetic page is drawn on whole pixels of the page at draw_dpi: draw on that grid.
    gx0, gy0 = int(np.floor(x0 * s)), int(np.floor(y0 * s))
    gw = int(np.ceil((x0 + w_px * 25.4 / dpi) * s)) - gx0 + 1
    gh = int(np.ceil((y0 + h_px * 25.4 / dpi) * s)) - gy0 + 1
    big = np.zeros((gh, gw), np.float32)
    for line, lx, base in place_lines(item["box_mm"], size, lines, item.get("align", "L"), bold, measure):
        org = (int(round(lx * s)) - gx0, int(round(base * s)) - gy0)
        cv2.putText(big, line, org, _HERSHEY, sc, 1.0, th, cv2.LINE_AA)
    # resample the draw_dpi grid to the wanted one (pixel areas, like the scan's reduction)
    f = dpi / draw_dpi
    shift = np.float32([[f, 0, (gx0 - x0 * s) * f], [0, f, (gy0 - y0 * s) * f]])
    if f < 1:
        small = cv2.resize(big, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        shift = np.float32([[1, 0, (gx0 - x0 * s) * f], [0, 1, (gy0 - y0 * s) * f]])
        return cv2.warpAffine(small, shift, (w_px, h_px), flags=cv2.INTER_LINEAR, borderValue=0)
    return cv2.warpAffine(big, shift, (w_px, h_px), flags=cv2.INTER_LINEAR, borderValue=0)


# ---- both ------------------------------------------------------------------------------------


def item_origin(item: dict, pad_mm: float = PAD_MM) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) mm of the area an item's rendering covers."""
    x, y, w, h = (float(v) for v in item["box_mm"])
    return x - pad_mm, y - pad_mm, x + w + pad_mm, y + h + pad_mm


def render_item(item: dict, dpi: float, style: str, pad_mm: float = PAD_MM) -> np.ndarray:
    """The ink (float32, 0 paper .. 1 full ink) of one header item over its box plus pad_mm, at dpi:
    pixel (0, 0) is the area's top-left pixel."""
    key = (
        item["text"],
        tuple(float(v) for v in item["box_mm"]),
        float(item["size_pt"]),
        bool(item["bold"]),
        bool(item.get("wrap", False)),
        item.get("align", "L"),
    )
    return _render_cached(key, round(float(dpi), 3), style, float(pad_mm))


@lru_cache(maxsize=512)
def _render_cached(key, dpi: float, style: str, pad_mm: float) -> np.ndarray:
    text, box, size_pt, bold, wrap, align = key
    item = {"text": text, "box_mm": list(box), "size_pt": size_pt, "bold": bold, "wrap": wrap, "align": align}
    x0, y0, x1, y1 = item_origin(item, pad_mm)
    s = dpi / 25.4
    w_px, h_px = int(round((x1 - x0) * s)), int(round((y1 - y0) * s))
    out = _drawer(style)(item, x0, y0, w_px, h_px, dpi)
    out.setflags(write=False)
    return out


def render_header(items, dpi: float, style: str, header_mm) -> np.ndarray:
    """The ink of all `items` (template header dicts) over header_mm at dpi (pixel (0, 0) at its
    top-left corner), so that an item's surroundings hold its neighbours' print as on paper."""
    keys = tuple(
        (
            it["text"],
            tuple(float(v) for v in it["box_mm"]),
            float(it["size_pt"]),
            bool(it["bold"]),
            bool(it.get("wrap", False)),
            it.get("align", "L"),
        )
        for it in items
    )
    return _header_cached(keys, round(float(dpi), 3), style, tuple(float(v) for v in header_mm))


@lru_cache(maxsize=64)
def _header_cached(keys, dpi: float, style: str, header_mm) -> np.ndarray:
    s = dpi / 25.4
    hx, hy, hw, hh = header_mm
    w_px, h_px = int(round(hw * s)), int(round(hh * s))
    out = np.zeros((h_px, w_px), np.float32)
    for text, box, size_pt, bold, wrap, align in keys:
        item = {"text": text, "box_mm": list(box), "size_pt": size_pt, "bold": bold, "wrap": wrap, "align": align}
        x0, y0, x1, y1 = item_origin(item, PAD_MM)
        # on the header's pixel grid, so that every item lies where the page's pixels put it
        ox, oy = int(np.floor((x0 - hx) * s)), int(np.floor((y0 - hy) * s))
        w, h = int(np.ceil((x1 - hx) * s)) - ox, int(np.ceil((y1 - hy) * s)) - oy
        ink = _drawer(style)(item, hx + ox / s, hy + oy / s, w, h, dpi)
        sx0, sy0, sx1, sy1 = max(0, ox), max(0, oy), min(w_px, ox + w), min(h_px, oy + h)
        if sx1 > sx0 and sy1 > sy0:
            part = ink[sy0 - oy : sy1 - oy, sx0 - ox : sx1 - ox]
            np.maximum(out[sy0:sy1, sx0:sx1], part, out=out[sy0:sy1, sx0:sx1])
    out.setflags(write=False)
    return out
