"""Tables of the totals sheet that run over pages.

A table repeats its column headings on every page, and its title as
"... (vervolg)" from the second page on. Totals rows stay with the last body
row; a short table is never split; no page starts with fewer than three rows
of a table. Text that is a little too wide is set slightly smaller; text that
is much too wide (a long list or candidate name) wraps onto more lines --
nothing is ever cut off. Numbers never wrap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.reports.sheet_layout import BODY_BOTTOM, BODY_SIZE, BODY_TOP, LEFT, SMALL_SIZE, Canvas, Flow

ROW_H = 5.2  # a one-line row
LINE_STEP = 4.2  # each further line of a wrapped cell
HEAD_H = 6.0
TITLE_H = 7.5
TITLE_SIZE = 10.5
TITLE_STEP = 4.8  # each further line of a long title
PAD = 1.6  # inside a cell, left and right
SHRINK_LIMIT = 0.85  # text up to 1/0.85 too wide is set smaller; wider text wraps
KEEP_TOGETHER = 16  # a table of at most this many rows moves to the next page whole
MIN_ROWS = 3
ZEBRA_GREY = 238
HEAD_GREY = 215


@dataclass(frozen=True)
class Col:
    title: str
    width: float
    align: str = "L"  # L for text, R for numbers
    divider: bool = False  # a vertical rule on the left edge (the second half of a two-up table)


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    strong: bool = False  # bold, with a rule above: totals


@dataclass(frozen=True)
class _Line:
    """A printed row: the lines of each cell and its height."""

    cells: tuple[tuple[str, ...], ...]
    strong: bool
    height: float


def table(
    flow: Flow,
    columns: Sequence[Col],
    rows: Sequence[Row],
    *,
    title: str = "",
    continued: str = "",
    closing: Sequence[Row] = (),
    two_up: bool = False,
) -> None:
    """Lay out a table. ``continued`` is the title from the second page on.
    ``two_up`` prints the rows in two halves side by side: on each page down
    the left half, then down the right half (``columns`` describe one half)."""
    half = list(columns)
    if two_up:
        columns = half + [Col(half[0].title, half[0].width, half[0].align, divider=True)] + half[1:]
    canvas = flow.canvas
    measured = [_measure(canvas, half, row) for row in list(rows) + list(closing)]
    body = len(rows)
    per_row = 2 if two_up else 1
    total_rows = -(-len(measured) // per_row)
    title_lines = len(canvas.wrap(title, _total(columns), TITLE_SIZE, True))
    whole = (
        (TITLE_H + (title_lines - 1) * TITLE_STEP if title else 0.0)
        + HEAD_H
        + sum(m.height for m in measured) / per_row
        + 0.5
    )
    if total_rows <= KEEP_TOGETHER and whole <= BODY_BOTTOM - BODY_TOP:
        flow.need(whole)
    i = 0
    while i < len(measured):
        heading = canvas.wrap(title if i == 0 else continued, _total(columns), TITLE_SIZE, True)
        heading_h = TITLE_H + (len(heading) - 1) * TITLE_STEP if heading else 0.0
        left = -(-(len(measured) - i) // per_row)
        flow.need(heading_h + HEAD_H + ROW_H * min(MIN_ROWS, left) + 0.5)
        if heading:
            flow.place(heading_h, lambda c, y, text=heading: _draw_title(c, y, text))
        flow.place(HEAD_H, lambda c, y: _draw_head(c, y, columns))
        room = flow.remaining - 0.5
        if two_up:
            printed, used = _two_up_page(measured[i:], room, len(half))
        else:
            used = _fit(measured[i:], room)
            if 0 < left - used < MIN_ROWS:
                used = max(1, left - MIN_ROWS)  # no lonely rows at the top of the next page
            if i + used < len(measured) and i + used >= body > 0:
                used = max(1, body - 1 - i)  # keep the totals with the last body row
            printed = measured[i : i + used]
        for k, line in enumerate(printed):
            zebra = i + k < body and k % 2 == 1
            flow.place(line.height, lambda c, y, line=line, zebra=zebra: _draw_row(c, y, columns, line, zebra))
        flow.place(0.0, lambda c, y: c.rule(LEFT, y, LEFT + _total(columns), 0.3))
        i += used
        if i < len(measured):
            flow.new_page()


def _fit(lines: Sequence[_Line], room: float) -> int:
    """How many of ``lines`` fit in ``room`` (at least one)."""
    used, height = 0, 0.0
    for line in lines:
        if used and height + line.height > room:
            break
        used, height = used + 1, height + line.height
    return used


def _two_up_page(lines: Sequence[_Line], room: float, width: int) -> tuple[list[_Line], int]:
    """The rows of one two-up page, and how many records they hold."""
    blank = _Line((("",),) * width, False, ROW_H)
    n = min(-(-len(lines) // 2), max(1, int(room // ROW_H)))
    while True:
        page = list(lines[: 2 * n])
        n = -(-len(page) // 2)
        left, right = page[:n], page[n:] + [blank] * (2 * n - len(page))
        pairs = [_Line(a.cells + b.cells, False, max(a.height, b.height)) for a, b in zip(left, right)]
        if n == 1 or sum(p.height for p in pairs) <= room:
            return pairs, len(page)
        n -= 1


def _measure(canvas: Canvas, columns: Sequence[Col], row: Row) -> _Line:
    cells = []
    for col, text in zip(columns, row.cells):
        room = col.width - 2 * PAD
        if col.align == "L" and text and canvas.width(text, BODY_SIZE, row.strong) * SHRINK_LIMIT > room:
            cells.append(tuple(canvas.wrap(text, room, BODY_SIZE, row.strong)))
        else:
            cells.append((text,))
    lines = max(len(cell) for cell in cells)
    return _Line(tuple(cells), row.strong, ROW_H + (lines - 1) * LINE_STEP)


def _total(columns: Sequence[Col]) -> float:
    return sum(col.width for col in columns)


def _draw_title(canvas: Canvas, y: float, lines: Sequence[str]) -> None:
    for k, line in enumerate(lines):
        canvas.text(LEFT, y + 5.2 + k * TITLE_STEP, line, size=TITLE_SIZE, bold=True)


def _draw_head(canvas: Canvas, y: float, columns: Sequence[Col]) -> None:
    canvas.fill(LEFT, y, _total(columns), HEAD_H, HEAD_GREY)
    x = LEFT
    for col in columns:
        if col.divider:
            canvas.vline(x, y, y + HEAD_H, 0.3)
        canvas.text(x + PAD, y + 4.2, col.title, size=SMALL_SIZE, bold=True, width=col.width - 2 * PAD, align=col.align)
        x += col.width
    canvas.rule(LEFT, y + HEAD_H, LEFT + _total(columns), 0.3)


def _draw_row(canvas: Canvas, y: float, columns: Sequence[Col], line: _Line, zebra: bool) -> None:
    if zebra:
        canvas.fill(LEFT, y, _total(columns), line.height, ZEBRA_GREY)
    if line.strong:
        canvas.rule(LEFT, y, LEFT + _total(columns), 0.3)
    x = LEFT
    for col, cell in zip(columns, line.cells):
        if col.divider:
            canvas.vline(x, y, y + line.height, 0.3)
        for k, text in enumerate(cell):
            canvas.text(
                x + PAD, y + 3.7 + k * LINE_STEP, text, bold=line.strong, width=col.width - 2 * PAD, align=col.align
            )
        x += col.width
