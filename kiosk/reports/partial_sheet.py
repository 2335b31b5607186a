"""The partial sheet (deeloverzicht): what a kiosk with a range of stations hands to the main kiosk.

A municipality that splits its stations over kiosks gets, from each, a partial sheet: the range's
totals, the stations it covers, the numbers digest on every page, and a signature block for the
people who hand it over. Its annex is the transfer pages (``kiosk.services.transfer``), one set per
station, that the main kiosk scans; the annex prints the same digest on every page. The partial
sheet is not a PV: the municipality's Na 31 is made by the main kiosk from every station.

    data = PartialSheetData(election, totals, station_results, audit_head, produced_at, ...)
    pdf_bytes = render_partial_sheet(data)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.election import Election
from kiosk.domain.fields import list_votes_code
from kiosk.domain.results import Results
from kiosk.domain.sheet_digest import numbers_digest
from kiosk.domain.station_range import format_ranges
from kiosk.domain.tabulation import Totals, sum_results
from kiosk.reports.sheet_blocks import hash_rows, part_heading, write_lines
from kiosk.reports.sheet_layout import LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow
from kiosk.reports.sheet_part2 import candidate_tables
from kiosk.reports.sheet_table import Col, Row, table
from kiosk.reports.sheet_text import clock, count, day, dutch_time, grouped, nl, public_body_wording

NUMBER_W = 26.0


@dataclass(frozen=True)
class PartialSheetData:
    """The definitive results of a kiosk's stations, and what identifies them.

    ``station_results``: exactly the totals' stations. ``audit_head``/``audit_seq``: the audit row
    that sealed them (``partial.sealed``). ``produced_at``: time-zone aware, from that row."""

    election: Election
    totals: Totals
    station_results: Mapping[int, Results]
    audit_head: str
    produced_at: datetime
    audit_seq: int = 0

    def __post_init__(self) -> None:
        if sorted(self.station_results) != list(self.totals.stations):
            raise ValueError("the station results are not those of the totals' stations")
        if sum_results(self.totals.shape, self.station_results).counts != self.totals.counts:
            raise ValueError("the station results do not add up to the totals")
        if self.produced_at.tzinfo is None:
            raise ValueError("produced_at must be time-zone aware")

    @property
    def numbers_sha256(self) -> str:
        """The digest of every number on the sheet and its annex: totals and each station's fields."""
        return numbers_digest(self.election.id, self.election.municipality_id, self.totals, self.station_results)

    @property
    def stations(self) -> str:
        return format_ranges(self.totals.stations)

    @property
    def municipality(self) -> str:
        return self.election.municipality_name or self.election.domain_name


def footer_lines(data: PartialSheetData) -> tuple[str, ...]:
    """What the annex's transfer pages print at the bottom of every page."""
    return (
        nl("partial.annex_footer", election=data.election.id, stations=data.stations, seq=data.audit_seq),
        nl("partial.digest_line", digest=grouped(data.numbers_sha256)),
    )


def render_partial_sheet(data: PartialSheetData) -> bytes:
    with public_body_wording(data.election.is_public_body):
        canvas = Canvas(data.produced_at, nl("partial.title", stations=data.stations, election=data.election.name))
        flow = Flow(canvas)
        _front(flow, data)
        _stations(flow, data)
        _totals(flow, data)
        _candidates(flow, data)
        _signatures(flow, data)
        canvas.pages = len(flow.pages)
        for number, placed in enumerate(flow.pages, start=1):
            canvas.pdf.add_page()
            _frame(canvas, data, number)
            for y, draw in placed:
                draw(canvas, y)
        return canvas.output()


def _front(flow: Flow, data: PartialSheetData) -> None:
    part_heading(flow, nl("partial.title", stations=data.stations, election=data.election.name))
    local = dutch_time(data.produced_at)
    flow.paragraph(
        nl(
            "partial.identity",
            municipality=data.municipality,
            code=data.election.municipality_id,
            election=data.election.id,
            date=day(local),
            time=clock(local),
        ),
        after=2.0,
    )
    flow.paragraph(nl("partial.intro", count=len(data.totals.stations)), after=2.0)
    flow.paragraph(nl("partial.how_to_check"), size=SMALL_SIZE, after=3.0)


def _stations(flow: Flow, data: PartialSheetData) -> None:
    names = {s.number: s for s in data.election.stations}
    columns = (
        Col(nl("sheet.col.number"), 16.0, "R"),
        Col(nl("sheet.col.location_name"), WIDTH - 16.0 - 30.0),
        Col(nl("sheet.col.postcode"), 30.0),
    )
    rows = [Row((str(n), names[n].name, names[n].postcode)) for n in data.totals.stations]
    table(
        flow,
        columns,
        rows,
        title=nl("partial.stations_title", stations=data.stations),
        continued=nl("sheet.continued", title=nl("partial.stations_title", stations=data.stations)),
    )
    flow.space(4.0)


def _totals(flow: Flow, data: PartialSheetData) -> None:
    totals = data.totals.as_dict()
    election = data.election
    labels = {code: nl(f"sheet.box.{code}") for code in ("A", "C", "F", "G", "H", "I", "J")}
    labels.update(
        B=nl("sheet.box.B_c" if election.has_voter_cards else "sheet.box.B"),
        D=nl("sheet.box.D_c" if election.has_voter_cards else "sheet.box.D"),
        E=nl("sheet.box.E", last=election.lists[-1].number if election.lists else 1),
    )
    for party in election.lists:
        labels[list_votes_code(party.number)] = nl("sheet.box.E_list", number=party.number, name=party.name)
    rows = [
        Row((code, labels[code], count(totals[code])), strong=code in ("D", "E", "H"))
        for code in totals
        if code in labels
    ]
    columns = (
        Col(nl("partial.col.code"), 16.0),
        Col(nl("partial.col.what"), WIDTH - 16.0 - NUMBER_W),
        Col(nl("sheet.col.votes"), NUMBER_W, "R"),
    )
    title = nl("partial.totals_title")
    table(flow, columns, rows, title=title, continued=nl("sheet.continued", title=title))
    flow.space(4.0)


def _candidates(flow: Flow, data: PartialSheetData) -> None:
    candidate_tables(flow, data.election, data.totals)


def _signatures(flow: Flow, data: PartialSheetData) -> None:
    part_heading(flow, nl("partial.handover"))
    flow.paragraph(nl("partial.handover_text", stations=data.stations), after=2.0)
    write_lines(flow, 2, label=nl("partial.handed_by"))
    write_lines(flow, 2, label=nl("partial.received_by"))


def _frame(canvas: Canvas, data: PartialSheetData, page: int) -> None:
    header = nl("partial.header", municipality=data.municipality, election=data.election.name, stations=data.stations)
    canvas.text(LEFT, 11.0, header, size=SMALL_SIZE, width=WIDTH, grey=70)
    canvas.rule(LEFT, 13.0, RIGHT, 0.2)
    canvas.rule(LEFT, 272.0, RIGHT, 0.4)
    canvas.text(LEFT, 276.5, nl("sheet.page", page=page, pages=canvas.pages), size=10.0, bold=True)
    canvas.text(LEFT + 45.0, 276.5, nl("partial.footer_model"), size=SMALL_SIZE, width=WIDTH - 45.0, align="R")
    audit_label = nl("sheet.footer_seal", seq=data.audit_seq) if data.audit_seq else nl("sheet.footer_audit")
    hash_rows(canvas, ((281.0, nl("sheet.footer_numbers"), data.numbers_sha256), (285.5, audit_label, data.audit_head)))
