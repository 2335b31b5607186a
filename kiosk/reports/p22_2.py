"""The central committee's report: Model P 22-2 with its Bijlage 1, as a PDF (A4, Dutch).

    pdf_bytes = render_p22_2(data)   # data: kiosk.domain.csb_result.P22Data

In the model's order and numbering (models.md §5; the wording of the Kiesraad's model as Abacus
renders it): front matter (who, which election, made when, contents); Deel 1 "Verslag van de
zitting" (1.1 presentielijst, 1.2 controlewerkzaamheden, 1.3 bezwaren: filled in by hand); Deel 2
"Uitslag en zetelverdeling" (2.1 Z, 2.2 A B [C] D, 2.3 votes per list, 2.4 differences, 2.5
kiesdeler, 2.6 full seats, 2.7 residual seats step by step with footnotes, 2.8 seats per list,
2.9 the elected per list and the ranking for succession, 2.10 the elected in alphabetical order,
2.11 controleprotocol, with where the GSB's totals came from); Deel 3 "Ondertekening"; Bijlage 1,
the votes per list and per candidate. Every page has a running header and a footer with "pagina
x van y", the model, the SHA-256 of the EML 520 and the audit row that sealed the result, each
hash in 16 groups of 4.

Laid out first and drawn afterwards (``Flow``), so page numbers and the page count are known
while drawing. The same data gives the same bytes: the PDF's date is ``produced_at`` and the
fonts are the ones in ``fonts/``. Everything printed is recomputed from the data with the seat
rules and checked against the apportionment (``p22_view``); data that disagrees is refused.
"""

from __future__ import annotations

from datetime import date

from kiosk.domain.csb_result import P22Data
from kiosk.reports.p22_blocks import MODEL, emphasis, signature_box
from kiosk.reports.p22_candidates import annex1, candidates, elected_alphabetically
from kiosk.reports.p22_counts import control_protocol, counts, differences
from kiosk.reports.p22_seats import full_seats, quota, residual_seats, seats_per_list
from kiosk.reports.p22_view import P22View, build_view
from kiosk.reports.sheet_blocks import (
    WRITE_ROW_H,
    blank,
    checkbox,
    hash_rows,
    note,
    part_heading,
    section_heading,
    write_in_table,
)
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_table import Col
from kiosk.reports.sheet_text import clock, day, dutch_time, nl, public_body_wording, utc_offset

__all__ = ["render_p22_2"]

ATTENDANCE_ROWS = 24
OTHER_MEMBERS = 5
CONTENTS = ("part1", "part2", "part3", "annex1")
HAND_ANNEXES = ("annex2", "annex3", "annex4", "annex5")
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september")
MONTHS += ("oktober", "november", "december")


def render_p22_2(data: P22Data) -> bytes:
    """The P 22-2 as PDF bytes (in a public body's words when it is one)."""
    with public_body_wording(data.election.is_public_body):
        view = build_view(data)
        title = nl("p22.pdf_title", municipality=_municipality(view), election=data.election.name)
        canvas = Canvas(data.produced_at, title)
        flow = lay_out(canvas, view)
        canvas.pages = len(flow.pages)
        for number, placed in enumerate(flow.pages, start=1):
            canvas.pdf.add_page()
            draw_page_frame(canvas, view, number, flow.marks.get("annex1", canvas.pages + 1))
            for y, draw in placed:
                draw(canvas, y)
        return canvas.output()


def lay_out(canvas: Canvas, view: P22View) -> Flow:
    flow = Flow(canvas)
    front_matter(flow, view)
    part1(flow)
    part_heading(flow, nl("p22.part2"))
    flow.mark("part2")
    counts(flow, view)
    differences(flow, view)
    quota(flow, view)
    full_seats(flow, view)
    residual_seats(flow, view)
    seats_per_list(flow, view)
    candidates(flow, view)
    elected_alphabetically(flow, view)
    control_protocol(flow, view)
    part3(flow)
    annex1(flow, view)
    return flow


def _municipality(view: P22View) -> str:
    election = view.data.election
    return f"{election.municipality_id} {election.municipality_name}".strip()


def long_date(value: date) -> str:
    """18 maart 2026."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


# -- front matter ---------------------------------------------------------------------------------


def front_matter(flow: Flow, view: P22View) -> None:
    data, election = view.data, view.data.election
    local = dutch_time(data.produced_at)
    flow.paragraph(nl("p22.municipality", name=_municipality(view)), size=17.0, bold=True, after=0.5)
    flow.paragraph(nl("p22.committee"), size=14.0, bold=True, after=1.0)
    flow.paragraph(
        nl("p22.election_line", name=election.name, date=long_date(election.election_date)), size=12.0, after=0.5
    )
    flow.paragraph(nl("p22.title", model=MODEL), size=12.0, bold=True, after=2.0)
    size = nl("p22.size_large" if view.large else "p22.size_small")
    facts = [
        nl("p22.produced", date=day(local), time=clock(local), offset=utc_offset(local)),
        nl("p22.election_id", id=election.id),
    ]
    flow.paragraph("   ·   ".join(facts), after=0.5)
    flow.paragraph(nl("p22.seats", seats=view.seats, size=size), after=0.5)
    if data.audit_seq:
        flow.paragraph(nl("p22.sealed", seq=data.audit_seq), after=0.5)
    flow.paragraph(nl("p22.numbers_note"), size=SMALL_SIZE, after=3.0)

    flow.heading(nl("p22.front.details"), 22.0)
    flow.paragraph(nl("p22.municipality", name=_municipality(view)), after=1.0)

    def details(c: Canvas, y: float) -> None:
        blank(c, LEFT, y + 6.0, nl("p22.session_place"), 85.0)
        blank(c, LEFT + 85.0, y + 6.0, nl("p22.session_day"), 50.0)
        blank(c, LEFT + 135.0, y + 6.0, nl("p22.session_start"), WIDTH - 135.0)

    flow.place(10.0, details)
    flow.space(2.0)
    flow.heading(nl("p22.front.pv"), 15.0)
    flow.paragraph(nl("p22.front.pv_intro"), after=3.0)
    _contents(flow)


def _contents(flow: Flow) -> None:
    lh = line_height(BODY_SIZE)
    flow.heading(nl("p22.front.contents"), (len(CONTENTS) + len(HAND_ANNEXES)) * lh)
    marks = flow.marks  # filled in while the rest is laid out; read when drawing
    for name in CONTENTS + HAND_ANNEXES:
        text = nl(f"p22.contents.{name}")

        def draw(c: Canvas, y: float, name: str = name, text: str = text) -> None:
            page = marks.get(name)
            c.text(LEFT + 4.0, y + lh * 0.75, "•  " + text, width=WIDTH - 30.0)
            if page is not None:
                c.text(RIGHT - 24.0, y + lh * 0.75, nl("p22.contents.page", page=page), width=24.0, align="R")

        flow.place(lh + 0.6, draw)
        if name == CONTENTS[2]:
            flow.space(2.0)
    flow.space(3.0)


def draw_page_frame(canvas: Canvas, view: P22View, page: int, annex_from: int) -> None:
    """Running header (who, what, when; Bijlage 1's title on its pages) and footer (page x of y,
    the model, the EML 520's SHA-256 and the sealing audit row, each in 16 groups of 4)."""
    data = view.data
    local = dutch_time(data.produced_at)
    if page >= annex_from:
        header = nl("p22.annex1_header")
    else:
        header = nl(
            "p22.header",
            municipality=_municipality(view),
            election=data.election.name,
            date=day(local),
            time=clock(local),
        )
    right = nl("p22.header_right", model=MODEL)
    right_w = canvas.width(right, SMALL_SIZE, True)
    canvas.text(LEFT, 11.0, header, size=SMALL_SIZE, width=WIDTH - right_w - 6.0, grey=70)
    canvas.text(RIGHT - right_w, 11.0, right, size=SMALL_SIZE, bold=True, grey=70)
    canvas.rule(LEFT, 13.0, RIGHT, 0.2)

    canvas.rule(LEFT, 272.0, RIGHT, 0.4)
    canvas.text(LEFT, 277.0, nl("p22.page", page=page, pages=canvas.pages), size=10.0, bold=True)
    footer_model = nl("p22.footer_model", model=MODEL)
    canvas.text(LEFT + 45.0, 277.0, footer_model, size=SMALL_SIZE, width=WIDTH - 45.0, align="R")
    audit_label = nl("p22.footer_seal", seq=data.audit_seq) if data.audit_seq else nl("p22.footer_audit")
    hash_rows(canvas, ((283.0, nl("p22.footer_eml"), data.eml_sha256), (288.0, audit_label, data.audit_head)))


# -- Deel 1 and Deel 3 ------------------------------------------------------------------------------


def part1(flow: Flow) -> None:
    part_heading(flow, nl("p22.part1"))
    flow.mark("part1")
    section_heading(flow, "1.1", nl("p22.s1_1"), 40.0)
    emphasis(flow, nl("p22.s1_1_members"))
    note(flow, nl("p22.roles"))
    columns = (
        Col(nl("p22.col.initials"), 36.0),
        Col(nl("p22.col.surname"), (WIDTH - 36.0) / 2),
        Col(nl("p22.col.role"), (WIDTH - 36.0) / 2),
    )
    write_in_table(flow, columns, (), ATTENDANCE_ROWS, row_h=WRITE_ROW_H)

    section_heading(flow, "1.2", nl("p22.s1_2"), 30.0)
    emphasis(flow, nl("p22.q1_2"))
    checkbox(flow, nl("p22.no"), False)
    checkbox(flow, nl("p22.q1_2_yes"), False)
    section_heading(flow, "1.3", nl("p22.s1_3"), 30.0)
    emphasis(flow, nl("p22.q1_3"))
    checkbox(flow, nl("p22.q1_3_none"), False)
    checkbox(flow, nl("p22.q1_3_made"), False)


def part3(flow: Flow) -> None:
    part_heading(flow, nl("p22.part3"))
    flow.mark("part3")
    lh = line_height(BODY_SIZE)
    lines = len(flow.canvas.wrap(nl("p22.sign_statement", pages=999), WIDTH))

    def statement(c: Canvas, y: float) -> None:
        for k, line in enumerate(c.wrap(nl("p22.sign_statement", pages=c.pages), WIDTH)):
            c.text(LEFT, y + lh * (k + 0.75), line)

    flow.place(lines * lh + 3.0, statement)
    emphasis(flow, nl("p22.sign_date"), 12.0)

    def when(c: Canvas, y: float) -> None:
        blank(c, LEFT, y + 7.0, nl("p22.sign_datetime"), 105.0)
        blank(c, LEFT + 105.0, y + 7.0, nl("p22.session_place"), WIDTH - 105.0)

    flow.place(12.0, when)
    emphasis(flow, nl("p22.sign_chair"), 18.0)
    signature_box(flow, "")
    emphasis(flow, nl("p22.sign_deputy"), 18.0)
    signature_box(flow, "")
    emphasis(flow, nl("p22.sign_members"), 18.0)
    for _ in range(OTHER_MEMBERS):
        signature_box(flow, "")
