"""The written parts of the station PV (N 10-1, N 10-2): front matter, Deel 1 "Verslag van de zitting"
and Deel 3 "Ondertekening", after the Kiesraad's models (docs: /work/shared/models.md §2).

Free text goes in ruled areas (sheet.area: handwriting, not entered); each topic of part 1 that the
kiosk records as yes/no (field codes R.<topic>.yes / R.<topic>.no) is a question with two tick
boxes printed above its area. Deel 3 has a name line (area) and a signature box (field kind
"signature", codes S.1 .. S.7) per member.
"""

from __future__ import annotations

import datetime

from . import geometry as g
from .place import MUNICIPALITY, PlaceWords, place_words
from .sheet import RULE_PITCH, SUB_H, WIDTH, Flow, Sheet
from .spec import FormSpec

EN = "\u2013"  # en dash, as in "Deel 1 – Verslag van de zitting"
MONTHS = ("januari februari maart april mei juni juli augustus september oktober november december").split()
#: Row height of a signature line (name line and signature box).
SIGN_H = 16.0
NO_NAMES = "Schrijf geen namen of andere persoonsgegevens op."


def dutch_date(iso: str) -> str:
    d = datetime.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def details(s: Sheet, spec: FormSpec, mobile: bool = False) -> None:
    """ "Details van het stembureau": what the station is, pre-printed where the spec knows it and a
    line to write on where it does not."""
    s.heading("Details van het " + ("mobiele stembureau" if mobile else "stembureau"), role="section", fill=235)
    date = dutch_date(spec.election_date) if spec.election_date else ""
    place = place_words(spec)
    left = ((place.label, spec.municipality), ("Stembureau", str(spec.station_number)), ("Naam", spec.station_name))
    right = (("Verkiezing", spec.election_name), ("Datum", date), ("Postcode", spec.station_postcode))
    row = 5.5
    for col, pairs in enumerate((left, right)):
        x = g.CONTENT_X0 + 2 + col * (WIDTH / 2)
        for i, (label, value) in enumerate(pairs):
            y = s.y + i * row
            s.text(f"{label}:", (x, y, 22, row), 9, role="label")
            vw = WIDTH / 2 - 26
            if value:
                s.text(value, (x + 23, y, vw, row), 9.5, True, role="detail", wrap=label in ("Naam", "Verkiezing"))
            else:
                s.rule(x + 23, y + row - 1.0, vw)
    s.y += 3 * row + 1.5


def statement(s: Sheet, central: bool, place: PlaceWords = MUNICIPALITY) -> None:
    """ "Proces-verbaal": what the report is, the counting method, and how to write for the scanner."""
    s.heading("Proces-verbaal", role="section", fill=235)
    if central:
        method = (
            f"In {place.this} is gekozen voor centrale stemopneming. Het stembureau telt na het stemmen het aantal "
            f"kiezers, en hoeveel stemmen elke lijst heeft gekregen. Het {place.committee} telt 1 of 2 dagen "
            "later de stemmen per kandidaat op een centrale tellocatie."
        )
    else:
        method = (
            f"In {place.this} is gekozen voor decentrale stemopneming. Het stembureau telt na het stemmen het "
            "aantal kiezers, en hoeveel stemmen elke lijst en elke kandidaat hebben gekregen."
        )
    s.note(
        "Elk stembureau maakt bij een verkiezing een verslag: het proces-verbaal. Hierin staat hoe het stemmen "
        "en het tellen van de stemmen is verlopen. " + method,
        lines=3 if not central else 4,
        size=8.5,
        role="statement",
    )
    s.note(
        "Dit formulier wordt met een scanner gelezen. Schrijf in elk vakje één cijfer en begin rechts; "
        "vink een vakje aan met een kruisje of een vinkje; schrijf binnen de vakken en op de lijnen.",
        lines=2,
        size=8.5,
        role="instruction",
    )
    s.y += 1


#: Part 1 topics with a yes/no question: (section, topic code, question, hint, area columns, rows).
_TIME = ("Tijdstip", 22.0)
VOTING = (
    (
        "1.2.1",
        "obj_vote",
        "Waren er bezwaren van aanwezigen tijdens het stemmen?",
        "Bijvoorbeeld over toegankelijkheid, niet toegelaten worden of het stemgeheim. Ja: schrijf alle bezwaren "
        "op, ook als u het er niet mee eens bent, en hoe het stembureau reageerde. " + NO_NAMES,
        [_TIME, ("Bezwaar", 84.0), ("Reactie stembureau", 0.0)],
        5,
    ),
    (
        "1.2.2",
        "events",
        "Waren er gebeurtenissen die een verschil tussen het aantal toegelaten kiezers en de getelde "
        "stembiljetten kunnen verklaren?",
        "Schrijf ze gedurende de dag op. Denk aan kiezers die het stembiljet meenemen, of die één stempas "
        "inleverden en twee stembiljetten kregen.",
        [_TIME, ("Gebeurtenis", 0.0)],
        4,
    ),
    (
        "1.2.3",
        "notes_vote",
        "Waren er andere bijzonderheden tijdens het stemmen?",
        "Denk aan stembureauleden die te laat waren, niet werkende techniek of stembussen die vol waren.",
        [_TIME, ("Bijzonderheid", 0.0)],
        4,
    ),
)
COUNTING = (
    (
        "1.3.2",
        "obj_count",
        "Waren er bezwaren van aanwezigen tijdens het tellen?",
        "Bijvoorbeeld als iemand het niet eens is met het ongeldig verklaren van een stembiljet. Schrijf alle "
        "bezwaren op en hoe het stembureau reageerde. " + NO_NAMES,
        [_TIME, ("Bezwaar", 84.0), ("Reactie stembureau", 0.0)],
        4,
    ),
    (
        "1.3.3",
        "notes_count",
        "Waren er andere bijzonderheden tijdens het tellen?",
        "Bijvoorbeeld een stembiljet in de verkeerde stembus, of een schorsing van de telling.",
        [_TIME, ("Bijzonderheid", 0.0)],
        3,
    ),
)
PRESENCE_ROWS = 8
#: A hint up to this many characters goes on one line (7.5 pt over the content width).
HINT_LINE = 140


def _topic(flow: Flow, number: str, topic: str, question: str, hint: str, columns, rows: int) -> None:
    lines = 1 if len(hint) <= HINT_LINE else 2
    s = flow.need(g.ROW_H + 4.2 * lines + 1 + area_h(rows))
    s.yes_no(f"R.{topic}", f"{number} {question}")
    s.note(hint, lines=lines, size=7.5)
    s.area(number, question, rows, columns)
    s.y += 1


def area_h(rows: int) -> float:
    return 5.0 + rows * RULE_PITCH


def part1(flow: Flow) -> None:
    """Deel 1 – Verslag van de zitting (1.1 – 1.3.3)."""
    s = flow.need(2 * 9 + 9 + area_h(PRESENCE_ROWS))
    s.heading(f"Deel 1 {EN} Verslag van de zitting", role="part", fill=205)
    s.heading("1.1 Presentielijst", role="section")
    s.note(
        "Aanwezige leden van het stembureau. Rollen: voorzitter, plaatsvervangend voorzitter, lid of teller. "
        "Vink aan of iemand bij het stemmen en/of het tellen aanwezig was.",
        lines=2,
        size=7.5,
    )
    s.area(
        "1.1",
        "Presentielijst",
        PRESENCE_ROWS,
        [
            ("Voorletters", 22.0),
            ("Achternaam", 48.0),
            ("Rol", 32.0),
            (f"Aanwezig van {EN} tot", 36.0),
            ("Bij stemmen", 26.0),
            ("Bij tellen", 0.0),
        ],
    )
    s.y += 2
    first = True
    for item in VOTING:
        if first:
            s = flow.need(9 + g.ROW_H + 9.4 + area_h(item[5]) + 1)
            s.heading("1.2 Tijdens het stemmen", role="section")
            first = False
        _topic(flow, *item)
    s = flow.need(9 + SUB_H + area_h(1) + 2)
    s.heading("1.3 Tijdens het tellen", role="section")
    s.subheading("1.3.1 Wanneer en waar zijn de stemmen geteld?")
    s.y += SUB_H
    s.area(
        "1.3.1",
        "Wanneer en waar zijn de stemmen geteld?",
        1,
        [("Datum", 40.0), (f"Tijd van {EN} tot", 45.0), ("Locatie (als anders dan stembureau)", 0.0)],
    )
    s.y += 2
    for item in COUNTING:
        _topic(flow, *item)


def _sign_row(s: Sheet, n: int, who: str) -> None:
    y = s.y
    s.text("Naam:", (g.CONTENT_X0, y, 12, SIGN_H), 9, role="label")
    s.area(f"3.name.{n}", f"Naam {who}", 1, x=g.CONTENT_X0 + 12, w=78, pitch=SIGN_H)
    s.y = y
    s.text("Handtekening:", (g.CONTENT_X0 + 93, y, 23, SIGN_H), 9, role="label")
    x = g.CONTENT_X0 + 117
    s.field(f"S.{n}", "signature", f"Handtekening {who}", [[x, y, round(g.CONTENT_X1 - x, 3), SIGN_H]])
    s.y = y + SIGN_H + 2


def part3(spec: FormSpec) -> list[Sheet]:
    """Deel 3 – Ondertekening: date, time and place; voorzitter and 2 leden; 4 lines for other members."""
    flow = Flow("signatures", f"Deel 3 {EN} Ondertekening", title_role="part")
    s = flow.s
    s.note(
        "Het proces-verbaal moet worden ondertekend door alle aanwezige leden. Bij een stembureau zijn dit er "
        "minimaal 3.",
        lines=1,
        size=9,
    )
    s.y += 2
    y = s.y
    s.text("Datum en tijd:", (g.CONTENT_X0, y, 24, 10), 9, role="label")
    s.area("3.date", "Datum en tijd van ondertekening", 1, x=g.CONTENT_X0 + 24, w=70, pitch=10)
    s.y = y
    s.text("Plaats:", (g.CONTENT_X0 + 98, y, 14, 10), 9, role="label")
    s.area("3.place", "Plaats van ondertekening", 1, x=g.CONTENT_X0 + 112, w=WIDTH - 112, pitch=10)
    s.y += 4
    s.heading("3.1 Voorzitter en twee leden van het stembureau", role="section")
    s.text("Voorzitter van het stembureau:", (g.CONTENT_X0, s.y, WIDTH, 5), 9, True, role="label")
    s.y += 5
    _sign_row(s, 1, "voorzitter")
    s.text("2 leden van het stembureau:", (g.CONTENT_X0, s.y, WIDTH, 5), 9, True, role="label")
    s.y += 5
    for n in (2, 3):
        _sign_row(s, n, f"lid {n - 1}")
    s.y += 2
    s.heading("3.2 Ondertekening door andere aanwezige leden van het stembureau", role="section")
    s.text("Extra ondertekening:", (g.CONTENT_X0, s.y, WIDTH, 5), 9, True, role="label")
    s.y += 5
    for n in range(4, 8):
        _sign_row(s, n, f"ander lid {n - 3}")
    return flow.sheets
