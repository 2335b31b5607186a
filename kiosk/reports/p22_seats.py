"""Deel 2 of the P 22-2, the seats: the quota (2.5), full seats (2.6), residual seats step by
step (2.7) and the seats per list (2.8).

2.7 prints what the committee checks by hand, in the model's order: how many residual seats
there are (2.7.1); below 19 seats the remainders of the lists that reach 75 % of the quota, and
the averages of each round by highest averages (from 19 seats, the averages only), one column per
residual seat with the winner ticked; then every step as it happened (method, value, list, ties),
including a seat moved for an absolute majority (P 9) and seats withdrawn from an exhausted list
(P 10); and the model's footnotes, numbered I, II, ...: a lot drawn (with the list it fell on),
the absolute-majority seat, an exhausted list.
"""

from __future__ import annotations

from kiosk.domain.seats.methods import (
    BY_REMAINDER,
    HIGHEST_AVERAGE,
    HIGHEST_AVERAGE_ONE_PER_LIST,
    LARGEST_REMAINDER,
)
from kiosk.domain.seats.steps import Assignment, ExhaustionRemoval, MajorityCorrection, Step
from kiosk.reports.p22_blocks import NR_W, NUMBER_W, list_title, roman
from kiosk.reports.p22_view import P22View, average_text, mixed, remainder_text, value_text
from kiosk.reports.sheet_blocks import note, question, section_heading
from kiosk.reports.sheet_layout import WIDTH, Flow
from kiosk.reports.sheet_table import TITLE_H, Col, Row, table
from kiosk.reports.sheet_text import count, nl

AVERAGE_COLUMNS = 6  # residual seats per averages table, as the model prints them
SEAT_W = 18.0
TICK = "✓ "
BULLET = "•  "


def quota(flow: Flow, view: P22View) -> None:
    data = view.data
    section_heading(flow, "2.5", nl("p22.s2_5"), TITLE_H + 20.0)
    note(flow, nl("p22.quota_intro"), after=2.0)
    columns = (
        Col(nl("p22.col.valid_votes"), 62.0, "R"),
        Col("", 12.0, "C"),
        Col(nl("p22.col.seats_count"), 30.0, "R"),
        Col("", 12.0, "C"),
        Col(nl("p22.col.quota"), WIDTH - 116.0, "R"),
    )
    votes = view.contest.total_votes
    row = Row((count(votes), "÷", str(view.seats), "=", mixed(votes, view.seats)), strong=True)
    table(flow, columns, [row])
    if votes != data.totals["E"]:  # cannot happen with entered totals (F.202), but never hide it
        note(flow, nl("p22.quota_e_differs", e=count(data.totals["E"]), votes=count(votes)), bold=True)
    flow.space(2.0)


def full_seats(flow: Flow, view: P22View) -> None:
    section_heading(flow, "2.6", nl("p22.s2_6"), TITLE_H + 30.0)
    note(flow, nl("p22.full_intro"), after=2.0)
    divide = nl("p22.divide_by", quota=mixed(view.contest.total_votes, view.seats))
    columns = (
        Col(nl("p22.col.number"), NR_W, "R"),
        Col(nl("p22.col.list"), WIDTH - NR_W - 2 * NUMBER_W - 44.0),
        Col(nl("p22.col.votes_count"), NUMBER_W, "R"),
        Col(nl("p22.col.divide"), 44.0, "R"),
        Col(nl("p22.col.full_seats"), NUMBER_W, "R"),
    )
    rows = [
        Row((str(item.number), item.party.name, count(item.votes), divide, str(item.initial_full)))
        for item in view.lists
    ]
    total_full = sum(item.initial_full for item in view.lists)
    closing = [Row(("", nl("p22.total"), count(view.contest.total_votes), "", str(total_full)), strong=True)]
    title = nl("p22.s2_6_table")
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title), closing=closing)
    flow.space(2.0)


def residual_seats(flow: Flow, view: P22View) -> None:
    section_heading(flow, "2.7", nl("p22.s2_7"), 40.0)
    question(flow, "2.7.1", nl("p22.s2_7_1"), 30.0, bold=True)
    note(flow, nl("p22.residual_intro"), after=1.5)
    columns = (Col(nl("p22.col.calculation"), WIDTH - 40.0), Col(nl("p22.col.seats_count"), 40.0, "R"))
    full = view.seats - view.initial_residual
    rows = [Row((nl("p22.seats_total"), str(view.seats))), Row((nl("p22.seats_full"), str(full)))]
    closing = [Row((nl("p22.seats_residual"), str(view.initial_residual)), strong=True)]
    table(flow, columns, rows, closing=closing)
    flow.space(2.0)
    question(flow, "2.7.2", nl("p22.s2_7_2"), 20.0, bold=True)
    steps = view.data.apportionment.steps
    if not steps:
        note(flow, nl("p22.no_residual"), bold=True)
        _unassigned(flow, view)
        return
    for text in nl("p22.bullets_large" if view.large else "p22.bullets_small").split("\n"):
        note(flow, BULLET + text, after=1.0)
    flow.space(1.5)
    if not view.large:
        _remainders(flow, view)
    rounds = _average_rounds(view)
    for method, run in rounds:
        if not view.large and method == HIGHEST_AVERAGE_ONE_PER_LIST:
            question(flow, "2.7.3", nl("p22.s2_7_2"), 20.0, bold=True)
            note(flow, nl("p22.one_per_list_intro"), after=2.0)
        elif not view.large:
            left = len(run)
            note(flow, nl("p22.remaining_one" if left == 1 else "p22.remaining_more", seats=left), after=2.0)
        _averages(flow, view, method, run)
    _step_table(flow, view)
    _footnotes(flow, view)
    _unassigned(flow, view)


def _unassigned(flow: Flow, view: P22View) -> None:
    left = view.data.apportionment.unassigned_seats
    if left:
        note(flow, nl("p22.unassigned", seats=left), bold=True)


def _remainders(flow: Flow, view: P22View) -> None:
    """Below 19 seats: the lists that reach 75 % of the quota, their remainders and seats won by them."""
    won = {item.number: 0 for item in view.lists}
    for step in view.data.apportionment.steps:
        if isinstance(step, Assignment) and step.method == LARGEST_REMAINDER:
            won[step.list] += 1
    columns = (
        Col(nl("p22.col.number"), NR_W, "R"),
        Col(nl("p22.col.list"), WIDTH - NR_W - 3 * NUMBER_W - 10.0),
        Col(nl("p22.col.full_seats"), NUMBER_W, "R"),
        Col(nl("p22.col.remainder"), NUMBER_W + 10.0, "R"),
        Col(nl("p22.col.residual_seats"), NUMBER_W, "R"),
    )
    rows = [
        Row(
            (
                str(item.number),
                item.party.name,
                str(item.initial_full),
                remainder_text(view.initial[item.number], view.seats),
                str(won[item.number]),
            )
        )
        for item in view.lists
        if item.votes and view.initial[item.number].meets_threshold
    ]
    title = nl("p22.remainders_title")
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title))
    flow.space(3.0)


def _average_rounds(view: P22View) -> list[tuple[str, list[tuple[Step, dict]]]]:
    """The residual seats given by highest averages, grouped in runs of one method."""
    rounds: list[tuple[str, list[tuple[Step, dict]]]] = []
    for step, before in view.replay:
        if isinstance(step, Assignment) and step.method in (HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST):
            if rounds and rounds[-1][0] == step.method:
                rounds[-1][1].append((step, before))
            else:
                rounds.append((step.method, [(step, before)]))
    return rounds


def _averages(flow: Flow, view: P22View, method: str, run: list[tuple[Step, dict]]) -> None:
    """The averages table: per list, its average for each residual seat of the run; the winner ticked."""
    title = nl("p22.averages_title_one" if method == HIGHEST_AVERAGE_ONE_PER_LIST else "p22.averages_title")
    for start in range(0, len(run), AVERAGE_COLUMNS):
        chunk = run[start : start + AVERAGE_COLUMNS]
        last = start + AVERAGE_COLUMNS >= len(run)
        name_w = WIDTH - NR_W - SEAT_W * (len(chunk) + 1)
        columns = [Col(nl("p22.col.number"), NR_W, "R"), Col(nl("p22.col.list"), name_w)]
        columns += [Col(nl("p22.col.seat_n", seat=step.seat), SEAT_W, "R") for step, _ in chunk]
        columns.append(Col(nl("p22.col.residual_seats_short"), SEAT_W, "R"))
        rows = []
        for item in view.lists:
            cells = [str(item.number), item.party.name]
            for step, before in chunk:
                standing = before[item.number]
                left_out = view.exhausted_before(step, before)
                held = method == HIGHEST_AVERAGE_ONE_PER_LIST and standing.held(method) > 0
                if not standing.votes or held or item.number in left_out:
                    cells.append("–")
                else:
                    text = average_text(standing.votes, standing.total + 1)
                    cells.append(TICK + text if step.list == item.number else text)
            won = sum(1 for step, _ in run if step.list == item.number)
            cells.append(str(won) if last else "")
            rows.append(Row(tuple(cells)))
        table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title))
        flow.space(2.0)
    note(flow, nl("p22.averages_note"), after=3.0)


def _footnote_numbers(view: P22View) -> dict[int, str]:
    """Step index -> the footnote (I, II, ...) that explains it."""
    marks: dict[int, str] = {}
    exhausted: set[int] = set()
    for index, (step, _) in enumerate(view.replay):
        explained = (isinstance(step, (Assignment, MajorityCorrection)) and step.lot) or isinstance(
            step, MajorityCorrection
        )
        if isinstance(step, ExhaustionRemoval) and step.list not in exhausted:
            exhausted.add(step.list)
            explained = True
        if explained:
            marks[index] = roman(len(marks) + 1)
    return marks


def _step_table(flow: Flow, view: P22View) -> None:
    marks = _footnote_numbers(view)
    columns = (
        Col(nl("p22.col.seat"), 15.0, "R"),
        Col(nl("p22.col.method"), 70.0),
        Col(nl("p22.col.list"), 42.0),
        Col(nl("p22.col.value"), 28.0, "R"),
        Col(nl("p22.col.remark"), WIDTH - 155.0),
    )
    rows = []
    for index, (step, before) in enumerate(view.replay):
        mark = nl("p22.footnote_ref", number=marks[index]) if index in marks else ""
        if isinstance(step, Assignment):
            votes = before[step.list].votes
            others = [n for n in step.tied if n != step.list]
            remark = nl("p22.tied_with", lists=", ".join(str(n) for n in others)) if others and not step.lot else ""
            remark = " ".join(part for part in (remark, mark) if part)
            cells = (
                str(step.seat),
                nl(f"p22.method.{step.method}"),
                nl("p22.list_n", number=step.list),
                value_text(step, votes, view.seats),
                remark,
            )
        elif isinstance(step, MajorityCorrection):
            moved = nl("p22.moved", giver=step.from_list, to=step.to_list)
            cells = ("", nl("p22.method.absolute_majority"), moved, "", mark)
        else:
            which = nl("p22.withdrawn_full" if step.full_seat else "p22.withdrawn_residual", number=step.list)
            cells = ("", nl("p22.method.list_exhaustion"), which, "", mark)
        rows.append(Row(cells))
    title = nl("p22.steps_title")
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title))
    flow.space(1.5)
    note(flow, nl("p22.steps_note"), after=3.0)


def _footnotes(flow: Flow, view: P22View) -> None:
    marks = _footnote_numbers(view)
    if not marks:
        return
    lots = {id(lot.step): lot for lot in view.lots if lot.step is not None}
    names = {item.number: list_title(item.party) for item in view.lists}
    for index, (step, _) in enumerate(view.replay):
        if index not in marks:
            continue
        texts = []
        if isinstance(step, Assignment):
            kind = nl("p22.kind_remainders" if step.method in BY_REMAINDER else "p22.kind_averages")
            texts.append(nl("p22.fn_lot", lists=_and(names[n] for n in step.tied), kind=kind))
        elif isinstance(step, MajorityCorrection):
            texts.append(nl("p22.fn_majority", list=names[step.to_list]))
            if step.lot:
                texts.append(nl("p22.fn_majority_lot", lists=_and(names[n] for n in step.tied)))
            texts.append(nl("p22.fn_majority_from", giver=names[step.from_list]))
        else:
            kind = nl("p22.kind_averages" if view.large else "p22.kind_remainders_averages")
            texts.append(nl("p22.fn_exhausted", list=names[step.list], kind=kind))
        lot = lots.get(id(step))
        if lot is not None:
            texts.append(nl("p22.fn_drawn", number=lot.number, list=names[lot.drawn]))
        note(flow, f"{marks[index]}.  " + " ".join(texts), after=1.5)
    flow.space(2.0)


def _and(items) -> str:
    """ "Lijst 1 A, Lijst 2 B en Lijst 3 C"."""
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return nl("p22.and", first=", ".join(items[:-1]), last=items[-1])


def seats_per_list(flow: Flow, view: P22View) -> None:
    section_heading(flow, "2.8", nl("p22.s2_8"), TITLE_H + 30.0)
    note(flow, nl("p22.seats_intro"), after=2.0)
    columns = (
        Col(nl("p22.col.number"), NR_W, "R"),
        Col(nl("p22.col.list"), WIDTH - NR_W - 3 * NUMBER_W),
        Col(nl("p22.col.full_seats"), NUMBER_W, "R"),
        Col(nl("p22.col.residual_seats"), NUMBER_W, "R"),
        Col(nl("p22.col.assigned_seats"), NUMBER_W, "R"),
    )
    rows = [
        Row((str(item.number), item.party.name, str(s.full), str(s.residual), str(s.total)))
        for item in view.lists
        for s in (item.standing,)
    ]
    standings = [item.standing for item in view.lists]
    closing = [
        Row(
            (
                "",
                nl("p22.total"),
                str(sum(s.full for s in standings)),
                str(sum(s.residual for s in standings)),
                str(sum(s.total for s in standings)),
            ),
            strong=True,
        )
    ]
    title = nl("p22.s2_8_table")
    table(flow, columns, rows, title=title, continued=nl("p22.continued", title=title), closing=closing)
    flow.space(2.0)
