"""Transfer pages (overdrachtsbladen): one station's definitive results, machine-printed, for the main kiosk.

A municipality may run several kiosks, each for a range of stations. A kiosk prints, per station it
entered, transfer pages listing that station's results as machine-printed numbers; the main kiosk scans
them like any form (the same six markers, the QR page identity, the printed header) and reads every
number with the printed-number reader (ocr.printed, Tesseract: ocr.printed_fields), proposing each
value to a verifier. The QR code identifies the page only, never a number.

    transfer = build_transfer_template(build_template(spec))     # spec.model: SB-PV, N10-1, Na31-2-B1
    pdf = render_pdf(transfer, values={"A": 812, "K.eq": True}, footer=["controlecode ..."])

The transfer template has the keys and format of build_template's (ocr.forms), so registration,
reading and the PDF work on it unchanged, with:

    template_version   transfer_version(the source's): "T" + the source's version ("1" -> "T1")
    form_model, model  "transfer";  model_name "Overdrachtsblad";  entered True
    source_model       the source's form_model;  source_template_version  the source's version
    election_id, election_name, has_C, station, station_name, lists, counting_method, details: the source's
    cell_mm            {"w", "h", "line", "value_pt"}: a value cell, its border, the printed number's size
    footer_mm          [x, y, w, h] kept free for render_pdf's footer lines (e.g. the sheet's digest)
    pages              kind "transfer"; fields: exactly the source's fields, same codes, same order

A count becomes a field of kind "printed" with one box (its cell), where the number is printed in plain
decimal digits, right-aligned and vertically centred (`value_item`). Ticks and signatures keep their kind,
with one square box each in which True prints as a bold X filling the box (ocr.fields reads it as ticked
or signed); False and blank leave the box empty.

Fields are laid out in the source's order, under a heading per part of the source paper ("Verslag",
"Telresultaten", "Lijst n — naam", "Ondertekening"): runs of counts in COUNT_COLUMNS columns, runs of
ticks and signatures in OTHER_COLUMNS wider ones, each column-major like a paper list, continued on
the next page where the page is full. Every entry is the field's code (bold), its label shortened to
fit, and its cell. Nothing depends on installed fonts (labels are shortened by a character budget): every
kiosk builds the same template from the same source.
"""

from __future__ import annotations

import math
import re

from . import geometry as g
from .identity import MAX_PAGES, PageIdentity, check_template_version
from .layout import EM, FORMAT, page_geometry
from .sheet import box
from .textfit import PT_MM

TRANSFER_PREFIX = "T"
FORM_MODEL = "transfer"
MODEL_NAME = "Overdrachtsblad"
PAGE_KIND = "transfer"
#: The papers whose entered results can be transferred (their template's form_model).
SOURCE_MODELS = ("SB-PV", "N10-1", "Na31-2-B1")

#: A value cell: a count's printed number (VALUE_PT, DejaVu Sans: 6 digits fit), or a tick's square.
CELL_W = 17.0
CELL_H = 5.0
CELL_LINE_MM = 0.2
VALUE_PT = 11.0
#: Row pitch (a cell and the gap under it).
PITCH = 5.7
COUNT_COLUMNS = 4
OTHER_COLUMNS = 2
GUTTER = 3.0
CODE_PT = 8.0
LABEL_PT = 7.0
TEXT_PAD = 0.6  # ocr.forms.textfit.PAD_MM
#: Page geometry (mm): title, note under it, the headings, where the rows end, the footer band.
TITLE_H = 9.0
NOTE_H = 4.5
HEAD_H = 5.0
HEAD_GAP = 0.8
BLOCK_GAP = 0.8
SECTION_GAP = 1.2
CONTENT_BOTTOM = 266.0
FOOTER_MM = (g.CONTENT_X0, 267.0, g.CONTENT_X1 - g.CONTENT_X0, 9.5)
ZEBRA = 242
HEADING_FILL = 225
#: Where textfit.place_lines puts a baseline (0.26 em below the box's middle) and where DejaVu's digits
#: (0.729 em tall) are centred (0.3645 em): a value's text box goes down by the difference.
DIGIT_CENTRE_SHIFT = 0.3645 - 0.26

#: Advance widths (em) of DejaVu Sans, rounded per group of characters, so that labels are shortened
#: to fit without the font (the PDF shrinks a label that still does not fit): (regular, bold).
_EM_GROUPS = (
    ("ijlIJ',. ", 0.28, 0.34),
    ("f-/:;|", 0.34, 0.38),
    ("rt!()[]", 0.39, 0.46),
    ("sz*_`", 0.52, 0.58),
    ("cL?", 0.55, 0.62),
    ("mW%@", 0.98, 1.05),
    ("wGOQ&M", 0.83, 0.86),
    ("ABCRVXZDHNUKP", 0.75, 0.8),
)
_EM_OTHER = (0.63, 0.71)
_EM = {c: (r, b) for chars, r, b in _EM_GROUPS for c in chars}

_HEADINGS = {"report": "Verslag", "front": "Telresultaten", "counts": "Telresultaten", "signatures": "Ondertekening"}
_CANDIDATE = re.compile(r"^Lijst \d+, kandidaat \d+: ")


def transfer_version(source_version: str) -> str:
    """The transfer template's version for a source template version: "1" -> "T1" (ValueError when
    the result is no valid page-identity version, or the source's already starts with the prefix)."""
    if not isinstance(source_version, str) or not source_version or source_version.startswith(TRANSFER_PREFIX):
        raise ValueError(f"sjabloonversie {source_version!r} kan geen bron van een overdrachtsblad zijn")
    try:
        return check_template_version(TRANSFER_PREFIX + source_version)
    except ValueError as exc:
        raise ValueError(str(exc)) from exc


def is_transfer_version(version: str) -> bool:
    """Whether a template version (e.g. from a page's QR code) is a transfer page's."""
    return isinstance(version, str) and version.startswith(TRANSFER_PREFIX) and len(version) > len(TRANSFER_PREFIX)


def value_item(box_mm, text: str, size_pt: float = VALUE_PT) -> dict:
    """The text item (ocr.forms.pdf, ocr.printed.header_render) of a number printed in a value cell:
    right-aligned, digits centred vertically. The reader renders the same item to compare."""
    x, y, w, h = (float(v) for v in box_mm)
    dy = DIGIT_CENTRE_SHIFT * size_pt * PT_MM
    return {
        "text": text,
        "box_mm": box(x, y + dy, w, h),
        "size_pt": size_pt,
        "bold": False,
        "align": "R",
        "wrap": False,
        "role": "value",
    }


def text_width(text: str, size_pt: float, bold: bool = False) -> float:
    """Estimated width (mm) of a text in DejaVu Sans (_EM_GROUPS), without the font."""
    return sum(_EM.get(c, _EM_OTHER)[bold] for c in text) * size_pt * PT_MM


def _cut(text: str, width: float, size_pt: float) -> str:
    if text_width(text, size_pt) <= width:
        return text
    while len(text) > 1 and text_width(text + "\u2026", size_pt) > width:
        text = text[:-1]
    return text.rstrip(" ,.;:-") + "\u2026"


def short_label(code: str, label: str, width_mm: float, size_pt: float = LABEL_PT) -> str:
    """The label as printed next to a value in a box width_mm wide: a candidate's name without
    "Lijst n, kandidaat c: ", cut to fit with an ellipsis; a yes/no tick keeps its answer word ("Ja")."""
    width = width_mm - 2 * TEXT_PAD
    text = _CANDIDATE.sub("", label).strip()
    if code.endswith((".yes", ".no")) and " " in text:
        question, answer = text.rsplit(" ", 1)
        return f"{_cut(question, width - text_width(' ' + answer, size_pt), size_pt)} {answer}"
    return _cut(text, width, size_pt)


def _source_line(source: dict) -> str:
    """The source's model line as its header prints it ("Model N 10-1 (SB-PV)")."""
    for item in source["pages"][0]["header"]:
        if item["key"] == "model":
            return item["text"]
    return source["model_name"]


def _header(source: dict, paper: str, who: str, who_name: str, page: int, count: int) -> list[dict]:
    """The printed header (compared with its rendering when scanned): the form, the paper whose
    numbers it carries, the election, and whose results ("Stembureau 3" and its name)."""
    lx, lw, rx, rw = g.HEADER_LEFT_X, g.HEADER_LEFT_W, g.HEADER_RIGHT_X, g.HEADER_RIGHT_W
    items = [
        ("form", MODEL_NAME, (lx, 6.5, lw, 7), 13, True),
        ("model", f"bij {paper}", (lx, 13.5, lw, 5.5), 10, False),
        ("election", source["election_name"], (lx, 19, lw, 11), 9, False),
        ("station", who, (rx, 6.5, rw, 8), 15, True),
        ("station_name", who_name, (rx, 14.5, rw, 10), 9, False),
        ("page", f"pagina {page} van {count}", (rx, 25, rw, 7), 12, True),
    ]
    return [
        {"key": k, "text": t, "box_mm": box(*b), "size_pt": s, "bold": bold, "wrap": k in ("election", "station_name")}
        for k, t, b, s, bold in items
    ]


def _text(text: str, bx, size: float, bold: bool = False, align: str = "L", role: str = "label", wrap: bool = False):
    return {"text": text, "box_mm": box(*bx), "size_pt": size, "bold": bold, "align": align, "role": role, "wrap": wrap}


def _footer(source: dict, version: str, who: str, page: int, count: int) -> list[dict]:
    y = 279.0
    left = f"Stemkiosk-overdrachtsblad {EM} {source['election_id']} {EM} sjabloon {version}"
    right = f"{who} {EM} pagina {page} van {count}"
    return [
        _text(left, (24, y, 72, 8), 7, role="footer", wrap=True),
        _text(right, (114, y, 72, 8), 7, align="R", role="footer"),
    ]


def _sections(source: dict) -> list[tuple[str, list[dict]]]:
    """(heading, fields) per part of the source paper, in the source's order (consecutive pages of
    one part form one section)."""
    names = {pl["number"]: pl["name"] for pl in source["lists"]}
    out: list[tuple[tuple, str, list[dict]]] = []
    for page in source["pages"]:
        if page["kind"] == "list" and page.get("list") is not None:
            key, heading = ("list", page["list"]), f"Lijst {page['list']} {EM} {names.get(page['list'], '')}".strip()
        else:
            title = re.sub(r"\s*\(vervolg\)$", "", page["title"])
            heading = _HEADINGS.get(page["kind"], title)
            key = ("part", heading)
        for f in page["fields"]:
            if out and out[-1][0] == key:
                out[-1][2].append(f)
            else:
                out.append((key, heading, [f]))
    return [(heading, fields) for _, heading, fields in out]


def _runs(fields: list[dict]) -> list[list[dict]]:
    """Consecutive fields of one sort: counts, or ticks and signatures."""
    runs: list[list[dict]] = []
    for f in fields:
        if runs and (runs[-1][0]["kind"] == "count") == (f["kind"] == "count"):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


class _Pages:
    """Transfer pages under construction, filled top to bottom."""

    def __init__(self, title: str, note: str) -> None:
        self.title, self.note = title, note
        self.pages: list[dict] = []
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        x0, w = g.CONTENT_X0, g.CONTENT_X1 - g.CONTENT_X0
        y = g.CONTENT_TOP
        texts = [
            _text(self.title, (x0, y, w, TITLE_H), 11, True, role="title", wrap=True),
            _text(self.note, (x0, y + TITLE_H, w, NOTE_H), 7.5, role="note"),
        ]
        self.pages.append({"texts": texts, "rects": [], "fields": []})
        self.y = y + TITLE_H + NOTE_H + 1.0

    @property
    def page(self) -> dict:
        return self.pages[-1]

    def rows_left(self) -> int:
        room = CONTENT_BOTTOM - self.y + 1e-6
        return 0 if room < CELL_H else int((room - CELL_H) // PITCH) + 1

    def heading(self, text: str) -> None:
        if self.page["fields"]:
            self.y += SECTION_GAP
        if CONTENT_BOTTOM - self.y < HEAD_H + HEAD_GAP + CELL_H:
            self.new_page()
        x0, w = g.CONTENT_X0, g.CONTENT_X1 - g.CONTENT_X0
        self.page["rects"].append(
            {"box_mm": box(x0, self.y, w, HEAD_H), "line_mm": 0, "stroke": 0, "fill": HEADING_FILL}
        )
        self.page["texts"].append(_text(text, (x0 + 2, self.y, w - 4, HEAD_H), 8.5, True, role="section"))
        self.y += HEAD_H + HEAD_GAP

    def block(self, heading: str, fields: list[dict], code_w: float) -> None:
        """A run of fields of one sort in columns (column-major), continued on new pages."""
        counts = fields[0]["kind"] == "count"
        cols = COUNT_COLUMNS if counts else OTHER_COLUMNS
        col_w = (g.CONTENT_X1 - g.CONTENT_X0 - (cols - 1) * GUTTER) / cols
        todo = list(fields)
        while todo:
            rows = min(self.rows_left(), math.ceil(len(todo) / cols))
            if rows == 0:
                self.new_page()
                self.heading(f"{heading} (vervolg)")
                continue
            chunk, todo = todo[: rows * cols], todo[rows * cols :]
            for i, f in enumerate(chunk):
                col, row = divmod(i, rows)
                self.entry(f, g.CONTENT_X0 + col * (col_w + GUTTER), self.y + row * PITCH, col_w, code_w, row)
            self.y += (rows - 1) * PITCH + CELL_H + BLOCK_GAP

    def entry(self, f: dict, x: float, y: float, w: float, code_w: float, row: int) -> None:
        counts = f["kind"] == "count"
        vw = CELL_W if counts else CELL_H
        label_w = w - code_w - vw - 0.5
        if row % 2:
            self.page["rects"].append(
                {"box_mm": box(x, y, w - vw - 0.5, CELL_H), "line_mm": 0, "stroke": 0, "fill": ZEBRA}
            )
        self.page["texts"].append(_text(f["code"], (x, y, code_w, CELL_H), CODE_PT, True, role="code"))
        label = short_label(f["code"], f["label"], label_w)
        self.page["texts"].append(_text(label, (x + code_w, y, label_w, CELL_H), LABEL_PT, role="label"))
        kind = "printed" if counts else f["kind"]
        self.page["fields"].append(
            {"code": f["code"], "kind": kind, "label": f["label"], "boxes_mm": [box(x + w - vw, y, vw, CELL_H)]}
        )


def _code_width(fields: list[dict], counts: bool) -> float:
    width = max(text_width(f["code"], CODE_PT, True) for f in fields) + 2 * TEXT_PAD + 0.4
    return round(min(max(width, 6.0), 14.0 if counts else 40.0), 1)


def check_source(source: dict, models=SOURCE_MODELS) -> None:
    """ValueError unless ``source`` is the template of a paper the kiosk enters, of counts, ticks
    and signatures only."""
    if not isinstance(source, dict) or source.get("form_model") not in models or source.get("entered") is not True:
        model = source.get("form_model") if isinstance(source, dict) else None
        raise ValueError(f"geen overdrachtsblad voor model {model!r}: alleen voor {', '.join(models)}")
    for p in source["pages"]:
        for f in p["fields"]:
            if f["kind"] not in ("count", "tick", "signature"):
                raise ValueError(f"veld {f['code']}: onbekende soort {f['kind']!r}")


def build_transfer_template(source: dict) -> dict:
    """The transfer template of a source template (build_template's, of a paper the kiosk enters)."""
    check_source(source)
    line = _source_line(source)
    station = source["station"]
    return assemble(
        source,
        paper=line,
        version=transfer_version(source["template_version"]),
        number=station,
        who=(f"Stembureau {station}", source["station_name"], f"stembureau {station}"),
        title=f"{MODEL_NAME} {EM} uitslag van stembureau {station} {source['station_name']}",
        note=(
            f"Uitslag zoals ingevoerd bij {line}, sjabloon {source['template_version']}. "
            "Machinaal gedrukt: niet met de hand wijzigen."
        ),
        sections=_sections(source),
    )


def assemble(
    source: dict,
    *,
    paper: str,
    version: str,
    number: int,
    who: tuple[str, str, str],
    title: str,
    note: str,
    sections: list[tuple[str, list[dict]]],
) -> dict:
    """Transfer pages of ``sections`` ((heading, fields) in order) of the paper named ``paper``
    ("Model N 10-1"): the page identity's number is
    ``number`` (a station's, or a municipality's code), ``who`` is what the header and the footer
    say of it (bold header line, the line under it, the footer's words)."""
    pages = _Pages(title, note)
    for heading, fields in sections:
        pages.heading(heading)
        widths = {
            c: _code_width([f for f in fields if (f["kind"] == "count") == c] or fields, c) for c in (True, False)
        }
        for run in _runs(fields):
            pages.block(heading, run, widths[run[0]["kind"] == "count"])
    count = len(pages.pages)
    if count > MAX_PAGES:
        raise ValueError(f"te veel pagina's voor een overdrachtsblad: {count} (hooguit {MAX_PAGES})")
    out_pages = []
    for i, p in enumerate(pages.pages, 1):
        ident = PageIdentity(source["election_id"], number, i, count, version)
        out_pages.append(
            {
                "page": i,
                "kind": PAGE_KIND,
                "list": None,
                "title": title,
                "qr_payload": ident.payload(),
                "header": _header(source, paper, who[0], who[1], i, count),
                "texts": p["texts"] + _footer(source, version, who[2], i, count),
                "rects": p["rects"],
                "fields": p["fields"],
            }
        )
    template = {
        "format": FORMAT,
        "template_version": version,
        "form_model": FORM_MODEL,
        "model_name": MODEL_NAME,
        "election_id": source["election_id"],
        "election_name": source["election_name"],
        "has_C": source["has_C"],
        "station": number,
        "station_name": who[1],
        "lists": [dict(pl) for pl in source["lists"]],
        **page_geometry(),
        "tick_box_mm": {"size": CELL_H, "line": g.TICK_LINE_MM},
        "cell_mm": {"w": CELL_W, "h": CELL_H, "line": CELL_LINE_MM, "value_pt": VALUE_PT},
        "footer_mm": list(FOOTER_MM),
        "page_count": count,
        "pages": out_pages,
        "model": FORM_MODEL,
        "entered": True,
        "counting_method": source.get("counting_method"),
        "source_model": source["form_model"],
        "source_template_version": source["template_version"],
    }
    if "details" in source:
        template["details"] = dict(source["details"])
    return template
