"""Deel 2 of the model, "Telresultaten": Z (2.1), A B [C] D (2.2), E.n E F G H (2.3), the
differences with the stations that have them (2.4), the outcome of the check by hand
(2.5, with the hand-versus-machine table) and the votes per candidate (2.6).

2.5's "geen verschillen geconstateerd" is ticked by the kiosk: a sheet exists only when
every list's hand total agrees with the machine total (SheetData refuses otherwise).
"""

from __future__ import annotations

from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.domain.tabulation import Totals
from kiosk.reports.sheet_blocks import (
    LETTER_H,
    Letter,
    checkbox,
    letterboxes,
    note,
    part_heading,
    question,
    section_heading,
    write_lines,
)
from kiosk.reports.sheet_data import SheetData
from kiosk.reports.sheet_layout import BODY_SIZE, WIDTH, Flow, line_height
from kiosk.reports.sheet_model import Model, all_equal, number_of_voters
from kiosk.reports.sheet_table import HEAD_H, ROW_H, TITLE_H, Col, Row, table
from kiosk.reports.sheet_text import count, nl, signed

NUMBER_W = 30.0  # a count column
TABLE_START = TITLE_H + 6.0 + 3 * ROW_H  # what a heading keeps with it
OUTCOME_LINES = 5


def part2(flow: Flow, data: SheetData, model: Model) -> None:
    part_heading(flow, nl("sheet.part2"))
    flow.mark("part2")
    _counts(flow, data, model)
    _differences(flow, data)
    _protocol(flow, data)
    _candidates(flow, data)


def _counts(flow: Flow, data: SheetData, model: Model) -> None:
    totals, election = data.totals.as_dict(), data.election
    voters = number_of_voters(data)
    section_heading(flow, "2.1", nl("sheet.s2_1"), 12.0)
    letterboxes(flow, [Letter("Z", nl("sheet.box.Z"), None if voters is None else count(voters))])
    if voters is None:
        note(flow, nl("sheet.z_unknown"), after=2.0)

    def box(code: str, strong: bool = False, label: str = "") -> Letter:
        return Letter(code, label or nl(f"sheet.box.{code}"), count(totals[code]), strong)

    cards = election.has_voter_cards
    section_heading(flow, "2.2", nl("sheet.s2_2"), 40.0)
    note(flow, nl("sheet.count_admitted_c" if cards else "sheet.count_admitted"))
    admitted = [box("A"), box("B", label=nl("sheet.box.B_c" if cards else "sheet.box.B"))]
    if cards:
        admitted.append(box("C"))
    admitted.append(box("D", True, nl("sheet.box.D_c" if cards else "sheet.box.D")))
    letterboxes(flow, admitted)

    section_heading(flow, "2.3", nl("sheet.s2_3"), 40.0)
    last = election.lists[-1].number if election.lists else 1
    cast = [
        Letter(
            f"E.{party.number}",
            nl("sheet.box.E_list", number=party.number, name=party.name),
            count(totals[list_votes_code(party.number)]),
        )
        for party in election.lists
    ]
    cast += [box("E", True, nl("sheet.box.E", last=last)), box("F"), box("G"), box("H", True)]
    letterboxes(flow, cast)


def _differences(flow: Flow, data: SheetData) -> None:
    totals, names = data.totals.as_dict(), {s.number: s.name for s in data.election.stations}
    section_heading(flow, "2.4", nl("sheet.s2_4"), 30.0)
    question(flow, "2.4.1", nl("sheet.q2_4_1"), 12.0, bold=True)
    equal = all_equal(data)
    checkbox(flow, nl("sheet.yes"), equal)
    checkbox(flow, nl("sheet.q2_4_1_no"), not equal)
    note(
        flow,
        nl(
            "sheet.diff_check", h_minus_d=signed(totals["H"] - totals["D"]), i_minus_j=signed(totals["I"] - totals["J"])
        ),
        after=1.0,
    )
    columns = (
        Col(nl("sheet.col.number"), 14.0, "R"),
        Col(nl("sheet.col.station_name"), WIDTH / 2 - 14.0 - 20.0),
        Col(nl("sheet.col.count"), 20.0, "R"),
    )
    for number, code in (("2.4.2", "I"), ("2.4.3", "J")):
        found = data.totals.contributing(code)
        which = nl(f"sheet.diff_{code}")
        if found:
            text = nl("sheet.diff_stations", numbers=", ".join(str(n) for n, _ in found), which=which)
        else:
            text = nl("sheet.diff_none", which=which)
        # Keep the question, a short table of stations and the total box on one page.
        rows_h = HEAD_H + ROW_H * -(-len(found) // 2) + 4.0 if found else 0.0
        question(flow, number, text, (rows_h if rows_h < 60.0 else 2 * ROW_H) + LETTER_H, bold=True)
        if found:
            rows = [Row((str(n), names.get(n, ""), count(v))) for n, v in found]
            title = nl("sheet.diff_title", code=code, count=len(found))
            table(flow, columns, rows, continued=nl("sheet.continued", title=title), two_up=True)
            flow.space(2.0)
        letterboxes(flow, [Letter(code, nl(f"sheet.box.{code}"), count(totals[code]), True)])


def _protocol(flow: Flow, data: SheetData) -> None:
    names = {party.number: party.name for party in data.election.lists}
    section_heading(flow, "2.5", nl("sheet.s2_5"), 3 * line_height(BODY_SIZE) + TABLE_START)
    note(flow, nl("sheet.protocol_intro"), after=1.0)
    note(flow, nl("sheet.hand_intro"), after=2.0)
    columns = (
        Col(nl("sheet.col.list"), 14.0, "R"),
        Col(nl("sheet.col.list_name"), WIDTH - 14.0 - 3 * NUMBER_W - 6),
        Col(nl("sheet.col.machine"), NUMBER_W, "R"),
        Col(nl("sheet.col.hand"), NUMBER_W, "R"),
        Col(nl("sheet.col.agrees"), NUMBER_W + 6, "R"),
    )
    checks = [(c.list_number, c.machine, c.hand) for c in data.hand_check.lists]
    assert all(hand is not None for _, _, hand in checks)  # SheetData refused anything else
    rows = [
        Row((str(number), names[number], count(machine), count(hand), _agreement(hand - machine)))
        for number, machine, hand in checks
    ]
    machine = sum(m for _, m, _ in checks)
    hand = sum(h for _, _, h in checks)
    closing = [Row(("", nl("sheet.total_e"), count(machine), count(hand), _agreement(hand - machine)), strong=True)]
    title = nl("sheet.hand_title")
    table(flow, columns, rows, title=title, closing=closing, continued=nl("sheet.continued", title=title))
    flow.space(2.0)
    question(flow, "2.5.1", nl("sheet.q2_5_1"), 20.0, bold=True)
    outcome = data.differences
    checkbox(flow, nl("sheet.protocol_agrees"), outcome is None)
    checkbox(flow, nl("sheet.protocol_differs"), outcome is not None)
    if outcome is None:
        write_lines(flow, OUTCOME_LINES)
        return
    for difference in outcome.lists:  # prominently: the lists, both totals and why
        note(
            flow,
            nl(
                "sheet.difference_explained",
                list=difference.list_number,
                name=names[difference.list_number],
                hand=count(difference.hand),
                machine=count(difference.machine),
                explanation=difference.explanation,
            ),
            bold=True,
        )
    note(flow, nl("sheet.difference_by", recorded=outcome.recorded_by, confirmed=outcome.confirmed_by), after=3.0)


def _agreement(difference: int) -> str:
    return nl("sheet.agrees") if difference == 0 else nl("sheet.differs", difference=signed(difference))


def _candidates(flow: Flow, data: SheetData) -> None:
    section_heading(flow, "2.6", nl("sheet.s2_6"), TABLE_START)
    candidate_tables(flow, data.election, data.totals)


def candidate_tables(flow: Flow, election, totals: Totals) -> None:
    """Per list, every candidate's votes and the list total (the sheet's 2.6, the partial sheet)."""
    counts = totals.as_dict()  # Totals[code] is a linear search
    columns = (
        Col(nl("sheet.col.position"), 14.0, "R"),
        Col(nl("sheet.col.candidate"), WIDTH - 14.0 - NUMBER_W),
        Col(nl("sheet.col.votes"), NUMBER_W, "R"),
    )
    for party in election.lists:
        rows = [
            Row((str(c.position), c.display_name, count(counts[candidate_code(party.number, c.position)])))
            for c in party.candidates
        ]
        closing = [
            Row(
                ("", nl("sheet.list_total", number=party.number), count(counts[list_total_code(party.number)])),
                strong=True,
            )
        ]
        title = nl("sheet.list_title", number=party.number, name=party.name)
        table(flow, columns, rows, title=title, continued=nl("sheet.continued", title=title), closing=closing)
        flow.space(4.0)
