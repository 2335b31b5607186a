"""EML 110b, the polling stations of a municipality."""

from __future__ import annotations

from lxml import etree

from kiosk.domain.election import PollingStation
from kiosk.eml import bounds
from kiosk.eml.errors import EmlError, EmlWarning
from kiosk.eml.identity import check_identity, read_identity
from kiosk.eml.kinds import expect_kind
from kiosk.eml.model import StationList
from kiosk.eml.ns import NS, clean, text_of
from kiosk.eml.schema import validate
from kiosk.eml.xmlsafe import parse_bytes

#: Below this many stations the operator is asked to check the file is complete.
FEW_STATIONS = 10


def read_polling_stations(data: bytes, source: str) -> StationList:
    """The polling stations of an EML 110b."""
    return station_list_from_root(parse_bytes(data, source), source)


def station_list_from_root(root: etree._Element, source: str) -> StationList:
    expect_kind(root, source, "110b")
    warnings: list[EmlWarning] = []
    _tolerate_nomination_date(root, warnings)
    validate(root, "110b", source)
    elections = root.findall("eml:ElectionEvent/eml:Election", NS)
    if len(elections) != 1:
        raise EmlError("eml.multiple_elections", source=source, count=len(elections))
    identity = read_identity(elections[0].find("eml:ElectionIdentifier", NS), source)
    # A 110b may leave the domain out; check_belongs_to compares what is there.
    check_identity(identity, source, require_domain=False)
    contests = elections[0].findall("eml:Contest", NS)
    stations = tuple(
        _read_station(place, warnings, source)
        for contest in contests
        for place in contest.findall("eml:PollingPlace", NS)
    )
    _check_unique(stations, source)
    if len(stations) < FEW_STATIONS:
        warnings.append(EmlWarning.of("few_stations", count=len(stations)))
    max_votes = text_of(contests[0], "eml:MaxVotes")
    number_of_voters = None
    if max_votes:
        node = contests[0].find("eml:MaxVotes", NS)
        number_of_voters = bounds.bounded_int(max_votes, bounds.CONTEST_VOTERS, source, "MaxVotes", node)
    authority = root.find("eml:ManagingAuthority/eml:AuthorityIdentifier", NS)
    return StationList(
        source=source,
        election=identity,
        stations=stations,
        authority_id=clean(authority.get("Id")) if authority is not None else "",
        authority_name=clean(authority.text) if authority is not None else "",
        number_of_voters=number_of_voters,
        warnings=tuple(warnings),
    )


def _tolerate_nomination_date(root: etree._Element, warnings: list[EmlWarning]) -> None:
    """Drop kr:NominationDate from the identifier: the strict 110b schema forbids
    it, yet real 110b files (e.g. the Kiesraad's own test file) carry it. It is
    harmless here, so it is ignored with a warning rather than refusing the file."""
    path = "eml:ElectionEvent/eml:Election/eml:ElectionIdentifier/kr:NominationDate"
    for element in root.findall(path, NS):
        element.getparent().remove(element)
        warnings.append(EmlWarning.of("nomination_date_ignored"))


def _read_station(place: etree._Element, warnings: list[EmlWarning], source: str) -> PollingStation:
    location = place.find("eml:PhysicalLocation", NS)
    station = location.find("eml:PollingStation", NS)
    number = bounds.bounded_int(station.get("Id"), bounds.STATION_NUMBER, source, "PollingStation@Id", station)
    # schema: one or more digits
    voters = bounds.bounded_int(station.text, bounds.STATION_VOTERS, source, "PollingStation", station)
    if voters == 0:
        # 0 registered voters is not a real number for a station; it is how
        # files say "unknown". Kept as unknown (None) and shown to the operator.
        warnings.append(EmlWarning.of("voters_unknown", station=number))
    return PollingStation(
        number=number,
        name=text_of(location, "eml:Address/eml:Locality/xal:LocalityName"),
        postcode=text_of(location, "eml:Address/eml:Locality/xal:PostalCode/xal:PostalCodeNumber"),
        number_of_voters=voters or None,
    )


def _check_unique(stations: tuple[PollingStation, ...], source: str) -> None:
    seen: set[int] = set()
    for station in stations:
        if station.number in seen:
            raise EmlError("eml.duplicate_station", source=source, station=station.number)
        seen.add(station.number)
