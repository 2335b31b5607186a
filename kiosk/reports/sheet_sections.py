"""The totals sheet as the official model, laid out on a ``Flow`` in the model's order.

Front matter (title, details of the committee, what the PV is, contents), Deel 1
"Verslag van de zitting" (sheet_part1), Deel 2 "Telresultaten" (sheet_part2), Deel 3
"Ondertekening" (sheet_signatures) and Bijlage 1, the results per station
(sheet_annex). Central counting makes Model Na 31-2, decentral counting Model Na 31-1
(sheet_model). The running header and footer are drawn by ``draw_page_frame``.
"""

from __future__ import annotations

from kiosk.reports.sheet_annex import annex1
from kiosk.reports.sheet_data import SheetData
from kiosk.reports.sheet_front import draw_page_frame, front_matter
from kiosk.reports.sheet_layout import Canvas, Flow
from kiosk.reports.sheet_model import Model, model_of
from kiosk.reports.sheet_part1 import part1
from kiosk.reports.sheet_part2 import part2
from kiosk.reports.sheet_signatures import part3

__all__ = ["Model", "draw_page_frame", "lay_out", "model_of"]


def lay_out(canvas: Canvas, data: SheetData, model: Model) -> Flow:
    flow = Flow(canvas)
    front_matter(flow, data, model)
    for part in (part1, part2, part3, annex1):
        part(flow, data, model)
    return flow
