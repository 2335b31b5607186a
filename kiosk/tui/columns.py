"""Table columns that fit the terminal: shrink in a set order, then wrap.

A table is drawn with its preferred widths when they fit. On a narrower terminal
(80 columns) the columns give up width in the order given, each down to its
minimum; a cell wider than its column is wrapped (or, for a column that must
stay one line, cut with "…"), so the last column (the next step on the overview)
stays readable instead of running off the screen.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

#: Cell padding Textual's DataTable draws on each side of a cell.
CELL_PADDING = 1


@dataclass(frozen=True)
class Column:
    key: str
    preferred: int | None  # None: as wide as its widest cell
    minimum: int
    wraps: bool = True  # else cut with "…"


def fit_widths(columns: list[Column], available: int, natural: dict[str, int]) -> dict[str, int]:
    """Widths (cells, without padding) for ``columns`` within ``available`` cells of table width.
    ``natural`` is each column's widest cell (header included). When the preferred widths do not
    fit, the columns first give up what their cells do not use, then shrink in the order given,
    each down to its minimum."""
    room = available - 2 * CELL_PADDING * len(columns)
    widths = {
        c.key: max(c.minimum, c.preferred if c.preferred is not None else natural.get(c.key, c.minimum))
        for c in columns
    }
    excess = sum(widths.values()) - room
    # First the room no cell uses, then width in the order given.
    for floor in (lambda c: max(c.minimum, natural.get(c.key, c.minimum)), lambda c: c.minimum):
        for column in columns:
            if excess <= 0:
                return widths
            give = max(0, min(excess, widths[column.key] - floor(column)))
            widths[column.key] -= give
            excess -= give
    return widths


def fit_cell(text: str, width: int, wraps: bool) -> list[str]:
    """The lines of one cell at ``width``: wrapped, or cut with "…" when it must stay one line."""
    if len(text) <= width:
        return [text]
    if not wraps:
        return [text[: max(0, width - 1)] + "…"]
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def fit_lines(text: str, width: int, wraps: bool) -> list[str]:
    """``fit_cell`` for a text that may hold line breaks of its own (a header on two lines)."""
    return [line for part in text.split("\n") for line in fit_cell(part, width, wraps)]


def _widest(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def fill_table(
    table,
    columns: list[Column],
    order: tuple[str, ...],
    headers: dict[str, str],
    rows: dict[str, tuple[str, ...]],
    width: int,
    *,
    header_lines: int = 2,
) -> dict[str, int]:
    """Make ``table`` (a DataTable) again with ``rows`` (cells in ``order``) in ``width`` cells:
    the columns shrink in the order of ``columns`` (``fit_widths``), a cell wider than its column
    wraps or is cut, a header wraps onto at most ``header_lines`` rows. The highlighted row
    stays highlighted. Returns the widths."""
    natural = {
        key: max([_widest(headers[key])] + [_widest(cells[i]) for cells in rows.values()])
        for i, key in enumerate(order)
    }
    widths = fit_widths(columns, width, natural)
    wraps = {column.key: column.wraps for column in columns}
    cursor = table.cursor_row
    table.clear(columns=True)
    fitted_headers = {key: fit_lines(headers[key], widths[key], True) for key in order}
    height = max(1, min(header_lines, max(len(lines) for lines in fitted_headers.values())))
    for key in order:
        lines = fitted_headers[key]
        if len(lines) > height:
            lines = lines[: height - 1] + fit_cell(" ".join(lines[height - 1 :]), widths[key], False)
        table.add_column("\n".join(lines), key=key, width=widths[key])
    table.header_height = height
    for row_key, cells in rows.items():
        lines = [fit_lines(cell, widths[key], wraps[key]) for key, cell in zip(order, cells)]
        table.add_row(*("\n".join(cell) for cell in lines), key=row_key, height=max(len(cell) for cell in lines))
    if table.row_count:
        table.move_cursor(row=min(max(cursor, 0), table.row_count - 1))
    return widths
