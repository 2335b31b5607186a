"""Writing EML 110a, 230b and 110b from an ``Election``.

Used to generate the demo election and test data, so the output must pass the
same strict schemas and readers as files from the Kiesraad. ``created`` is the
document's creation stamp, passed in so that the output never depends on the
clock: the same election and ``created`` always give the same bytes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from lxml import etree

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.eml.ns import NS, q
from kiosk.eml.read_110a import PREFERENCE_THRESHOLD, TOP_REGION
from kiosk.eml.schema import schema_problem

#: Kiesraad files put the nomination day 44 days before election day.
NOMINATION_DAYS_BEFORE = 44
#: Preference threshold (%) where the law does not depend on the council size.
DEFAULT_PREFERENCE_THRESHOLD = {"EP": 10}
_CANONICALIZATION = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments"
_MUNICIPALITY_CODE = re.compile(r"\d{4}")
_GENDERS = frozenset({"male", "female", "unknown"})  # eml:Gender; "other" is kr:GenderAnnex


def write_election_definition(
    election: Election,
    created: datetime,
    *,
    nomination_date: date | None = None,
    preference_threshold: int | None = None,
) -> bytes:
    """EML 110a for ``election`` (lists become the registered parties)."""
    if election.number_of_seats is None or not election.subcategory:
        raise ValueError("a 110a needs number_of_seats and subcategory")
    root = _root("110a", created, authority=None)
    event = _sub(root, "eml", "ElectionEvent")
    _sub(event, "eml", "EventIdentifier")
    node = _sub(event, "eml", "Election")
    _identifier(node, election, _nomination(election, nomination_date))
    contest = _sub(node, "eml", "Contest")
    national = TOP_REGION.get(election.category) == "STAAT"
    _sub(contest, "eml", "ContestIdentifier", Id="alle" if national else "geen")
    _sub(contest, "eml", "VotingMethod", text="SPV")
    _sub(contest, "eml", "MaxVotes")  # empty: the schema's default applies
    _sub(node, "kr", "NumberOfSeats", text=str(election.number_of_seats))
    threshold = preference_threshold if preference_threshold is not None else _threshold(election)
    _sub(node, "kr", "PreferenceThreshold", text=str(threshold))
    _tree(_sub(node, "kr", "ElectionTree"), election)
    parties = _sub(node, "kr", "RegisteredParties")
    for party_list in election.lists:
        if party_list.name:
            party = _sub(parties, "kr", "RegisteredParty")
            _sub(party, "kr", "RegisteredAppellation", text=party_list.name)
    return _serialise(root, "110a")


def write_candidate_lists(election: Election, created: datetime, *, nomination_date: date | None = None) -> bytes:
    """EML 230b with every list and candidate of ``election``, in the given order."""
    if not election.lists or any(not pl.candidates for pl in election.lists):
        raise ValueError("a 230b needs at least one list, and candidates on every list")
    authority_id = election.domain_id if _MUNICIPALITY_CODE.fullmatch(election.domain_id) else "CSB"
    root = _root("230b", created, authority=(authority_id, election.domain_name))
    node = _sub(_sub(root, "eml", "CandidateList"), "eml", "Election")
    _identifier(node, election, _nomination(election, nomination_date))
    contest = _sub(node, "eml", "Contest")
    contest_identifier = _sub(contest, "eml", "ContestIdentifier", Id=election.contest_id or "geen")
    if election.contest_name:
        _sub(contest_identifier, "eml", "ContestName", text=election.contest_name)
    for party_list in election.lists:
        _affiliation(contest, party_list)
    return _serialise(root, "230b")


def write_polling_stations(
    election: Election,
    created: datetime,
    *,
    authority_id: str | None = None,
    authority_name: str | None = None,
) -> bytes:
    """EML 110b with the stations of ``election``.

    The sender is the municipality: its four-digit code defaults to the
    election's ``municipality_id`` (its authority, or the domain of a municipal
    election). MaxVotes is the election's ``number_of_voters`` when set, else the
    sum of the stations'. A station with unknown voters is written as 0, which
    the reader reads back as unknown.
    """
    if not election.stations:
        raise ValueError("a 110b needs at least one polling station")
    code = authority_id if authority_id is not None else election.municipality_id
    if not _MUNICIPALITY_CODE.fullmatch(code):
        raise ValueError(f"a 110b needs the municipality's four-digit code, got {code!r}")
    name = authority_name if authority_name is not None else election.municipality_name
    root = _root("110b", created, authority=(code, name))
    event = _sub(root, "eml", "ElectionEvent")
    _sub(event, "eml", "EventIdentifier")
    node = _sub(event, "eml", "Election")
    _identifier(node, election, nomination_date=None)
    contest = _sub(node, "eml", "Contest")
    _sub(contest, "eml", "ContestIdentifier", Id="geen")
    unit = _sub(contest, "eml", "ReportingUnit")
    _sub(unit, "eml", "ReportingUnitIdentifier", text=name, Id=code)
    _sub(contest, "eml", "VotingMethod", text="SPV")
    total = election.number_of_voters
    if total is None:
        total = sum(s.number_of_voters or 0 for s in election.stations)
    _sub(contest, "eml", "MaxVotes", text=str(total) if total else None)
    for station in election.stations:
        _polling_place(contest, station)
    return _serialise(root, "110b")


# -- building blocks -----------------------------------------------------------


def _sub(parent: etree._Element, prefix: str, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, q(prefix, name), attrs)
    if text is not None:
        element.text = text
    return element


def _root(kind: str, created: datetime, authority: tuple[str, str] | None) -> etree._Element:
    nsmap = {None: NS["eml"], **{p: NS[p] for p in ("ds", "kr", "xal", "xnl")}}
    root = etree.Element(q("eml", "EML"), {"Id": kind, "SchemaVersion": "5"}, nsmap=nsmap)
    _sub(root, "eml", "TransactionId", text="1")
    if authority is not None:
        managing = _sub(root, "eml", "ManagingAuthority")
        _sub(managing, "eml", "AuthorityIdentifier", text=authority[1], Id=authority[0])
        _sub(managing, "eml", "AuthorityAddress")
    _sub(root, "eml", "IssueDate", text=created.date().isoformat())
    _sub(root, "kr", "CreationDateTime", text=created.isoformat(timespec="seconds"))
    _sub(root, "ds", "CanonicalizationMethod", Algorithm=_CANONICALIZATION)
    return root


def _nomination(election: Election, given: date | None) -> date:
    return given if given is not None else election.election_date - timedelta(days=NOMINATION_DAYS_BEFORE)


def _threshold(election: Election) -> int:
    by_size = PREFERENCE_THRESHOLD.get(election.subcategory)
    return by_size if by_size is not None else DEFAULT_PREFERENCE_THRESHOLD.get(election.category, 25)


def _identifier(parent: etree._Element, election: Election, nomination_date: date | None) -> None:
    identifier = _sub(parent, "eml", "ElectionIdentifier", Id=election.id)
    _sub(identifier, "eml", "ElectionName", text=election.name)
    _sub(identifier, "eml", "ElectionCategory", text=election.category)
    if election.subcategory:
        _sub(identifier, "kr", "ElectionSubcategory", text=election.subcategory)
    if election.domain_id or election.domain_name:
        domain = _sub(identifier, "kr", "ElectionDomain", text=election.domain_name)
        if election.domain_id:
            domain.set("Id", election.domain_id)
    _sub(identifier, "kr", "ElectionDate", text=election.election_date.isoformat())
    if nomination_date is not None:
        _sub(identifier, "kr", "NominationDate", text=nomination_date.isoformat())


def _tree(tree: etree._Element, election: Election) -> None:
    """The tree the reader expects for the category: the top region with the CSB;
    below it the electoral district of the contest (when it has a number) and the
    counting municipality (when it is not the top), as in the Kiesraad's files."""
    category = TOP_REGION.get(election.category, "GEMEENTE")
    region = _sub(tree, "kr", "Region", RegionCategory=category)
    top_number = None
    if category != "STAAT" and election.domain_id.isdigit() and int(election.domain_id) <= 32767:
        top_number = str(int(election.domain_id))
        region.set("RegionNumber", top_number)
    _sub(region, "kr", "RegionName", text="Nederland" if category == "STAAT" else election.domain_name)
    _sub(region, "kr", "Committee", CommitteeCategory="CSB")
    _sub(region, "kr", "Committee", CommitteeCategory="HSB")
    superior = {"SuperiorRegionCategory": category, **({"SuperiorRegionNumber": top_number} if top_number else {})}
    if election.contest_id.isdigit():
        district = _sub(tree, "kr", "Region", RegionNumber=election.contest_id, RegionCategory="KIESKRING", **superior)
        _sub(district, "kr", "RegionName", text=election.contest_name or f"Kieskring {election.contest_id}")
        _sub(district, "kr", "Committee", CommitteeCategory="HSB")
        superior = {"SuperiorRegionNumber": election.contest_id, "SuperiorRegionCategory": "KIESKRING"}
    if category != "GEMEENTE" and _MUNICIPALITY_CODE.fullmatch(election.authority_id):
        municipality = _sub(
            tree, "kr", "Region", RegionNumber=str(int(election.authority_id)), RegionCategory="GEMEENTE", **superior
        )
        _sub(municipality, "kr", "RegionName", text=election.authority_name or election.authority_id)


def _affiliation(contest: etree._Element, party_list: PartyList) -> None:
    affiliation = _sub(contest, "eml", "Affiliation")
    identifier = _sub(affiliation, "eml", "AffiliationIdentifier", Id=str(party_list.number))
    _sub(identifier, "eml", "RegisteredName", text=party_list.name)
    _sub(affiliation, "eml", "Type", text="op zichzelf staande lijst")
    publish_gender = any(c.gender for c in party_list.candidates)
    flag = "true" if publish_gender else "false"
    _sub(affiliation, "kr", "ListData", PublishGender=flag, PublicationLanguage="nl")
    for candidate in party_list.candidates:
        _candidate(affiliation, candidate)


def _candidate(affiliation: etree._Element, candidate: Candidate) -> None:
    element = _sub(affiliation, "eml", "Candidate")
    candidate_name(element, candidate, candidate.position)
    if candidate.locality:
        locality = _sub(_sub(element, "eml", "QualifyingAddress"), "xal", "Locality")
        _sub(locality, "xal", "LocalityName", text=candidate.locality)


def candidate_name(element: etree._Element, candidate: Candidate, identifier: int) -> None:
    """CandidateIdentifier, CandidateFullName and gender of a Candidate element (230b and 520 alike)."""
    _sub(element, "eml", "CandidateIdentifier", Id=str(identifier))
    person = _sub(_sub(element, "eml", "CandidateFullName"), "xnl", "PersonName")
    _optional(person, "NameLine", candidate.initials, NameType="Initials")
    _optional(person, "FirstName", candidate.first_name)
    _optional(person, "NamePrefix", candidate.prefix)
    _sub(person, "xnl", "LastName", text=candidate.last_name)
    if candidate.gender in _GENDERS:
        _sub(element, "eml", "Gender", text=candidate.gender)
    elif candidate.gender == "other":
        _sub(element, "kr", "GenderAnnex", text="other")
    elif candidate.gender:
        raise ValueError(f"unknown gender {candidate.gender!r} for candidate {candidate.position}")


def _optional(person: etree._Element, name: str, value: str, **attrs: str) -> None:
    if value:
        _sub(person, "xnl", name, text=value, **attrs)


def _polling_place(contest: etree._Element, station: PollingStation) -> None:
    place = _sub(contest, "eml", "PollingPlace", Channel="polling")
    location = _sub(place, "eml", "PhysicalLocation")
    locality = _sub(_sub(location, "eml", "Address"), "eml", "Locality")
    _sub(locality, "xal", "LocalityName", text=station.name)
    if station.postcode:
        _sub(_sub(locality, "xal", "PostalCode"), "xal", "PostalCodeNumber", text=station.postcode)
    voters = str(station.number_of_voters or 0)
    _sub(location, "eml", "PollingStation", text=voters, Id=str(station.number))


def _serialise(root: etree._Element, kind: str) -> bytes:
    """The document's bytes, after proving it passes the strict schema."""
    problem = schema_problem(root, kind)
    if problem is not None:
        line, detail = problem
        raise ValueError(f"generated EML {kind} is not schema-valid: {detail}")
    body = etree.tostring(root, xml_declaration=False, encoding="UTF-8", pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body
