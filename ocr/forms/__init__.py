"""Machine-readable station PV forms: layout as data, page identity, printable PDF.

    spec = FormSpec(election_id, election_name, has_C, [(1, "Partij", ["Naam, A.", ...]), ...],
                    station_number, station_name, template_version="1",
                    model="N10-1", municipality="Juinen", election_date="2026-03-18", station_postcode="1234 AB")
    template = build_template(spec)          # dict, JSON-able, deterministic
    pdf = ocr.forms.pdf.render_pdf(template) # printable blank form, deterministic bytes

Models (spec.model): "SB-PV" (default: the kiosk's own counts-only form), "N10-1" (station PV,
decentral counting), "N10-2" (station PV, central counting: printed, not entered), "Na31-2-B1"
(the municipality's per-station report in central counting). The official ones follow the
Kiesraad's part order, numbering and headings (model_n10.py, model_b1.py say what they leave out).

Template (all measures in mm from the page's top-left, boxes as [x, y, w, h]):

    format            "stemkiosk-template/1"
    template_version  str, also in every page's QR code
    model, form_model the spec's model ("SB-PV", "N10-1", "N10-2", "Na31-2-B1")
    model_name        "Model N 10-1" (also for SB-PV), "Model N 10-2", "Model Na 31-2 Bijlage 1"
    entered           whether the kiosk enters this paper (False for N10-2)
    counting_method   "DSO" | "CSO" | null (SB-PV)
    details           official models: {"municipality", "election_date", "station_postcode"} as printed
    election_id, election_name, has_C, station, station_name
    lists             [{"number", "name", "candidates": count}]
    page_size_mm      [210, 297];  printable_mm [x, y, w, h] every box lies inside
    aruco_dict        "DICT_4X4_50"
    markers_mm        [{"id", "position" (top_left, top_middle, ...), "box_mm"}] — same six on every page
    qr_mm             the QR area incl. its quiet zone;  qr_border_modules
    header_mm         the printed header area (Tesseract cross-check hook)
    digit_box_mm      {"w", "h", "gap", "line", "per_count": 6};  tick_box_mm {"size", "line"}
    page_count
    pages             [{
        "page": n, "kind": "front" | "list" | "report" | "counts" | "signatures" | "transfer",
        "list": list number or null, "title": str,
        "qr_payload": page identity (forms.identity),
        "header": [{"key": form|model|election|station|station_name|page, "text", "box_mm",
                    "size_pt", "bold", "wrap"}],
        "texts":  [{"text", "box_mm", "size_pt", "bold", "align": L|R|C, "role", "wrap"}],
        "rects":  [{"box_mm", "line_mm", "stroke", "fill"}]   (grey 0..255 or null),
        "fields": [{"code", "kind": "count" | "tick" | "signature" | "printed", "label", "boxes_mm": [...]}],
        "areas":  [{"id", "label", "box_mm", "rows", "table", "cols_mm"}]   (official models only)
    }]

Transfer pages (ocr.forms.transfer): `build_transfer_template(source)` turns the template of an entered
paper into that of its machine-printed "overdrachtsblad": same fields and codes, counts as kind
"printed" (one cell each, read by Tesseract: ocr.printed_fields), version transfer_version(source's).

Count fields have 6 digit boxes, left to right, filled right-aligned; tick fields one square;
signature fields one box (signed or not: ocr.fields). Areas are ruled free-text areas (printed lines,
geometry.area_rules): not fields, the kiosk only asks whether something is written there
(ocr.areas.read_areas). Text roles "part", "section", "subsection" are the model's headings.
Field order (pages, then fields within a page) is the reading order of the paper form.
"""

from .identity import PageIdentity, PayloadError, parse_payload
from .layout import build_template, field_index, template_page
from .spec import FormSpec, ListSpec
from .transfer import TRANSFER_PREFIX, build_transfer_template, is_transfer_version, transfer_version

__all__ = [
    "FormSpec",
    "ListSpec",
    "PageIdentity",
    "PayloadError",
    "parse_payload",
    "build_template",
    "field_index",
    "template_page",
    "TRANSFER_PREFIX",
    "build_transfer_template",
    "is_transfer_version",
    "transfer_version",
]
