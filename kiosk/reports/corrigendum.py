"""The corrigendum of one corrected station: the model's "Na 14-1" (decentral counting) or
"Na 14-2 Bijlage 1" (central counting) for a new session (models.md §4), printed from what
the kiosk recorded.

Part 1 "Onderzoek": the reason and its explanation, every finding, recounted and "corrected
results: Ja". Part 2 "Gecorrigeerde telresultaten": per count the original number (the
station's previous definitive round) and, only where it changed, the corrected one, as the
model asks; the lists' and candidates' votes likewise, the candidates only where changed.
Deel 3: the signatures of the committee (voorzitter and 2 leden in a municipal election, 4
otherwise). Each page's footer names the station, the investigation and the audit row the
correction was recorded in. Dutch, A4, deterministic (the same data, the same bytes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.election import Election
from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.investigation import Investigation
from kiosk.domain.results import Results
from kiosk.reports.sheet_blocks import hash_rows, write_lines
from kiosk.reports.sheet_layout import LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow
from kiosk.reports.sheet_table import Col, Row, table
from kiosk.reports.sheet_text import clock, count, day, dutch_time, nl, public_body_wording

COUNTS = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J")


@dataclass(frozen=True)
class CorrigendumData:
    election: Election
    station: int
    investigation: Investigation
    original: Results  # the previous round's definitive results
    corrected: Results  # the new round's definitive results
    produced_at: datetime
    audit_head: str  # the chain's head when the corrigendum was made (SHA-256)

    @property
    def model(self) -> str:
        central = self.election.counting_method is CountingMethod.CSO
        return "Na 14-2 Bijlage 1" if central else "Na 14-1"


def render_corrigendum(data: CorrigendumData) -> bytes:
    with public_body_wording(data.election.is_public_body):
        return _render(data)


def _render(data: CorrigendumData) -> bytes:
    station = next(s for s in data.election.stations if s.number == data.station)
    canvas = Canvas(data.produced_at, nl("corr.pdf_title", model=data.model, station=data.station))
    flow = Flow(canvas)
    flow.paragraph(nl("corr.title", model=data.model), size=16.0, bold=True, after=1.0)
    flow.paragraph(nl("corr.subtitle"), size=11.0, bold=True, after=1.0)
    flow.paragraph(data.election.name, after=0.5)
    flow.paragraph(nl("corr.station", number=station.number, name=station.name), bold=True, after=3.0)

    _part(flow, nl("corr.part1"))
    investigation = data.investigation
    flow.heading(nl("corr.reason"), 10.0)
    flow.paragraph(nl(f"investigation.reason.{investigation.reason.value}"), bold=True, after=1.0)
    if investigation.explanation:
        flow.paragraph(investigation.explanation, after=2.0)
    flow.heading(nl("corr.findings"), 10.0)
    for finding in investigation.findings:
        when = dutch_time(finding.at)
        flow.paragraph(nl("corr.finding", text=finding.text, by=finding.by, date=day(when), time=clock(when)))
    flow.paragraph(nl("corr.recounted", answer=nl("sheet.yes" if investigation.recounted else "sheet.no")))
    flow.paragraph(nl("corr.corrected"), bold=True, after=3.0)

    _part(flow, nl("corr.part2"))
    flow.paragraph(nl("corr.part2_intro"), after=2.0)
    columns = (
        Col(nl("corr.col.code"), 22.0),
        Col(nl("corr.col.original"), 40.0, "R"),
        Col(nl("corr.col.corrected"), 40.0, "R"),
    )
    table(flow, columns, _rows(data), title=nl("corr.table"), continued=nl("corr.table_continued"))

    _part(flow, nl("corr.part3"))
    flow.paragraph(nl("corr.sign_intro"), after=2.0)
    members = 2 if data.election.category == "GR" else 4
    write_lines(flow, 1, label=nl("corr.chair"))
    for member in range(1, members + 1):
        write_lines(flow, 1, label=nl("corr.member", number=member))

    canvas.pages = len(flow.pages)
    for number, placed in enumerate(flow.pages, start=1):
        canvas.pdf.add_page()
        _frame(canvas, data, number)
        for y, draw in placed:
            draw(canvas, y)
    return canvas.output()


def _part(flow: Flow, title: str) -> None:
    """A part's heading on a grey bar; unlike the sheet's parts, it does not start a new page."""
    flow.space(3.0)
    flow.need(30.0)
    flow.place(
        10.0, lambda c, y: (c.fill(LEFT, y, WIDTH, 8.0, 225), c.text(LEFT + 2.0, y + 5.8, title, size=12.0, bold=True))
    )


def _rows(data: CorrigendumData) -> list[Row]:
    """Every count and list total, original and (where changed) corrected; candidates only where changed."""
    before, after = data.original.to_dict(), data.corrected.to_dict()
    codes = [code for code in COUNTS if code in before]
    for party in data.election.lists:
        codes.append(list_votes_code(party.number))
    for party in data.election.lists:
        for index in range(1, len(party.candidates) + 1):
            code = candidate_code(party.number, index)
            if code in before and before[code] != after.get(code):
                codes.append(code)
        codes.append(list_total_code(party.number))
    return [
        Row((code, _shown(before.get(code)), _shown(after.get(code)) if after.get(code) != before.get(code) else ""))
        for code in codes
    ]


def _shown(value: object) -> str:
    return count(value) if isinstance(value, int) and not isinstance(value, bool) else "—"


def _frame(canvas: Canvas, data: CorrigendumData, page: int) -> None:
    local = dutch_time(data.produced_at)
    header = nl("corr.header", municipality=data.election.municipality_name, election=data.election.name)
    canvas.text(LEFT, 11.0, header, size=SMALL_SIZE, width=WIDTH - 40.0, grey=70)
    canvas.text(RIGHT - 38.0, 11.0, f"Model {data.model}", size=SMALL_SIZE, bold=True, width=38.0, align="R", grey=70)
    canvas.rule(LEFT, 13.0, RIGHT, 0.2)
    canvas.rule(LEFT, 273.0, RIGHT, 0.4)
    canvas.text(LEFT, 278.0, nl("sheet.page", page=page, pages=canvas.pages), size=10.0, bold=True)
    footer = nl(
        "corr.footer",
        station=data.station,
        number=data.investigation.number,
        date=day(local),
        time=clock(local),
    )
    canvas.text(LEFT + 45.0, 278.0, footer, size=SMALL_SIZE, width=WIDTH - 45.0, align="R")
    hash_rows(canvas, ((284.0, nl("sheet.footer_audit"), data.audit_head),))
