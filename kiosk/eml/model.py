"""What the 230b and 110b readers return: the election they claim to belong to,
their content in the domain's own types, and any warnings.

A 110a becomes a plain ``kiosk.domain.election.Election``; a 230b or 110b is
only meaningful next to that election, so it keeps its own identity until
``check_belongs_to`` has compared the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.election import PartyList, PollingStation
from kiosk.eml.errors import EmlWarning


@dataclass(frozen=True)
class ElectionIdentity:
    """The ElectionIdentifier block every EML message carries ('' = absent)."""

    id: str
    category: str
    election_date: date
    name: str = ""
    subcategory: str = ""
    domain_id: str = ""
    domain_name: str = ""
    nomination_date: date | None = None


@dataclass(frozen=True)
class CandidateLists:
    """An EML 230b: the lists and candidates of one election."""

    source: str
    election: ElectionIdentity
    lists: tuple[PartyList, ...]
    authority_id: str = ""
    #: The contest's ContestIdentifier: "geen", or the electoral district (kieskring).
    contest_id: str = "geen"
    contest_name: str = ""
    warnings: tuple[EmlWarning, ...] = ()


@dataclass(frozen=True)
class StationList:
    """An EML 110b: the polling stations of one municipality."""

    source: str
    election: ElectionIdentity
    stations: tuple[PollingStation, ...]
    #: The sender: the municipality (four-digit code and name).
    authority_id: str = ""
    authority_name: str = ""
    #: MaxVotes of the contest: the municipality's number of voters, if given.
    number_of_voters: int | None = None
    warnings: tuple[EmlWarning, ...] = ()
