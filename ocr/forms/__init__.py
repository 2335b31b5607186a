"""Machine-readable station PV forms: layout as data, page identity, printable PDF.

    spec = FormSpec(election_id, election_name, has_C, [(1, "Partij", ["Naam, A.", ...]), ...],
                    station_number, station_name, template_version="1")
    template = build_template(spec)          # dict, JSON-able, deterministic
    pdf = ocr.forms.pdf.render_pdf(template) # printable blank form, deterministic bytes

Template (all measures in mm from the page's top-left, boxes as [x, y, w, h]):

    format            "stemkiosk-template/1"
    template_version  str, also in every page's QR code
    form_model        "SB-PV";  model_name "Model N 10-1"
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
        "page": n, "kind": "front" | "list", "list": list number or null, "title": str,
        "qr_payload": page identity (forms.identity),
        "header": [{"key": form|model|election|station|station_name|page, "text", "box_mm",
                    "size_pt", "bold", "wrap"}],
        "texts":  [{"text", "box_mm", "size_pt", "bold", "align": L|R|C, "role", "wrap"}],
        "rects":  [{"box_mm", "line_mm", "stroke", "fill"}]   (grey 0..255 or null),
        "fields": [{"code", "kind": "count" | "tick", "label", "boxes_mm": [...]}]
    }]

Count fields have 6 digit boxes, left to right, filled right-aligned; tick fields one square.
Field order (pages, then fields within a page) is the reading order of the paper form.
"""

from .identity import PageIdentity, PayloadError, parse_payload
from .layout import build_template, field_index, template_page
from .spec import FormSpec, ListSpec

__all__ = [
    "FormSpec",
    "ListSpec",
    "PageIdentity",
    "PayloadError",
    "parse_payload",
    "build_template",
    "field_index",
    "template_page",
]
