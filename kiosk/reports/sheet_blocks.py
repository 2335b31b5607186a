"""The building blocks of the official model on a ``Flow``: numbered headings, tick
boxes, count boxes (*letterboxes*), ruled lines and ruled tables to write in by hand.

A ticked box holds a bold "X" as text, so the tick can be read back from the PDF's
text (pdftotext) as well as seen on paper. Empty count boxes and ruled rows are
where the committee writes what the kiosk cannot know.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_table import HEAD_GREY, Col
from kiosk.reports.sheet_text import grouped

NUMBER_INDENT = 13.0  # a question's text starts right of its number
BOX = 3.6  # a tick box, mm
LETTER_H = 7.0  # one row of count boxes
LETTER_CODE_W = 14.0
LETTER_VALUE_W = 34.0
WRITE_ROW_H = 7.5  # a ruled row to write in
WRITE_HEAD_H = 6.5


def part_heading(flow: Flow, title: str) -> None:
    """ "Deel 1 - Verslag van de zitting": always at the top of a page."""
    if not flow.at_top:
        flow.new_page()
    flow.place(12.0, lambda c, y: c.text(LEFT, y + 8.0, title, size=15.0, bold=True, width=WIDTH))
    flow.place(0.0, lambda c, y: c.rule(LEFT, y - 1.5, RIGHT, 0.5))
    flow.space(2.0)


def section_heading(flow: Flow, number: str, title: str, keep_with: float) -> None:
    """ "1.2 Getelde stembureaus", kept on one page with ``keep_with`` mm of what follows."""
    flow.space(2.0)
    flow.heading(f"{number} {title}", keep_with)


def question(flow: Flow, number: str, text: str, keep_with: float = 0.0, bold: bool = False) -> None:
    """ "1.2.1 De resultaten van ...": the number in bold, the text wrapped beside it."""
    lh = line_height(BODY_SIZE)
    lines = flow.canvas.wrap(text, WIDTH - NUMBER_INDENT, BODY_SIZE, bold)
    flow.space(1.5)
    flow.need(len(lines) * lh + keep_with)

    def draw(c: Canvas, y: float) -> None:
        c.text(LEFT, y + lh * 0.75, number, bold=True)
        for k, line in enumerate(lines):
            c.text(LEFT + NUMBER_INDENT, y + lh * (k + 0.75), line, bold=bold)

    flow.place(len(lines) * lh + 1.5, draw)


def note(flow: Flow, text: str, *, size: float = BODY_SIZE, bold: bool = False, after: float = 2.0) -> None:
    """A paragraph aligned with the questions' text."""
    lh = line_height(size)
    for line in flow.canvas.wrap(text, WIDTH - NUMBER_INDENT, size, bold):
        flow.need(lh)
        flow.place(lh, lambda c, y, line=line: c.text(LEFT + NUMBER_INDENT, y + lh * 0.75, line, size=size, bold=bold))
    flow.space(after)


def tick(c: Canvas, x: float, y: float, checked: bool) -> None:
    """A tick box with its top-left corner at (x, y)."""
    c.box(x, y, BOX, BOX, 0.3)
    if checked:
        c.text(x + 0.75, y + BOX - 0.55, "X", size=9.0, bold=True)


def checkbox(flow: Flow, text: str, checked: bool, *, bold: bool = False) -> None:
    """A tick box and its text, which wraps beside it."""
    lh = line_height(BODY_SIZE)
    x = LEFT + NUMBER_INDENT
    lines = flow.canvas.wrap(text, WIDTH - NUMBER_INDENT - BOX - 3.0, BODY_SIZE, bold)
    height = max(len(lines) * lh, BOX + 1.0) + 1.5
    flow.need(height)

    def draw(c: Canvas, y: float) -> None:
        tick(c, x, y + 0.4, checked)
        for k, line in enumerate(lines):
            c.text(x + BOX + 3.0, y + lh * (k + 0.75), line, bold=bold)

    flow.place(height, draw)


def write_lines(flow: Flow, count: int, *, label: str = "") -> None:
    """``count`` ruled lines to write on."""
    for k in range(count):
        flow.need(WRITE_ROW_H)
        text = label if k == 0 else ""

        def draw(c: Canvas, y: float, text: str = text) -> None:
            if text:
                c.text(LEFT + NUMBER_INDENT, y + WRITE_ROW_H - 1.5, text, size=SMALL_SIZE, grey=90)
            c.rule(LEFT + NUMBER_INDENT, y + WRITE_ROW_H, RIGHT, 0.2)

        flow.place(WRITE_ROW_H, draw)
    flow.space(2.0)


def blank(c: Canvas, x: float, baseline: float, label: str, width: float, value: str = "") -> None:
    """ "Plaats: ____": a label and a line to write on, or the printed value on the line."""
    c.text(x, baseline, label, bold=True)
    start = x + c.width(label, BODY_SIZE, True) + 2.0
    c.rule(start, baseline + 1.0, x + width - 4.0, 0.2)
    if value:
        c.text(start + 1.0, baseline, value, width=x + width - 5.0 - start)


@dataclass(frozen=True)
class Letter:
    """One count box: its code (A, E.3, Z), label, value (None: empty, to write in)."""

    code: str
    label: str
    value: str | None
    strong: bool = False


def letterboxes(flow: Flow, boxes: Sequence[Letter]) -> None:
    """Rows of the model's count boxes: code, label, and a box with the number (or empty)."""
    label_w = WIDTH - LETTER_CODE_W - LETTER_VALUE_W - 4.0
    for box in boxes:
        flow.need(LETTER_H)
        flow.place(LETTER_H, lambda c, y, box=box: _letterbox(c, y, box, label_w))
    flow.space(3.0)


def _letterbox(c: Canvas, y: float, box: Letter, label_w: float) -> None:
    h = LETTER_H - 1.2
    c.fill(LEFT, y, LETTER_CODE_W, h, HEAD_GREY if box.strong else 232)
    c.text(LEFT, y + 4.4, box.code, bold=True, width=LETTER_CODE_W, align="C")
    c.text(LEFT + LETTER_CODE_W + 2.0, y + 4.4, box.label, bold=box.strong, width=label_w)
    x = RIGHT - LETTER_VALUE_W
    c.box(x, y, LETTER_VALUE_W, h, 0.5 if box.strong else 0.3)
    if box.value:
        c.text(x + 1.5, y + 4.4, box.value, bold=box.strong, width=LETTER_VALUE_W - 3.0, align="R")


def write_in_table(
    flow: Flow, columns: Sequence[Col], filled: Sequence[Sequence[str]], blank_rows: int, *, row_h: float = WRITE_ROW_H
) -> None:
    """A ruled table: the ``filled`` rows printed, then ``blank_rows`` empty rows to write in.
    The column headings (wrapped when long) repeat on every page the table runs over. In a
    centred column, "X" and "" are drawn as a ticked and an empty tick box."""
    titles = [flow.canvas.wrap(col.title, col.width - 2.8, SMALL_SIZE, True) or [""] for col in columns]
    head_h = WRITE_HEAD_H + (max(len(t) for t in titles) - 1) * HEAD_STEP

    def head(c: Canvas, y: float) -> None:
        _write_head(c, y, columns, titles, head_h)

    rows = [tuple(row) for row in filled] + [("",) * len(columns)] * blank_rows
    flow.need(head_h + row_h * min(3, len(rows)))
    flow.place(head_h, head)
    for row in rows:
        if flow.remaining < row_h:
            flow.new_page()
            flow.place(head_h, head)
        flow.place(row_h, lambda c, y, row=row: _write_row(c, y, columns, row, row_h))
    flow.space(3.0)


HEAD_STEP = 3.3  # each further line of a wrapped column heading


def _write_head(c: Canvas, y: float, columns: Sequence[Col], titles: Sequence[Sequence[str]], h: float) -> None:
    c.fill(LEFT, y, sum(col.width for col in columns), h, HEAD_GREY)
    x = LEFT
    for col, lines in zip(columns, titles):
        for k, line in enumerate(lines):
            c.text(
                x + 1.4,
                y + 4.4 + k * HEAD_STEP,
                line,
                size=SMALL_SIZE,
                bold=True,
                width=col.width - 2.8,
                align=col.align,
            )
        x += col.width


def _write_row(c: Canvas, y: float, columns: Sequence[Col], row: Sequence[str], row_h: float) -> None:
    total = sum(col.width for col in columns)
    c.box(LEFT, y, total, row_h, 0.25)
    x = LEFT
    for k, (col, text) in enumerate(zip(columns, row)):
        if k:
            c.vline(x, y, y + row_h, 0.2)
        if col.align == "C" and text in ("X", ""):
            tick(c, x + (col.width - BOX) / 2, y + (row_h - BOX) / 2, text == "X")
        else:
            c.text(x + 1.4, y + row_h - 2.4, text, width=col.width - 2.8, align=col.align)
        x += col.width


#: The footer's hash rows: a label, then the 16 groups of 4 in columns (every report alike).
HASH_LABEL_W = 40.0


def hash_rows(c: Canvas, rows: Sequence[tuple[float, str, str]]) -> None:
    """Footer rows of (baseline, label, hex digest): the digest in 16 groups of 4, one column each."""
    step = (WIDTH - HASH_LABEL_W) / 16
    for baseline, label, digest in rows:
        c.text(LEFT, baseline, label, size=7.5, width=HASH_LABEL_W - 1.0)
        for k, group in enumerate(grouped(digest).split()):
            c.text(LEFT + HASH_LABEL_W + k * step, baseline, group, size=8.0, width=step)
