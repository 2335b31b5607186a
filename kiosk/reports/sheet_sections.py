"""The parts of the totals sheet, in order, laid out on a ``Flow``.

1 front-page totals, 2 I/J per station, 3 hand-count check, 4 candidates per
list, 5 stations counted, 6 signatures. The title block opens page 1; the
running header and the footer (page x of y, EML hash, audit head) are on
every page and are drawn by ``draw_page_frame``.
"""

from __future__ import annotations

from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.reports.sheet_data import SheetData, Signatory
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_table import ROW_H, TITLE_H, Col, Row, table
from kiosk.reports.sheet_text import clock, count, day, dutch_time, grouped, nl, signed, utc_offset

NUMBER_W = 30.0  # a count column
TABLE_START = TITLE_H + 6.0 + 3 * ROW_H  # what a heading keeps with it


def lay_out(canvas: Canvas, data: SheetData) -> Flow:
    flow = Flow(canvas)
    for section in (_title_block, _front_page, _differences, _hand_count, _candidates, _stations, _signatures):
        section(flow, data)
    return flow


def _title_block(flow: Flow, data: SheetData) -> None:
    election = data.election
    local = dutch_time(data.produced_at)
    flow.paragraph(nl("sheet.municipality", name=data.municipality), size=17.0, bold=True, after=0.5)
    flow.paragraph(
        nl("sheet.election_line", name=election.name, date=day(election.election_date)), size=12.0, after=0.5
    )
    flow.paragraph(nl("sheet.title"), size=12.0, bold=True, after=1.5)
    facts = [
        nl("sheet.produced", date=day(local), time=clock(local), offset=utc_offset(local)),
        nl("sheet.election_id", id=election.id),
    ]
    if data.kiosk_id:
        facts.append(nl("sheet.kiosk", kiosk=data.kiosk_id))
    if data.audit_seq:
        facts.append(nl("sheet.version", version=data.version))
    flow.paragraph("   ·   ".join(facts), after=0.5)
    if data.previous is not None:
        version, seq, digest = data.previous
        flow.paragraph(nl("sheet.replaces", version=version, seq=seq, hash=grouped(digest)), bold=True, after=0.5)
    counted, total = len(data.totals.stations), len(election.stations)
    stations = (
        nl("sheet.stations_all", count=counted)
        if counted == total
        else nl("sheet.stations_part", count=counted, total=total)
    )
    flow.paragraph(stations, bold=counted != total, after=0.5)
    if data.note:
        flow.paragraph(nl("sheet.note", note=data.note), after=0.5)
    flow.paragraph(nl("sheet.numbers_note"), size=SMALL_SIZE, after=3.0)


def _front_page(flow: Flow, data: SheetData) -> None:
    totals, election = data.totals.as_dict(), data.election
    columns = (
        Col(nl("sheet.col.code"), 16.0),
        Col(nl("sheet.col.label"), WIDTH - 16.0 - NUMBER_W),
        Col(nl("sheet.col.count"), NUMBER_W, "R"),
    )

    def row(code: str, strong: bool = False) -> Row:
        return Row((code, nl(f"sheet.label.{code}"), count(totals[code])), strong)

    rows = [row("A"), row("B")]
    if election.has_voter_cards:
        rows.append(row("C"))
    rows.append(row("D", strong=True))
    for party in election.lists:
        rows.append(
            Row(
                (
                    f"E.{party.number}",
                    nl("sheet.label.E_list", number=party.number, name=party.name),
                    count(totals[list_votes_code(party.number)]),
                )
            )
        )
    rows += [row("E", strong=True), row("F"), row("G"), row("H", strong=True), row("I"), row("J")]
    title = nl("sheet.section.counts")
    flow.heading(title, TABLE_START)
    table(flow, columns, rows, continued=nl("sheet.continued", title=title))
    flow.space(4.0)


def _differences(flow: Flow, data: SheetData) -> None:
    totals, names = data.totals.as_dict(), {s.number: s.name for s in data.election.stations}
    flow.heading(nl("sheet.section.differences"), 3 * line_height(BODY_SIZE))
    flow.paragraph(
        nl(
            "sheet.diff_check", h_minus_d=signed(totals["H"] - totals["D"]), i_minus_j=signed(totals["I"] - totals["J"])
        ),
        after=2.0,
    )
    columns = (
        Col(nl("sheet.col.number"), 14.0, "R"),
        Col(nl("sheet.col.station_name"), WIDTH / 2 - 14.0 - 20.0),
        Col(nl("sheet.col.count"), 20.0, "R"),
    )
    for code in ("I", "J"):
        found = data.totals.contributing(code)
        label = nl(f"sheet.label.{code}")
        if not found:
            flow.paragraph(nl("sheet.diff_none", code=code, label=label), bold=True, after=2.0)
            continue
        rows = [Row((str(n), names.get(n, ""), count(v))) for n, v in found]
        title = nl("sheet.diff_title", code=code, label=label, total=count(totals[code]), count=len(found))
        table(flow, columns, rows, title=title, continued=nl("sheet.continued", title=title), two_up=True)
        flow.space(3.0)
    flow.space(2.0)


def _hand_count(flow: Flow, data: SheetData) -> None:
    names = {party.number: party.name for party in data.election.lists}
    columns = (
        Col(nl("sheet.col.list"), 14.0, "R"),
        Col(nl("sheet.col.list_name"), WIDTH - 14.0 - 3 * NUMBER_W - 6),
        Col(nl("sheet.col.machine"), NUMBER_W, "R"),
        Col(nl("sheet.col.hand"), NUMBER_W, "R"),
        Col(nl("sheet.col.agrees"), NUMBER_W + 6, "R"),
    )
    agrees = nl("sheet.agrees")
    checks = [(c.list_number, c.machine, c.hand) for c in data.hand_check.lists]
    assert all(hand is not None for _, _, hand in checks)  # SheetData refused anything else
    rows = [Row((str(number), names[number], count(machine), count(hand), agrees)) for number, machine, hand in checks]
    machine = sum(m for _, m, _ in checks)
    hand = sum(h for _, _, h in checks)
    closing = [Row(("", nl("sheet.total_e"), count(machine), count(hand), agrees), strong=True)]
    flow.heading(nl("sheet.section.hand"), 2 * line_height(BODY_SIZE) + TABLE_START)
    flow.paragraph(nl("sheet.hand_intro"), after=2.0)
    table(flow, columns, rows, closing=closing, continued=nl("sheet.continued", title=nl("sheet.section.hand")))
    flow.space(4.0)


def _candidates(flow: Flow, data: SheetData) -> None:
    totals = data.totals.as_dict()  # Totals[code] is a linear search
    columns = (
        Col(nl("sheet.col.position"), 14.0, "R"),
        Col(nl("sheet.col.candidate"), WIDTH - 14.0 - NUMBER_W),
        Col(nl("sheet.col.votes"), NUMBER_W, "R"),
    )
    flow.heading(nl("sheet.section.candidates"), TABLE_START)
    for party in data.election.lists:
        rows = [
            Row((str(c.position), c.display_name, count(totals[candidate_code(party.number, c.position)])))
            for c in party.candidates
        ]
        closing = [
            Row(
                ("", nl("sheet.list_total", number=party.number), count(totals[list_total_code(party.number)])),
                strong=True,
            )
        ]
        title = nl("sheet.list_title", number=party.number, name=party.name)
        table(flow, columns, rows, title=title, continued=nl("sheet.continued", title=title), closing=closing)
        flow.space(4.0)


def _stations(flow: Flow, data: SheetData) -> None:
    names = {s.number: s.name for s in data.election.stations}
    columns = (Col(nl("sheet.col.number"), 14.0, "R"), Col(nl("sheet.col.station_name"), WIDTH / 2 - 14.0))
    rows = [Row((str(n), names[n])) for n in data.totals.stations]
    title = nl("sheet.section.stations", count=len(rows))
    flow.heading(title, TABLE_START)
    table(flow, columns, rows, continued=nl("sheet.continued", title=title), two_up=True)
    flow.space(4.0)


SIGN_ROW_H = 13.0


def _signatures(flow: Flow, data: SheetData) -> None:
    signatories = data.signatories or (
        (Signatory(nl("sheet.role.chair")),) + tuple(Signatory(nl("sheet.role.member")) for _ in range(4))
    )
    lh = line_height(BODY_SIZE)
    statement_h = len(flow.canvas.wrap(nl("sheet.sign_statement", pages=999), WIDTH)) * lh + 4.0
    head_h = statement_h + 12.0 + SIGN_HEAD_H
    # The statement, the place/date/time lines and (most often all) signature lines on one page.
    flow.heading(nl("sheet.section.signatures"), head_h + SIGN_ROW_H * min(len(signatories), 6))

    def draw_head(c: Canvas, y: float) -> None:
        for line in c.wrap(nl("sheet.sign_statement", pages=c.pages), WIDTH):  # the real page count
            c.text(LEFT, y + lh * 0.75, line)
            y += lh
        y += 4.0
        x = LEFT  # place, date, time: lines to write on
        for key, w in (("sheet.sign_place", 80.0), ("sheet.sign_date", 55.0), ("sheet.sign_time", 45.0)):
            c.text(x, y + 7.0, nl(key), bold=True)
            c.rule(x + c.width(nl(key), BODY_SIZE, True) + 2.0, y + 8.0, x + w - 5.0, 0.2)
            x += w
        _signature_head(c, y + 12.0)

    flow.place(head_h, draw_head)
    for signatory in signatories:
        if flow.remaining < SIGN_ROW_H:
            flow.new_page()
            flow.place(SIGN_HEAD_H, _signature_head)
        flow.place(SIGN_ROW_H, lambda c, y, signatory=signatory: _signature_row(c, y, signatory))


SIGN_HEAD_H = 6.0
SIGN_WIDTHS = (40.0, 70.0, WIDTH - 110.0)  # role, name, signature


def _signature_head(c: Canvas, y: float) -> None:
    c.fill(LEFT, y, WIDTH, SIGN_HEAD_H, 215)
    x = LEFT
    for key, w in zip(("sheet.col.role", "sheet.col.name", "sheet.col.signature"), SIGN_WIDTHS):
        c.text(x + 1.6, y + 4.2, nl(key), size=SMALL_SIZE, bold=True)
        x += w


def _signature_row(c: Canvas, y: float, signatory: Signatory) -> None:
    role_w, name_w, _ = SIGN_WIDTHS
    c.box(LEFT, y, WIDTH, SIGN_ROW_H, 0.3)
    c.vline(LEFT + role_w, y, y + SIGN_ROW_H)
    c.vline(LEFT + role_w + name_w, y, y + SIGN_ROW_H)
    c.text(LEFT + 1.6, y + 8.0, signatory.role, width=role_w - 3.2)
    c.text(LEFT + role_w + 1.6, y + 8.0, signatory.name, width=name_w - 3.2)


def draw_page_frame(canvas: Canvas, data: SheetData, page: int) -> None:
    """Running header and footer: who/what/when at the top; page x of y and both hashes at the bottom."""
    local = dutch_time(data.produced_at)
    header = nl(
        "sheet.header", municipality=data.municipality, election=data.election.name, date=day(local), time=clock(local)
    )
    right = nl("sheet.header_right")
    right_w = canvas.width(right, SMALL_SIZE)
    canvas.text(LEFT, 11.0, header, size=SMALL_SIZE, width=WIDTH - right_w - 6.0, grey=70)
    canvas.text(RIGHT - right_w, 11.0, right, size=SMALL_SIZE, grey=70)
    canvas.rule(LEFT, 13.0, RIGHT, 0.2)

    canvas.rule(LEFT, 273.0, RIGHT, 0.4)
    canvas.text(LEFT, 278.0, nl("sheet.page", page=page, pages=canvas.pages), size=10.0, bold=True)
    # Each group of 4 at a fixed place, so that the groups of both hashes
    # stand in columns, on every page in the same place: easy to compare
    # group by group with the screen or another page.
    label_w, step = 40.0, (WIDTH - 40.0) / 16
    audit_label = nl("sheet.footer_seal", seq=data.audit_seq) if data.audit_seq else nl("sheet.footer_audit")
    for baseline, label, digest in (
        (283.0, nl("sheet.footer_eml"), data.eml_sha256),
        (287.5, audit_label, data.audit_head),
    ):
        canvas.text(LEFT, baseline, label, size=7.5, width=label_w - 1.0)
        for k, group in enumerate(grouped(digest).split()):
            canvas.text(LEFT + label_w + k * step, baseline, group, size=8.0, width=step)
