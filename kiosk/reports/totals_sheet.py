"""The checked municipal totals sheet (DESIGN §7): a PDF, A4 portrait, Dutch.

    data = SheetData(election, totals, hand_check, eml_sha256, audit_head, produced_at)
    pdf_bytes = render_totals_sheet(data)

``SheetData`` refuses to exist unless every list's hand total agrees with the
machine total (``SheetError``, code ``sheet.error.hand_count_not_agreed``,
naming the lists). The same ``SheetData`` always gives the same bytes: the
PDF's creation date is ``produced_at``, its file identifier is a hash of its
content, and the fonts are the DejaVu files shipped in ``fonts/``.

Page structure: title block, 1 front-page totals (A B [C] D, E per list, E F
G H I J), 2 I and J per station, 3 hand-count check per list, 4 votes per
candidate per list, 5 stations counted, 6 signatures; on every page a running
header, and a footer with "pagina x van y", the SHA-256 of the EML 510b export
and the audit-log head, each in 16 groups of 4.
"""

from __future__ import annotations

from kiosk.reports.sheet_data import SheetData, SheetError, Signatory
from kiosk.reports.sheet_layout import Canvas
from kiosk.reports.sheet_sections import draw_page_frame, lay_out
from kiosk.reports.sheet_text import nl

__all__ = ["SheetData", "SheetError", "Signatory", "render_totals_sheet"]


def render_totals_sheet(data: SheetData) -> bytes:
    """The totals sheet as PDF bytes."""
    title = nl("sheet.pdf_title", municipality=data.municipality, election=data.election.name)
    canvas = Canvas(data.produced_at, title)
    flow = lay_out(canvas, data)
    canvas.pages = len(flow.pages)
    for number, placed in enumerate(flow.pages, start=1):
        canvas.pdf.add_page()
        draw_page_frame(canvas, data, number)
        for y, draw in placed:
            draw(canvas, y)
    return canvas.output()
