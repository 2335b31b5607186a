"""Form layout as data: FormSpec -> template dict (JSON-able), deterministic.

The template is the single source of truth for the printed PDF (forms/pdf.py), the synthetic
renderer (synth) and registration/reading. Every measure is in mm from the page's top-left.
Field order within a page (and pages in order) is the reading order of the paper form.
"""

from __future__ import annotations

import math

from . import geometry as g
from .identity import PageIdentity
from .spec import FormSpec

FORMAT = "stemkiosk-template/1"
FORM_MODEL = "SB-PV"
MODEL_NAME = "Model N 10-1"
EM = "\u2014"  # em dash

TITLE_H = 9.0
HEADING_H = 8.0
TOTAL_BLOCK_H = 24.0


def _r(v: float) -> float:
    return round(float(v), 3)


def _box(x: float, y: float, w: float, h: float) -> list[float]:
    return [_r(x), _r(y), _r(w), _r(h)]


class _Sheet:
    """One page under construction."""

    def __init__(self, kind: str, title: str, list_number: int | None = None) -> None:
        self.kind = kind
        self.title = title
        self.list_number = list_number
        self.texts: list[dict] = []
        self.rects: list[dict] = []
        self.fields: list[dict] = []
        self.y = g.CONTENT_TOP
        self.text(title, (g.CONTENT_X0, self.y, g.CONTENT_X1 - g.CONTENT_X0, TITLE_H), 13, True, role="title")
        self.y += TITLE_H + 1

    def room(self) -> float:
        return g.CONTENT_BOTTOM - self.y

    def text(self, text, box, size, bold=False, align="L", role="label", wrap=False) -> None:
        self.texts.append(
            {
                "text": text,
                "box_mm": _box(*box),
                "size_pt": size,
                "bold": bold,
                "align": align,
                "role": role,
                "wrap": wrap,
            }
        )

    def rect(self, box, line_mm=0.3, stroke=0, fill=None) -> None:
        self.rects.append({"box_mm": _box(*box), "line_mm": line_mm, "stroke": stroke, "fill": fill})

    def heading(self, text: str, note: str | None = None) -> None:
        x0, w = g.CONTENT_X0, g.CONTENT_X1 - g.CONTENT_X0
        self.rect((x0, self.y, w, HEADING_H), line_mm=0, fill=225)
        self.text(text, (x0 + 2, self.y, w - 4, HEADING_H), 11, True, role="heading")
        self.y += HEADING_H
        if note:
            self.text(note, (x0 + 2, self.y, w - 4, 6), 8.5, role="note")
            self.y += 6
        self.y += 1

    def count_row(self, code: str, label: str, hint: str | None = None) -> None:
        y = self.y
        self.text(code, (g.CONTENT_X0, y, 7, g.ROW_H), 13, True, role="code")
        lw = g.CONTENT_X1 - g.COUNT_W - 4 - 18
        self.text(label, (18, y, lw, g.ROW_H if not hint else 5.5), 10.5, role="label", wrap=not hint)
        if hint:
            self.text(hint, (18, y + 5.5, lw, 4.5), 7.5, role="note")
        self.fields.append({"code": code, "kind": "count", "label": label, "boxes_mm": g.count_boxes(g.CONTENT_X1, y)})
        self.y += g.ROW_H

    def tick_row(self, code: str, label: str) -> None:
        y = self.y
        t = g.TICK_MM
        box = _box(18, y + (g.ROW_H - t) / 2, t, t)
        self.text(label, (27, y, g.CONTENT_X1 - 27, g.ROW_H), 10.5, role="label")
        self.fields.append({"code": code, "kind": "tick", "label": label, "boxes_mm": [box]})
        self.y += g.ROW_H

    def grid(self, entries: list[tuple[str, str, str, str]]) -> None:
        """Two columns, column-major: (code, number text, name text, field label)."""
        rows = math.ceil(len(entries) / 2)
        name_w = g.COL_W - 8 - g.COUNT_W - 2
        for i, (code, num, name, label) in enumerate(entries):
            col, row = divmod(i, rows)
            x = g.CONTENT_X0 + col * (g.COL_W + g.COL_GUTTER)
            y = self.y + row * g.ROW_H
            if row % 2 == 1:
                self.rect((x, y + 0.5, g.COL_W - g.COUNT_W - 1, g.ROW_H - 1), line_mm=0, fill=240)
            self.text(num, (x, y, 7, g.ROW_H), 10.5, True, align="R", role="number")
            self.text(name, (x + 8.5, y, name_w - 0.5, g.ROW_H), 9, role="name", wrap=True)
            self.fields.append(
                {"code": code, "kind": "count", "label": label, "boxes_mm": g.count_boxes(x + g.COL_W, y)}
            )
        self.y += rows * g.ROW_H

    def rows_left(self, reserve: float = 0.0) -> int:
        return max(0, int((g.CONTENT_BOTTOM - reserve - self.y + 1e-6) // g.ROW_H))


def _instructions(s: _Sheet) -> None:
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


def _front_sheets(spec: FormSpec) -> list[_Sheet]:
    sheets: list[_Sheet] = []

    def new() -> _Sheet:
        cont = " (vervolg)" if sheets else ""
        sh = _Sheet("front", f"Telling van het stembureau{cont}")
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
        box = _box(x, y + (g.ROW_H - g.TICK_MM) / 2, g.TICK_MM, g.TICK_MM)
        s.text(word, (x + g.TICK_MM + 1.5, y, 12, g.ROW_H), 10.5, role="label")
        s.fields.append(
            {"code": code, "kind": "tick", "label": f"Verschil volledig verklaard: {word.lower()}", "boxes_mm": [box]}
        )
    s.y += g.ROW_H
    return sheets


def _list_sheets(number: int, name: str, candidates: tuple[str, ...]) -> list[_Sheet]:
    sheets: list[_Sheet] = []
    remaining = [(i + 1, c) for i, c in enumerate(candidates)]
    reserve = TOTAL_BLOCK_H + 2
    while True:
        cont = " (vervolg)" if sheets else ""
        s = _Sheet("list", f"Lijst {number} {EM} {name}{cont}", list_number=number)
        sheets.append(s)
        s.text(
            "Stemmen per kandidaat. Eén cijfer per vakje, begin rechts.",
            (g.CONTENT_X0, s.y - 1, g.CONTENT_X1 - g.CONTENT_X0, 6),
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
                    (g.CONTENT_X0, s.y + 1, g.CONTENT_X1 - g.CONTENT_X0, 6),
                    9,
                    role="note",
                )
            _total_block(s, number)
            return sheets
        s.text(
            f"Lijst {number} gaat verder op de volgende pagina →",
            (24, g.CONTENT_BOTTOM - 1, 162, 4.5),
            8.5,
            True,
            align="R",
            role="note",
        )


def _total_block(s: _Sheet, number: int) -> None:
    y = g.CONTENT_BOTTOM - TOTAL_BLOCK_H
    x0, w = g.CONTENT_X0, g.CONTENT_X1 - g.CONTENT_X0
    s.rect((x0, y, w, TOTAL_BLOCK_H), line_mm=0.7)
    s.text(f"TOTAAL LIJST {number}", (x0 + 3, y + 2, 57, g.ROW_H), 13, True, role="total")
    s.text(
        "alle stemmen op de kandidaten van deze lijst samen", (x0 + 62, y + 2, 72, g.ROW_H), 8.5, role="note", wrap=True
    )
    s.fields.append(
        {
            "code": f"L{number}.T",
            "kind": "count",
            "label": f"Totaal lijst {number}",
            "boxes_mm": g.count_boxes(g.CONTENT_X1 - 3, y + 2),
        }
    )
    s.text(
        "Neem het getal over van het papier waarop u de stemmen hebt opgeteld. "
        "Schrijf hetzelfde getal bij lijst "
        f"{number} op het voorblad (vak 2).",
        (x0 + 3, y + 13, w - 6, 9),
        9,
        role="note",
        wrap=True,
    )
    s.y = g.CONTENT_BOTTOM


def _header(spec: FormSpec, page: int, count: int) -> list[dict]:
    lx, lw, rx, rw = g.HEADER_LEFT_X, g.HEADER_LEFT_W, g.HEADER_RIGHT_X, g.HEADER_RIGHT_W
    items = [
        ("form", "Proces-verbaal stembureau", (lx, 6.5, lw, 7), 13, True),
        ("model", f"{MODEL_NAME} ({FORM_MODEL})", (lx, 13.5, lw, 5.5), 10, False),
        ("election", spec.election_name, (lx, 19, lw, 11), 9, False),
        ("station", f"Stembureau {spec.station_number}", (rx, 6.5, rw, 8), 15, True),
        ("station_name", spec.station_name, (rx, 14.5, rw, 10), 9, False),
        ("page", f"pagina {page} van {count}", (rx, 25, rw, 7), 12, True),
    ]
    return [
        {"key": k, "text": t, "box_mm": _box(*b), "size_pt": s, "bold": bold, "wrap": k in ("election", "station_name")}
        for k, t, b, s, bold in items
    ]


def _footer(spec: FormSpec, page: int, count: int) -> list[dict]:
    y = 279.0
    left = f"Stemkiosk-formulier {EM} {spec.election_id} {EM} sjabloon {spec.template_version}"
    right = f"stembureau {spec.station_number} {EM} pagina {page} van {count}"
    return [
        {
            "text": left,
            "box_mm": _box(24, y, 72, 8),
            "size_pt": 7,
            "bold": False,
            "align": "L",
            "role": "footer",
            "wrap": True,
        },
        {
            "text": right,
            "box_mm": _box(114, y, 72, 8),
            "size_pt": 7,
            "bold": False,
            "align": "R",
            "role": "footer",
            "wrap": False,
        },
    ]


def build_template(spec: FormSpec) -> dict:
    """The template dict (see module docstring of ocr.forms for all keys)."""
    sheets = _front_sheets(spec)
    for pl in spec.lists:
        sheets.extend(_list_sheets(pl.number, pl.name, pl.candidates))
    count = len(sheets)
    pages = []
    for i, s in enumerate(sheets, 1):
        ident = PageIdentity(spec.election_id, spec.station_number, i, count, spec.template_version)
        pages.append(
            {
                "page": i,
                "kind": s.kind,
                "list": s.list_number,
                "title": s.title,
                "qr_payload": ident.payload(),
                "header": _header(spec, i, count),
                "texts": s.texts + _footer(spec, i, count),
                "rects": s.rects,
                "fields": s.fields,
            }
        )
    return {
        "format": FORMAT,
        "template_version": spec.template_version,
        "form_model": FORM_MODEL,
        "model_name": MODEL_NAME,
        "election_id": spec.election_id,
        "election_name": spec.election_name,
        "has_C": spec.has_C,
        "station": spec.station_number,
        "station_name": spec.station_name,
        "lists": [{"number": pl.number, "name": pl.name, "candidates": len(pl.candidates)} for pl in spec.lists],
        "page_size_mm": [g.PAGE_W_MM, g.PAGE_H_MM],
        "printable_mm": list(g.PRINTABLE_MM),
        "aruco_dict": g.ARUCO_DICT,
        "markers_mm": g.marker_boxes(),
        "qr_mm": list(g.QR_MM),
        "qr_border_modules": g.QR_BORDER,
        "header_mm": list(g.HEADER_MM),
        "digit_box_mm": {"w": g.BOX_W, "h": g.BOX_H, "gap": g.BOX_GAP, "line": g.BOX_LINE_MM, "per_count": g.DIGITS},
        "tick_box_mm": {"size": g.TICK_MM, "line": g.TICK_LINE_MM},
        "page_count": count,
        "pages": pages,
    }


def field_index(template: dict) -> dict[str, tuple[int, dict]]:
    """code -> (page number, field dict)."""
    return {f["code"]: (p["page"], f) for p in template["pages"] for f in p["fields"]}


def template_page(template: dict, page: int) -> dict:
    if not 1 <= page <= len(template["pages"]):
        raise KeyError(f"pagina {page} bestaat niet (1..{len(template['pages'])})")
    return template["pages"][page - 1]
