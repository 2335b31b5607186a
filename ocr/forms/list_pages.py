"""List pages: the votes per candidate of one list in two columns, and the list total at the bottom.

Shared by every model that counts per candidate (SB-PV, N 10-1 section 2.4, Na 31-2 Bijlage 1
section B1-3.5). A list that does not fit on one page continues on the next ("(vervolg)").
"""

from __future__ import annotations

from . import geometry as g
from .sheet import WIDTH, Sheet

EM = "\u2014"  # em dash
TOTAL_BLOCK_H = 24.0


def list_sheets(
    number: int, name: str, candidates: tuple[str, ...], section: str | None = None, copy_to: str | None = None
) -> list[Sheet]:
    """The pages of one list. section: the model's heading printed on every page (e.g. "2.4 Stemmen
    per lijst en per kandidaat"); copy_to: where the list total is copied to (default: SB-PV's front page)."""
    sheets: list[Sheet] = []
    remaining = [(i + 1, c) for i, c in enumerate(candidates)]
    reserve = TOTAL_BLOCK_H + 2
    while True:
        cont = " (vervolg)" if sheets else ""
        s = Sheet("list", f"Lijst {number} {EM} {name}{cont}", list_number=number)
        sheets.append(s)
        if section:
            s.text(section, (g.CONTENT_X0, s.y - 1, 100, 6), 9.5, True, role="section")
            s.text(
                "Eén cijfer per vakje, begin rechts.",
                (112, s.y - 1, g.CONTENT_X1 - 112, 6),
                8.5,
                align="R",
                role="note",
            )
        else:
            s.text(
                "Stemmen per kandidaat. Eén cijfer per vakje, begin rechts.",
                (g.CONTENT_X0, s.y - 1, WIDTH, 6),
                8.5,
                role="note",
            )
        s.y += 5
        cap_last, cap_full = 2 * s.rows_left(reserve), 2 * s.rows_left()
        last = len(remaining) <= cap_last
        take = len(remaining) if last else min(cap_full, len(remaining) - 1)
        chunk, remaining = remaining[:take], remaining[take:]
        s.grid(
            [(f"L{number}.{pos}", str(pos), cand, f"Lijst {number}, kandidaat {pos}: {cand}") for pos, cand in chunk]
        )
        if last:
            if s.y < g.CONTENT_BOTTOM - TOTAL_BLOCK_H - 12:
                s.text(
                    f"Het totaal van lijst {number} staat onderaan deze pagina.",
                    (g.CONTENT_X0, s.y + 1, WIDTH, 6),
                    9,
                    role="note",
                )
            _total_block(s, number, copy_to)
            return sheets
        s.text(
            f"Lijst {number} gaat verder op de volgende pagina →",
            (24, g.CONTENT_BOTTOM - 1, 162, 4.5),
            8.5,
            True,
            align="R",
            role="note",
        )


def _total_block(s: Sheet, number: int, copy_to: str | None) -> None:
    y = g.CONTENT_BOTTOM - TOTAL_BLOCK_H
    x0, w = g.CONTENT_X0, WIDTH
    s.rect((x0, y, w, TOTAL_BLOCK_H), line_mm=0.7)
    s.text(f"TOTAAL LIJST {number}", (x0 + 3, y + 2, 57, g.ROW_H), 13, True, role="total")
    s.text(
        "alle stemmen op de kandidaten van deze lijst samen", (x0 + 62, y + 2, 72, g.ROW_H), 8.5, role="note", wrap=True
    )
    s.field(f"L{number}.T", "count", f"Totaal lijst {number}", g.count_boxes(g.CONTENT_X1 - 3, y + 2))
    where = copy_to or "op het voorblad (vak 2)"
    s.text(
        "Neem het getal over van het papier waarop u de stemmen hebt opgeteld. "
        f"Schrijf hetzelfde getal bij lijst {number} {where}.",
        (x0 + 3, y + 13, w - 6, 9),
        9,
        role="note",
        wrap=True,
    )
    s.y = g.CONTENT_BOTTOM
