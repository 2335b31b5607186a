"""Bijlage 1 of the sheet: the results of every counted station, one block each.

A block holds the station's counts (A B [C] D, E.n, E F G H, I J, the D/H comparison and
whether a difference is explained) and the answers of the paper entered for it: for
central counting the Bijlage's B1-1/B1-2 questions, for decentral counting part 1 of the
station's N 10-1 and how many members signed. A station whose PV reports objections is
marked. The votes per candidate per station are in the EML 510b, not here.
"""

from __future__ import annotations

from kiosk.domain.fields import list_votes_code, signature_codes
from kiosk.domain.form_model import REPORT_TOPICS
from kiosk.domain.results import Results
from kiosk.reports.sheet_blocks import part_heading
from kiosk.reports.sheet_data import SheetData
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_model import Model, has_objections
from kiosk.reports.sheet_table import HEAD_GREY
from kiosk.reports.sheet_text import count, nl

CELLS = 8  # count cells per grid row
CELL_W = WIDTH / CELLS
GRID_H = 6.0
TITLE_H = 7.0
ANSWER_SIZE = 8.0

#: N 10-1 part 1: topic -> the question's number on the station's PV (models.md §2).
TOPIC_NUMBERS = {
    "obj_vote": "1.2.1",
    "events": "1.2.2",
    "notes_vote": "1.2.3",
    "obj_count": "1.3.2",
    "notes_count": "1.3.3",
}


def annex1(flow: Flow, data: SheetData, model: Model) -> None:
    part_heading(flow, nl("sheet.annex1"))
    flow.mark("annex1")
    if not data.station_results:
        flow.paragraph(nl("sheet.annex_in_eml"), after=3.0)
        return
    flow.paragraph(nl("sheet.annex_intro_cso" if model.central else "sheet.annex_intro"), after=3.0)
    names = {s.number: s for s in data.election.stations}
    for number in data.totals.stations:
        _station(flow, data, model, number, names[number].name, names[number].postcode)


def _answer(results: Results, question: str) -> str:
    yes, no = results.get(f"{question}.yes") is True, results.get(f"{question}.no") is True
    if yes and no:
        return nl("sheet.answer.both")
    return nl("sheet.yes") if yes else nl("sheet.no") if no else nl("sheet.answer.none")


def _answers(results: Results) -> list[str]:
    """The station's questions as printed lines (none for the kiosk's own counts-only form)."""
    if "B1.extra.yes" in results:
        return [
            nl("sheet.b1_1", extra=_answer(results, "B1.extra"), recount=_answer(results, "B1.recount")),
            nl(
                "sheet.b1_2",
                explained=_answer(results, "B1.sb_explained"),
                differ=_answer(results, "B1.lists_differ"),
            ),
        ]
    if "R.obj_vote.yes" in results:
        parts = [
            nl(f"sheet.topic.{topic}", number=TOPIC_NUMBERS[topic], answer=_answer(results, f"R.{topic}"))
            for topic in REPORT_TOPICS
        ]
        signed = sum(1 for code in signature_codes(results.shape) if results.signed(code))
        first = nl("sheet.station_pv", answers=" · ".join(parts[:3]))
        return [first, " · ".join(parts[3:] + [nl("sheet.signed_by", count=signed)])]
    return []


def _investigated(data: SheetData, number: int) -> list[str]:
    """The committee's investigations of the station, and what a correction changed (old → new)."""
    lines = [
        nl(
            "sheet.investigated",
            reason=nl(f"investigation.reason.{i.reason.value}"),
            recounted=nl("sheet.yes" if i.recounted else "sheet.no"),
            corrected=nl("sheet.yes" if i.corrected else "sheet.no"),
        )
        for i in data.investigations
        if i.station == number and not i.is_open
    ]
    changes = data.corrections.get(number, ())
    if changes:
        shown = " · ".join(f"{code} {_value(before)} → {_value(after)}" for code, before, after in changes)
        lines.append(nl("sheet.corrected_fields", changes=shown))
    return lines


def _value(value: object) -> str:
    if isinstance(value, bool):
        return nl("sheet.yes" if value else "sheet.no")
    return count(value) if isinstance(value, int) else "—"


def _comparison(results: Results) -> str:
    ticks = [nl(f"sheet.compare.{code}") for code in ("K.eq", "K.gt", "K.lt") if results.get(code) is True]
    compared = " / ".join(ticks) if ticks else nl("sheet.answer.none")
    unanswered = results.get("K.yes") is not True and results.get("K.no") is not True
    explained = nl("sheet.answer.not_applicable") if unanswered and results.get("D") == results.get("H") else None
    return nl("sheet.compare", ticks=compared, explained=explained or _answer(results, "K"))


def _station(flow: Flow, data: SheetData, model: Model, number: int, name: str, postcode: str) -> None:
    results = data.station_results[number]
    cards = data.election.has_voter_cards
    counts = [code for code in ("A", "B", "C", "D") if cards or code != "C"] + ["E", "F", "G", "H"]
    lists = [list_votes_code(party.number) for party in data.election.lists]
    grid = [counts[i : i + CELLS] for i in range(0, len(counts), CELLS)]
    grid += [lists[i : i + CELLS] for i in range(0, len(lists), CELLS)]
    answers = _answers(results) + _investigated(data, number)
    marked = has_objections(results)
    lh = line_height(ANSWER_SIZE)
    height = TITLE_H + len(answers) * lh + (len(grid) + 1) * GRID_H + 5.0
    flow.need(height)
    title = nl("sheet.annex_station", number=number, name=name)
    if postcode:
        title += f" ({postcode})"

    def draw(c: Canvas, y: float) -> None:
        c.fill(LEFT, y, WIDTH, TITLE_H - 1.0, 232)
        mark = nl("sheet.annex_objections") if marked else ""
        mark_w = c.width(mark, BODY_SIZE, True) + 3.0 if mark else 0.0
        c.text(LEFT + 1.5, y + 4.4, title, bold=True, width=WIDTH - 3.0 - mark_w)
        if mark:
            c.text(RIGHT - mark_w, y + 4.4, mark, bold=True, width=mark_w - 1.5)
        y += TITLE_H
        for line in answers:
            c.text(LEFT + 1.5, y + lh * 0.75, line, size=ANSWER_SIZE, width=WIDTH - 3.0)
            y += lh
        y += 0.8
        for row in grid:
            for k, code in enumerate(row):
                _cell(c, LEFT + k * CELL_W, y, code, results.get(code))
            y += GRID_H
        for k, code in enumerate(("I", "J")):
            _cell(c, LEFT + k * CELL_W, y, code, results.get(code))
        c.text(LEFT + 2 * CELL_W + 2.0, y + 4.2, _comparison(results), size=ANSWER_SIZE, width=WIDTH - 2 * CELL_W - 3.0)

    flow.place(height, draw)


def _cell(c: Canvas, x: float, y: float, code: str, value: object) -> None:
    c.fill(x, y, 11.0, GRID_H, HEAD_GREY)
    c.box(x, y, CELL_W, GRID_H, 0.2)
    c.text(x + 0.8, y + 4.2, code, size=SMALL_SIZE, bold=True, width=9.4, align="C")
    text = count(value) if isinstance(value, int) and not isinstance(value, bool) else "—"
    c.text(x + 11.5, y + 4.2, text, width=CELL_W - 13.0, align="R")
