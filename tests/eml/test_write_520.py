"""EML 520 export of the CSB: schema-valid, the elected exactly as apportioned, the Kiesraad's form."""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from lxml import etree

from kiosk.demo.results import consistent_results
from kiosk.domain.csb_result import GsbSheet, P22Data
from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.fields import candidate_code
from kiosk.domain.results import Results
from kiosk.domain.seats import Apportionment, Contest, ListVotes, apportion
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import DIFFERENCE_FIELDS, Totals, sum_results, summed_codes
from kiosk.eml.ns import NS
from kiosk.eml.schema import schema_for
from kiosk.eml.write_520 import write_520
from tests.support.elections import KINDS, generated

PRODUCED = datetime(2026, 3, 20, 14, 5, 7, tzinfo=timezone.utc)
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


# -- building the CSB's data -------------------------------------------------------------------


def gr(seats: int = 7) -> Election:
    """The generated GR (lists of 6, 4 and 3 candidates) with a council that fits them."""
    return replace(generated(KINDS["GR"]), number_of_seats=seats)


def station_totals(election: Election, seed: int = 1) -> Totals:
    """The sum of consistent results of every station, as the GSB totals them."""
    shape = ElectionShape.from_election(election)
    rng = random.Random(seed)
    results = {
        station.number: Results.from_mapping(shape, consistent_results(shape, rng, station.number_of_voters or 1500))
        for station in election.stations
    }
    return sum_results(shape, results)


def typed_totals(election: Election, votes: dict[int, list[int]]) -> Totals:
    """Totals as the CSB types them from a GSB sheet, with the given candidate votes."""
    shape = ElectionShape.from_election(election)
    values: dict[str, int] = {}
    for number, candidates in votes.items():
        for position, count in enumerate(candidates, start=1):
            values[candidate_code(number, position)] = count
        values[f"L{number}.T"] = values[f"E.{number}"] = sum(candidates)
    total = sum(sum(candidates) for candidates in votes.values())
    values.update(E=total, H=total, D=total, A=total)
    counts = tuple((code, values.get(code, 0)) for code in summed_codes(shape))
    return Totals(shape, (1,), counts, tuple((code, ()) for code in DIFFERENCE_FIELDS))


def contest_of(election: Election, totals: Totals, deceased: frozenset[tuple[int, int]] = frozenset()) -> Contest:
    votes = totals.as_dict()
    lists = tuple(
        ListVotes(p.number, tuple(votes[candidate_code(p.number, c)] for c in range(1, len(p.candidates) + 1)))
        for p in election.lists
    )
    return Contest(election.number_of_seats or 0, lists, deceased)


def complete(contest: Contest) -> Apportionment:
    """The apportionment, drawing the first tied option wherever the law needs a lot."""
    lots: tuple[int, ...] = ()
    while (result := apportion(contest, lots)).needs_lot is not None:
        lots += (result.needs_lot.options[0],)
    return result


def p22(election: Election, totals: Totals, deceased: frozenset[tuple[int, int]] = frozenset()) -> P22Data:
    return P22Data(
        election=election,
        totals=totals,
        apportionment=complete(contest_of(election, totals, deceased)),
        gsb_sheets=(GsbSheet(election.municipality_id, election.municipality_name, "ab" * 32, False),),
        eml_sha256="0" * 64,
        audit_head="0" * 64,
        produced_at=PRODUCED,
        deceased=deceased,
    )


# -- reading the document back -----------------------------------------------------------------


def selections(data: bytes) -> list[etree._Element]:
    return etree.fromstring(data).findall("eml:Result/eml:Election/eml:Contest/eml:Selection", NS)


def read_back(data: bytes) -> dict[int, dict]:
    """List number -> {name, votes, candidates: [(id, ranking, last name, initials, votes)]}."""
    lists: dict[int, dict] = {}
    current: dict | None = None
    for selection in selections(data):
        assert selection.findtext("eml:Elected", namespaces=NS) == "yes"
        votes = selection.findtext("eml:Votes", namespaces=NS)
        affiliation = selection.find("eml:AffiliationIdentifier", NS)
        if affiliation is not None:
            assert selection.find("eml:Ranking", NS) is None  # OSV writes no Ranking for a list
            current = lists[int(affiliation.get("Id"))] = {
                "name": affiliation.findtext("eml:RegisteredName", namespaces=NS),
                "votes": votes,
                "candidates": [],
            }
            continue
        assert current is not None, "a candidate comes after its list"
        candidate = selection.find("eml:Candidate", NS)
        person = candidate.find("eml:CandidateFullName/xnl:PersonName", NS)
        current["candidates"].append(
            (
                int(candidate.find("eml:CandidateIdentifier", NS).get("Id")),
                int(selection.findtext("eml:Ranking", namespaces=NS)),
                person.findtext("xnl:LastName", namespaces=NS),
                person.findtext("xnl:NameLine[@NameType='Initials']", namespaces=NS),
                votes,
            )
        )
    return lists


def expected(data: P22Data) -> dict[int, list[Candidate]]:
    """List number -> its elected candidates in the order elected, from the apportionment."""
    lists = {p.number: p for p in data.election.lists}
    elected = data.apportionment.elected or {}
    return {n: [lists[n].candidates[c - 1] for c in elected[n]] for n in sorted(elected) if elected[n]}


def assert_elected_as_apportioned(data: P22Data, document: bytes) -> None:
    found = read_back(document)
    wanted = expected(data)
    assert sorted(found) == sorted(wanted)
    seats = data.apportionment.total_seats
    for number, candidates in wanted.items():
        got = found[number]["candidates"]
        assert [c[0] for c in got] == list(range(1, len(candidates) + 1))  # OSV numbers the elected
        assert [(c[2], c[3]) for c in got] == [(c.last_name, c.initials) for c in candidates]
        assert len(got) == seats[number]
    assert all(seats[n] == 0 for n in seats if n not in found)


# -- the document ------------------------------------------------------------------------------


def test_valid_against_the_strict_schema_with_the_kiesraads_header() -> None:
    data = p22(gr(), station_totals(gr()))
    document = write_520(data)
    assert document.startswith(DECLARATION)
    root = etree.fromstring(document)
    assert schema_for("520").validate(root), schema_for("520").error_log
    assert root.get("Id") == "520"
    assert root.findtext("eml:TransactionId", namespaces=NS) == "1"
    authority = root.find("eml:ManagingAuthority/eml:AuthorityIdentifier", NS)
    assert (authority.get("Id"), authority.text) == ("CSB", "Maastricht")  # as OSV: CSB, not 0935
    assert root.find("eml:IssueDate", NS) is None
    assert root.findtext("kr:CreationDateTime", namespaces=NS) == "2026-03-20T14:05:07+00:00"
    identifier = root.find("eml:Result/eml:Election/eml:ElectionIdentifier", NS)
    assert identifier.get("Id") == "GR2026"
    assert identifier.findtext("eml:ElectionCategory", namespaces=NS) == "GR"
    assert identifier.find("kr:ElectionDomain", NS).get("Id") == "0935"
    assert identifier.find("kr:NominationDate", NS) is None
    contests = root.findall("eml:Result/eml:Election/eml:Contest", NS)
    assert [c.find("eml:ContestIdentifier", NS).get("Id") for c in contests] == ["geen"]
    assert write_520(data, transaction_id=4).count(b"<TransactionId>4</TransactionId>") == 1


def test_the_elected_are_exactly_the_apportionment_and_seats_per_list() -> None:
    for seed in range(1, 6):
        election = gr()
        data = p22(election, station_totals(election, seed))
        document = write_520(data)
        assert_elected_as_apportioned(data, document)
        candidates = [s for s in selections(document) if s.find("eml:Candidate", NS) is not None]
        assert len(candidates) == sum(data.apportionment.total_seats.values()) == 7


def test_ranking_one_by_preference_votes_then_two_in_list_order() -> None:
    election = gr()
    # quota 1000/7; below 19 seats the threshold is half of it (71.4): candidate 5 of list 1 and 3
    # of list 2 pass it, and are elected before the list order.
    totals = typed_totals(election, {1: [300, 20, 10, 5, 120, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]})
    data = p22(election, totals)
    assert data.apportionment.total_seats == {1: 3, 2: 2, 3: 2}
    found = read_back(write_520(data))
    assert [c[:3] for c in found[1]["candidates"]] == [(1, 1, "Kandidaat1"), (2, 1, "Kandidaat5"), (3, 2, "Kandidaat2")]
    assert [c[:3] for c in found[2]["candidates"]] == [(1, 1, "Kandidaat1"), (2, 1, "Kandidaat3")]
    assert [c[:3] for c in found[3]["candidates"]] == [(1, 1, "Kandidaat1"), (2, 2, "Kandidaat2")]


def test_votes_only_when_asked_and_never_zero() -> None:
    election = gr()
    totals = typed_totals(election, {1: [300, 20, 10, 5, 120, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]})
    data = p22(election, totals)
    assert b"<Votes>" not in write_520(data)  # OSV writes no Votes
    document = write_520(data, with_votes=True)
    assert schema_for("520").validate(etree.fromstring(document))
    found = read_back(document)
    assert {n: found[n]["votes"] for n in found} == {1: "460", 2: "290", 3: "250"}
    assert [c[4] for c in found[1]["candidates"]] == ["300", "120", "20"]
    assert [c[4] for c in found[3]["candidates"]] == ["250", None]  # 0 votes: left out (positiveInteger)


def test_the_same_data_gives_the_same_bytes() -> None:
    data = p22(gr(), station_totals(gr()))
    document = write_520(data)
    assert write_520(data) == document
    # What is made from the bytes (or after them) does not change them.
    assert write_520(replace(data, eml_sha256="f" * 64, audit_head="e" * 64, audit_seq=42)) == document
    # Byte for byte what lxml's pretty printer makes of the tree.
    tree = etree.fromstring(document)
    assert document == DECLARATION + etree.tostring(tree, encoding="UTF-8", pretty_print=True)
    # Another moment is another document.
    assert write_520(replace(data, produced_at=datetime(2026, 3, 20, 15, 0, tzinfo=timezone.utc))) != document


# -- deceased candidates and exhausted lists -----------------------------------------------------


def test_a_deceased_candidate_is_passed_over() -> None:
    election = gr()
    totals = typed_totals(election, {1: [300, 20, 10, 5, 120, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]})
    deceased = frozenset({(1, 1), (3, 2)})
    data = p22(election, totals, deceased)
    assert data.apportionment.elected == {1: (5, 2, 3), 2: (1, 3), 3: (1, 3)}
    document = write_520(data)
    assert schema_for("520").validate(etree.fromstring(document))
    assert_elected_as_apportioned(data, document)
    found = read_back(document)
    assert [c[:3] for c in found[1]["candidates"]] == [(1, 1, "Kandidaat5"), (2, 2, "Kandidaat2"), (3, 2, "Kandidaat3")]
    assert [c[:3] for c in found[3]["candidates"]] == [(1, 1, "Kandidaat1"), (2, 2, "Kandidaat3")]


def test_exhausted_lists_name_every_living_candidate_and_no_more() -> None:
    election = generated(KINDS["GR"])  # 39 seats, 13 candidates: every list is exhausted
    deceased = frozenset({(2, 3)})
    data = p22(election, station_totals(election), deceased)
    assert data.apportionment.total_seats == {1: 6, 2: 3, 3: 3}
    assert data.apportionment.unassigned_seats == 27
    document = write_520(data)
    assert schema_for("520").validate(etree.fromstring(document))
    assert_elected_as_apportioned(data, document)
    found = read_back(document)
    assert [c[2] for c in found[2]["candidates"]][-1] == "Kandidaat4"
    assert "Kandidaat3" not in [c[2] for c in found[2]["candidates"]]


def test_a_list_without_seats_is_not_in_the_document() -> None:
    election = gr()
    data = p22(election, typed_totals(election, {1: [600, 0, 0, 0, 0, 0], 2: [390, 0, 0, 0], 3: [10, 0, 0]}))
    assert data.apportionment.total_seats[3] == 0
    found = read_back(write_520(data))
    assert sorted(found) == [1, 2]


# -- what the strict schema allows, and what the writer refuses -------------------------------------


def test_the_strict_schema_has_room_for_the_elected_only() -> None:
    """Why the 520 names no one who is not elected and writes no zero votes."""
    election = gr()
    data = p22(election, typed_totals(election, {1: [300, 20, 10, 5, 120, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]}))
    schema = schema_for("520")
    root = etree.fromstring(write_520(data))
    first = root.find(".//eml:Selection/eml:Elected", NS)
    first.text = "no"
    assert not schema.validate(root)
    root = etree.fromstring(write_520(data, with_votes=True))
    root.find(".//eml:Selection/eml:Votes", NS).text = "0"
    assert not schema.validate(root)


def test_refuses_data_that_contradict_themselves() -> None:
    election = gr()
    totals = typed_totals(election, {1: [300, 20, 10, 5, 120, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]})
    data = p22(election, totals)
    other = typed_totals(election, {1: [301, 20, 10, 5, 120, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]})
    with pytest.raises(ValueError, match="list 1: the apportionment counts 460 votes, the totals 461"):
        write_520(replace(data, totals=other))
    with pytest.raises(ValueError, match="deceased candidates cannot be elected"):
        write_520(replace(data, deceased=frozenset({(2, 1)})))
    elected = dict(data.apportionment.elected or {})
    with pytest.raises(ValueError, match="list 1 has 3 seats but 2 elected"):
        write_520(replace(data, apportionment=replace(data.apportionment, elected={**elected, 1: (1, 5)})))
    with pytest.raises(ValueError, match="above the preference threshold is elected after"):
        write_520(replace(data, apportionment=replace(data.apportionment, elected={**elected, 1: (1, 2, 5)})))
    with pytest.raises(ValueError, match="not its candidates once each"):
        write_520(replace(data, apportionment=replace(data.apportionment, elected={**elected, 3: (1, 4)})))
    no_seats = replace(
        data.apportionment,
        standings=tuple(replace(s, full=0, methods=()) for s in data.apportionment.standings),
        elected={1: (), 2: (), 3: ()},
    )
    with pytest.raises(ValueError, match="no list has a seat"):
        write_520(replace(data, apportionment=no_seats))
    with pytest.raises(ValueError, match="TransactionId"):
        write_520(data, transaction_id=0)


# -- names and the largest realistic election ------------------------------------------------------


def test_names_gender_and_locality_as_in_the_230b() -> None:
    election = gr()
    lists = list(election.lists)
    odd = (
        Candidate(1, 1, "Öztürk-d’Ancona & <Zn>", "Ç.É.", "Noël", "in ’t", "’s-Gravenveen", "other"),
        *lists[0].candidates[1:3],
        replace(lists[0].candidates[3], gender="female", locality="Den Haag"),
        *lists[0].candidates[4:],
    )
    lists[0] = PartyList(1, 'Partij "Öns" & <Co> 100%', odd)
    election = replace(election, lists=tuple(lists))
    data = p22(election, typed_totals(election, {1: [300, 20, 10, 200, 0, 5], 2: [200, 10, 80, 0], 3: [250, 0, 0]}))
    root = etree.fromstring(write_520(data))
    assert schema_for("520").validate(root)
    first = root.find(".//eml:Selection", NS)
    assert first.findtext("eml:AffiliationIdentifier/eml:RegisteredName", namespaces=NS) == 'Partij "Öns" & <Co> 100%'
    candidates = root.findall(".//eml:Candidate", NS)
    person = candidates[0].find("eml:CandidateFullName/xnl:PersonName", NS)
    assert [child.text for child in person] == ["Ç.É.", "Noël", "in ’t", "Öztürk-d’Ancona & <Zn>"]
    assert candidates[0].findtext("kr:GenderAnnex", namespaces=NS) == "other"
    assert candidates[0].findtext("eml:QualifyingAddress/xal:Locality/xal:LocalityName", namespaces=NS) == (
        "’s-Gravenveen"
    )
    assert candidates[1].findtext("eml:Gender", namespaces=NS) == "female"
    assert candidates[2].find("eml:Gender", NS) is None  # unknown in the 230b: not written
    assert candidates[2].find("eml:QualifyingAddress/xal:Locality/xal:LocalityName", NS) is not None  # mandatory


def largest_election() -> Election:
    """20 lists of 50 candidates for 45 seats, with names as long as real ones."""
    rng = random.Random(520)
    genders = ("male", "female", "other", "unknown", "")
    lists = tuple(
        PartyList(
            number,
            f"Christen-Democratisch Appèl / Staatkundig Gereformeerde Partij & Co nr. {number:02d}",
            tuple(
                Candidate(
                    number,
                    position,
                    f"Oosterbroek-van Steenwijk{number}x{position}",
                    "A.B.C.D.E.",
                    "Maximiliaan",
                    "van der",
                    "’s-Hertogenbosch-Noord",
                    rng.choice(genders),
                )
                for position in range(1, 51)
            ),
        )
        for number in range(1, 21)
    )
    return Election(
        id="GR2026_Groot",
        name="Gemeenteraadsverkiezingen Groot 2026",
        category="GR",
        subcategory="GR2",
        domain_id="0363",
        domain_name="Amsterdam",
        election_date=date(2026, 3, 18),
        number_of_seats=45,
        lists=lists,
        stations=(PollingStation(1, "Stadhuis", "1011 PN", 2000),),
    )


def test_the_largest_realistic_election_is_valid() -> None:
    election = largest_election()
    rng = random.Random(45)
    votes = {
        p.number: [rng.randrange(0, 9000 if c == 1 else 1500 if c <= 3 else 200) for c in range(1, 51)]
        for p in election.lists
    }
    data = p22(election, typed_totals(election, votes), frozenset({(1, 1), (7, 2)}))
    started = time.perf_counter()
    document = write_520(data, with_votes=True)
    assert time.perf_counter() - started < 2.0
    assert schema_for("520").validate(etree.fromstring(document))
    assert_elected_as_apportioned(data, document)
    found = read_back(document)
    assert sum(len(found[n]["candidates"]) for n in found) == 45
    rankings = {c[1] for n in found for c in found[n]["candidates"]}
    assert rankings == {1, 2}  # both ways of being elected occur
    assert write_520(data, with_votes=True) == document
