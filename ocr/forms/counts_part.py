"""The counts of a station (N 10-1 / N 10-2 Deel 2 "Telresultaten", sections 2.1–2.3; Na 31-2 Bijlage 1
B1-3.1–B1-3.3): admitted voters A–D, votes per list E.<n>, E–H, and the differences (K.eq/K.gt/K.lt,
I, J, K.yes/K.no), after the Kiesraad's models (/work/shared/models.md §2, §3).

All of it goes on ONE page when it can: the layout is tried plain first (one count per row, as the
models print it) and then more compact (A–D, then also E–H, in two columns). Only an election with
more lists than the compact page holds (about 20) continues the list votes on a second page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import geometry as g
from .sheet import WIDTH, Flow, Sheet

EN = "\u2013"


@dataclass(frozen=True)
class CountsWording:
    part: str  # the part's heading: "Deel 2 – Telresultaten"
    num: str  # section number prefix: "2" gives 2.1, 2.2, 2.3
    admitted_note: str  # under x.1
    cast_note: str  # under x.2
    equal_goto: str  # where D = H sends the counter: "2.4"
    explained: str  # question x.3.2
    unexplained: str  # what "Nee" means under x.3.2


def counts_sheets(spec, wording: CountsWording) -> list[Sheet]:
    """The part's pages: the least compact layout that fits on one page, else the most compact."""
    sheets: list[Sheet] = []
    for level in (0, 1, 2):
        sheets = _build(spec, wording, level)
        if len(sheets) == 1:
            break
    return sheets


def _admitted(spec) -> list[tuple[str, str, bool]]:
    if spec.has_C:
        b = "Volmachtbewijzen (schriftelijk of via ingevulde achterkant stempas of kiezerspas)"
        c = ("C", "Kiezerspassen", True)
        d = "Totaal toegelaten kiezers (A+B+C)"
    else:
        b = "Volmachtbewijzen (schriftelijk of via ingevulde achterkant stempas)"
        c = ("C", "Kiezerspassen (niet van toepassing bij gemeente- en eilandraadsverkiezingen)", False)
        d = "Totaal toegelaten kiezers (A+B)"
    return [("A", "Stempassen", True), ("B", b, True), c, ("D", d, True)]


def _cells(s: Sheet, entries: list[tuple[str, str, bool]], columns: int) -> None:
    """Counts with their code and label, one per row or two columns (column-major). A disabled entry
    (C without kiezerspassen) is printed greyed as "Niet invullen", without a field."""
    if columns == 1:
        for code, label, enabled in entries:
            if enabled:
                s.count_row(code, label)
            else:
                _disabled(s, code, label, g.CONTENT_X0, s.y, g.CONTENT_X1, 18, g.CONTENT_X1 - g.COUNT_W - 4 - 18)
                s.y += g.ROW_H
        return
    rows = math.ceil(len(entries) / 2)
    for i, (code, label, enabled) in enumerate(entries):
        col, row = divmod(i, rows)
        x = g.CONTENT_X0 + col * (g.COL_W + g.COL_GUTTER)
        y = s.y + row * g.ROW_H
        lw = g.COL_W - 8 - g.COUNT_W - 2
        if enabled:
            s.text(code, (x, y, 7, g.ROW_H), 13, True, role="code")
            s.text(label, (x + 8, y, lw, g.ROW_H), 8.5, role="label", wrap=True)
            s.field(code, "count", label, g.count_boxes(x + g.COL_W, y))
        else:
            _disabled(s, code, label, x, y, x + g.COL_W, x + 8, lw)
    s.y += rows * g.ROW_H


def _disabled(s: Sheet, code: str, label: str, x: float, y: float, right: float, lx: float, lw: float) -> None:
    s.text(code, (x, y, 7, g.ROW_H), 13, True, role="code")
    s.text(label, (lx, y, lw, g.ROW_H), 8.5, role="label", wrap=True)
    grey = (right - g.COUNT_W, y + (g.ROW_H - g.BOX_H) / 2, g.COUNT_W, g.BOX_H)
    s.rect(grey, line_mm=0, fill=215)
    s.text("Niet invullen", grey, 9, True, align="C", role="note")


def _build(spec, w: CountsWording, level: int) -> list[Sheet]:
    flow = Flow("counts", w.part, title_role="part")
    s = flow.s
    n = w.num
    s.heading(f"{n}.1 Toegelaten kiezers", role="section")
    s.note(w.admitted_note, lines=1 if len(w.admitted_note) < 120 else 2, size=8.5)
    _cells(s, _admitted(spec), 2 if level >= 1 else 1)
    s.y += 1

    entries = [
        (f"E.{pl.number}", f"E.{pl.number}", pl.name, f"Totaal lijst {pl.number} {EN} {pl.name}") for pl in spec.lists
    ]
    last = spec.lists[-1].number if spec.lists else 1
    first = True
    while entries or first:
        s = flow.need(9 + 5.2 + g.ROW_H)
        s.heading(
            f"{n}.2 Uitgebrachte stemmen" + ("" if first else " (vervolg)"), role="section" if first else "heading"
        )
        if first:
            s.note(w.cast_note, size=8.5)
        first = False
        take = min(len(entries), 2 * s.rows_left())
        s.grid(entries[:take], num_w=10.0)
        entries = entries[take:]
        s.y += 1
    totals = [
        ("E", f"Totaal stemmen op kandidaten (tel E.1 t/m E.{last} op)", True),
        ("F", "Blanco stemmen", True),
        ("G", "Ongeldige stemmen", True),
        ("H", "Totaal uitgebrachte stemmen (E+F+G)", True),
    ]
    s = flow.need((2 if level >= 2 else 4) * g.ROW_H)
    _cells(s, totals, 2 if level >= 2 else 1)
    s.y += 1

    s = flow.need(9 + 6 + 5 * g.ROW_H + g.ROW_H + 5)
    s.heading(f"{n}.3 Verschillen tussen aantal kiezers en uitgebrachte stemmen", role="section")
    s.subheading(f"{n}.3.1 Vergelijk D (totaal toegelaten kiezers) en H (totaal uitgebrachte stemmen)")
    s.y += 6
    s.tick_row("K.eq", f"D en H zijn gelijk \u2192 ga door naar {w.equal_goto}")
    s.tick_row("K.gt", "H is groter dan D (meer uitgebrachte stemmen dan toegelaten kiezers)")
    s.count_row("I", "Aantal méér getelde stemmen (bereken: H min D)", indent=9)
    s.tick_row("K.lt", "H is kleiner dan D (minder uitgebrachte stemmen dan toegelaten kiezers)")
    s.count_row("J", "Aantal minder getelde stemmen (bereken: D min H)", indent=9)
    s.yes_no("K", f"{n}.3.2 {w.explained}")
    s.text(f"Nee: {w.unexplained}", (g.CONTENT_X0 + 2, s.y, WIDTH - 4, 4.5), 7.5, role="note", wrap=True)
    s.y += 5
    return flow.sheets
