"""Writing EML 520 ("Result"): the central committee's (CSB) result of a municipal election.

The document is the one the Kiesraad's software (OSV, and Abacus since it matched OSV's output)
writes for a CSB. It names the *elected* only -- the strict 520 schema fixes ``Elected`` to
``yes``, so a list without seats or a candidate who is not elected cannot appear in it:

=============================================  =================================================
EML 520 element                                source
=============================================  =================================================
``ManagingAuthority/AuthorityIdentifier``      ``Id="CSB"`` (as OSV writes it; not the municipal
                                               code), text: the election's domain (the
                                               municipality)
``kr:CreationDateTime``                        ``data.produced_at``, to the second, with its offset
``Result/Election/ElectionIdentifier``         as in the 510b (no NominationDate: not in a 520)
``Contest/ContestIdentifier[@Id]``             ``election.contest_id`` ("geen" for a GR)
``Selection`` with ``AffiliationIdentifier``   every list with at least one seat
(``@Id`` = list number, ``RegisteredName``)    (``apportionment.total_seats``), in list-number
+ ``Elected`` yes                              order; no ``Ranking`` (OSV writes none there)
``Selection`` with ``Candidate``               after its list, one per seat: the list's elected
+ ``Ranking`` + ``Elected`` yes                (``apportionment.elected``) in the order they were
                                               elected -- by preference votes first (P 15), then
                                               in list order (P 17)
``CandidateIdentifier[@Id]``                   1, 2, ... in that order within the list: OSV
                                               numbers the elected, it does not repeat the 230b's
                                               candidate number
``CandidateFullName/xnl:PersonName``           initials, first name, prefix, last name (230b)
``Gender`` / ``kr:GenderAnnex``                as in the 230b (none when unknown)
``QualifyingAddress/xal:Locality``             the candidate's locality (mandatory in a 520;
                                               empty ``LocalityName`` when the 230b gave none)
``Ranking``                                    1: elected by preference votes (more votes than
                                               ``apportionment.preference_threshold``), 2: by
                                               the order of the list
``Votes``                                      only with ``with_votes=True`` (OSV writes none):
                                               the list's *stemcijfer*, the candidate's votes;
                                               left out where 0 (the schema wants > 0)
=============================================  =================================================

Consequences of the law that the document shows without saying so: a deceased candidate (P 19a)
is passed over and does not appear; an exhausted list (P 10) has as many candidate selections as
it has living candidates; seats no list could take are simply not in the document.

The writer refuses (ValueError) data that contradict themselves: an apportionment of other votes
than ``data.totals``, of other lists than the election's, a list with another number of elected
than seats, an elected candidate who is deceased or not on the list, or elected in an order the
law does not give. An export never contradicts the P 22-2 made from the same data.

Output: UTF-8, XML declaration, fixed namespace prefixes, two-space indentation as lxml's pretty
printer writes it, validated against the strict 520 schema before it is returned. It depends on
nothing but ``data`` (and the options): not on ``eml_sha256``, ``audit_head`` or ``audit_seq``,
which are made from these bytes or after them. The same data always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

from lxml import etree

from kiosk.domain.election import Candidate, Election, PartyList
from kiosk.domain.fields import candidate_code
from kiosk.domain.seats import Apportionment
from kiosk.eml.ns import NS, q
from kiosk.eml.write import _CANONICALIZATION, _identifier, _serialise, _sub, candidate_name

if TYPE_CHECKING:  # the report's data module; imported for the annotation only
    from kiosk.domain.csb_result import P22Data

#: The AuthorityIdentifier Id of a central committee (kr:XSBType allows CSB, HSBn, SBn, dddd).
AUTHORITY_ID = "CSB"
#: Ranking: elected by preference votes (P 15) / by the order of the list (P 17).
BY_PREFERENCE, BY_LIST_ORDER = 1, 2


def write_520(data: P22Data, *, transaction_id: int = 1, with_votes: bool = False) -> bytes:
    """EML 520 of the CSB: every list with seats and its elected candidates, from ``data`` alone.

    ``transaction_id``: the TransactionId (OSV and Abacus write 1). ``with_votes``: also write
    ``Votes`` (the list's *stemcijfer*, the candidate's votes; left out where 0), which the
    schema allows and OSV does not write. ValueError when the data contradict themselves (see
    the module docstring) or no list has a seat.
    """
    if transaction_id < 1:
        raise ValueError(f"TransactionId must be a positive number, not {transaction_id}")
    election, result = data.election, data.apportionment
    votes = _candidate_votes(election, data.totals.as_dict(), result)
    elected = _elected(election, result, data.deceased, votes)
    if not elected:
        raise ValueError("no list has a seat: a 520 names at least one elected list")

    root = _root(election, data, transaction_id)
    node = _sub(_sub(root, "eml", "Result"), "eml", "Election")
    _identifier(node, election, nomination_date=None)
    contest = _sub(node, "eml", "Contest")
    _sub(contest, "eml", "ContestIdentifier", Id=election.contest_id or "geen")
    lists = {party_list.number: party_list for party_list in election.lists}
    for number, chosen in elected.items():
        party_list = lists[number]
        list_votes = sum(votes[number]) if with_votes else 0
        _affiliation(contest, party_list, list_votes)
        for rank, (candidate, ranking) in enumerate(chosen, start=1):
            candidate_votes = votes[number][candidate - 1] if with_votes else 0
            _candidate(contest, party_list.candidates[candidate - 1], rank, ranking, candidate_votes)
    return _serialise(root, "520")


# -- checks -------------------------------------------------------------------------------------


def _candidate_votes(
    election: Election, totals: Mapping[str, int], result: Apportionment
) -> dict[int, tuple[int, ...]]:
    """List number -> its candidates' votes from the totals, in list order; ValueError unless
    the apportionment's lists are the election's and their votes those of the totals."""
    numbers = [party_list.number for party_list in election.lists]
    standings = {standing.number: standing for standing in result.standings}
    if sorted(numbers) != sorted(standings):
        raise ValueError(
            f"the apportionment is of lists {_numbers(sorted(standings))}, the election has {_numbers(sorted(numbers))}"
        )
    votes: dict[int, tuple[int, ...]] = {}
    for party_list in election.lists:
        codes = [candidate_code(party_list.number, c) for c in range(1, len(party_list.candidates) + 1)]
        missing = [code for code in codes if code not in totals]
        if missing:
            raise ValueError(f"the totals have no votes for {', '.join(missing)}: of another election?")
        votes[party_list.number] = tuple(totals[code] for code in codes)
        if sum(votes[party_list.number]) != standings[party_list.number].votes:
            raise ValueError(
                f"list {party_list.number}: the apportionment counts {standings[party_list.number].votes} votes, "
                f"the totals {sum(votes[party_list.number])}"
            )
    return votes


def _elected(
    election: Election,
    result: Apportionment,
    deceased: frozenset[tuple[int, int]],
    votes: Mapping[int, tuple[int, ...]],
) -> dict[int, tuple[tuple[int, int], ...]]:
    """List number -> ((candidate number, Ranking), ...) in the order elected, for every list
    with seats, in list-number order; ValueError where the apportionment contradicts itself."""
    assert result.elected is not None  # P22Data holds complete results only
    seats = result.total_seats
    unknown = sorted(set(result.elected) - set(seats))
    if unknown:
        raise ValueError(f"elected candidates on lists the apportionment does not have: {_numbers(unknown)}")
    sizes = election.list_sizes()
    elected: dict[int, tuple[tuple[int, int], ...]] = {}
    for number in sorted(seats):
        chosen = tuple(result.elected.get(number, ()))
        if len(chosen) != seats[number]:
            raise ValueError(f"list {number} has {seats[number]} seats but {len(chosen)} elected candidates")
        if len(set(chosen)) != len(chosen) or not all(1 <= c <= sizes[number] for c in chosen):
            raise ValueError(f"list {number}: elected candidates {list(chosen)} are not its candidates once each")
        dead = [c for c in chosen if (number, c) in deceased]
        if dead:
            raise ValueError(f"list {number}: deceased candidates cannot be elected (P 19a): {_numbers(dead)}")
        if chosen:
            elected[number] = tuple(zip(chosen, _rankings(number, chosen, votes[number], result.preference_threshold)))
    return elected


def _rankings(number: int, chosen: tuple[int, ...], votes: tuple[int, ...], threshold: Fraction) -> tuple[int, ...]:
    """The Ranking of each elected candidate: 1 above the preference threshold (P 15), else 2.

    A list's candidates above the threshold are elected first, all of them as far as its seats
    go; only then do the others follow in list order (P 17). Anything else is refused.
    """
    rankings = tuple(BY_PREFERENCE if votes[c - 1] > threshold else BY_LIST_ORDER for c in chosen)
    if list(rankings) != sorted(rankings):
        raise ValueError(f"list {number}: a candidate above the preference threshold is elected after one below it")
    by_list_order = [c for c, ranking in zip(chosen, rankings) if ranking == BY_LIST_ORDER]
    if by_list_order != sorted(by_list_order):
        raise ValueError(f"list {number}: candidates elected by list order are not in the order of the list")
    return rankings


# -- building blocks ----------------------------------------------------------------------------


def _root(election: Election, data: P22Data, transaction_id: int) -> etree._Element:
    """The EML element with the header: a 520 has no IssueDate (EMLstructure520 leaves it out)."""
    nsmap = {None: NS["eml"], **{p: NS[p] for p in ("ds", "kr", "xal", "xnl")}}
    root = etree.Element(q("eml", "EML"), {"Id": "520", "SchemaVersion": "5"}, nsmap=nsmap)
    _sub(root, "eml", "TransactionId", text=str(transaction_id))
    managing = _sub(root, "eml", "ManagingAuthority")
    name = election.domain_name or election.municipality_name
    _sub(managing, "eml", "AuthorityIdentifier", text=name or None, Id=AUTHORITY_ID)
    _sub(managing, "eml", "AuthorityAddress")
    _sub(root, "kr", "CreationDateTime", text=data.produced_at.isoformat(timespec="seconds"))
    _sub(root, "ds", "CanonicalizationMethod", Algorithm=_CANONICALIZATION)
    return root


def _affiliation(contest: etree._Element, party_list: PartyList, votes: int) -> None:
    selection = _sub(contest, "eml", "Selection")
    identifier = _sub(selection, "eml", "AffiliationIdentifier", Id=str(party_list.number))
    _sub(identifier, "eml", "RegisteredName", text=party_list.name)
    if votes > 0:
        _sub(selection, "eml", "Votes", text=str(votes))
    _sub(selection, "eml", "Elected", text="yes")


def _candidate(contest: etree._Element, candidate: Candidate, rank: int, ranking: int, votes: int) -> None:
    selection = _sub(contest, "eml", "Selection")
    element = _sub(selection, "eml", "Candidate")
    candidate_name(element, candidate, rank)  # Id: the order elected (Abacus #3485)
    locality = _sub(_sub(element, "eml", "QualifyingAddress"), "xal", "Locality")
    _sub(locality, "xal", "LocalityName", text=candidate.locality or None)
    if votes > 0:
        _sub(selection, "eml", "Votes", text=str(votes))
    _sub(selection, "eml", "Ranking", text=str(ranking))
    _sub(selection, "eml", "Elected", text="yes")


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers) or "none"
