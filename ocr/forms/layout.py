"""Form layout as data: FormSpec -> template dict (JSON-able), deterministic.

The template is the single source of truth for the printed PDF (forms/pdf.py), the synthetic
renderer (synth) and registration/reading. Every measure is in mm from the page's top-left.
Field order within a page (and pages in order) is the reading order of the paper form.

`spec.model` picks the paper: "SB-PV" (the kiosk's own counts-only form, model_sbpv), "N10-1" and
"N10-2" (the station PV, model_n10), "Na31-2-B1" (the municipality's per-station report, model_b1).
The machine-readable parts are the same on every model: markers, QR code, header (geometry.py).
"""

from __future__ import annotations

from . import geometry as g
from .identity import PageIdentity
from .model_b1 import b1_sheets
from .model_n10 import n10_sheets
from .model_sbpv import sbpv_sheets
from .sheet import box
from .spec import FormSpec

FORMAT = "stemkiosk-template/1"
FORM_MODEL = "SB-PV"
MODEL_NAME = "Model N 10-1"
EM = "\u2014"  # em dash

#: model -> (official model name, entered by the kiosk, counting method, header "form" line)
MODELS = {
    "SB-PV": (MODEL_NAME, True, None, "Proces-verbaal stembureau"),
    "N10-1": ("Model N 10-1", True, "DSO", "Proces-verbaal stembureau"),
    "N10-2": ("Model N 10-2", False, "CSO", "Proces-verbaal stembureau"),
    "Na31-2-B1": ("Model Na 31-2 Bijlage 1", True, "CSO", "Verslag telling stembureau"),
}


def _header(spec: FormSpec, page: int, count: int) -> list[dict]:
    lx, lw, rx, rw = g.HEADER_LEFT_X, g.HEADER_LEFT_W, g.HEADER_RIGHT_X, g.HEADER_RIGHT_W
    name, _, _, form = MODELS[spec.model]
    model = f"{name} ({FORM_MODEL})" if spec.model == FORM_MODEL else name
    items = [
        ("form", form, (lx, 6.5, lw, 7), 13, True),
        ("model", model, (lx, 13.5, lw, 5.5), 10, False),
        ("election", spec.election_name, (lx, 19, lw, 11), 9, False),
        ("station", f"Stembureau {spec.station_number}", (rx, 6.5, rw, 8), 15, True),
        ("station_name", spec.station_name, (rx, 14.5, rw, 10), 9, False),
        ("page", f"pagina {page} van {count}", (rx, 25, rw, 7), 12, True),
    ]
    return [
        {"key": k, "text": t, "box_mm": box(*b), "size_pt": s, "bold": bold, "wrap": k in ("election", "station_name")}
        for k, t, b, s, bold in items
    ]


def _footer(spec: FormSpec, page: int, count: int) -> list[dict]:
    y = 279.0
    left = f"Stemkiosk-formulier {EM} {spec.election_id} {EM} sjabloon {spec.template_version}"
    right = f"stembureau {spec.station_number} {EM} pagina {page} van {count}"
    return [
        {
            "text": left,
            "box_mm": box(24, y, 72, 8),
            "size_pt": 7,
            "bold": False,
            "align": "L",
            "role": "footer",
            "wrap": True,
        },
        {
            "text": right,
            "box_mm": box(114, y, 72, 8),
            "size_pt": 7,
            "bold": False,
            "align": "R",
            "role": "footer",
            "wrap": False,
        },
    ]


def _sheets(spec: FormSpec):
    if spec.model == "SB-PV":
        return sbpv_sheets(spec)
    if spec.model in ("N10-1", "N10-2"):
        return n10_sheets(spec)
    return b1_sheets(spec)


def page_geometry() -> dict:
    """The machine-readable parts every template shares: page, markers, QR, header, digit boxes."""
    return {
        "page_size_mm": [g.PAGE_W_MM, g.PAGE_H_MM],
        "printable_mm": list(g.PRINTABLE_MM),
        "aruco_dict": g.ARUCO_DICT,
        "markers_mm": g.marker_boxes(),
        "qr_mm": list(g.QR_MM),
        "qr_border_modules": g.QR_BORDER,
        "header_mm": list(g.HEADER_MM),
        "digit_box_mm": {"w": g.BOX_W, "h": g.BOX_H, "gap": g.BOX_GAP, "line": g.BOX_LINE_MM, "per_count": g.DIGITS},
    }


def build_template(spec: FormSpec) -> dict:
    """The template dict (see module docstring of ocr.forms for all keys)."""
    sheets = _sheets(spec)
    official = spec.model != FORM_MODEL
    count = len(sheets)
    pages = []
    for i, s in enumerate(sheets, 1):
        ident = PageIdentity(spec.election_id, spec.station_number, i, count, spec.template_version)
        page = {
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
        if official or s.areas:
            page["areas"] = s.areas
        pages.append(page)
    name, entered, method, _ = MODELS[spec.model]
    template = {
        "format": FORMAT,
        "template_version": spec.template_version,
        "form_model": spec.model,
        "model_name": name,
        "election_id": spec.election_id,
        "election_name": spec.election_name,
        "has_C": spec.has_C,
        "station": spec.station_number,
        "station_name": spec.station_name,
        "lists": [{"number": pl.number, "name": pl.name, "candidates": len(pl.candidates)} for pl in spec.lists],
        **page_geometry(),
        "tick_box_mm": {"size": g.TICK_MM, "line": g.TICK_LINE_MM},
        "page_count": count,
        "pages": pages,
    }
    template["model"] = spec.model
    template["entered"] = entered
    template["counting_method"] = method
    if official:
        template["details"] = {
            "municipality": spec.municipality,
            "election_date": spec.election_date,
            "station_postcode": spec.station_postcode,
        }
    return template


def field_index(template: dict) -> dict[str, tuple[int, dict]]:
    """code -> (page number, field dict)."""
    return {f["code"]: (p["page"], f) for p in template["pages"] for f in p["fields"]}


def template_page(template: dict, page: int) -> dict:
    if not 1 <= page <= len(template["pages"]):
        raise KeyError(f"pagina {page} bestaat niet (1..{len(template['pages'])})")
    return template["pages"][page - 1]
