"""EML 230b, the candidate lists: every list and its candidates in ballot order."""

from __future__ import annotations

import re

from lxml import etree

from kiosk.domain.election import Candidate, PartyList
from kiosk.eml import bounds
from kiosk.eml.errors import EmlError, EmlWarning
from kiosk.eml.identity import check_identity, read_identity
from kiosk.eml.kinds import expect_kind
from kiosk.eml.model import CandidateLists
from kiosk.eml.ns import NS, clean, text_of
from kiosk.eml.schema import validate
from kiosk.eml.xmlsafe import parse_bytes

# The 230 schema leaves a candidate's Id optional and free-form; the kiosk
# needs it as the candidate's number on the list.
_POSITION = re.compile(r"[1-9][0-9]*")


def read_candidate_lists(data: bytes, source: str) -> CandidateLists:
    """The lists and candidates of an EML 230b."""
    return candidate_lists_from_root(parse_bytes(data, source), source)


def candidate_lists_from_root(root: etree._Element, source: str) -> CandidateLists:
    expect_kind(root, source, "230b")
    _check_structure(root, source)
    validate(root, "230b", source)
    election = root.find("eml:CandidateList/eml:Election", NS)
    identity = read_identity(election.find("eml:ElectionIdentifier", NS), source)
    check_identity(identity, source, require_domain=True)
    contests = election.findall("eml:Contest", NS)
    if len(contests) != 1:
        # Several contests (electoral districts) each repeat the lists; the
        # kiosk needs the file of its own district.
        raise EmlError("eml.multiple_contests", source=source, count=len(contests))
    warnings: list[EmlWarning] = []
    lists = tuple(
        _read_list(affiliation, source, warnings) for affiliation in contests[0].findall("eml:Affiliation", NS)
    )
    _check_unique_lists(lists, source)
    authority = root.find("eml:ManagingAuthority/eml:AuthorityIdentifier", NS)
    contest = contests[0].find("eml:ContestIdentifier", NS)
    return CandidateLists(
        source=source,
        election=identity,
        lists=lists,
        authority_id=authority.get("Id", "") if authority is not None else "",
        contest_id=clean(contest.get("Id")) if contest is not None else "geen",
        contest_name=text_of(contests[0], "eml:ContestIdentifier/eml:ContestName"),
        warnings=tuple(warnings),
    )


def _check_structure(root: etree._Element, source: str) -> None:
    """Known ways a 230b is broken, told in words before the schema's jargon."""
    if root.find("eml:ManagingAuthority", NS) is None:
        raise EmlError("eml.missing_authority", source=source)
    for contest in root.iterfind("eml:CandidateList/eml:Election/eml:Contest", NS):
        affiliations = contest.findall("eml:Affiliation", NS)
        if not affiliations:
            raise EmlError("eml.no_lists", source=source)
        for affiliation in affiliations:
            if affiliation.find("eml:Candidate", NS) is None:
                raise EmlError(
                    "eml.list_without_candidates",
                    source=source,
                    list=_list_label(affiliation),
                    name=text_of(affiliation, "eml:AffiliationIdentifier/eml:RegisteredName"),
                )


def _list_label(affiliation: etree._Element) -> str:
    identifier = affiliation.find("eml:AffiliationIdentifier", NS)
    return (identifier.get("Id") if identifier is not None else None) or "?"


def _read_list(affiliation: etree._Element, source: str, warnings: list[EmlWarning]) -> PartyList:
    name = text_of(affiliation, "eml:AffiliationIdentifier/eml:RegisteredName")
    label = _list_label(affiliation)
    if label == "?":
        raise EmlError("eml.list_without_number", source=source, name=name)
    identifier = affiliation.find("eml:AffiliationIdentifier", NS)
    number = bounds.bounded_int(label, bounds.LIST_NUMBER, source, "AffiliationIdentifier@Id", identifier)
    elements = affiliation.findall("eml:Candidate", NS)
    candidates = tuple(_read_candidate(number, element, source) for element in elements)
    positions = [c.position for c in candidates]
    if len(set(positions)) != len(positions):
        duplicate = next(p for p in positions if positions.count(p) > 1)
        raise EmlError("eml.duplicate_candidate", source=source, list=number, position=duplicate)
    if positions != sorted(positions):
        # The ballot order is the file order; a file that contradicts its own
        # numbering cannot be trusted to put votes on the right candidate.
        raise EmlError("eml.candidate_order", source=source, list=number)
    if positions != list(range(1, len(positions) + 1)):
        gap = EmlWarning.of("candidate_numbers_gap", list=number, last=positions[-1], count=len(positions))
        warnings.append(gap)
    return PartyList(number=number, name=name, candidates=candidates)


def _read_candidate(list_number: int, element: etree._Element, source: str) -> Candidate:
    identifier = element.find("eml:CandidateIdentifier", NS)
    raw = (identifier.get("Id") or "").strip()
    if not _POSITION.fullmatch(raw):
        raise EmlError("eml.candidate_without_number", source=source, list=list_number, value=raw[:12] or "-")
    position = bounds.bounded_int(raw, bounds.CANDIDATE_NUMBER, source, "CandidateIdentifier@Id", identifier)
    person = element.find("eml:CandidateFullName/xnl:PersonName", NS)
    last_name = text_of(person, "xnl:LastName") if person is not None else ""
    if not last_name:
        raise EmlError("eml.candidate_without_name", source=source, list=list_number, position=position)
    return Candidate(
        list_number=list_number,
        position=position,
        last_name=last_name,
        initials=text_of(person, "xnl:NameLine[@NameType='Initials']"),
        first_name=text_of(person, "xnl:FirstName"),
        prefix=text_of(person, "xnl:NamePrefix"),
        # The locality sits either directly in the address or inside a Country.
        locality=text_of(element, "eml:QualifyingAddress//xal:LocalityName"),
        gender=text_of(element, "eml:Gender") or text_of(element, "kr:GenderAnnex"),
    )


def _check_unique_lists(lists: tuple[PartyList, ...], source: str) -> None:
    seen: set[int] = set()
    for party_list in lists:
        if party_list.number in seen:
            raise EmlError("eml.duplicate_list", source=source, list=party_list.number)
        seen.add(party_list.number)
