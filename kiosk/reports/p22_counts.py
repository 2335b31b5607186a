"""Deel 2 of the P 22-2, its counts: Z (2.1), A B [C] D (2.2), the votes per list with blank,
invalid and the total cast (2.3), the differences between voters and votes (2.4), and the
controleprotocol (2.11) with where the GSB's totals came from.

The controleprotocol's boxes are ticked by hand: the kiosk cannot know the committee's check.
Under its question about how the results were entered, the kiosk prints what it recorded: each
GSB's totals sheet, the numbers digest that sheet printed, and whether the totals were entered
once and proven by that digest or entered twice by two people.
"""

from __future__ import annotations

from kiosk.domain.fields import list_votes_code
from kiosk.reports.p22_blocks import NR_W, NUMBER_W, emphasis
from kiosk.reports.p22_view import P22View
from kiosk.reports.sheet_blocks import Letter, checkbox, letterboxes, note, question, section_heading, write_lines
from kiosk.reports.sheet_layout import WIDTH, Flow
from kiosk.reports.sheet_table import TITLE_H, Col, Row, table
from kiosk.reports.sheet_text import count, grouped, nl

OUTCOME_LINES = 5
GSB_LINES = 6


def counts(flow: Flow, view: P22View) -> None:
    data = view.data
    totals, election = data.totals.as_dict(), data.election
    voters = election.number_of_voters
    section_heading(flow, "2.1", nl("p22.s2_1"), 12.0)
    letterboxes(flow, [Letter("Z", nl("p22.box.Z"), None if voters is None else count(voters))])
    if voters is None:
        note(flow, nl("p22.z_unknown"))

    cards = election.has_voter_cards
    section_heading(flow, "2.2", nl("p22.s2_2"), 40.0)
    note(flow, nl("p22.count_admitted_c" if cards else "p22.count_admitted"))
    admitted = [
        Letter("A", nl("p22.box.A"), count(totals["A"])),
        Letter("B", nl("p22.box.B_c" if cards else "p22.box.B"), count(totals["B"])),
    ]
    if cards:
        admitted.append(Letter("C", nl("p22.box.C"), count(totals["C"])))
    admitted.append(Letter("D", nl("p22.box.D_c" if cards else "p22.box.D"), count(totals["D"]), True))
    letterboxes(flow, admitted)

    section_heading(flow, "2.3", nl("p22.s2_3"), TITLE_H + 30.0)
    columns = (
        Col(nl("p22.col.number"), NR_W, "R"),
        Col(nl("p22.col.list"), WIDTH - NR_W - NUMBER_W - 10.0),
        Col(nl("p22.col.votes"), NUMBER_W + 10.0, "R"),
    )
    rows = [Row((str(p.number), p.name, count(totals[list_votes_code(p.number)]))) for p in election.lists]
    closing = [
        Row(("", nl("p22.votes_candidates"), count(totals["E"])), strong=True),
        Row(("", nl("p22.votes_blank"), count(totals["F"]))),
        Row(("", nl("p22.votes_invalid"), count(totals["G"]))),
        Row(("", nl("p22.votes_cast"), count(totals["H"])), strong=True),
    ]
    title = nl("p22.s2_3_table")
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title), closing=closing)
    flow.space(2.0)


def differences(flow: Flow, view: P22View) -> None:
    totals = view.data.totals.as_dict()
    section_heading(flow, "2.4", nl("p22.s2_4"), 30.0)
    question(flow, "2.4.1", nl("p22.q2_4_1"), 12.0, bold=True)
    equal = totals["I"] == 0 and totals["J"] == 0
    checkbox(flow, nl("p22.yes"), equal)
    checkbox(flow, nl("p22.q2_4_1_no"), not equal)
    question(flow, "2.4.2", nl("p22.q2_4_2"), 10.0, bold=True)
    letterboxes(flow, [Letter("I", nl("p22.box.I"), count(totals["I"]))])
    question(flow, "2.4.3", nl("p22.q2_4_3"), 10.0, bold=True)
    letterboxes(flow, [Letter("J", nl("p22.box.J"), count(totals["J"]))])


def control_protocol(flow: Flow, view: P22View) -> None:
    section_heading(flow, "2.11", nl("p22.s2_11"), 40.0)
    question(flow, "2.11.1", nl("p22.q2_11_1"), 12.0, bold=True)
    checkbox(flow, nl("p22.protocol_none"), False)
    checkbox(flow, nl("p22.protocol_found"), False)
    write_lines(flow, OUTCOME_LINES)
    question(flow, "2.11.2", nl("p22.q2_11_2"), 12.0, bold=True)
    checkbox(flow, nl("p22.yes"), False)
    checkbox(flow, nl("p22.q2_11_2_no"), False)
    _provenance(flow, view)
    question(flow, "2.11.3", nl("p22.q2_11_3"), 12.0, bold=True)
    checkbox(flow, nl("p22.no"), False)
    checkbox(flow, nl("p22.q2_11_3_yes"), False)
    write_lines(flow, GSB_LINES)


def _provenance(flow: Flow, view: P22View) -> None:
    """Each GSB's totals as the kiosk entered them: its sheet's numbers digest and how proven."""
    emphasis(flow, nl("p22.provenance"), TITLE_H + 20.0)
    note(flow, nl("p22.provenance_intro"), after=1.5)
    columns = (
        Col(nl("p22.col.municipality"), 48.0),
        Col(nl("p22.col.numbers_digest"), 82.0),
        Col(nl("p22.col.entered"), WIDTH - 130.0),
    )
    rows = [
        Row(
            (
                f"{sheet.authority_id} {sheet.authority_name}".strip(),
                grouped(sheet.numbers_sha256),
                nl("p22.entered_digest" if sheet.by_digest else "p22.entered_twice"),
            )
        )
        for sheet in view.data.gsb_sheets
    ]
    if not rows:
        note(flow, nl("p22.provenance_none"), bold=True)
        return
    title = nl("p22.provenance_table")
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title))
    flow.space(2.0)
