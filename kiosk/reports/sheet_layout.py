"""Page layout of the totals sheet: an A4 canvas, and a flow that paginates
headings, paragraphs and tables (sheet_table) before anything is drawn.

Laying out first means the page count is known when the pages are drawn, so
"pagina x van y" is plain text (no placeholder substitution), and tables
that run over a page repeat their title and column headings. Everything is
measured with the embedded fonts, so the layout never depends on the machine.

Names on the sheet come from EML files (parties, candidates, stations, the election): every
text is measured and drawn neutralised (``kiosk.i18n.untrusted``), so a control, bidi or
zero-width character shows as a visible ``<U+XXXX>`` instead of hiding or reordering text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from fpdf import FPDF

from kiosk.i18n.untrusted import neutralise

FONT = "DejaVuSans"
FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}

# A4 portrait, millimetres.
PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT = 15.0, 195.0
WIDTH = RIGHT - LEFT
BODY_TOP, BODY_BOTTOM = 19.0, 270.0

BODY_SIZE = 9.5  # points
SMALL_SIZE = 8.0
MIN_SIZE = 6.5  # below this, text is squeezed horizontally instead of shrunk further
PT = 25.4 / 72  # millimetres per point


Draw = Callable[["Canvas", float], None]


class Canvas:
    """An FPDF document with the embedded fonts and a few drawing primitives."""

    def __init__(self, produced_at: datetime, title: str) -> None:
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, BODY_TOP, PAGE_W - RIGHT)
        for style, name in FONT_FILES.items():
            pdf.add_font(FONT, style, str(FONT_DIR / name))
        pdf.set_font(FONT, "", BODY_SIZE)
        pdf.set_creation_date(produced_at)  # not the wall clock: same data, same bytes
        pdf.set_title(neutralise(title))
        pdf.set_author("Stemkiosk")
        pdf.set_creator("Stemkiosk")
        pdf.set_lang("nl")
        self.pdf = pdf
        self._widths: dict[tuple[str, bool], float] = {}
        self._font = (False, BODY_SIZE)  # (bold, size) last set: set_font is slow even when nothing changes
        self.pages = 0  # known before the first page is drawn

    def width(self, text: str, size: float = BODY_SIZE, bold: bool = False) -> float:
        """Width in mm, from the font's advance widths (what fpdf2's
        get_string_width computes without kerning or shaping, ~20× faster)."""
        text = neutralise(text)
        key = (text, bold)
        units = self._widths.get(key)
        if units is None:
            widths = self.pdf.fonts[FONT.lower() + ("B" if bold else "")].cw
            units = self._widths[key] = sum(widths[ord(char)] for char in text)
        return units * size * 0.001 * PT

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        *,
        size: float = BODY_SIZE,
        bold: bool = False,
        width: float | None = None,
        align: str = "L",
        grey: int = 0,
    ) -> None:
        """Draw ``text`` in the box [x, x + width]; too wide a text is made
        smaller (down to MIN_SIZE) and then narrower -- never cut off."""
        if not text:
            return
        text = neutralise(text)
        stretch = 100.0
        w = self.width(text, size, bold)
        if width is not None and w > width:
            fitted = size * width / w
            if fitted >= MIN_SIZE:
                size = fitted
            else:
                stretch = 100.0 * fitted / MIN_SIZE
                size = MIN_SIZE
            w = width
        if align == "R" and width is not None:
            x = x + width - w
        elif align == "C" and width is not None:
            x = x + (width - w) / 2
        if (bold, size) != self._font:
            self._font = (bold, size)
            self.pdf.set_font(FONT, "B" if bold else "", size)
        if grey:
            self.pdf.set_text_color(grey)
        if stretch != 100.0:
            self.pdf.set_stretching(stretch)
        self.pdf.text(x, baseline, text)
        if stretch != 100.0:
            self.pdf.set_stretching(100)
        if grey:
            self.pdf.set_text_color(0)

    def rule(self, x1: float, y: float, x2: float, weight: float = 0.2) -> None:
        self.pdf.set_line_width(weight)
        self.pdf.line(x1, y, x2, y)

    def vline(self, x: float, y1: float, y2: float, weight: float = 0.2) -> None:
        self.pdf.set_line_width(weight)
        self.pdf.line(x, y1, x, y2)

    def fill(self, x: float, y: float, w: float, h: float, grey: int) -> None:
        self.pdf.set_fill_color(grey)
        self.pdf.rect(x, y, w, h, style="F")

    def box(self, x: float, y: float, w: float, h: float, weight: float = 0.3) -> None:
        self.pdf.set_line_width(weight)
        self.pdf.rect(x, y, w, h, style="D")

    def wrap(self, text: str, width: float, size: float = BODY_SIZE, bold: bool = False) -> list[str]:
        """Greedy word wrap with the real font metrics."""
        lines: list[str] = []
        line = ""
        for word in neutralise(text).split():
            candidate = f"{line} {word}" if line else word
            if line and self.width(candidate, size, bold) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        if line:
            lines.append(line)
        return lines

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def line_height(size: float) -> float:
    return size * PT * 1.4


class Flow:
    """Places blocks top to bottom on pages; each block is drawn later by a callback."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas  # for measuring text while laying out
        self.pages: list[list[tuple[float, Draw]]] = [[]]
        self.y = BODY_TOP
        self.marks: dict[str, int] = {}  # name -> page number, for the contents (read when drawing)

    @property
    def remaining(self) -> float:
        return BODY_BOTTOM - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= BODY_TOP

    def new_page(self) -> None:
        self.pages.append([])
        self.y = BODY_TOP

    def mark(self, name: str) -> None:
        """Remember that ``name`` (a part of the document) starts on the current page."""
        self.marks[name] = len(self.pages)

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if height > self.remaining and not self.at_top:
            self.new_page()

    def place(self, height: float, draw: Draw) -> None:
        self.pages[-1].append((self.y, draw))
        self.y += height

    def space(self, height: float) -> None:
        if not self.at_top:
            self.y = min(self.y + height, BODY_BOTTOM)

    def heading(self, text: str, keep_with: float) -> None:
        """A section heading, kept on one page with ``keep_with`` mm of what follows."""
        height = 9.0
        self.need(height + keep_with)
        self.place(height, lambda c, y: c.text(LEFT, y + 6.0, text, size=12.0, bold=True, width=WIDTH))

    def paragraph(
        self, text: str, *, size: float = BODY_SIZE, bold: bool = False, after: float = 2.0, width: float = WIDTH
    ) -> None:
        lh = line_height(size)
        for line in self.canvas.wrap(text, width, size, bold):
            self.need(lh)
            self.place(lh, lambda c, y, line=line: c.text(LEFT, y + lh * 0.75, line, size=size, bold=bold, width=width))
        self.space(after)
