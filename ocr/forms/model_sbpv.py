"""The kiosk's own counts-only form "SB-PV" (before the official models): a front page with the counts
A–J and the tick boxes K.*, then the list pages. Kept unchanged so stored forms read as before.
"""

from __future__ import annotations

from . import geometry as g
from .list_pages import list_sheets
from .sheet import HEADING_H, Sheet, box
from .spec import FormSpec


def _instructions(s: Sheet) -> None:
    """Short how-to with two grey examples (not fields) at the top of the first page."""
    y = s.y
    s.text(
        "Schrijf in elk vakje één cijfer en begin rechts: het laatste cijfer komt in het "
        "laatste vakje. Is een aantal nul? Schrijf dan 0. Vakjes die u niet nodig hebt, "
        "blijven leeg. Vink een vakje aan met een kruisje of een vinkje.",
        (g.CONTENT_X0, y, 104, 2 * g.ROW_H),
        9,
        role="instruction",
        wrap=True,
    )
    for k, (label, digits) in enumerate((("voorbeeld 1234:", "1234"), ("voorbeeld nul:", "0"))):
        ry = y + k * g.ROW_H
        s.text(label, (g.CONTENT_X1 - g.COUNT_W - 32, ry, 30, g.ROW_H), 8.5, align="R", role="example")
        boxes = g.count_boxes(g.CONTENT_X1, ry)
        for b, ch in zip(boxes, digits.rjust(g.DIGITS)):
            s.rect(b, line_mm=0.2, stroke=150)
            if ch != " ":
                s.text(ch, b, 14, align="C", role="example")
    s.y += 2 * g.ROW_H + 2


def _front_sheets(spec: FormSpec) -> list[Sheet]:
    sheets: list[Sheet] = []

    def new() -> Sheet:
        cont = " (vervolg)" if sheets else ""
        sh = Sheet("front", f"Telling van het stembureau{cont}")
        sheets.append(sh)
        return sh

    s = new()
    _instructions(s)

    def need(height: float) -> None:
        nonlocal s
        if s.room() < height - 1e-6:
            s = new()

    abc = "A + B + C" if spec.has_C else "A + B"
    need(HEADING_H + 1 + g.ROW_H)
    s.heading("1  Toegelaten kiezers")
    rows = [("A", "Aantal geldige stempassen"), ("B", "Aantal geldige volmachtbewijzen")]
    if spec.has_C:
        rows.append(("C", "Aantal geldige kiezerspassen"))
    rows.append(("D", f"Totaal toegelaten kiezers ({abc})"))
    for code, label in rows:
        need(g.ROW_H)
        s.count_row(code, label)

    note = "Neem per lijst het getal over dat onderaan de lijstpagina staat (Totaal lijst)."
    entries = [
        (f"E.{pl.number}", str(pl.number), pl.name, f"Totaal lijst {pl.number} ({pl.name})") for pl in spec.lists
    ]
    first = True
    while entries or first:
        need(HEADING_H + 7 + g.ROW_H)
        s.heading("2  Stemmen per lijst" + ("" if first else " (vervolg)"), note)
        first = False
        take = min(len(entries), 2 * s.rows_left())
        s.grid(entries[:take])
        entries = entries[take:]
        s.y += 1

    need(HEADING_H + 1 + g.ROW_H)
    s.heading("3  Uitgebrachte stemmen")
    for code, label in (
        ("E", "Totaal stemmen op kandidaten (alle lijsten samen)"),
        ("F", "Blanco stemmen"),
        ("G", "Ongeldige stemmen"),
        ("H", "Totaal uitgebrachte stemmen (E + F + G)"),
    ):
        need(g.ROW_H)
        s.count_row(code, label)

    need(HEADING_H + 7 + 3 * g.ROW_H)
    s.heading("4  Vergelijk D (toegelaten kiezers) met H (uitgebrachte stemmen)", "Vink één van de drie vakjes aan.")
    s.tick_row("K.eq", "D en H zijn gelijk")
    s.tick_row("K.gt", "H is groter dan D: er zijn méér stembiljetten geteld")
    s.tick_row("K.lt", "H is kleiner dan D: er zijn minder stembiljetten geteld")
    need(2 * g.ROW_H)
    s.count_row("I", "Aantal méér getelde stembiljetten (H min D)", "alleen invullen als H groter is dan D")
    s.count_row("J", "Aantal minder getelde stembiljetten (D min H)", "alleen invullen als H kleiner is dan D")
    need(g.ROW_H)
    y = s.y
    s.text(
        "Alleen als D en H verschillen: is het verschil volledig verklaard?",
        (18, y, 128, g.ROW_H),
        10.5,
        role="label",
        wrap=True,
    )
    for code, word, x in (("K.yes", "Ja", 156.0), ("K.no", "Nee", 176.0)):
        bx = box(x, y + (g.ROW_H - g.TICK_MM) / 2, g.TICK_MM, g.TICK_MM)
        s.text(word, (x + g.TICK_MM + 1.5, y, 12, g.ROW_H), 10.5, role="label")
        s.field(code, "tick", f"Verschil volledig verklaard: {word.lower()}", [bx])
    s.y += g.ROW_H
    return sheets


def sbpv_sheets(spec: FormSpec) -> list[Sheet]:
    sheets = _front_sheets(spec)
    for pl in spec.lists:
        sheets.extend(list_sheets(pl.number, pl.name, pl.candidates))
    return sheets
