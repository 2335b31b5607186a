"""Model N 10-1 (decentral counting, DSO) and Model N 10-2 (central counting, CSO): the station's PV.

Order as in the Kiesraad's model (/work/shared/models.md §2): front matter (details, the counting
method), Deel 1 "Verslag van de zitting" (1.1 – 1.3.3), Deel 2 "Telresultaten" (2.1 – 2.3 on one
page; N 10-1 also 2.4, the votes per candidate on the list pages), Deel 3 "Ondertekening".

Left out of the model's front matter, to keep the form short: the title page and the table of
contents ("Inhoudsopgave") — the page header names the model, the station and the page, and the part
headings are on the pages themselves; the station's street address (the spec has the postcode only).
Blank tables have fewer rows than Abacus prints (presentielijst 8 instead of 21, objections 5 / 4
instead of 27 / 12, events 4 instead of 14, remarks 4 / 3 instead of 8 / 6): a station that needs
more writes on an extra sheet. Part 1's topics carry a yes/no question (R.<topic>.yes / .no) that
the kiosk enters; the official model has only the tables.
"""

from __future__ import annotations

from .counts_part import CountsWording, counts_sheets
from .list_pages import list_sheets
from .place import place_words
from .report_part import EN, details, part1, part3, statement
from .sheet import Flow, Sheet
from .spec import FormSpec

MODEL_NAMES = {"N10-1": "Model N 10-1", "N10-2": "Model N 10-2"}
CANDIDATES_SECTION = "2.4 Stemmen per lijst en per kandidaat"


def n10_sheets(spec: FormSpec) -> list[Sheet]:
    per_candidate = spec.model == "N10-1"
    flow = Flow("report", "Proces-verbaal van een stembureau")
    details(flow.s, spec)
    statement(flow.s, central=not per_candidate, place=place_words(spec))
    flow.title = f"Deel 1 {EN} Verslag van de zitting"
    part1(flow)
    wording = CountsWording(
        part=f"Deel 2 {EN} Telresultaten",
        num="2",
        admitted_note="Tel het aantal geldige stempassen, volmachtbewijzen en kiezerspassen."
        if spec.has_C
        else "Tel het aantal geldige stempassen en volmachtbewijzen.",
        cast_note=(
            "Beoordeel de stembiljetten en tel het aantal stemmen per lijst (neem het totaal van de lijst over "
            "uit rubriek 2.4). Tel de blanco en ongeldige stembiljetten."
            if per_candidate
            else "Beoordeel de stembiljetten en tel het aantal stembiljetten per lijst. Tel de blanco en "
            "ongeldige stembiljetten."
        ),
        equal_goto="rubriek 2.4" if per_candidate else f"Deel 3 {EN} Ondertekening",
        explained="Zijn er tijdens de stemming (rubriek 1.2.2) dingen opgeschreven die het verschil tussen D en H "
        "volledig verklaren?",
        unexplained="er is een onverklaard verschil.",
    )
    sheets = flow.sheets + counts_sheets(spec, wording)
    if per_candidate:
        for pl in spec.lists:
            sheets += list_sheets(
                pl.number, pl.name, pl.candidates, CANDIDATES_SECTION, f"in rubriek 2.2 (E.{pl.number})"
            )
    return sheets + part3(spec)
