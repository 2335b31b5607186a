"""The election being counted: its lists, candidates and polling stations."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.domain.form_model import CountingMethod

#: Election categories as used by the Kiesraad (EML ElectionCategory).
#: Voter cards (kiezerspassen, field C) exist where a voter may vote anywhere in
#: an area larger than the municipality; a municipal election has none.
CATEGORIES_WITHOUT_VOTER_CARDS = frozenset({"GR", "BC", "GC", "ER"})
#: The Caribbean public bodies (openbare lichamen): they count as a municipality does, and their
#: papers say "openbaar lichaam" where a municipality's say "gemeente".
PUBLIC_BODIES = frozenset({"Bonaire", "Saba", "Sint Eustatius"})
#: Categories whose domain is the municipality (or island) itself.
MUNICIPAL_CATEGORIES = frozenset({"GR", "BC", "GC", "ER"})


@dataclass(frozen=True)
class Candidate:
    list_number: int
    position: int
    last_name: str
    initials: str = ""
    first_name: str = ""
    prefix: str = ""
    locality: str = ""
    gender: str = ""

    @property
    def display_name(self) -> str:
        """The name as printed on a ballot: 'Oorschot, A.B.C. (Annemieke)'."""
        surname = f"{self.prefix} {self.last_name}".strip()
        name = f"{surname}, {self.initials}" if self.initials else surname
        if self.first_name:
            name += f" ({self.first_name})"
        return name


@dataclass(frozen=True)
class PartyList:
    """A list (lijst) on the ballot. Named PartyList to avoid shadowing `list`."""

    number: int
    name: str
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class PollingStation:
    number: int
    name: str
    postcode: str = ""
    number_of_voters: int | None = None


@dataclass(frozen=True)
class Election:
    id: str
    name: str
    category: str
    subcategory: str
    domain_id: str
    domain_name: str
    election_date: date
    number_of_seats: int | None = None
    lists: tuple[PartyList, ...] = ()
    stations: tuple[PollingStation, ...] = field(default=())
    #: Chosen once by the coordinator (EML 110a does not carry it); None: not chosen.
    counting_method: CountingMethod | None = None
    #: The municipality whose committee counts here: the sender of the 110b (its
    #: four-digit code and name). '' until the 110b is imported; in a municipal
    #: election (GR) it is the domain itself.
    authority_id: str = ""
    authority_name: str = ""
    #: The contest of the 230b: an electoral district (kieskring) in a TK, EP or a
    #: PS with several districts, else "geen".
    contest_id: str = "geen"
    contest_name: str = ""
    #: MaxVotes of the 110b: the municipality's number of eligible voters, if given.
    number_of_voters: int | None = None

    @property
    def municipality_id(self) -> str:
        """The counting municipality's four-digit code: the 110b's sender, else (GR) the domain."""
        return self.authority_id or (self.domain_id if self.category in MUNICIPAL_CATEGORIES else "")

    @property
    def municipality_name(self) -> str:
        return self.authority_name or (self.domain_name if self.category in MUNICIPAL_CATEGORIES else "")

    @property
    def is_public_body(self) -> bool:
        """Whether the counting municipality is one of the Caribbean public bodies."""
        return self.municipality_name in PUBLIC_BODIES

    @property
    def has_voter_cards(self) -> bool:
        """Whether field C (kiezerspassen) exists in this election."""
        return self.category not in CATEGORIES_WITHOUT_VOTER_CARDS

    def list_sizes(self) -> dict[int, int]:
        """List number -> number of candidates (the shape of the results form)."""
        return {pl.number: len(pl.candidates) for pl in self.lists}
