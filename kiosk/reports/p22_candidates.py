"""The candidates in the P 22-2: who takes each list's seats (2.9), the elected in alphabetical
order (2.10), and Bijlage 1, the votes per list and per candidate.

2.9 follows the model per list with seats: the candidates elected on preference votes (more votes
than the preference threshold: 50 % of the quota below 19 seats, 25 % from 19), those elected by
their position on the list, and the ranking for succession. A deceased candidate (P 19a) is not
elected and not ranked; the model only leaves them out, the kiosk also names them, in 2.9 and in
Bijlage 1, so nobody wonders where they went. A lot that chose between candidates is told where
it happened.
"""

from __future__ import annotations

import unicodedata

from kiosk.reports.p22_blocks import NR_W, NUMBER_W, candidate_name, emphasis, list_label, list_title
from kiosk.reports.p22_view import ListResult, P22View, mixed
from kiosk.reports.sheet_blocks import note, part_heading, section_heading
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, RIGHT, WIDTH, Canvas, Flow
from kiosk.reports.sheet_table import TITLE_H, Col, Row, table
from kiosk.reports.sheet_text import count, nl

LIST_HEAD_SIZE = 12.0
LOCALITY_W = 48.0
TOTAL_H = 7.0
ANNEX_NAME_W = WIDTH / 2 - 10.0 - 22.0


def candidates(flow: Flow, view: P22View) -> None:
    section_heading(flow, "2.9", nl("p22.s2_9"), 30.0)
    share = "25%" if view.large else "50%"
    threshold = mixed(view.contest.total_votes, view.seats * (4 if view.large else 2))
    note(flow, nl("p22.threshold", share=share, threshold=threshold), after=2.0)
    for item in view.lists:
        if item.standing.total:
            _list(flow, view, item, share)
    without = [str(item.number) for item in view.lists if not item.standing.total]
    if without:
        flow.space(2.0)
        note(flow, nl("p22.lists_without_seats", lists=", ".join(without)), after=3.0)
    for item in view.lists:
        if not item.standing.total and item.deceased:
            _deceased(flow, item)


def _list(flow: Flow, view: P22View, item: ListResult, share: str) -> None:
    flow.space(4.0)
    text = list_title(item.party)
    lines = flow.canvas.wrap(text, WIDTH, LIST_HEAD_SIZE, True)
    lh = LIST_HEAD_SIZE * 0.5
    flow.need(len(lines) * lh + 40.0)
    for line in lines:
        flow.place(lh, lambda c, y, line=line: c.text(LEFT, y + lh * 0.8, line, size=LIST_HEAD_SIZE, bold=True))
    flow.space(1.5)
    flow.paragraph(nl("p22.list_seats", seats=item.standing.total), after=0.5)

    emphasis(flow, nl("p22.by_preference"))
    if item.by_preference:
        note(flow, nl("p22.by_preference_intro"), after=1.0)
        note(flow, nl("p22.by_preference_share", share=share), after=1.5)
        rows = [
            Row(
                (
                    str(seat),
                    candidate_name(item.candidate(c)),
                    item.candidate(c).locality,
                    count(item.candidate_votes[c - 1]),
                )
            )
            for seat, c in enumerate(item.by_preference, start=1)
        ]
        _candidate_table(flow, nl("p22.col.seat"), nl("p22.col.votes_count"), rows)
    else:
        note(flow, nl("p22.by_preference_none"))

    emphasis(flow, nl("p22.by_list_order"))
    if item.by_list_order:
        note(flow, nl("p22.by_list_order_intro"), after=1.5)
        first = len(item.by_preference) + 1
        rows = [
            Row(
                (
                    str(seat),
                    candidate_name(item.candidate(c)),
                    item.candidate(c).locality,
                    str(item.candidate(c).position),
                )
            )
            for seat, c in enumerate(item.by_list_order, start=first)
        ]
        _candidate_table(flow, nl("p22.col.seat"), nl("p22.col.position"), rows)
    else:
        note(flow, nl("p22.by_list_order_none"))

    emphasis(flow, nl("p22.succession"))
    if item.succession:
        note(flow, nl("p22.succession_intro"), after=1.5)
        rows = [
            Row(
                (
                    str(rank),
                    candidate_name(item.candidate(c)),
                    item.candidate(c).locality,
                    str(item.candidate(c).position),
                )
            )
            for rank, c in enumerate(item.succession, start=1)
        ]
        _candidate_table(flow, nl("p22.col.rank"), nl("p22.col.position"), rows)
    else:
        note(flow, nl("p22.succession_none"))
    _deceased(flow, item)
    for lot in item.lots:
        request = lot.request
        assert request is not None
        names = [candidate_name(item.candidate(c)) for c in request.options]
        text = nl(
            "p22.candidate_lot",
            number=lot.number,
            names=nl("p22.and", first=", ".join(names[:-1]), last=names[-1]),
            votes=count(request.votes),
            seat=request.seat,
            drawn=candidate_name(item.candidate(lot.drawn)),
        )
        note(flow, text, bold=True, after=1.5)


def _deceased(flow: Flow, item: ListResult) -> None:
    if not item.deceased:
        return
    names = "; ".join(
        nl("p22.deceased_one", name=item.candidate(c).display_name, position=item.candidate(c).position)
        for c in item.deceased
    )
    note(flow, nl("p22.deceased", list=item.number, names=names), bold=True, after=2.0)


def _candidate_table(flow: Flow, first: str, last: str, rows: list[Row]) -> None:
    columns = (
        Col(first, NR_W, "R"),
        Col(nl("p22.col.name"), WIDTH - NR_W - LOCALITY_W - NUMBER_W),
        Col(nl("p22.col.locality"), LOCALITY_W),
        Col(last, NUMBER_W, "R"),
    )
    table(flow, columns, rows, continued=nl("p22.continued_table"))
    flow.space(1.5)


def _sort_key(text: str) -> str:
    """Alphabetical as a Dutch reader expects: accents and case do not change the order."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def elected_alphabetically(flow: Flow, view: P22View) -> None:
    section_heading(flow, "2.10", nl("p22.s2_10"), TITLE_H + 30.0)
    elected = [(item, item.candidate(c)) for item in view.lists for c in item.by_preference + item.by_list_order]
    elected.sort(
        key=lambda pair: (
            _sort_key(pair[1].last_name),
            _sort_key(pair[1].initials),
            _sort_key(pair[1].prefix),
            pair[0].number,
            pair[1].position,
        )
    )
    columns = (
        Col(nl("p22.col.name"), 86.0),
        Col(nl("p22.col.locality"), LOCALITY_W),
        Col(nl("p22.col.list"), WIDTH - 86.0 - LOCALITY_W),
    )
    rows = [Row((candidate.display_name, candidate.locality, list_label(item.party))) for item, candidate in elected]
    title = nl("p22.s2_10_table", count=len(rows))
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title))
    flow.space(2.0)


def annex1(flow: Flow, view: P22View) -> None:
    part_heading(flow, nl("p22.annex1"))
    flow.mark("annex1")
    flow.paragraph(nl("p22.annex1_intro"), after=3.0)
    columns = (
        Col(nl("p22.col.number"), 10.0, "R"),
        Col(nl("p22.col.candidate"), ANNEX_NAME_W),
        Col(nl("p22.col.votes"), 22.0, "R"),
    )
    for item in view.lists:
        deceased = set(item.deceased)
        rows = [
            Row(
                (
                    str(candidate.position),
                    candidate_name(candidate, k in deceased),
                    count(item.candidate_votes[k - 1]),
                )
            )
            for k, candidate in enumerate(item.party.candidates, start=1)
        ]
        title = list_title(item.party)
        table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title), two_up=True)
        total = nl("p22.list_total", number=item.number)
        flow.need(TOTAL_H)
        flow.place(TOTAL_H, lambda c, y, total=total, votes=item.votes: _total_line(c, y, total, votes))
        flow.space(5.0)


def _total_line(c: Canvas, y: float, label: str, votes: int) -> None:
    c.fill(RIGHT - 80.0, y + 0.5, 80.0, TOTAL_H - 1.0, 215)
    c.text(RIGHT - 78.0, y + 4.8, label, bold=True, width=50.0)
    c.text(RIGHT - 30.0, y + 4.8, count(votes), size=BODY_SIZE, bold=True, width=28.0, align="R")
