"""Reading an EML 510b back: to check our own exports, never to import results.

The kiosk takes results only from paper (DESIGN §1: no digital carriers), so
``kiosk import`` refuses a 510. This reader exists to verify what
``write_510b`` wrote -- in tests and benchmarks, or by an auditor -- and
``field_values`` turns a vote group back into our field codes with the mapping
of ``kiosk.eml.write_510b``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from kiosk.domain.election import Election
from kiosk.domain.fields import candidate_code, list_total_code, list_votes_code
from kiosk.eml.errors import EmlError
from kiosk.eml.identity import read_identity
from kiosk.eml.kinds import kind_of
from kiosk.eml.model import ElectionIdentity
from kiosk.eml.ns import NS, clean, q, text_of
from kiosk.eml.schema import validate
from kiosk.eml.write_510b import REJECTED_VOTES, UNCOUNTED_VOTES
from kiosk.eml.xmlsafe import MAX_BYTES, parse_bytes


@dataclass(frozen=True)
class ListVotes:
    """One affiliation's selection and the candidate selections that follow it."""

    number: int
    name: str
    votes: int
    #: (candidate Id, votes), in document order.
    candidates: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class VoteGroup:
    """``TotalVotes`` (id and name '') or one ``ReportingUnitVotes``."""

    id: str
    name: str
    cast: int
    total_counted: int
    lists: tuple[ListVotes, ...]
    rejected: dict[str, int] = field(default_factory=dict)  # ReasonCode -> votes
    uncounted: dict[str, int] = field(default_factory=dict)  # ReasonCode -> count

    def field_values(self, election: Election) -> dict[str, int]:
        """The counts as field codes: A B [C] D E.<l> E F G H I J L<l>.<c> L<l>.T.

        H is TotalCounted + RejectedVotes; L<l>.T is the list's ValidVotes; a
        candidate Id is mapped to its place on ``election``'s list.
        """
        values = {code: self.uncounted[reason] for reason, code in UNCOUNTED_VOTES if reason in self.uncounted}
        values.update({code: self.rejected[reason] for reason, code in REJECTED_VOTES})
        values["E"] = self.total_counted
        values["H"] = self.total_counted + values["F"] + values["G"]
        party_lists = {party_list.number: party_list for party_list in election.lists}
        for found in self.lists:
            values[list_votes_code(found.number)] = values[list_total_code(found.number)] = found.votes
            index = {c.position: i for i, c in enumerate(party_lists[found.number].candidates, start=1)}
            for candidate_id, votes in found.candidates:
                values[candidate_code(found.number, index[candidate_id])] = votes
        return values


@dataclass(frozen=True)
class Count:
    """An EML 510 as written by ``write_510b``."""

    kind: str
    election: ElectionIdentity
    authority_id: str
    authority_name: str
    created: str
    contest_id: str
    total: VoteGroup
    units: tuple[VoteGroup, ...]

    def station(self, number: int) -> VoteGroup:
        """The ReportingUnitVotes of station ``number`` (Id ``....::SB<number>``)."""
        suffix = f"::SB{number}"
        for unit in self.units:
            if unit.id.endswith(suffix):
                return unit
        raise KeyError(number)


def read_510b(data: bytes, source: str = "<510b>") -> Count:
    """The contents of a schema-valid 510 with a single contest; EmlError or ValueError otherwise."""
    root = _parse(data, source)
    kind = kind_of(root, source)
    if not kind.startswith("510"):
        raise EmlError("eml.wrong_kind", source=source, expected_kind="510b", found_kind=kind)
    validate(root, kind, source)
    election = root.find("eml:Count/eml:Election", NS)
    contests = election.findall("eml:Contests/eml:Contest", NS)
    if len(contests) != 1:
        raise ValueError(f"{source}: expected one Contest, found {len(contests)}")
    contest = contests[0]
    total = contest.find("eml:TotalVotes", NS)
    if total is None:
        raise ValueError(f"{source}: no TotalVotes")
    authority = root.find("eml:ManagingAuthority/eml:AuthorityIdentifier", NS)
    return Count(
        kind=kind,
        election=read_identity(election.find("eml:ElectionIdentifier", NS), source),
        authority_id=clean(authority.get("Id")),
        authority_name=clean(authority.text),
        created=text_of(root, "kr:CreationDateTime"),
        contest_id=clean(contest.find("eml:ContestIdentifier", NS).get("Id")),
        total=_group(total, source),
        units=tuple(_group(unit, source) for unit in contest.findall("eml:ReportingUnitVotes", NS)),
    )


def _parse(data: bytes, source: str) -> etree._Element:
    if len(data) <= MAX_BYTES:
        return parse_bytes(data, source)
    # A count of a large municipality is bigger than any file the kiosk imports;
    # it is our own output, read with the same refusals of entities and DTDs.
    if b"<!DOCTYPE" in data:
        raise EmlError("eml.dtd_forbidden", source=source)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    return etree.fromstring(data, parser)


def _int(element: etree._Element) -> int:
    return int(clean(element.text))


def _group(group: etree._Element, source: str) -> VoteGroup:
    identifier = group.find("eml:ReportingUnitIdentifier", NS)
    lists: list[ListVotes] = []
    candidates: list[tuple[int, int]] = []
    for selection in group.findall("eml:Selection", NS):
        votes = _int(selection.find("eml:ValidVotes", NS))
        affiliation = selection.find("eml:AffiliationIdentifier", NS)
        if affiliation is not None:
            if lists:
                lists[-1] = _with_candidates(lists[-1], candidates)
            candidates = []
            name = text_of(affiliation, "eml:RegisteredName")
            lists.append(ListVotes(int(affiliation.get("Id")), name, votes))
            continue
        candidate = selection.find("eml:Candidate/eml:CandidateIdentifier", NS)
        if candidate is None or not lists:
            raise ValueError(f"{source}: a selection that is no candidate of a preceding list")
        candidates.append((int(candidate.get("Id")), votes))
    if lists:
        lists[-1] = _with_candidates(lists[-1], candidates)
    return VoteGroup(
        id=clean(identifier.get("Id")) if identifier is not None else "",
        name=clean(identifier.text) if identifier is not None else "",
        cast=_int(group.find("eml:Cast", NS)),
        total_counted=_int(group.find("eml:TotalCounted", NS)),
        lists=tuple(lists),
        rejected={e.get("ReasonCode"): _int(e) for e in group.iterchildren(q("eml", "RejectedVotes"))},
        uncounted={e.get("ReasonCode"): _int(e) for e in group.iterchildren(q("eml", "UncountedVotes"))},
    )


def _with_candidates(found: ListVotes, candidates: list[tuple[int, int]]) -> ListVotes:
    return ListVotes(found.number, found.name, found.votes, tuple(candidates))
