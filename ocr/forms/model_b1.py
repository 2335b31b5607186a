"""Model Na 31-2 Bijlage 1: the municipality's report of its count of one station (central counting).

One per station, written by the gemeentelijk stembureau's counting team a day or two after the
election; the kiosk reads and enters it for CSO. Order and numbering as in the Kiesraad's model
(/work/shared/models.md §3): B1-1 extra onderzoek, B1-2 verschillen met het stembureau (B1-2.1 –
B1-2.4), B1-3 telresultaten (B1-3.1 – B1-3.3 on one page, B1-3.4 the station's explanations, B1-3.5
the votes per candidate on the list pages). No signatures: the Bijlage has none.

Left out of the model's front matter: the cover page of all Bijlagen ("Verslagen van tellingen van
stembureaus", printed once for the municipality, not per station); the details block stands in for
the per-station title. B1-2.4 has 18 rows instead of Abacus's 25.
"""

from __future__ import annotations

from . import geometry as g
from .counts_part import CountsWording, counts_sheets
from .list_pages import list_sheets
from .place import place_words
from .report_part import EN, details
from .sheet import RULE_PITCH, WIDTH, Flow, Sheet

MODEL_NAME = "Model Na 31-2 Bijlage 1"
DIFFERENCE_ROWS = 18
EXPLANATION_LINES = 12
MIN_EXPLANATION_LINES = 6


def b1_sheets(spec) -> list[Sheet]:
    flow = Flow("report", f"Bijlage 1 {EN} verslag telling stembureau {spec.station_number}")
    s = flow.s
    details(s, spec)
    GSB = place_words(spec).committee
    s.heading("Over deze bijlage", role="section", fill=235)
    s.note(
        f"Het stembureau heeft op de dag van de verkiezing de stemmen per lijst geteld. Het {GSB} heeft later "
        "op een centrale tellocatie geteld hoeveel stemmen elke kandidaat heeft gekregen. De telresultaten van het "
        f"{GSB} zijn vergeleken met de eerdere tellingen door het stembureau. Alle telresultaten staan in deze "
        "bijlage. Dit formulier wordt met een scanner gelezen: één cijfer per vakje, begin rechts.",
        lines=3,
    )
    s.y += 1
    _b1_1(flow, GSB)
    _b1_2(flow, spec.has_C, GSB)
    wording = CountsWording(
        part="B1-3 Telresultaten",
        num="B1-3",
        admitted_note=f"Heeft het {GSB} het aantal toegelaten kiezers opnieuw geteld? Schrijf dan die aantallen op. "
        "Neem anders de aantallen over die het stembureau heeft opgeschreven in het proces-verbaal.",
        cast_note="Neem per lijst het totaal over van rubriek B1-3.5 (Totaal lijst).",
        equal_goto="rubriek B1-3.4",
        explained="Zijn er tijdens de stemming dingen opgeschreven die het verschil tussen D en H volledig "
        "verklaren? (proces-verbaal van het stembureau, vraag 1.2.2)",
        unexplained="er is een onverklaard verschil \u2192 hertel het aantal toegelaten kiezers (tenzij dat bij B1-2 al "
        "gedaan is) en noteer dit bij B1-3.1.",
    )
    sheets = flow.sheets + counts_sheets(spec, wording)
    sheets += _b1_3_4(sheets[-1])
    for pl in spec.lists:
        sheets += list_sheets(
            pl.number,
            pl.name,
            pl.candidates,
            "B1-3.5 Stemmen per lijst en per kandidaat",
            f"in rubriek B1-3.2 (E.{pl.number})",
        )
    return sheets


def _b1_1(flow: Flow, GSB: str) -> None:  # noqa: N803 - the committee's name, as the model abbreviates it
    s = flow.need(9 + 13.6 + 2 * g.ROW_H + 5 + 3 * RULE_PITCH)
    s.heading(f"B1-1 Extra onderzoek: opmerkingen {GSB}", role="part", fill=205)
    s.note(
        f"Het {GSB} kan tijdens de zitting, nadat het de telling van het stembureau heeft afgerond, extra "
        "onderzoek uitvoeren. Bijvoorbeeld als er sprake is van een opvallend hoog aantal ongeldige of blanco "
        f"stemmen. Geef hier aan of, en zo ja, welk extra onderzoek het {GSB} heeft uitgevoerd.",
        lines=2,
    )
    s.yes_no(
        "B1.extra",
        f"Heeft het {GSB} extra onderzoek gedaan, om een andere reden dan een onverklaard verschil?",
        role="question",
    )
    s.yes_no(
        "B1.recount",
        "Zijn de stembiljetten naar aanleiding van het extra onderzoek (gedeeltelijk) herteld?",
        role="question",
    )
    s.text(
        "Licht hieronder toe wat de reden van het extra onderzoek was:",
        (g.CONTENT_X0 + 2, s.y, WIDTH - 4, 5),
        9,
        role="label",
    )
    s.y += 5
    s.area("B1-1.reason", "Reden van het extra onderzoek", 3)
    s.y += 2


def _b1_2(flow: Flow, has_c: bool, GSB: str) -> None:  # noqa: N803 - as in _b1_1
    voters = "stempassen, kiezerspassen en volmachten" if has_c else "stempassen en volmachten"
    s = flow.need(2 * 9 + 13.6 + g.ROW_H + 5)
    s.heading("B1-2 Verschillen met telresultaten stembureau", role="part", fill=205)
    s.heading("B1-2.1 Aantallen kiezers en stemmen", role="section")
    s.note(
        "Is in de telresultaten van het stembureau (rubriek 2.3 van het proces-verbaal van het stembureau) het "
        "verschil tussen het totaal aantal getelde stemmen en het aantal toegelaten kiezers volledig verklaard? "
        "Controleer ook of rubriek 2.3 correct is ingevuld en of de verklaringen het verschil daadwerkelijk verklaren.",
        lines=2,
    )
    s.yes_no("B1.sb_explained", "Was het verschil dat het stembureau vond volledig verklaard?", role="question")
    s.note(f"Nee \u2192 hertel het aantal toegelaten kiezers ({voters}) en noteer de uitkomsten bij rubriek B1-3.1.")
    s.y += 1
    s = flow.need(9 + 5.2)
    s.heading("B1-2.2 Tel de stembiljetten", role="section")
    s.note(
        "Tel nu de stembiljetten per kandidaat en noteer de uitkomsten bij rubrieken B1-3.2 en B1-3.5 van deze bijlage."
    )
    s.y += 1
    s = flow.need(9 + 9.4 + g.ROW_H + 5.2)
    s.heading("B1-2.3 Tellingen op lijstniveau", role="section")
    s.note(
        "Vergelijk de totalen per lijst en vak H zoals eerder vastgesteld door het stembureau (rubriek 2.2 van "
        f"het proces-verbaal) met uw telling op het {GSB} (rubriek B1-3.2).",
        lines=2,
    )
    s.yes_no("B1.lists_differ", "Wijken de tellingen op lijstniveau af van die van het stembureau?", role="question")
    s.note(
        "Ja \u2192 hertel het aantal toegelaten kiezers (tenzij dat bij vraag B1-2.1 al gedaan is), vul de "
        "resultaten in bij rubriek B1-3.1 en noteer de lijsten bij B1-2.4."
    )
    s.y += 1
    s = flow.need(9 + 5.2 + 5 + DIFFERENCE_ROWS * RULE_PITCH)
    s.heading("B1-2.4 Lijsten met verschillen", role="section")
    s.note(
        f"Noteer alle lijsten waar de telling door het stembureau afwijkt van de telling van vandaag door het {GSB}."
    )
    s.area(
        "B1-2.4",
        "Lijsten met verschillen",
        DIFFERENCE_ROWS,
        [
            ("Lijst", 14.0),
            ("Lijsttotaal stembureau", 30.0),
            (f"Lijsttotaal {GSB}", 34.0),
            ("Verschil", 20.0),
            ("Toelichting (bijv. blanco/ongeldig of andersom, verkeerde lijst, meer/minder stembiljetten)", 0.0),
        ],
    )


def _b1_3_4(counts: Sheet) -> list[Sheet]:
    """B1-3.4 under the counts when at least MIN_EXPLANATION_LINES fit there, else on a page of its own."""
    fixed = 9 + 9.4 + 1
    lines = min(EXPLANATION_LINES, int((counts.room() - fixed) // RULE_PITCH))
    sheets: list[Sheet] = []
    if lines >= MIN_EXPLANATION_LINES:
        s = counts
        s.y += 1
    else:
        flow = Flow("report", "B1-3 Telresultaten (vervolg)")
        s, sheets, lines = flow.s, flow.sheets, EXPLANATION_LINES
    s.heading("B1-3.4 Verklaringen vanuit het stembureau", role="section")
    s.note(
        "Neem de verklaringen over die in het proces-verbaal van het stembureau bij vraag 1.2.2 staan. Ook als er "
        "nu geen telverschil meer is of als het telverschil kleiner is.",
        lines=2,
    )
    s.area("B1-3.4", "Verklaringen vanuit het stembureau", lines)
    return sheets
