"""Printable blank PDF of a template (fpdf2), byte-for-byte deterministic for the same input.

Font: DejaVu Sans (regular + bold) from the system (Debian: fonts-dejavu-core), embedded as a
subset; without it, fpdf2's core Helvetica (Latin-1 only, not embedded). `FONT_NAME` tells which.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from functools import lru_cache

import cv2
import segno
from fpdf import FPDF

from . import geometry as g
from .textfit import PT_MM, fit_text, place_lines
from .transfer import FORM_MODEL as TRANSFER_MODEL
from .transfer import value_item

FIXED_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)
FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/usr/share/fonts/TTF",
)


@lru_cache(maxsize=1)
def dejavu_paths() -> tuple[str, str] | None:
    """(regular, bold) DejaVu Sans TTF paths, or None when not installed."""
    extra = os.environ.get("STEMKIOSK_FONT_DIR")
    for d in ((extra,) if extra else ()) + FONT_DIRS:
        reg, bold = os.path.join(d, "DejaVuSans.ttf"), os.path.join(d, "DejaVuSans-Bold.ttf")
        if os.path.isfile(reg) and os.path.isfile(bold):
            return reg, bold
    return None


def font_name() -> str:
    return "DejaVuSans" if dejavu_paths() else "Helvetica"


_LATIN1 = {"\u2014": "-", "\u2013": "-", "\u2026": "...", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}


def _latin1(text: str) -> str:
    text = "".join(_LATIN1.get(c, c) for c in text)
    return text.encode("latin-1", "replace").decode("latin-1")


class _Doc:
    def __init__(self) -> None:
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.set_creation_date(FIXED_DATE)
        paths = dejavu_paths()
        if paths:
            pdf.add_font("DejaVuSans", "", paths[0])
            pdf.add_font("DejaVuSans", "B", paths[1])
            self.family, self.clean = "DejaVuSans", (lambda t: t)
        else:
            self.family, self.clean = "Helvetica", _latin1
        self.pdf = pdf
        self._widths: dict = {}

    def measure(self, text: str, size: float, bold: bool) -> float:
        """Text width in mm, straight from the font's advance widths (as fpdf2 does unshaped)."""
        cw = self._widths.get(bold)
        if cw is None:
            self.pdf.set_font(self.family, "B" if bold else "", 10)
            font = self.pdf.current_font
            key = ord if self.family == "DejaVuSans" else (lambda c: c)
            table = font.cw
            cw = self._widths[bold] = (table, key)
        table, key = cw
        return sum(table[key(c)] for c in text) * size * 0.001 / self.pdf.k

    def text(self, item: dict, gray: int = 0) -> None:
        text = self.clean(item["text"])
        size, lines = fit_text(
            text,
            item["box_mm"][2],
            item["box_mm"][3],
            item["size_pt"],
            item["bold"],
            item.get("wrap", False),
            self.measure,
        )
        self.pdf.set_text_color(gray)
        self.pdf.set_font(self.family, "B" if item["bold"] else "", size)
        for line, x, base in place_lines(
            item["box_mm"], size, lines, item.get("align", "L"), item["bold"], self.measure
        ):
            self.pdf.text(x, base, line)

    def rect(self, box, line_mm: float, stroke: int = 0, fill: int | None = None) -> None:
        pdf = self.pdf
        style = ""
        if fill is not None:
            pdf.set_fill_color(fill)
            style += "F"
        if line_mm and line_mm > 0:
            pdf.set_draw_color(stroke)
            pdf.set_line_width(line_mm)
            style += "D"
        if style:
            pdf.rect(*box, style=style)

    def modules(self, bits, x0: float, y0: float, mod: float) -> None:
        """Black module runs of a 0/1 matrix (row-major) as filled rectangles."""
        self.pdf.set_fill_color(0)
        for r, row in enumerate(bits):
            c = 0
            n = len(row)
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    self.pdf.rect(x0 + start * mod, y0 + r * mod, (c - start) * mod, mod, style="F")
                else:
                    c += 1


@lru_cache(maxsize=64)
def marker_bits(marker_id: int) -> tuple[tuple[int, ...], ...]:
    """6x6 module matrix (1 = black) of an ArUco marker including its black border."""
    d = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, g.ARUCO_DICT))
    img = cv2.aruco.generateImageMarker(d, marker_id, 6, borderBits=1)
    return tuple(tuple(int(v < 128) for v in row) for row in img)


@lru_cache(maxsize=4096)
def qr_bits(payload: str) -> tuple[tuple[int, ...], ...]:
    """QR module matrix (1 = dark) without quiet zone."""
    qr = segno.make(payload, error=g.QR_ERROR.lower(), micro=False, boost_error=False)
    return tuple(tuple(int(bool(v)) for v in row) for row in qr.matrix)


def qr_geometry(payload: str, qr_mm=g.QR_MM, border: int = g.QR_BORDER):
    """(bits, x0, y0, module mm): the symbol centred in qr_mm with `border` quiet modules."""
    bits = qr_bits(payload)
    n = len(bits)
    x, y, w, h = qr_mm
    mod = min(w, h) / (n + 2 * border)
    return bits, x + (w - n * mod) / 2, y + (h - n * mod) / 2, mod


def render_pdf(
    template: dict,
    pages: list[int] | None = None,
    *,
    values: Mapping[str, int | bool | None] | None = None,
    footer: Sequence[str] = (),
) -> bytes:
    """The form (all pages, or the given page numbers) as PDF bytes: blank, or with `values` printed in
    their fields (see print_values) and `footer` lines at the bottom of every page (see print_footer).
    Without values and footer the bytes are those of the blank form."""
    values = check_values(template, values)
    footer = [str(line) for line in footer]
    doc = _Doc()
    pdf = doc.pdf
    what = "Overdrachtsblad" if template.get("form_model") == TRANSFER_MODEL else "Proces-verbaal"
    pdf.set_title(f"{what} stembureau {template['station']} {template['election_id']}")
    pdf.set_author("Stemkiosk")
    pdf.set_subject(f"{template['form_model']} sjabloon {template['template_version']}")
    _draw(doc, template, pages, values, footer)
    return bytes(pdf.output())


def render_pdfs(
    documents: Sequence[tuple[dict, Mapping[str, int | bool | None] | None, Sequence[str]]], *, title: str
) -> bytes:
    """Several filled forms in one PDF, in order: (template, values, footer lines) each, as render_pdf
    draws them (e.g. every station's transfer pages of a partial sheet, to print in one go)."""
    doc = _Doc()
    doc.pdf.set_title(title)
    doc.pdf.set_author("Stemkiosk")
    for template, values, footer in documents:
        _draw(doc, template, None, check_values(template, values), [str(line) for line in footer])
    return bytes(doc.pdf.output())


def _draw(doc: _Doc, template: dict, pages: list[int] | None, values: dict, footer: list[str]) -> None:
    pdf = doc.pdf
    wanted = set(pages) if pages else None
    for page in template["pages"]:
        if wanted is not None and page["page"] not in wanted:
            continue
        pdf.add_page()
        for r in page["rects"]:
            doc.rect(r["box_mm"], r["line_mm"], r["stroke"], r["fill"])
        for area in page.get("areas", ()):
            for b in g.area_rules(area):
                doc.rect(b, 0, fill=g.RULE_GREY)
        for m in template["markers_mm"]:
            x, y, w, _ = m["box_mm"]
            doc.modules(marker_bits(m["id"]), x, y, w / 6)
        bits, qx, qy, mod = qr_geometry(page["qr_payload"], template["qr_mm"], template["qr_border_modules"])
        doc.modules(bits, qx, qy, mod)
        for item in page["header"]:
            doc.text(item)
        for item in page["texts"]:
            doc.text(item, gray=90 if item["role"] == "example" else 0)
        cell_line = float((template.get("cell_mm") or {}).get("line", g.BOX_LINE_MM))
        for f in page["fields"]:
            lw = g.BOX_LINE_MM if f["kind"] == "count" else cell_line if f["kind"] == "printed" else g.TICK_LINE_MM
            for b in f["boxes_mm"]:
                doc.rect(b, lw)
        if values:
            print_values(doc, template, page, values)
        if footer:
            print_footer(doc, template, footer)


# ---- values and footer lines (transfer pages, ocr.forms.transfer) ----------------------------------

#: A True tick or signature: a bold X from corner to corner, this far inside the box. Not bolder: in a
#: transfer page's 5 mm box the arms of a thicker X meet in vertical runs that the signature reader
#: takes for a printed rule (ocr.areas.ink_mask) and removes.
CROSS_LINE_MM = 0.4
CROSS_INSET_MM = 0.6
#: A value in digit boxes (one digit per box, right-aligned): digit height as a fraction of the box's.
DIGIT_FILL = 0.55
DIGIT_EM = 0.729  # DejaVu Sans digit height (em)
#: Footer lines: at most this size and line height, left-aligned, shrunk to fit the band's width.
FOOTER_PT = 7.0
FOOTER_LINE_MM = 3.0
#: Where the footer lines go on a template without footer_mm: just above the bottom markers.
FOOTER_MM = (g.CONTENT_X0, g.CONTENT_BOTTOM + 0.4, g.CONTENT_X1 - g.CONTENT_X0, 3.4)


def check_values(template: dict, values: Mapping | None) -> dict:
    """The values to print, checked: every code a field of the template, a count a non-negative int,
    a tick or signature a bool; None means empty (ValueError otherwise)."""
    if not values:
        return {}
    kinds = {f["code"]: f["kind"] for p in template["pages"] for f in p["fields"]}
    out = {}
    for code, value in values.items():
        kind = kinds.get(code)
        if kind is None:
            raise ValueError(f"veld {code!r} staat niet op dit formulier")
        if value is None:
            continue
        if kind in ("count", "printed"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"veld {code}: een aantal is een geheel getal vanaf 0, niet {value!r}")
        elif not isinstance(value, bool):
            raise ValueError(f"veld {code}: waar of onwaar, niet {value!r}")
        out[code] = value
    return out


def print_values(doc: _Doc, template: dict, page: dict, values: dict) -> None:
    """Counts as plain decimal digits: in a single cell right-aligned and centred vertically
    (ocr.forms.transfer.value_item), in digit boxes one digit per box, right-aligned; a True tick or
    signature as a bold X filling its box. False and missing values leave the field empty."""
    size = float((template.get("cell_mm") or {}).get("value_pt", 11.0))
    for f in page["fields"]:
        value = values.get(f["code"])
        if value is None or value is False:
            continue
        boxes = f["boxes_mm"]
        if value is True:
            for x, y, w, h in boxes[:1]:
                i = CROSS_INSET_MM
                doc.pdf.set_draw_color(0)
                doc.pdf.set_line_width(CROSS_LINE_MM)
                doc.pdf.line(x + i, y + i, x + w - i, y + h - i)
                doc.pdf.line(x + i, y + h - i, x + w - i, y + i)
            continue
        text = str(value)
        if len(boxes) == 1:
            doc.text(value_item(boxes[0], text, size))
            continue
        if len(text) > len(boxes):
            raise ValueError(f"veld {f['code']}: {text} past niet in {len(boxes)} vakjes")
        for digit, b in zip(text, boxes[len(boxes) - len(text) :]):
            pt = round(DIGIT_FILL * float(b[3]) / (DIGIT_EM * PT_MM), 1)
            doc.text({"text": digit, "box_mm": b, "size_pt": pt, "bold": False, "align": "C", "wrap": False})


def print_footer(doc: _Doc, template: dict, lines: list[str]) -> None:
    """Small lines at the bottom of the page, above the bottom markers (template footer_mm, else
    FOOTER_MM), bottom-aligned, each shrunk to fit the width (never cut)."""
    x, y, w, h = (float(v) for v in template.get("footer_mm") or FOOTER_MM)
    lh = min(FOOTER_LINE_MM, h / len(lines))
    top = y + h - lh * len(lines)
    pdf = doc.pdf
    pdf.set_text_color(0)
    for i, line in enumerate(doc.clean(text) for text in lines):
        size = min(FOOTER_PT, lh / (PT_MM * 1.18))
        width = doc.measure(line, size, False)
        if width > w - 1.2:
            size *= (w - 1.2) / width
        pdf.set_font(doc.family, "", size)
        pdf.text(x + 0.6, top + i * lh + lh / 2 + 0.36 * size * PT_MM, line)
