"""Transfer pages of a municipality's totals: the numbers of its Na 31, machine-printed for the CSB.

The municipality's kiosk prints, beside its totals sheet, the sheet's totals on transfer pages
(the layout of ``ocr.forms.transfer``: six markers, the QR page identity, the printed header, every
number in a printed cell); the central stembureau (CSB) scans them, the printed-number reader
proposes every number, a verifier confirms, and the digest printed on the sheet stands in for the
second entry. The QR code identifies the page only, never a number.

    template = build_totals_transfer_template(station_template, "Na 31-1", "0363", "Amsterdam", "1-8,10", codes)

``source`` is the template of the paper the municipality's stations were entered from (any station's:
the fields are the same): its counts that are totalled (``codes``, in the paper's order) make the
pages, under the source's own headings ("Telresultaten", "Lijst n — naam"). The page identity's
number is the municipality's code (0363 -> 363) and the template version ``MUNICIPAL_VERSION``, so
a station's kiosk can tell these pages from a station's and the CSB from any other.
"""

from __future__ import annotations

import re

from .layout import EM
from .transfer import MODEL_NAME, _sections, _source_line, assemble, check_source

#: The template version of the municipal totals' transfer pages (format 1).
MUNICIPAL_VERSION = "M1"
_CODE = re.compile(r"[0-9]{4}")


def is_municipal_version(version: str) -> bool:
    return version == MUNICIPAL_VERSION


def municipality_number(code: str) -> int:
    """The page identity's number of a municipality's four-digit code ("0363" -> 363)."""
    if not isinstance(code, str) or not _CODE.fullmatch(code) or int(code) == 0:
        raise ValueError(f"gemeentecode {code!r}: vier cijfers verwacht, niet 0000")
    return int(code)


def build_totals_transfer_template(
    source: dict, sheet_model: str, municipality_code: str, municipality_name: str, stations: str, codes
) -> dict:
    """Transfer pages of the totals ``codes`` (every one a count of ``source``) of the municipality's
    stations ``stations`` (ranges, "1-8,10", printed in the title: the digest covers them), as its
    totals sheet ``sheet_model`` ("Na 31-1") shows them."""
    check_source(source)
    number = municipality_number(municipality_code)
    wanted = list(codes)
    counts = {f["code"]: f for p in source["pages"] for f in p["fields"] if f["kind"] == "count"}
    missing = [c for c in wanted if c not in counts]
    if missing or not wanted:
        raise ValueError(f"totalen die niet op het proces-verbaal staan: {', '.join(missing) or '(geen)'}")
    keep = set(wanted)
    sections = [(h, [f for f in fields if f["code"] in keep]) for h, fields in _sections(source)]
    order = [f["code"] for _, fields in sections for f in fields]
    if order != wanted:
        raise ValueError("de totalen staan niet in de volgorde van het proces-verbaal")
    name = municipality_name or municipality_code
    return assemble(
        source,
        paper=f"Model {sheet_model}",
        version=MUNICIPAL_VERSION,
        number=number,
        who=(f"Gemeente {name}", f"gemeentecode {municipality_code}", f"gemeente {municipality_code}"),
        title=f"{MODEL_NAME} {EM} totalen van gemeente {name}, stembureaus {stations}",
        note=(
            f"Totalen zoals op Model {sheet_model} van de gemeente; velden als op {_source_line(source)}. "
            "Machinaal gedrukt: niet met de hand wijzigen."
        ),
        sections=[(h, fields) for h, fields in sections if fields],
    )
