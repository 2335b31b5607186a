"""One page under construction: texts, rectangles, fields and ruled areas placed top to bottom.

Every form model builds its pages with a Sheet; `layout.build_template` turns them into template
pages. Measures in mm from the page's top-left, boxes as [x, y, w, h].
"""

from __future__ import annotations

import math

from . import geometry as g

TITLE_H = 9.0
HEADING_H = 8.0
#: Height of a numbered sub-heading line (1.2.1 ...) and of a table's column-header line.
SUB_H = 6.0
COLUMN_H = 5.0
#: Row pitch of ruled areas (handwriting lines, table rows).
RULE_PITCH = 7.0
#: Tick-box columns of a yes/no question on the right of its text: (x of the first box, x of the second).
YES_NO_X = (150.0, 174.0)
WIDTH = g.CONTENT_X1 - g.CONTENT_X0


def r3(v: float) -> float:
    return round(float(v), 3)


def box(x: float, y: float, w: float, h: float) -> list[float]:
    return [r3(x), r3(y), r3(w), r3(h)]


class Sheet:
    """One page under construction; `y` is where the next element goes."""

    def __init__(self, kind: str, title: str, list_number: int | None = None, title_role: str = "title") -> None:
        self.kind = kind
        self.title = title
        self.list_number = list_number
        self.texts: list[dict] = []
        self.rects: list[dict] = []
        self.fields: list[dict] = []
        self.areas: list[dict] = []
        self.y = g.CONTENT_TOP
        if title_role == "part":
            self.rect((g.CONTENT_X0, self.y, WIDTH, TITLE_H), line_mm=0, fill=205)
        inset = 2.0 if title_role == "part" else 0.0
        self.text(title, (g.CONTENT_X0 + inset, self.y, WIDTH - 2 * inset, TITLE_H), 13, True, role=title_role)
        self.y += TITLE_H + 1

    # -- primitives ---------------------------------------------------------------------------------

    def room(self) -> float:
        return g.CONTENT_BOTTOM - self.y

    def text(self, text, bx, size, bold=False, align="L", role="label", wrap=False) -> None:
        self.texts.append(
            {
                "text": text,
                "box_mm": box(*bx),
                "size_pt": size,
                "bold": bold,
                "align": align,
                "role": role,
                "wrap": wrap,
            }
        )

    def rect(self, bx, line_mm=0.3, stroke=0, fill=None) -> None:
        self.rects.append({"box_mm": box(*bx), "line_mm": line_mm, "stroke": stroke, "fill": fill})

    def rule(self, x: float, y: float, w: float, stroke: int = 0) -> None:
        """A thin horizontal line to write on (a blank to fill in by hand, not an area)."""
        self.rect((x, y, w, 0.25), line_mm=0, fill=stroke)

    def field(self, code: str, kind: str, label: str, boxes: list[list[float]]) -> None:
        self.fields.append({"code": code, "kind": kind, "label": label, "boxes_mm": boxes})

    # -- headings -----------------------------------------------------------------------------------

    def heading(self, text: str, note: str | None = None, role: str = "heading", fill: int = 225) -> None:
        """A grey bar with a bold heading, and an optional one-line note under it."""
        x0 = g.CONTENT_X0
        self.rect((x0, self.y, WIDTH, HEADING_H), line_mm=0, fill=fill)
        self.text(text, (x0 + 2, self.y, WIDTH - 4, HEADING_H), 11, True, role=role)
        self.y += HEADING_H
        if note:
            self.text(note, (x0 + 2, self.y, WIDTH - 4, 6), 8.5, role="note")
            self.y += 6
        self.y += 1

    def note(self, text: str, lines: int = 1, size: float = 8.5, role: str = "note") -> None:
        h = 4.2 * lines + 1.0
        self.text(text, (g.CONTENT_X0 + 2, self.y, WIDTH - 4, h), size, role=role, wrap=lines > 1)
        self.y += h

    def subheading(self, text: str, width: float = WIDTH - 3, h: float = SUB_H) -> None:
        """A numbered sub-heading (1.2.1 ...): bold, with a bar on its left as on the official models."""
        self.rect((g.CONTENT_X0, self.y + 0.5, 0.8, h - 1), line_mm=0, fill=0)
        self.text(text, (g.CONTENT_X0 + 2, self.y, width, h), 9.5, True, role="subsection", wrap=True)

    # -- entries ------------------------------------------------------------------------------------

    def count_row(self, code: str, label: str, hint: str | None = None, indent: float = 0.0) -> None:
        y = self.y
        self.text(code, (g.CONTENT_X0 + indent, y, 7, g.ROW_H), 13, True, role="code")
        x = 18 + indent
        lw = g.CONTENT_X1 - g.COUNT_W - 4 - x
        self.text(label, (x, y, lw, g.ROW_H if not hint else 5.5), 10.5, role="label", wrap=not hint)
        if hint:
            self.text(hint, (x, y + 5.5, lw, 4.5), 7.5, role="note")
        self.field(code, "count", label, g.count_boxes(g.CONTENT_X1, y))
        self.y += g.ROW_H

    def tick_row(self, code: str, label: str, x: float = 18.0, wrap: bool = False) -> None:
        y = self.y
        t = g.TICK_MM
        self.text(label, (x + 9, y, g.CONTENT_X1 - x - 9, g.ROW_H), 10.5, role="label", wrap=wrap)
        self.field(code, "tick", label, [box(x, y + (g.ROW_H - t) / 2, t, t)])
        self.y += g.ROW_H

    def yes_no(self, prefix: str, question: str, words=("Ja", "Nee"), role: str = "subsection") -> None:
        """A question on the left with two tick boxes on its right: fields <prefix>.yes and <prefix>.no,
        in that order (left to right), labelled with `words`."""
        y = self.y
        qx = g.CONTENT_X0 + 2
        qw = YES_NO_X[0] - qx - 2
        if role == "subsection":
            self.rect((g.CONTENT_X0, y + 1, 0.8, g.ROW_H - 2), line_mm=0, fill=0)
        self.text(question, (qx, y, qw, g.ROW_H), 9.5, role == "subsection", role=role, wrap=True)
        t = g.TICK_MM
        for answer, word, x in zip(("yes", "no"), words, YES_NO_X):
            ww = (YES_NO_X[1] - 1 if x == YES_NO_X[0] else g.CONTENT_X1) - x - t - 1
            self.text(word, (x + t + 1.0, y, ww, g.ROW_H), 10, role="label")
            self.field(f"{prefix}.{answer}", "tick", f"{question} {word}", [box(x, y + (g.ROW_H - t) / 2, t, t)])
        self.y += g.ROW_H

    def grid(self, entries: list[tuple[str, str, str, str]], num_w: float = 7.0) -> None:
        """Two columns, column-major: (code, number text, name text, field label)."""
        rows = math.ceil(len(entries) / 2)
        name_w = g.COL_W - (num_w + 1) - g.COUNT_W - 2
        for i, (code, num, name, label) in enumerate(entries):
            col, row = divmod(i, rows)
            x = g.CONTENT_X0 + col * (g.COL_W + g.COL_GUTTER)
            y = self.y + row * g.ROW_H
            if row % 2 == 1:
                self.rect((x, y + 0.5, g.COL_W - g.COUNT_W - 1, g.ROW_H - 1), line_mm=0, fill=240)
            self.text(num, (x, y, num_w, g.ROW_H), 10.5, True, align="R", role="number")
            self.text(name, (x + num_w + 1.5, y, name_w - 0.5, g.ROW_H), 9, role="name", wrap=True)
            self.field(code, "count", label, g.count_boxes(x + g.COL_W, y))
        self.y += rows * g.ROW_H

    def rows_left(self, reserve: float = 0.0) -> int:
        return max(0, int((g.CONTENT_BOTTOM - reserve - self.y + 1e-6) // g.ROW_H))

    # -- handwriting ----------------------------------------------------------------------------------

    def area(
        self,
        area_id: str,
        label: str,
        rows: int,
        columns: list[tuple[str, float]] | None = None,
        x: float = g.CONTENT_X0,
        w: float = WIDTH,
        pitch: float = RULE_PITCH,
    ) -> None:
        """A ruled area for free text. With columns [(header, width mm), ...] it is a table: the headers
        go above it and the renderers draw its outline, row lines and column lines; without, it is
        `rows` lines to write on."""
        cols_mm: list[float] = []
        if columns:
            cx = x
            for i, (header, cw) in enumerate(columns):
                cw = x + w - cx if i == len(columns) - 1 else cw
                self.text(header, (cx, self.y, cw, COLUMN_H), 7.5, True, role="column", wrap=True)
                cx += cw
                if i < len(columns) - 1:
                    cols_mm.append(r3(cx))
            self.y += COLUMN_H
        self.areas.append(
            {
                "id": area_id,
                "label": label,
                "box_mm": box(x, self.y, w, rows * pitch),
                "rows": rows,
                "table": bool(columns),
                "cols_mm": cols_mm,
            }
        )
        self.y += rows * pitch

    def area_height(self, rows: int, columns: bool = True, pitch: float = RULE_PITCH) -> float:
        return (COLUMN_H if columns else 0.0) + rows * pitch


class Flow:
    """Pages of one part, filled top to bottom: `need(h)` starts a new page when h mm do not fit.

    The first page has `title` (with `title_role`, e.g. "part" for "Deel 2 – Telresultaten"); the
    next ones "<title> (vervolg)" as a plain title, so a part's heading is printed once."""

    def __init__(self, kind: str, title: str, title_role: str = "title") -> None:
        self.kind, self.title, self.title_role = kind, title, title_role
        self.sheets: list[Sheet] = []
        self.s = self.new_page()

    def new_page(self) -> Sheet:
        first = not self.sheets
        s = Sheet(
            self.kind,
            self.title if first else f"{self.title} (vervolg)",
            title_role=self.title_role if first else "title",
        )
        self.sheets.append(s)
        self.s = s
        return s

    def need(self, height: float) -> Sheet:
        if self.s.room() < height - 1e-6:
            self.new_page()
        return self.s
