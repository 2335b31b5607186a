"""Small pieces of the P 22-2 shared by its parts: how lists and candidates are named, the
model's emphasised sub-headings, footnote numbers, and a signature box."""

from __future__ import annotations

from kiosk.domain.election import Candidate, PartyList
from kiosk.reports.sheet_blocks import NUMBER_INDENT
from kiosk.reports.sheet_layout import BODY_SIZE, LEFT, WIDTH, Canvas, Flow, line_height
from kiosk.reports.sheet_text import nl

MODEL = "P 22-2"
NUMBER_W = 30.0  # a count column
NR_W = 14.0  # a list or candidate number column
EMPH_SIZE = 10.0
SIGN_BOX_H = 15.0


def list_label(party: PartyList) -> str:
    """ "3 Lokaal Belang" (the model's list column)."""
    return f"{party.number} {party.name}".strip()


def list_title(party: PartyList) -> str:
    """ "Lijst 3 Lokaal Belang"."""
    return nl("p22.list_title", number=party.number, name=party.name).strip()


def candidate_name(candidate: Candidate, deceased: bool = False) -> str:
    name = candidate.display_name
    return nl("p22.deceased_name", name=name) if deceased else name


ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"))
ROMAN += ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """Footnote numbers as the model writes them: I, II, III, IV, ..."""
    out = ""
    for value, letters in ROMAN:
        while number >= value:
            out, number = out + letters, number - value
    return out


def emphasis(flow: Flow, text: str, keep_with: float = 20.0, *, size: float = EMPH_SIZE) -> None:
    """The model's emphasised block: bold text with a rule on its left."""
    lh = line_height(size)
    lines = flow.canvas.wrap(text, WIDTH - NUMBER_INDENT, size, True)
    height = len(lines) * lh + 1.0
    flow.space(2.5)
    flow.need(height + keep_with)

    def draw(c: Canvas, y: float) -> None:
        c.vline(LEFT + NUMBER_INDENT - 2.5, y, y + height - 0.5, 0.5)
        for k, line in enumerate(lines):
            c.text(LEFT + NUMBER_INDENT, y + lh * (k + 0.75), line, size=size, bold=True)

    flow.place(height + 1.0, draw)


def signature_box(flow: Flow, label: str) -> None:
    """ "Voorzitter van het centraal stembureau:" and a box with Naam: and Handtekening:."""
    lh = line_height(BODY_SIZE)
    flow.need(lh + SIGN_BOX_H + 3.0)

    def draw(c: Canvas, y: float) -> None:
        if label:
            c.text(LEFT, y + lh * 0.75, label, bold=True, width=WIDTH)
        top = y + (lh + 1.0 if label else 0.0)
        c.box(LEFT, top, WIDTH, SIGN_BOX_H, 0.3)
        c.vline(LEFT + WIDTH / 2, top, top + SIGN_BOX_H)
        c.text(LEFT + 2.0, top + 5.0, nl("p22.sign_name"), size=8.0, grey=60)
        c.text(LEFT + WIDTH / 2 + 2.0, top + 5.0, nl("p22.sign_signature"), size=8.0, grey=60)

    flow.place((lh + 1.0 if label else 0.0) + SIGN_BOX_H + 2.5, draw)
