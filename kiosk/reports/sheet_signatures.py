"""Deel 3 of the model, "Ondertekening".

3.1 is the voorzitter and 2 leden (GR) or 4 leden (other elections); 3.2 has 3 (GR) or 1
extra lines for the other members present (models.md §3). Names are printed when known:
``SheetData.signatories`` in order, else the session's voorzitter and then its leden
(plaatsvervangend voorzitter included); a row without a name is written by hand. When
more members are known than there are lines, 3.2 grows: everyone present signs.
"""

from __future__ import annotations

from kiosk.domain.session import CommitteeRole
from kiosk.reports.sheet_blocks import blank, part_heading, section_heading
from kiosk.reports.sheet_data import SheetData, Signatory
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, SMALL_SIZE, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_model import Model
from kiosk.reports.sheet_text import nl

SIGN_ROW_H = 13.0
SIGN_HEAD_H = 6.0
SIGN_WIDTHS = (40.0, 70.0, WIDTH - 110.0)  # role, name, signature


def part3(flow: Flow, data: SheetData, model: Model) -> None:
    part_heading(flow, nl("sheet.part3"))
    flow.mark("part3")
    lh = line_height(BODY_SIZE)
    texts = [nl("sheet.sign_rule", minimum=model.min_signatures), nl("sheet.sign_statement", pages=999)]
    statement_h = sum(len(flow.canvas.wrap(t, WIDTH)) for t in texts) * lh + 6.0
    place = data.session.place if data.session else ""

    def draw_head(c: Canvas, y: float) -> None:
        paragraphs = [nl("sheet.sign_rule", minimum=model.min_signatures), nl("sheet.sign_statement", pages=c.pages)]
        for text in paragraphs:  # the statement with the real page count
            for line in c.wrap(text, WIDTH):
                c.text(LEFT, y + lh * 0.75, line)
                y += lh
            y += 3.0
        blank(c, LEFT, y + 7.0, nl("sheet.sign_datetime"), 105.0)
        blank(c, LEFT + 105.0, y + 7.0, nl("sheet.sign_place"), WIDTH - 105.0, place)

    flow.place(statement_h + 12.0, draw_head)
    chair, members, extra = _slots(data, model)
    section_heading(flow, "3.1", nl("sheet.s3_1", count=nl(f"sheet.count.{model.members}")), 30.0)
    _rows(flow, [chair] + members)
    section_heading(flow, "3.2", nl("sheet.s3_2"), 30.0)
    _rows(flow, extra)


def _slots(data: SheetData, model: Model) -> tuple[Signatory, list[Signatory], list[Signatory]]:
    """(voorzitter, leden of 3.1, lines of 3.2), names filled where known."""
    member = nl("sheet.role.member")
    if data.signatories:
        names = list(data.signatories)
    else:
        names = [Signatory(nl("sheet.role.chair"), "")]
        attendees = data.session.attendees if data.session else ()
        chair = next((a for a in attendees if a.role is CommitteeRole.CHAIR), None)
        if chair is not None:
            names[0] = Signatory(nl("sheet.role.chair"), _name(chair.initials, chair.surname))
        for role in (CommitteeRole.DEPUTY_CHAIR, CommitteeRole.MEMBER):
            role_text = nl("sheet.role.deputy") if role is CommitteeRole.DEPUTY_CHAIR else member
            names += [Signatory(role_text, _name(a.initials, a.surname)) for a in attendees if a.role is role]
    slots = max(1 + model.members + model.extra_lines, len(names))
    names += [Signatory(member)] * (slots - len(names))
    return names[0], names[1 : 1 + model.members], names[1 + model.members :]


def _name(initials: str, surname: str) -> str:
    return f"{initials} {surname}".strip()


def _rows(flow: Flow, signatories: list[Signatory]) -> None:
    flow.need(SIGN_HEAD_H + SIGN_ROW_H * min(len(signatories), 3))
    flow.place(SIGN_HEAD_H, _signature_head)
    for signatory in signatories:
        if flow.remaining < SIGN_ROW_H:
            flow.new_page()
            flow.place(SIGN_HEAD_H, _signature_head)
        flow.place(SIGN_ROW_H, lambda c, y, signatory=signatory: _signature_row(c, y, signatory))
    flow.space(4.0)


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
