"""Writing EML 510b ("Count"): the municipal totals and every polling station's results.

The document is the one the Kiesraad's software writes at the level of the
municipality (gemeentelijk stembureau): the ``ManagingAuthority`` is the
municipality (its four-digit code), ``TotalVotes`` holds the municipal totals
and there is one ``ReportingUnitVotes`` per polling station, identified as
``<municipality code>::SB<station number>`` and named
"<station name> (postcode: <postcode>)" (the postcode part only when known).

Mapping of our field codes (DESIGN §4) to the vote group, which is the same in
``TotalVotes`` and in each ``ReportingUnitVotes``; rows in document order:

==============================================================  ===========================================
EML 510 element                                                 field code / source
==============================================================  ===========================================
``Selection/AffiliationIdentifier[@Id=l]`` + ``ValidVotes``     ``E.<l>`` (= ``L<l>.T`` on definitive results)
``Selection/Candidate/CandidateIdentifier[@Id=n]`` +            ``L<l>.<c>``: n is the candidate number (230b
``ValidVotes``, after the selection of its list                 Id) of the c-th candidate of list l
``Cast``                                                        no form field: the station's number of
                                                                eligible voters (kiesgerechtigden, from the
                                                                110b), 0 when unknown; in TotalVotes the
                                                                110b's MaxVotes, else the stations' sum
``TotalCounted``                                                ``E`` (votes on candidates)
``RejectedVotes[@ReasonCode="blanco"]``                         ``F``
``RejectedVotes[@ReasonCode="ongeldig"]``                       ``G``
``UncountedVotes[@ReasonCode="geldige stempassen"]``            ``A``
``UncountedVotes[@ReasonCode="geldige volmachtbewijzen"]``      ``B``
``UncountedVotes[@ReasonCode="geldige kiezerspassen"]``         ``C`` (only where the election has C)
``UncountedVotes[@ReasonCode="toegelaten kiezers"]``            ``D``
``UncountedVotes[@ReasonCode="meer getelde stembiljetten"]``    ``I`` (empty = 0)
``UncountedVotes[@ReasonCode="minder getelde stembiljetten"]``  ``J`` (empty = 0)
(not written)                                                   ``H`` = TotalCounted + ongeldig + blanco
(not written)                                                   ``K.*``: the strict XSD has no code for them
==============================================================  ===========================================

This follows the Kiesraad's own 510b files (Abacus' export and its test
files): ``Cast`` is *not* H but the number of eligible voters, and H itself is
not written. Because H and ``L<l>.T`` are not carried, the writer refuses
results where they differ from what the 510 implies (H ≠ E+F+G, ``L<l>.T`` ≠
``E.<l>``); definitive results never do (errors F.203 and F.403). It also
refuses totals that are not the sum of the station results given, results of
another election shape, stations the election does not know and empty
required fields: an export never contradicts itself.

Output: UTF-8, XML declaration, fixed namespace prefixes, elements in the
schema's order, lists by number, candidates in ballot order, stations by
number, two-space indentation -- byte for byte what lxml's pretty printer makes
of the tree, as for the 110a/230b/110b writers (a test holds this).
``created`` is passed in, so the same input always gives the same bytes; the
totals sheet prints the SHA-256 of these bytes.

Scale: the largest municipality in a Tweede Kamer election (450 stations, 40
lists of 50 candidates) gives ~900 000 selections, ~180 MB of XML. An lxml tree
of that takes over a gigabyte and ~15 s to build, so only the header is built
with lxml; the vote groups are filled into a text template made once per
election (its only free text, list and station names, is escaped by lxml).
The bytes are validated against the strict 510 schema while streaming, before
they are returned: the kiosk never hands out a 510 that fails the schema.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from io import BytesIO

from lxml import etree

from kiosk.domain.election import Election, PollingStation
from kiosk.domain.fields import candidate_code, list_votes_code
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import Totals
from kiosk.eml.count_rows import station_rows, total_cast
from kiosk.eml.ns import NS, q
from kiosk.eml.schema import schema_for
from kiosk.eml.write import _CANONICALIZATION, _identifier, _sub

#: RejectedVotes reason code -> field code, in the order Abacus writes them (blanco first; the
#: Kiesraad's older OSV files put ongeldig first; the schema accepts either).
REJECTED_VOTES: tuple[tuple[str, str], ...] = (("blanco", "F"), ("ongeldig", "G"))
#: UncountedVotes reason code -> field code, in the schema's enumeration order.
UNCOUNTED_VOTES: tuple[tuple[str, str], ...] = (
    ("geldige stempassen", "A"),
    ("geldige volmachtbewijzen", "B"),
    ("geldige kiezerspassen", "C"),
    ("toegelaten kiezers", "D"),
    ("meer getelde stembiljetten", "I"),
    ("minder getelde stembiljetten", "J"),
)
_MUNICIPALITY_CODE = re.compile(r"\d{4}")
_INDENT = "  "
#: Depth of TotalVotes / ReportingUnitVotes below the root (Count, Election, Contests, Contest).
_GROUP_DEPTH = 5
_PLACEHOLDER = b"<TotalVotes/>\n"


def write_510b(
    election: Election,
    totals: Totals,
    station_results: Mapping[int, Results],
    created: datetime,
    *,
    authority_id: str | None = None,
    authority_name: str | None = None,
    contest_id: str | None = None,
    investigations: Mapping[int, Sequence[tuple[str, bool]]] | None = None,
) -> bytes:
    """EML 510b of the municipality: ``totals`` and every station in ``station_results``.

    ``authority_id`` is the municipality's four-digit code; it defaults to the
    election's ``municipality_id`` (the 110b's sender, or the domain of a
    municipal election). ``authority_name`` defaults to the municipality's name
    when the code is the election's, else to ''. ``contest_id`` is the
    ContestIdentifier; it defaults to the election's (the 230b's: "geen", or
    the electoral district). ``investigations``: per station, its
    ``kr:Investigation`` elements (reason code, true/false), written in a
    ``kr:ReportingUnitInvestigations`` last in its ReportingUnitVotes, where the
    strict schema has it (kiosk.domain.investigation.eml_investigations makes
    them). ValueError when the input is inconsistent (see the module docstring).
    """
    shape = ElectionShape.from_election(election)
    code, name = _authority(election, authority_id, authority_name)
    contest_id = election.contest_id if contest_id is None else contest_id
    stations, rows = station_rows(election, totals, station_results)

    head, tail = _header(election, created, code, name, contest_id)
    group = _VoteGroup(election, shape)
    voters = total_cast(election, stations.values())
    parts = [head, group.render("<TotalVotes>", "</TotalVotes>", totals.as_dict(), voters)]
    for number in totals.stations:
        station = stations[number]
        identifier = _element("ReportingUnitIdentifier", unit_name(station), f' Id="{code}::SB{number}"')
        opening = f"<ReportingUnitVotes>\n{_INDENT * (_GROUP_DEPTH + 1)}{identifier}"
        closing = _investigations((investigations or {}).get(number, ())) + "</ReportingUnitVotes>"
        parts.append(group.render(opening, closing, rows[number], station.number_of_voters or 0))
    parts.append(tail)
    data = b"".join(parts)
    _validate(data)
    return data


def _investigations(elements: Sequence[tuple[str, bool]]) -> str:
    """The station's kr:ReportingUnitInvestigations, indented as lxml would; '' for none. It comes
    after the vote group's last line, whose indentation (the group's own) is already written."""
    if not elements:
        return ""
    inner = _INDENT * (_GROUP_DEPTH + 2)
    lines = "".join(
        f'{inner}<kr:Investigation ReasonCode="{code}">{"true" if value else "false"}</kr:Investigation>\n'
        for code, value in elements
    )
    return (
        f"{_INDENT}<kr:ReportingUnitInvestigations>\n{lines}"
        f"{_INDENT * (_GROUP_DEPTH + 1)}</kr:ReportingUnitInvestigations>\n{_INDENT * _GROUP_DEPTH}"
    )


def unit_name(station: PollingStation) -> str:
    """The ReportingUnitIdentifier text of a station, as the Kiesraad writes it."""
    return f"{station.name} (postcode: {station.postcode})" if station.postcode else station.name


# -- checks ----------------------------------------------------------------------


def _authority(election: Election, authority_id: str | None, authority_name: str | None) -> tuple[str, str]:
    code = authority_id if authority_id is not None else election.municipality_id
    if not _MUNICIPALITY_CODE.fullmatch(code):
        hint = "" if authority_id is not None else " (the election has no counting municipality: import its 110b)"
        raise ValueError(f"a 510b is written by the municipality and needs its four-digit code, not {code!r}{hint}")
    if authority_name is None:
        authority_name = election.municipality_name if code == election.municipality_id else ""
    return code, authority_name


# -- building blocks -------------------------------------------------------------


def _element(tag: str, text: str, attributes: str = "") -> str:
    """``<tag attributes>text</tag>`` as lxml writes it: escaped, and ``<tag/>`` when empty.

    ValueError for characters that XML cannot hold.
    """
    if not text:
        return f"<{tag}{attributes}/>"
    element = etree.Element("x")
    element.text = text
    escaped = etree.tostring(element, encoding="unicode")[len("<x>") : -len("</x>")]
    return f"<{tag}{attributes}>{escaped}</{tag}>"


def _header(election: Election, created: datetime, code: str, name: str, contest_id: str) -> tuple[bytes, bytes]:
    """The document around the vote groups, as lxml writes it: (up to them, after them)."""
    nsmap = {None: NS["eml"], **{p: NS[p] for p in ("ds", "kr", "xal", "xnl")}}
    # Like write._root, but a 510 has no IssueDate (EMLstructure510 leaves it out).
    root = etree.Element(q("eml", "EML"), {"Id": "510b", "SchemaVersion": "5"}, nsmap=nsmap)
    _sub(root, "eml", "TransactionId", text="1")
    managing = _sub(root, "eml", "ManagingAuthority")
    _sub(managing, "eml", "AuthorityIdentifier", text=name or None, Id=code)
    _sub(managing, "eml", "AuthorityAddress")
    _sub(root, "kr", "CreationDateTime", text=created.isoformat(timespec="seconds"))
    _sub(root, "ds", "CanonicalizationMethod", Algorithm=_CANONICALIZATION)
    count = _sub(root, "eml", "Count")
    _sub(count, "eml", "EventIdentifier")
    node = _sub(count, "eml", "Election")
    _identifier(node, election, nomination_date=None)
    contest = _sub(_sub(node, "eml", "Contests"), "eml", "Contest")
    _sub(contest, "eml", "ContestIdentifier", Id=contest_id)
    _sub(contest, "eml", "TotalVotes")  # the placeholder
    body = etree.tostring(root, xml_declaration=False, encoding="UTF-8", pretty_print=True)
    head, found, tail = body.partition(_INDENT.encode() * _GROUP_DEPTH + _PLACEHOLDER)
    assert found and _PLACEHOLDER not in tail, "the placeholder must occur exactly once"
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + head, tail


class _VoteGroup:
    """The text of one vote group with %d holes, made once per election.

    ``render`` fills in one station's (or the totals') numbers: the selections
    come from ``codes`` in order, then Cast, TotalCounted, RejectedVotes and
    UncountedVotes.
    """

    def __init__(self, election: Election, shape: ElectionShape) -> None:
        pad = "\n" + _INDENT * (_GROUP_DEPTH + 1)
        deeper, deepest = pad + _INDENT, pad + _INDENT * 2
        by_number = {party_list.number: party_list for party_list in election.lists}
        lines: list[str] = []
        codes: list[str] = []
        for number in shape.list_numbers:
            party_list = by_number[number]
            name = _element("RegisteredName", party_list.name).replace("%", "%%")
            lines.append(
                f'{pad}<Selection>{deeper}<AffiliationIdentifier Id="{number}">{deepest}{name}'
                f"{deeper}</AffiliationIdentifier>{deeper}<ValidVotes>%d</ValidVotes>{pad}</Selection>"
            )
            codes.append(list_votes_code(number))
            for index, candidate in enumerate(party_list.candidates, start=1):
                lines.append(
                    f'{pad}<Selection>{deeper}<Candidate>{deepest}<CandidateIdentifier Id="{candidate.position}"/>'
                    f"{deeper}</Candidate>{deeper}<ValidVotes>%d</ValidVotes>{pad}</Selection>"
                )
                codes.append(candidate_code(number, index))
        self._cast_at = len(codes)  # Cast is no field: render puts it here
        lines.append(f"{pad}<Cast>%d</Cast>{pad}<TotalCounted>%d</TotalCounted>")
        codes.append("E")
        for reason, code in REJECTED_VOTES:
            lines.append(f'{pad}<RejectedVotes ReasonCode="{reason}">%d</RejectedVotes>')
            codes.append(code)
        for reason, code in UNCOUNTED_VOTES:
            if code != "C" or shape.has_voter_cards:
                lines.append(f'{pad}<UncountedVotes ReasonCode="{reason}">%d</UncountedVotes>')
                codes.append(code)
        self._codes = tuple(codes)
        self._template = "".join(lines) + "\n" + _INDENT * _GROUP_DEPTH

    def render(self, opening: str, closing: str, values: Mapping[str, int], cast: int) -> bytes:
        numbers = [values[code] for code in self._codes]
        numbers.insert(self._cast_at, cast)
        body = self._template % tuple(numbers)
        return f"{_INDENT * _GROUP_DEPTH}{opening}{body}{closing}\n".encode()


def _validate(data: bytes) -> None:
    """ValueError unless ``data`` is valid against the strict 510 schema.

    Streams through the document and drops each vote group once it has been
    checked, so that memory stays near the size of the bytes themselves.
    """
    parser = etree.iterparse(
        BytesIO(data),
        events=("end",),
        tag=(q("eml", "TotalVotes"), q("eml", "ReportingUnitVotes")),
        schema=schema_for("510"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
    )
    try:
        for _, element in parser:
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as exc:
        detail = re.sub(r"\{[^}]*\}", "", str(exc))
        raise ValueError(f"generated EML 510b is not schema-valid: {detail}") from None
