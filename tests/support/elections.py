"""Generated elections of every type, and importing them through the real import service."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, timezone

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.eml import write
from kiosk.services import auth, election_import
from kiosk.store import elections as repo

CREATED = datetime(2026, 2, 2, 9, 0, tzinfo=timezone.utc)
PASSWORD = "stemkiosk-test"


@dataclass(frozen=True)
class Kind:
    category: str
    subcategory: str
    domain: tuple[str, str]  # the electoral domain (id, name); empty for a national election
    contest: tuple[str, str]  # the 230b's contest: an electoral district or "geen"
    seats: int
    title: str


KINDS = {
    "TK": Kind("TK", "TK", ("", ""), ("9", "Amsterdam"), 150, "Tweede Kamer der Staten-Generaal 2025"),
    "EP": Kind("EP", "EP", ("", ""), ("geen", ""), 31, "Europees Parlement 2024"),
    "PS": Kind("PS", "PS2", ("12", "Limburg"), ("1", "Maastricht"), 47, "Provinciale Staten Limburg 2027"),
    "AB": Kind("AB", "AB2", ("21", "Waterschap Limburg"), ("geen", ""), 27, "Algemeen bestuur Limburg 2027"),
    "GR": Kind("GR", "GR2", ("0935", "Maastricht"), ("geen", ""), 39, "Gemeenteraad Maastricht 2026"),
}
MUNICIPALITY = ("0935", "Maastricht")


def generated(kind: Kind) -> Election:
    rng = random.Random(kind.category)
    lists = tuple(
        PartyList(
            number,
            f"Lijst {number} {kind.category}",
            tuple(
                Candidate(number, p, f"Kandidaat{p}", f"{chr(64 + p % 26 or 26)}.", prefix=rng.choice(("", "van")))
                for p in range(1, size + 1)
            ),
        )
        for number, size in ((1, 6), (2, 4), (3, 3))
    )
    stations = tuple(
        PollingStation(n, f"Stembureau {name}", f"62{n:02d} AB", rng.randint(900, 2000))
        for n, name in ((1, "Stadhuis"), (2, "Sporthal"), (3, "Bibliotheek"))
    )
    return Election(
        id=f"{kind.category}{kind.title[-4:]}",
        name=kind.title,
        category=kind.category,
        subcategory=kind.subcategory,
        domain_id=kind.domain[0],
        domain_name=kind.domain[1],
        election_date=date(int(kind.title[-4:]), 3, 17),
        number_of_seats=kind.seats,
        lists=lists,
        stations=stations,
        authority_id=MUNICIPALITY[0],
        authority_name=MUNICIPALITY[1],
        contest_id=kind.contest[0],
        contest_name=kind.contest[1],
        number_of_voters=5000,  # the 110b's MaxVotes: more than the stations' own sum
    )


def import_election(store, election: Election, definition: bytes | None = None) -> Election:
    """Import the election's three files (the 110a given, or written), and the accounts."""
    for kind, writer in (
        ("110a", write.write_election_definition),
        ("230b", write.write_candidate_lists),
        ("110b", write.write_polling_stations),
    ):
        data = definition if kind == "110a" and definition is not None else writer(election, CREATED)
        election_import.import_with_hash(store, data, f"{kind}.eml.xml", hashlib.sha256(data).hexdigest(), "setup")
    add_accounts(store)
    return repo.load_election(store.db, election.id)


def add_accounts(store) -> None:
    """The accounts of tests.support.entry (coordinator, invoerder1/2, scanner), once."""
    if any(a["username"] == "coordinator" for a in auth.list_accounts(store)):
        return
    coordinator = auth.add_account(store, "coordinator", "coordinator", PASSWORD, None)
    for name, role in (("invoerder1", "verifier"), ("invoerder2", "verifier"), ("scanner", "clerk")):
        auth.add_account(store, name, role, PASSWORD, coordinator)


# -- a Tweede Kamer election at its real size (forms, sheet and entry screen at their bounds) ------


def tk_list_name(number: int) -> str:
    """A list name as long as real ones (~70 characters)."""
    return f"Christen-Democratisch Appèl / Staatkundig Gereformeerde Partij nr. {number:02d}"


def tk_candidate(number: int, position: int) -> Candidate:
    """A candidate whose ballot name is as long as real ones:
    "van der Oosterbroek-van Steenwijk1x80, A.B.C.D.E. (Maximiliaan)", 62-64 characters."""
    return Candidate(
        number, position, f"Oosterbroek-van Steenwijk{number}x{position}", "A.B.C.D.E.", "Maximiliaan", "van der"
    )


def tk_election(sizes: tuple[int, ...], stations: tuple[PollingStation, ...], method=None) -> Election:
    """A TK as Amsterdam counts it: lists of ``sizes`` candidates with names as long as real ones."""
    return Election(
        id="TK2025",
        name="Tweede Kamerverkiezing 29 oktober 2025",
        category="TK",
        subcategory="TK",
        domain_id="",  # a TK's domain is the country
        domain_name="",
        election_date=date(2025, 10, 29),
        number_of_seats=150,
        lists=tuple(
            PartyList(n, tk_list_name(n), tuple(tk_candidate(n, c) for c in range(1, size + 1)))
            for n, size in enumerate(sizes, start=1)
        ),
        stations=stations,
        counting_method=method,
        authority_id="0363",  # the counting municipality: the 110b's sender
        authority_name="Amsterdam",
        contest_id="9",  # the 230b's electoral district
        contest_name="Amsterdam",
    )
