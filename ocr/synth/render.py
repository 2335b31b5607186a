"""Draw a blank template page directly with numpy/cv2 (fast), or rasterise the PDF (pdftoppm).

Both put the template's mm coordinates at the same pixels: a point at x mm lies at continuous
pixel coordinate x * dpi / 25.4, i.e. at pixel index x * dpi / 25.4 - 0.5 (OpenCV's convention:
integer coordinates are pixel centres).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import cv2
import numpy as np

from ..forms import geometry as g
from ..forms.layout import build_template, template_page
from ..forms.pdf import marker_bits, qr_geometry
from ..forms.spec import FormSpec
from ..forms.textfit import PT_MM, fit_text, place_lines

MM_PER_INCH = 25.4
FONT = cv2.FONT_HERSHEY_SIMPLEX
_CAP = cv2.getTextSize("H", FONT, 1.0, 1)[0][1]


def page_px(dpi: float) -> tuple[int, int]:
    """(width, height) in pixels of an A4 page at dpi."""
    s = dpi / MM_PER_INCH
    return int(np.ceil(g.PAGE_W_MM * s - 1e-6)), int(np.ceil(g.PAGE_H_MM * s - 1e-6))  # like pdftoppm


def as_template(template_or_spec) -> dict:
    if isinstance(template_or_spec, FormSpec):
        return build_template(template_or_spec)
    if isinstance(template_or_spec, dict) and "pages" in template_or_spec:
        return template_or_spec
    raise TypeError("expected a template dict or a FormSpec")


def fill_rect(img: np.ndarray, box_px, value: float) -> None:
    """Paint an axis-aligned rectangle (continuous px x0, y0, x1, y1) with exact area coverage."""
    x0, y0, x1, y1 = box_px
    h, w = img.shape
    i0, i1 = max(0, int(np.floor(x0))), min(w, int(np.ceil(x1)))
    j0, j1 = max(0, int(np.floor(y0))), min(h, int(np.ceil(y1)))
    if i1 <= i0 or j1 <= j0:
        return
    xs = np.arange(i0, i1, dtype=np.float32)
    ys = np.arange(j0, j1, dtype=np.float32)
    cx = np.clip(np.minimum(xs + 1, x1) - np.maximum(xs, x0), 0, 1)
    cy = np.clip(np.minimum(ys + 1, y1) - np.maximum(ys, y0), 0, 1)
    cov = np.outer(cy, cx)
    region = img[j0:j1, i0:i1]
    region *= 1 - cov
    region += value * cov


def stroke_rect(img: np.ndarray, box_mm, line_mm: float, s: float, value: float = 0.0) -> None:
    """Rectangle outline with the line centred on the border (like a PDF stroke)."""
    x, y, w, h = box_mm
    t = line_mm / 2
    for bx in (
        (x - t, y - t, x + w + t, y + t),
        (x - t, y + h - t, x + w + t, y + h + t),
        (x - t, y + t, x + t, y + h - t),
        (x + w - t, y + t, x + w + t, y + h - t),
    ):
        fill_rect(img, [v * s for v in bx], value)


def draw_modules(
    img: np.ndarray, bits, x0_mm: float, y0_mm: float, mod_mm: float, s: float, supersample: int = 4
) -> None:
    """A module matrix (1 = black) with anti-aliased edges, by supersampling."""
    bits = np.asarray(bits, dtype=np.float32)
    n_r, n_c = bits.shape
    X0, Y0 = x0_mm * s, y0_mm * s
    X1, Y1 = X0 + n_c * mod_mm * s, Y0 + n_r * mod_mm * s
    h, w = img.shape
    i0, i1 = max(0, int(np.floor(X0))), min(w, int(np.ceil(X1)))
    j0, j1 = max(0, int(np.floor(Y0))), min(h, int(np.ceil(Y1)))
    k = supersample
    sub_x = (np.arange(i0 * k, i1 * k) + 0.5) / k
    sub_y = (np.arange(j0 * k, j1 * k) + 0.5) / k
    col = np.floor((sub_x - X0) / (mod_mm * s)).astype(int)
    row = np.floor((sub_y - Y0) / (mod_mm * s)).astype(int)
    vc, vr = (col >= 0) & (col < n_c), (row >= 0) & (row < n_r)
    sub = bits[np.clip(row, 0, n_r - 1)][:, np.clip(col, 0, n_c - 1)]
    sub *= vr[:, None] & vc[None, :]
    cov = sub.reshape(j1 - j0, k, i1 - i0, k).mean(axis=(1, 3))
    region = img[j0:j1, i0:i1]
    region *= 1 - cov


def _ascii(text: str) -> str:
    text = text.replace("\u2014", "-").replace("\u2013", "-").replace("\u2192", "->").replace("\u2026", "...")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _text_scale(size_pt: float, s: float) -> float:
    return 0.73 * size_pt * PT_MM * s / _CAP


def _draw_text(img: np.ndarray, item: dict, s: float, gray: int = 0) -> None:
    def measure(t: str, size: float, bold: bool) -> float:
        sc = _text_scale(size, s)
        th = max(1, int(round(sc * (2.2 if bold else 1.4))))
        return cv2.getTextSize(t, FONT, sc, th)[0][0] / s

    text = _ascii(item["text"])
    x, y, w, h = item["box_mm"]
    size, lines = fit_text(text, w, h, item["size_pt"], item["bold"], item.get("wrap", False), measure)
    sc = _text_scale(size, s)
    th = max(1, int(round(sc * (2.2 if item["bold"] else 1.4))))
    for line, lx, base in place_lines(item["box_mm"], size, lines, item.get("align", "L"), item["bold"], measure):
        cv2.putText(img, line, (int(round(lx * s)), int(round(base * s))), FONT, sc, float(gray), th, cv2.LINE_AA)


def render_blank(template_or_spec, page: int, dpi: float = 300, text: bool = True) -> np.ndarray:
    """The printed blank page as a grayscale uint8 image (white paper, black print)."""
    t = as_template(template_or_spec)
    p = template_page(t, page)
    s = dpi / MM_PER_INCH
    w, h = page_px(dpi)
    img = np.full((h, w), 255.0, np.float32)
    for r in p["rects"]:
        x, y, rw, rh = r["box_mm"]
        if r["fill"] is not None:
            fill_rect(img, (x * s, y * s, (x + rw) * s, (y + rh) * s), float(r["fill"]))
        if r["line_mm"]:
            stroke_rect(img, r["box_mm"], r["line_mm"], s, float(r["stroke"]))
    for area in p.get("areas", ()):
        for x, y, rw, rh in g.area_rules(area):
            fill_rect(img, (x * s, y * s, (x + rw) * s, (y + rh) * s), float(g.RULE_GREY))
    for m in t["markers_mm"]:
        x, y, mw, _ = m["box_mm"]
        draw_modules(img, marker_bits(m["id"]), x, y, mw / 6, s)
    bits, qx, qy, mod = qr_geometry(p["qr_payload"], t["qr_mm"], t["qr_border_modules"])
    draw_modules(img, bits, qx, qy, mod, s)
    for f in p["fields"]:
        lw = g.BOX_LINE_MM if f["kind"] == "count" else g.TICK_LINE_MM
        for b in f["boxes_mm"]:
            stroke_rect(img, b, lw, s)
    if text:
        for item in p["header"]:
            _draw_text(img, item, s)
        for item in p["texts"]:
            _draw_text(img, item, s, 90 if item["role"] == "example" else 0)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


def rasterize_pdf(pdf: bytes | str | Path, dpi: int = 100, first: int = 1, last: int | None = None) -> list[np.ndarray]:
    """PDF pages as grayscale images via poppler's pdftoppm (system package poppler-utils)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RuntimeError("pdftoppm niet gevonden (installeer poppler-utils)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        if isinstance(pdf, (bytes, bytearray)):
            src.write_bytes(pdf)
        else:
            src = Path(pdf)
        args = [exe, "-r", str(dpi), "-gray", "-f", str(first)]
        if last is not None:
            args += ["-l", str(last)]
        subprocess.run(args + [str(src), str(Path(tmp) / "p")], check=True, capture_output=True)
        files = sorted(Path(tmp).glob("p-*.pgm"), key=lambda f: int(f.stem.split("-")[-1]))
        return [cv2.imread(str(f), cv2.IMREAD_GRAYSCALE) for f in files]
