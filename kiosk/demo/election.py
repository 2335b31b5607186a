"""A fictional municipality's election, the same every time (fixed seed)."""

from __future__ import annotations

import random
from datetime import date

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation

DEMO_ELECTION_ID = "GR2026_Duinwijk"
SEED = 20260318

LIST_NAMES = (
    "Duinwijk Vooruit",
    "Partij voor de Polder",
    "GroenLinks Duinwijk",
    "Lokaal Belang Duinwijk",
    "Sociaal Duinwijk",
    "Liberale Duinwijkers",
    "Christelijk Duinwijk",
    "Jong Duinwijk",
)
LIST_SIZES = (25, 18, 14, 11, 8, 6, 4, 3)

STATION_NAMES = (
    "Stadhuis",
    "Bibliotheek De Duinroos",
    "Basisschool De Helmgras",
    "Sporthal Zeewind",
    "Wijkcentrum De Vuurtoren",
    "Dorpshuis Strandvliet",
    "Kerk De Ark",
    "Zorgcentrum Duinzicht",
    "Station Duinwijk",
    "Brandweerkazerne Noord",
    "Scoutinggebouw De Meeuw",
    "Gymzaal Oosterhout",
)

FIRST_NAMES = (
    "Anna",
    "Bram",
    "Charlotte",
    "Daan",
    "Emma",
    "Femke",
    "Gijs",
    "Hanna",
    "Iris",
    "Joost",
    "Karin",
    "Lars",
    "Marieke",
    "Noah",
    "Olga",
    "Pieter",
    "Rosa",
    "Sander",
    "Thijs",
    "Ursula",
    "Vera",
    "Willem",
    "Yara",
    "Zoë",
    "Sem",
    "Lotte",
    "Ruben",
    "Fleur",
    "Jeroen",
    "Inge",
)
LAST_NAMES = (
    ("", "Jansen"),
    ("de", "Vries"),
    ("van den", "Berg"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Brouwer"),
    ("de", "Wit"),
    ("", "Dijkstra"),
    ("", "Smits"),
    ("de", "Graaf"),
    ("van der", "Meer"),
    ("van der", "Linden"),
    ("", "Kok"),
    ("", "Jacobs"),
    ("de", "Haan"),
    ("", "Vermeulen"),
    ("van den", "Heuvel"),
    ("van der", "Veen"),
    ("van", "Dijk"),
    ("", "Çelik"),
    ("", "El Idrissi"),
    ("", "Hoekstra"),
    ("", "Koster"),
    ("", "Prins"),
)


def demo_election() -> Election:
    rng = random.Random(SEED)
    lists = []
    for number, (name, size) in enumerate(zip(LIST_NAMES, LIST_SIZES, strict=True), start=1):
        candidates = []
        for position in range(1, size + 1):
            first = rng.choice(FIRST_NAMES)
            prefix, last = rng.choice(LAST_NAMES)
            candidates.append(
                Candidate(
                    list_number=number,
                    position=position,
                    last_name=last,
                    initials=f"{first[0]}.",
                    first_name=first,
                    prefix=prefix,
                    locality="Duinwijk",
                    gender=rng.choice(("female", "male")),
                )
            )
        lists.append(PartyList(number, name, tuple(candidates)))
    stations = tuple(
        PollingStation(
            number=number,
            name=name,
            postcode=f"{2190 + number} {chr(65 + number)}{chr(66 + number)}",
            number_of_voters=rng.randrange(900, 2400),
        )
        for number, name in enumerate(STATION_NAMES, start=1)
    )
    return Election(
        id=DEMO_ELECTION_ID,
        name="Gemeenteraad Duinwijk 2026",
        category="GR",
        subcategory="GR2",
        domain_id="9999",
        domain_name="Duinwijk",
        election_date=date(2026, 3, 18),
        number_of_seats=27,
        lists=tuple(lists),
        stations=stations,
    )
