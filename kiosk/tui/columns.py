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
