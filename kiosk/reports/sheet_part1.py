"""Deel 1 of the model, "Verslag van de zitting": who was present (1.1), which stations
were counted and investigated (1.2), and what happened during the session (1.3).

What the kiosk knows is printed (the session's attendees, the stations and, for central
counting, the three investigation ticks read from each station's Bijlage 1); the rest
is ruled rows for the committee to write in.
"""

from __future__ import annotations

from kiosk.reports.sheet_blocks import WRITE_ROW_H, note, part_heading, question, section_heading, write_in_table
from kiosk.reports.sheet_data import SheetData
from kiosk.reports.sheet_layout import WIDTH, Flow
from kiosk.reports.sheet_model import Model, investigation_columns, objection_stations, reports_objections
from kiosk.reports.sheet_table import Col
from kiosk.reports.sheet_text import nl

#: Ruled rows: at least this many in the presentielijst, and always a few free ones.
MIN_ATTENDANCE_ROWS = 12
FREE_ATTENDANCE_ROWS = 3
EXPLANATION_ROWS = 10  # 1.2.2
OBJECTION_ROWS = 10  # 1.3.1
REMARK_ROWS = 5  # 1.3.2
STATION_ROW_H = 6.5
TICK_W = 27.0


def part1(flow: Flow, data: SheetData, model: Model) -> None:
    part_heading(flow, nl("sheet.part1"))
    flow.mark("part1")
    _attendance(flow, data)
    _stations(flow, data, model)
    _during(flow, data, model)


def _attendance(flow: Flow, data: SheetData) -> None:
    section_heading(flow, "1.1", nl("sheet.s1_1"), 30.0)
    question(flow, "1.1.1", nl("sheet.q1_1_1"), 20.0, bold=True)
    note(flow, nl("sheet.roles"))
    columns = (
        Col(nl("sheet.col.initials"), 26.0),
        Col(nl("sheet.col.surname"), 52.0),
        Col(nl("sheet.col.role"), 40.0),
        Col(nl("sheet.col.present"), 32.0),
        Col(nl("sheet.col.location"), WIDTH - 150.0),
    )
    session = data.session
    filled = []
    if session is not None:
        for person in session.attendees:
            until = f"{person.present_from} – {person.present_to}" if person.present_to else f"{person.present_from} –"
            filled.append((person.initials, person.surname, person.role.value, until, session.place))
    rows = max(MIN_ATTENDANCE_ROWS, len(filled) + FREE_ATTENDANCE_ROWS)
    write_in_table(flow, columns, filled, rows - len(filled))


def _stations(flow: Flow, data: SheetData, model: Model) -> None:
    section_heading(flow, "1.2", nl("sheet.s1_2"), 40.0)
    question(flow, "1.2.1", nl("sheet.q1_2_1_cso" if model.central else "sheet.q1_2_1"), 20.0, bold=True)
    stations = {s.number: s for s in data.election.stations}
    fixed = 12.0 + 24.0
    columns = [Col(nl("sheet.col.number"), 12.0), Col(nl("sheet.col.location_name"), 0.0)]
    if model.central:
        columns += [Col(nl(f"sheet.col.investigation{k}"), TICK_W, "C") for k in (1, 2, 3)]
        fixed += 3 * TICK_W
    columns.insert(2, Col(nl("sheet.col.postcode"), 24.0))
    columns[1] = Col(columns[1].title, WIDTH - fixed)
    rows = []
    for number in data.totals.stations:
        station = stations[number]
        row = [str(number), station.name, station.postcode]
        if model.central:
            results = data.station_results.get(number)
            ticks = investigation_columns(results) if results is not None else (False, False, False)
            row += ["X" if ticked else "" for ticked in ticks]
        rows.append(row)
    write_in_table(flow, columns, rows, 0, row_h=STATION_ROW_H)
    if model.central and not data.station_results:
        note(flow, nl("sheet.investigations_unknown"))
    question(flow, "1.2.2", nl("sheet.q1_2_2"), 20.0)
    columns = [Col(nl("sheet.col.station_number"), 30.0), Col(nl("sheet.col.explanation"), WIDTH - 30.0)]
    write_in_table(flow, columns, (), EXPLANATION_ROWS)


def _during(flow: Flow, data: SheetData, model: Model) -> None:
    section_heading(flow, "1.3", nl("sheet.s1_3"), 30.0)
    note(flow, _station_objections(data, model), bold=True, after=2.5)
    question(flow, "1.3.1", nl("sheet.q1_3_1"), 20.0, bold=True)
    note(flow, nl("sheet.q1_3_1_note"))
    columns = (
        Col(nl("sheet.col.time"), 22.0),
        Col(nl("sheet.col.objection"), (WIDTH - 22.0) / 2),
        Col(nl("sheet.col.response"), (WIDTH - 22.0) / 2),
    )
    write_in_table(flow, columns, (), OBJECTION_ROWS, row_h=WRITE_ROW_H + 2.0)
    question(flow, "1.3.2", nl("sheet.q1_3_2"), 20.0, bold=True)
    note(flow, nl("sheet.q1_3_2_note"))
    columns = (Col(nl("sheet.col.time"), 22.0), Col(nl("sheet.col.remark"), WIDTH - 22.0))
    write_in_table(flow, columns, (), REMARK_ROWS, row_h=WRITE_ROW_H + 2.0)


def _station_objections(data: SheetData, model: Model) -> str:
    """Where the objections made at the stations are (Bijlage 2): named when the entered PVs say."""
    if not reports_objections(data):
        return nl("sheet.station_objections_cso" if model.central else "sheet.station_objections_elsewhere")
    found = objection_stations(data)
    if not found:
        return nl("sheet.station_objections_none")
    return nl("sheet.station_objections", numbers=", ".join(str(n) for n in found))
