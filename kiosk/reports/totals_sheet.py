"""The checked municipal totals sheet (DESIGN §7): a PDF, A4 portrait, Dutch.

    data = SheetData(election, totals, hand_check, eml_sha256, audit_head, produced_at)
    pdf_bytes = render_totals_sheet(data)

``SheetData`` refuses to exist unless every list's hand total agrees with the
machine total (``SheetError``, code ``sheet.error.hand_count_not_agreed``,
naming the lists). The same ``SheetData`` always gives the same bytes: the
PDF's creation date is ``produced_at``, its file identifier is a hash of its
content, and the fonts are the DejaVu files shipped in ``fonts/``.

The sheet is the complete official model (models.md §3): Model Na 31-2 for central
counting, Na 31-1 for decentral counting (or none chosen). Front matter, Deel 1
"Verslag van de zitting" (1.1 presentielijst, 1.2 getelde stembureaus, 1.3 tijdens de
zitting), Deel 2 "Telresultaten" (2.1 Z, 2.2 A B [C] D, 2.3 E.n E F G H, 2.4 verschillen,
2.5 controleprotocol with the hand-count check per list, 2.6 votes per candidate), Deel
3 "Ondertekening", and Bijlage 1 with the results per station. On every page a running
header, and a footer with "pagina x van y", the model, the SHA-256 of the EML 510b
export and the audit-log head, each in 16 groups of 4.
"""

from __future__ import annotations

from kiosk.reports.sheet_data import SheetData, SheetError, Signatory
from kiosk.reports.sheet_layout import Canvas
from kiosk.reports.sheet_sections import draw_page_frame, lay_out, model_of
from kiosk.reports.sheet_text import nl, public_body_wording

__all__ = ["SheetData", "SheetError", "Signatory", "render_totals_sheet"]


def render_totals_sheet(data: SheetData) -> bytes:
    """The totals sheet as PDF bytes (in a public body's words when it is one)."""
    with public_body_wording(data.election.is_public_body):
        return _render(data)


def _render(data: SheetData) -> bytes:
    model = model_of(data)
    title = nl("sheet.pdf_title", model=model.name, municipality=data.municipality, election=data.election.name)
    canvas = Canvas(data.produced_at, title)
    flow = lay_out(canvas, data, model)
    canvas.pages = len(flow.pages)
    for number, placed in enumerate(flow.pages, start=1):
        canvas.pdf.add_page()
        draw_page_frame(canvas, data, model, number)
        for y, draw in placed:
            draw(canvas, y)
    return canvas.output()
