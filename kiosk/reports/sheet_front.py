"""What identifies the document: the front matter of the model (title, details of the
committee, what the PV is, contents) and the running header and footer of every page.

The footer carries "pagina x van y", the model ("Model Na 31-2 centrale
stemopneming"), the SHA-256 of the EML 510b export and the audit-log anchor, each in
16 groups of 4 at fixed places, so the groups stand in columns on every page.
"""

from __future__ import annotations

from kiosk.reports.sheet_blocks import blank, hash_rows
from kiosk.reports.sheet_data import SheetData
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, RIGHT, SMALL_SIZE, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_model import Model
from kiosk.reports.sheet_text import clock, day, dutch_time, grouped, nl, utc_offset

#: The parts listed in the contents, with the mark their first page carries.
CONTENTS = ("part1", "part2", "part3", "annex1", "annex2")


def model_line(model: Model) -> str:
    """ "Model Na 31-2 centrale stemopneming"."""
    return nl(
        "sheet.model_line", model=model.name, method=nl("sheet.method.cso" if model.central else "sheet.method.dso")
    )


def front_matter(flow: Flow, data: SheetData, model: Model) -> None:
    _title(flow, data, model)
    _details(flow, data)
    flow.heading(nl("sheet.front.pv"), 20.0)
    flow.paragraph(nl("sheet.front.pv_intro"), after=1.5)
    method = data.election.counting_method
    key = "sheet.front.cso" if model.central else ("sheet.front.dso" if method is not None else "sheet.front.nomethod")
    flow.paragraph(nl(key), bold=True, after=1.5)
    flow.paragraph(nl("sheet.front.aid"), after=3.0)
    _contents(flow)


def _title(flow: Flow, data: SheetData, model: Model) -> None:
    election = data.election
    local = dutch_time(data.produced_at)
    flow.paragraph(nl("sheet.municipality", name=data.municipality), size=17.0, bold=True, after=0.5)
    flow.paragraph(nl("sheet.committee"), size=12.0, bold=True, after=0.5)
    flow.paragraph(
        nl("sheet.election_line", name=election.name, date=day(election.election_date)), size=12.0, after=0.5
    )
    flow.paragraph(nl("sheet.title", model=model.name), size=12.0, bold=True, after=0.5)
    flow.paragraph(nl("sheet.subtitle", model=model_line(model)), after=1.5)
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
        if data.previous_eml_sha256:
            flow.paragraph(
                nl("sheet.replaces_eml", version=version, hash=grouped(data.previous_eml_sha256)), bold=True, after=0.5
            )
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


def _details(flow: Flow, data: SheetData) -> None:
    election, session = data.election, data.session
    flow.heading(nl("sheet.front.details"), 22.0)
    flow.paragraph(nl("sheet.front.authority", id=election.municipality_id, name=data.municipality), after=1.0)
    place = session.place if session else ""
    when = day(session.day) if session else ""
    start = session.start_time if session else ""

    def draw(c: Canvas, y: float) -> None:
        blank(c, LEFT, y + 6.0, nl("sheet.session_place"), 85.0, place)
        blank(c, LEFT + 85.0, y + 6.0, nl("sheet.session_day"), 50.0, when)
        blank(c, LEFT + 135.0, y + 6.0, nl("sheet.session_start"), WIDTH - 135.0, start)

    flow.place(10.0, draw)
    flow.space(2.0)


def _contents(flow: Flow) -> None:
    lh = line_height(BODY_SIZE)
    flow.heading(nl("sheet.front.contents"), len(CONTENTS) * lh)
    marks = flow.marks  # filled in while the rest is laid out; read when drawing
    for name in CONTENTS:
        text = nl(f"sheet.contents.{name}")

        def draw(c: Canvas, y: float, name: str = name, text: str = text) -> None:
            page = marks.get(name)
            c.text(LEFT + 4.0, y + lh * 0.75, "•  " + text, width=WIDTH - 30.0)
            if page is not None:
                c.text(RIGHT - 24.0, y + lh * 0.75, nl("sheet.contents.page", page=page), width=24.0, align="R")

        flow.place(lh + 0.6, draw)
    flow.space(3.0)


def draw_page_frame(canvas: Canvas, data: SheetData, model: Model, page: int) -> None:
    """Running header and footer: who/what/when at the top; page x of y, the model, the numbers digest and
    both hashes at the bottom."""
    local = dutch_time(data.produced_at)
    header = nl(
        "sheet.header", municipality=data.municipality, election=data.election.name, date=day(local), time=clock(local)
    )
    right = nl("sheet.header_right", model=model.name)
    right_w = canvas.width(right, SMALL_SIZE, True)
    canvas.text(LEFT, 11.0, header, size=SMALL_SIZE, width=WIDTH - right_w - 6.0, grey=70)
    canvas.text(RIGHT - right_w, 11.0, right, size=SMALL_SIZE, bold=True, grey=70)
    canvas.rule(LEFT, 13.0, RIGHT, 0.2)

    canvas.rule(LEFT, 272.0, RIGHT, 0.4)
    canvas.text(LEFT, 276.5, nl("sheet.page", page=page, pages=canvas.pages), size=10.0, bold=True)
    footer_model = nl("sheet.footer_model", model=model_line(model))
    canvas.text(LEFT + 45.0, 276.5, footer_model, size=SMALL_SIZE, width=WIDTH - 45.0, align="R")
    audit_label = nl("sheet.footer_seal", seq=data.audit_seq) if data.audit_seq else nl("sheet.footer_audit")
    hash_rows(
        canvas,
        (
            (281.0, nl("sheet.footer_numbers"), data.numbers_sha256),
            (285.5, nl("sheet.footer_eml"), data.eml_sha256),
            (290.0, audit_label, data.audit_head),
        ),
    )
