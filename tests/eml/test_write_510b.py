"""EML 510b export: schema-valid, the Kiesraad's mapping, numbers that read back, same bytes every time."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import date, datetime

import pytest
from eml_support import CREATED, example
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.fields import TICK_BOXES
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import Totals, sum_results
from kiosk.eml.errors import EmlError
from kiosk.eml.ns import NS
from kiosk.eml.read_510b import read_510b
from kiosk.eml.schema import schema_for
from kiosk.eml.write_510b import unit_name, write_510b

PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'

#: Characters that have bitten exports before: XML markup, quotes, the CSV
#: separator, printf's %, accents and a typographic apostrophe.
NAME_CHARS = "abcdefXYZ0123456789éüëÇ&<>\"'%;,’-"
words = st.text(alphabet=NAME_CHARS, min_size=1, max_size=8)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)

#: (category, subcategory, domain id, domain name, authority_id to pass)
CATEGORIES = {
    "GR": ("GR2", "0344", "Utrecht", None),
    "TK": ("TK", "", "", "0363"),
    "PS": ("PS2", "9", "Utrecht", "0344"),
}


# -- building consistent elections and results -----------------------------------


def make_election(
    category: str = "GR",
    lists: dict[int, int] | None = None,
    stations: tuple[PollingStation, ...] | None = None,
    *,
    name: str = "Verkiezing 2027",
    list_names: dict[int, str] | None = None,
) -> Election:
    subcategory, domain_id, domain_name, _ = CATEGORIES[category]
    lists = lists or {1: 2, 2: 3}
    list_names = list_names or {}
    return Election(
        id=f"{category}2027_Test",
        name=name,
        category=category,
        subcategory=subcategory,
        domain_id=domain_id,
        domain_name=domain_name,
        election_date=date(2027, 3, 17),
        number_of_seats=45,
        lists=tuple(
            PartyList(
                number,
                list_names.get(number, f"Lijst {number}"),
                tuple(Candidate(number, p, f"Kandidaat{p}") for p in range(1, size + 1)),
            )
            for number, size in sorted(lists.items())
        ),
        stations=stations or (PollingStation(1, "Stadhuis", "3511 AB", 1500), PollingStation(2, "Bibliotheek")),
    )


def station_values(
    shape: ElectionShape,
    votes: dict[int, list[int]],
    *,
    blank: int = 0,
    invalid: int = 0,
    gap: int = 0,
    empty_differences: bool = False,
) -> dict[str, object]:
    """A correct form, bottom-up: candidate votes -> list totals -> E -> H -> D (H + gap) -> A, B, C; I/J."""
    values: dict[str, object] = {}
    for number, candidates in votes.items():
        for position, count in enumerate(candidates, start=1):
            values[f"L{number}.{position}"] = count
        values[f"L{number}.T"] = values[f"E.{number}"] = sum(candidates)
    e = sum(sum(c) for c in votes.values())
    h = e + blank + invalid
    d = max(0, h + gap)
    values.update(E=e, F=blank, G=invalid, H=h, D=d)
    values["A"] = d - d // 10 - (d // 20 if shape.has_voter_cards else 0)
    values["B"] = d // 10
    if shape.has_voter_cards:
        values["C"] = d // 20
    values["I"], values["J"] = max(0, h - d), max(0, d - h)
    if empty_differences:  # an empty I or J box counts as 0
        values.update({code: None for code in ("I", "J") if values[code] == 0})
    values.update(dict.fromkeys(TICK_BOXES, False))
    values["K.eq" if d == h else "K.gt" if h > d else "K.lt"] = True
    if d != h:
        values["K.yes"] = True
    return values


@st.composite
def station_results(draw: st.DrawFn, shape: ElectionShape) -> Results:
    if draw(st.integers(0, 9)) == 0:  # a station where nobody voted
        votes = {number: [0] * size for number, size in shape.lists}
        return Results.from_mapping(shape, station_values(shape, votes, gap=draw(st.integers(0, 3))))
    votes = {number: draw(st.lists(st.integers(0, 300), min_size=size, max_size=size)) for number, size in shape.lists}
    return Results.from_mapping(
        shape,
        station_values(
            shape,
            votes,
            blank=draw(st.integers(0, 30)),
            invalid=draw(st.integers(0, 30)),
            gap=draw(st.integers(-10, 10)),
            empty_differences=draw(st.booleans()),
        ),
    )


@st.composite
def counted_elections(draw: st.DrawFn) -> tuple[Election, dict[int, Results], str | None]:
    category = draw(st.sampled_from(sorted(CATEGORIES)))
    list_numbers = draw(st.sets(st.integers(1, 40), min_size=1, max_size=5))
    sizes = {number: draw(st.integers(1, 8)) for number in list_numbers}
    list_names = {number: draw(names | st.just("")) for number in list_numbers}
    numbers = sorted(draw(st.sets(st.integers(1, 999), min_size=1, max_size=10)))
    stations = tuple(
        PollingStation(n, draw(names), draw(st.sampled_from(["", "1234 AB"])), draw(st.none() | st.integers(0, 5000)))
        for n in numbers
    )
    election = make_election(category, sizes, stations, name=draw(names), list_names=list_names)
    shape = ElectionShape.from_election(election)
    results = {n: draw(station_results(shape)) for n in numbers}
    return election, results, CATEGORIES[category][3]


def export(
    election: Election, results: dict[int, Results], authority_id: str | None = None, created: datetime = CREATED
) -> tuple[bytes, Totals]:
    totals = sum_results(ElectionShape.from_election(election), results)
    return write_510b(election, totals, results, created, authority_id=authority_id), totals


def fixed_results(election: Election, seed: int = 0) -> dict[int, Results]:
    shape = ElectionShape.from_election(election)
    return {
        station.number: Results.from_mapping(
            shape,
            station_values(
                shape,
                {n: [(seed + station.number * n * c) % 97 for c in range(1, size + 1)] for n, size in shape.lists},
                blank=station.number,
                invalid=2,
                gap=station.number - 1,
            ),
        )
        for station in election.stations
    }


def counts(results: Results) -> dict[str, int]:
    """What the 510 carries of a station: every count, with I/J empty read as 0."""
    return {code: value or 0 for code, value in results.items() if code not in TICK_BOXES}


# -- properties ---------------------------------------------------------------


@PROPERTY
@given(counted_elections())
def test_generated_elections_are_schema_valid_and_read_back(case) -> None:
    election, results, authority_id = case
    data, totals = export(election, results, authority_id)
    assert schema_for("510").validate(etree.fromstring(data))
    count = read_510b(data)
    assert count.kind == "510b" and count.election.id == election.id
    assert count.authority_id == (authority_id or election.domain_id)
    assert count.total.field_values(election) == totals.as_dict()
    assert count.total.cast == sum(s.number_of_voters or 0 for s in election.stations)
    assert [unit.id for unit in count.units] == [f"{count.authority_id}::SB{s.number}" for s in election.stations]
    for station in election.stations:
        unit = count.station(station.number)
        assert unit.field_values(election) == counts(results[station.number])
        assert unit.name == unit_name(station) and unit.cast == (station.number_of_voters or 0)
    listed = [(found.number, found.name) for found in count.total.lists]
    assert listed == [(party_list.number, party_list.name) for party_list in election.lists]


@PROPERTY
@given(counted_elections())
def test_output_is_exactly_lxml_pretty_printed(case) -> None:
    """The text-template fast path writes what lxml would write for the same tree."""
    election, results, authority_id = case
    data, _ = export(election, results, authority_id)
    tree = etree.fromstring(data, etree.XMLParser(remove_blank_text=True))
    assert DECLARATION + etree.tostring(tree, encoding="UTF-8", pretty_print=True) == data


# -- the Kiesraad's conventions -----------------------------------------------------


def test_field_codes_map_to_the_kiesraad_elements() -> None:
    election = make_election("TK", {1: 2, 3: 1})
    shape = ElectionShape.from_election(election)
    one = Results.from_mapping(
        shape,
        {
            "A": 100,
            "B": 7,
            "C": 3,
            "D": 110,
            "E.1": 90,
            "E.3": 8,
            "E": 98,
            "F": 5,
            "G": 4,
            "H": 107,
            "I": None,
            "J": 3,
            "K.eq": False,
            "K.gt": False,
            "K.lt": True,
            "K.yes": True,
            "K.no": False,
            "L1.1": 60,
            "L1.2": 30,
            "L1.T": 90,
            "L3.1": 8,
            "L3.T": 8,
        },
    )
    data, _ = export(replace(election, stations=election.stations[:1]), {1: one}, "0363")
    unit = etree.fromstring(data).find(".//eml:ReportingUnitVotes", NS)

    def number(path: str) -> int:
        return int(unit.find(path, NS).text)

    identifier = unit.find("eml:ReportingUnitIdentifier", NS)
    assert identifier.get("Id") == "0363::SB1" and identifier.text == "Stadhuis (postcode: 3511 AB)"
    assert number("eml:Cast") == 1500  # eligible voters, not H
    assert number("eml:TotalCounted") == 98  # E
    assert number("eml:RejectedVotes[@ReasonCode='blanco']") == 5  # F
    assert number("eml:RejectedVotes[@ReasonCode='ongeldig']") == 4  # G
    assert number("eml:UncountedVotes[@ReasonCode='geldige stempassen']") == 100  # A
    assert number("eml:UncountedVotes[@ReasonCode='geldige volmachtbewijzen']") == 7  # B
    assert number("eml:UncountedVotes[@ReasonCode='geldige kiezerspassen']") == 3  # C
    assert number("eml:UncountedVotes[@ReasonCode='toegelaten kiezers']") == 110  # D
    assert number("eml:UncountedVotes[@ReasonCode='meer getelde stembiljetten']") == 0  # I, empty
    assert number("eml:UncountedVotes[@ReasonCode='minder getelde stembiljetten']") == 3  # J

    def selected(selection: etree._Element) -> tuple[str, int]:
        affiliation = selection.find("eml:AffiliationIdentifier", NS)
        candidate = selection.find("eml:Candidate/eml:CandidateIdentifier", NS)
        label = affiliation.get("Id") if affiliation is not None else "c" + candidate.get("Id")
        return label, int(selection.find("eml:ValidVotes", NS).text)

    selections = [selected(s) for s in unit.findall("eml:Selection", NS)]
    assert selections == [("1", 90), ("c1", 60), ("c2", 30), ("3", 8), ("c1", 8)]
    order = [etree.QName(child).localname for child in unit]
    assert (
        order
        == ["ReportingUnitIdentifier"]
        + ["Selection"] * 5
        + ["Cast", "TotalCounted"]
        + ["RejectedVotes"] * 2
        + ["UncountedVotes"] * 6
    )
    reasons = [e.get("ReasonCode") for e in unit.iterfind("eml:RejectedVotes", NS)]
    assert reasons == ["blanco", "ongeldig"]  # Abacus's order (as_eml_count_contest)


def test_document_has_the_shape_of_the_kiesraad_example() -> None:
    """Same elements in the same order as the Kiesraad's 510b test file, plus
    what Abacus' own export adds (CanonicalizationMethod, UncountedVotes)."""
    reference = etree.fromstring(example("deserialize_eml510b_test.eml.xml"))
    election = replace(make_election("GR", {1: 2}), stations=(PollingStation(1, "Op rolletjes"),))
    data, _ = export(election, fixed_results(election))

    def shape_of(root: etree._Element) -> list[str]:
        skip = {"CanonicalizationMethod", "UncountedVotes"}
        return [etree.QName(e).localname for e in root.iter() if etree.QName(e).localname not in skip]

    assert shape_of(etree.fromstring(data)) == shape_of(reference)


def test_gr_has_no_voter_cards_and_tk_has() -> None:
    gr, _ = export(make_election("GR"), fixed_results(make_election("GR")))
    tk, _ = export(make_election("TK"), fixed_results(make_election("TK")), "0363")
    assert b"geldige kiezerspassen" not in gr
    assert tk.count(b'ReasonCode="geldige kiezerspassen"') == 3  # totals and two stations


def test_managing_authority_is_the_municipality() -> None:
    election = make_election("PS")
    data, _ = export(election, fixed_results(election), "0344")
    root = etree.fromstring(data)
    authority = root.find("eml:ManagingAuthority/eml:AuthorityIdentifier", NS)
    assert authority.get("Id") == "0344" and authority.text is None  # the province's name is not ours
    assert root.find(".//kr:ElectionDomain", NS).get("Id") == "9"
    assert root.find("eml:IssueDate", NS) is None  # the 510 schema has none
    named = write_510b(
        election,
        sum_results(ElectionShape.from_election(election), fixed_results(election)),
        fixed_results(election),
        CREATED,
        authority_id="0344",
        authority_name="Utrecht",
    )
    assert b'<AuthorityIdentifier Id="0344">Utrecht</AuthorityIdentifier>' in named


def test_candidate_numbers_with_gaps_keep_their_230b_ids() -> None:
    election = make_election("GR", {1: 3})
    gapped = PartyList(1, "Lijst 1", (Candidate(1, 1, "Een"), Candidate(1, 2, "Twee"), Candidate(1, 5, "Vijf")))
    election = replace(election, lists=(gapped,))
    results = fixed_results(election)
    data, _ = export(election, results)
    ids = [e.get("Id") for e in etree.fromstring(data).iterfind(".//eml:TotalVotes//eml:CandidateIdentifier", NS)]
    assert ids == ["1", "2", "5"]
    assert read_510b(data).station(1).field_values(election) == counts(results[1])


# -- determinism, names, sizes ------------------------------------------------------


def test_same_input_gives_the_same_bytes() -> None:
    election = make_election("TK")
    first, _ = export(election, fixed_results(election), "0363")
    assert export(election, fixed_results(election), "0363")[0] == first
    later, _ = export(election, fixed_results(election), "0363", created=datetime(2027, 3, 18, 2, 30))
    assert later != first and b"<kr:CreationDateTime>2027-03-18T02:30:00</kr:CreationDateTime>" in later
    assert first.startswith(DECLARATION + b"<EML ") and first.endswith(b"</EML>\n")
    assert first.decode("utf-8")  # UTF-8 throughout


def test_special_characters_in_names() -> None:
    stations = (PollingStation(1, 'Café "De Kroon" & <Zoën>', "1234 AB", 10), PollingStation(2, "Über 100% ’t Hof"))
    election = make_election(
        "GR",
        {1: 1, 2: 1},
        stations,
        name="Gemeenteraad Één & <ü>",
        list_names={1: "Partij & Co <é>", 2: "100% Groen; ’t Vrije"},
    )
    data, _ = export(election, fixed_results(election))
    assert b"Caf\xc3\xa9 &quot;" not in data and 'Café "De Kroon" &amp; &lt;Zoën&gt;'.encode() in data
    count = read_510b(data)
    assert [unit.name for unit in count.units] == ['Café "De Kroon" & <Zoën> (postcode: 1234 AB)', "Über 100% ’t Hof"]
    assert [found.name for found in count.total.lists] == ["Partij & Co <é>", "100% Groen; ’t Vrije"]
    assert count.election.name == "Gemeenteraad Één & <ü>"


def test_a_station_where_nobody_voted() -> None:
    election = make_election("GR")
    shape = ElectionShape.from_election(election)
    nobody = Results.from_mapping(shape, station_values(shape, {n: [0] * size for n, size in shape.lists}))
    results = {1: nobody, 2: fixed_results(election)[2]}
    data, totals = export(election, results)
    unit = read_510b(data).station(1)
    assert set(unit.field_values(election).values()) == {0}
    assert read_510b(data).total.field_values(election) == totals.as_dict()


def test_large_export(capsys) -> None:
    """40 lists x 50 candidates x 50 stations here; the 450-station size is for tests/bench."""
    stations = tuple(PollingStation(n, f"Stembureau {n}", "1000 AA", 2000) for n in range(1, 51))
    election = make_election("TK", dict.fromkeys(range(1, 41), 50), stations)
    results = fixed_results(election)
    totals = sum_results(ElectionShape.from_election(election), results)
    started = time.perf_counter()
    data = write_510b(election, totals, results, CREATED, authority_id="0363")
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n510b 40 lists x 50 candidates x 50 stations: {elapsed:.2f} s, {len(data) / 1e6:.1f} MB")
    # Reading 20 MB back costs more than writing it; the small cases prove the numbers.
    assert data.count(b"<ReportingUnitVotes>") == 50 and data.count(b"<Selection>") == 51 * 40 * 51
    assert f"<TotalCounted>{totals['E']}</TotalCounted>".encode() in data


def test_reads_the_kiesraad_example() -> None:
    count = read_510b(example("deserialize_eml510b_test.eml.xml"))
    assert count.authority_id == "HSB1" and count.election.id == "GR2022"
    assert count.total.lists[0].votes == 100 and count.total.lists[0].candidates == ((1, 50), (2, 50))
    assert count.total.cast == 100 and count.total.rejected == {"ongeldig": 0, "blanco": 0}
    assert count.units[0].id == "HSB1::1234" and count.units[0].name == "Op rolletjes"


# -- refusals --------------------------------------------------------------------------


def test_refuses_a_non_municipal_authority() -> None:
    election = make_election("TK")
    results = fixed_results(election)
    with pytest.raises(ValueError, match="four-digit code.*import its 110b"):
        export(election, results)
    with pytest.raises(ValueError, match="four-digit code"):
        export(election, results, "HSB1")


def test_refuses_totals_that_are_not_the_sum_of_the_stations() -> None:
    election = make_election("GR")
    results = fixed_results(election)
    totals = sum_results(ElectionShape.from_election(election), results)
    wrong = Totals(
        totals.shape, totals.stations, tuple((c, v + (c == "L2.3")) for c, v in totals.counts), totals.contributors
    )
    with pytest.raises(ValueError, match="L2.3"):
        write_510b(election, wrong, results, CREATED)
    with pytest.raises(ValueError, match="stations 1, 2.*stations 1$"):
        write_510b(election, totals, {1: results[1]}, CREATED)


def test_refuses_results_a_510_cannot_carry() -> None:
    election = make_election("GR")
    results = fixed_results(election)
    totals = sum_results(ElectionShape.from_election(election), results)
    changes = (({"H": results[1]["H"] + 1}, "H ≠ E"), ({"L1.T": 0}, "L1.T ≠ E.1"), ({"F": None}, "empty fields: F"))
    for change, message in changes:
        broken = {**results, 1: results[1].with_values(change)}
        with pytest.raises(ValueError, match=message):
            write_510b(election, totals, broken, CREATED)


def test_refuses_stations_the_election_does_not_know() -> None:
    election = make_election("GR")
    results = fixed_results(election)
    data_election = replace(election, stations=election.stations[:1])
    with pytest.raises(ValueError, match="stations not in this election: 2"):
        write_510b(data_election, sum_results(ElectionShape.from_election(election), results), results, CREATED)


def test_reader_takes_exports_bigger_than_the_import_limit(monkeypatch) -> None:
    import kiosk.eml.read_510b as reader

    election = make_election("GR")
    data, totals = export(election, fixed_results(election))
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)  # as if the export were over 20 MB
    assert read_510b(data).total.field_values(election) == totals.as_dict()
    with pytest.raises(EmlError):
        read_510b(data.replace(b"<EML ", b"<!DOCTYPE EML>\n<EML ", 1))


def test_contest_id_is_checked_by_the_schema() -> None:
    election = make_election("TK")
    results = fixed_results(election)
    totals = sum_results(ElectionShape.from_election(election), results)
    data = write_510b(election, totals, results, CREATED, authority_id="0363", contest_id="9")
    assert read_510b(data).contest_id == "9"
    with pytest.raises(ValueError, match="not schema-valid.*ContestIdentifier"):
        write_510b(election, totals, results, CREATED, authority_id="0363", contest_id="kieskring 9")


# -- investigations ----------------------------------------------------------------------------


def test_investigations_are_written_last_in_their_station_and_pass_the_strict_schema() -> None:
    """kr:ReportingUnitInvestigations goes after UncountedVotes (the shared example file puts it
    first, which the strict schema refuses); only the stations given get one."""
    election = make_election()
    results = fixed_results(election)
    totals = sum_results(ElectionShape.from_election(election), results)
    flags = (("onderzocht vanwege onverklaard verschil", False), ("onderzocht vanwege andere fout", True))
    data = write_510b(election, totals, results, CREATED, investigations={2: flags + (("uitslag gecorrigeerd", True),)})
    root = etree.fromstring(data)
    assert schema_for("510").validate(root)
    units = root.findall(".//eml:ReportingUnitVotes", NS)
    assert [u.find("kr:ReportingUnitInvestigations", NS) is not None for u in units] == [
        s.number == 2 for s in election.stations
    ]
    unit = units[[s.number for s in election.stations].index(2)]
    assert etree.QName(unit[-1]).localname == "ReportingUnitInvestigations"
    assert [(i.get("ReasonCode"), i.text) for i in unit[-1]] == [
        ("onderzocht vanwege onverklaard verschil", "false"),
        ("onderzocht vanwege andere fout", "true"),
        ("uitslag gecorrigeerd", "true"),
    ]
    # Byte for byte what lxml's pretty printer makes of the tree, as for every other element.
    assert etree.tostring(root, pretty_print=True, encoding="UTF-8", xml_declaration=False) == data.split(b"\n", 1)[1]
