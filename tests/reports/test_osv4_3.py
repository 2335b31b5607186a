"""OSV4-3 CSV: byte for byte what eml-nl's ``as_osv4_3_csv(.., bom=true, final_newline=false)`` makes of our 510b."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import Totals, sum_results
from kiosk.reports.osv4_3 import area_name, candidate_name, osv4_3_csv, osv4_3_file_name, station_column

EXPECTED = Path(__file__).parent / "data" / "osv4_3_expected.csv"
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAME_CHARS = "abcXYZ 019éüëÇ&<>\"';,%’\n=+-@()"
#: The statistic labels of the real GR2026 Assen file (eml-nl test-files/csv/osv4-3_telling_gr2026_assen.csv).
ASSEN_LABELS = [
    "opgeroepenen",
    "geldige stempas",
    "geldig volmachtbewijs",
    "toegelaten kiezers",
    "geldige stembiljetten",
    "blanco stembiljetten",
    "ongeldige stembiljetten",
    "aangetroffen stembiljetten",
    "meer stembiljetten dan toegelaten kiezers",
    "minder stembiljetten dan toegelaten kiezers",
]
#: Label -> field code, to read the numbers back.
LABEL_CODES = {
    "geldige stempas": "A",
    "geldig volmachtbewijs": "B",
    "geldige kiezerspas": "C",
    "toegelaten kiezers": "D",
    "geldige stembiljetten": "E",
    "blanco stembiljetten": "F",
    "ongeldige stembiljetten": "G",
    "aangetroffen stembiljetten": "H",
    "meer stembiljetten dan toegelaten kiezers": "I",
    "minder stembiljetten dan toegelaten kiezers": "J",
}


def juinen(**changes: object) -> Election:
    """The fixed election of the hand-written expected file."""
    fields: dict[str, object] = dict(
        id="GR2026_Juinen",
        name="Gemeenteraad Juinen 2026",
        category="GR",
        subcategory="GR2",
        domain_id="1234",
        domain_name="Juinen",
        election_date=date(2026, 3, 18),
        lists=(
            PartyList(
                1,
                "Partij A",
                (Candidate(1, 1, "Jansen", "P."), Candidate(1, 2, "Berg", "A.B.", first_name="Anna", prefix="van der")),
            ),
            PartyList(2, 'Groen; "Links"', (Candidate(2, 1, "Özdemir", "E."), Candidate(2, 2, "Vries", prefix="de"))),
            PartyList(3, "Lijst 3", (Candidate(3, 1, "Bakker", "K."),)),
        ),
        stations=(
            PollingStation(1, "Stembureau Gemeentehuis", "1234 AB", 1000),
            PollingStation(2, 'Buurthuis "De Kolk"; zaal 2', "1235CD"),
            PollingStation(5, "Briefstembureau Stembureau Markt", "", 800),
        ),
        authority_id="1234",
        authority_name="Juinen",
    )
    fields.update(changes)
    return Election(**fields)  # type: ignore[arg-type]


def station(shape: ElectionShape, a, b, lists, f, g, i=None, j=None, c=None) -> Results:  # type: ignore[no-untyped-def]
    """Consistent results: E.l = L<l>.T = Σ candidates, E = Σ E.l, H = E + F + G, D = A + B (+ C),
    and the difference of D and H in I or J when that box is not given."""
    values: dict[str, object] = {"A": a, "B": b, "F": f, "G": g, "I": i, "J": j}
    if c is not None:
        values["C"] = c
    for number, votes in lists.items():
        values |= {f"L{number}.{index}": n for index, n in enumerate(votes, start=1)}
        values[f"E.{number}"] = values[f"L{number}.T"] = sum(votes)
    values["E"] = sum(sum(votes) for votes in lists.values())
    values["H"] = values["E"] + f + g  # type: ignore[operator]
    values["D"] = a + b + (c or 0)
    if values["H"] != values["D"]:  # the box that holds the difference must be filled
        needed = "I" if values["H"] > values["D"] else "J"  # type: ignore[operator]
        values[needed] = values[needed] if values[needed] is not None else abs(values["H"] - values["D"])  # type: ignore[operator]
    return Results.from_mapping(shape, values)


def juinen_results(election: Election) -> dict[int, Results]:
    shape = ElectionShape.from_election(election)
    return {
        1: station(shape, 290, 14, {1: [120, 30], 2: [80, 20], 3: [50]}, 2, 3, i=1),
        2: station(shape, 140, 7, {1: [60, 15], 2: [40, 5], 3: [25]}, 0, 1, j=1),
        5: station(shape, 24, 2, {1: [10, 5], 2: [8, 2], 3: [0]}, 1, 0),
    }


def totals_of(election: Election, results: dict[int, Results]) -> Totals:
    return sum_results(ElectionShape.from_election(election), results)


def read(data: bytes) -> list[list[str]]:
    """The rows, as Python's csv module reads them (``;``, quotes doubled)."""
    text = data.decode("utf-8")
    assert text.startswith("\ufeff") and not text.endswith("\n")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


# -- the hand-written file --------------------------------------------------------------------


def test_matches_the_hand_written_file_byte_for_byte() -> None:
    election = juinen()
    results = juinen_results(election)
    assert osv4_3_csv(election, totals_of(election, results), results) == EXPECTED.read_bytes()


def test_hand_written_file_is_bom_utf8_lf_without_final_newline() -> None:
    data = EXPECTED.read_bytes()
    assert data.startswith(b'\xef\xbb\xbf"Verkiezing";;')
    assert b"\r" not in data and not data.endswith(b"\n")
    assert data.count(b"\n") == 25  # 26 rows, the 5th empty


def test_domain_fallback_and_given_number_of_voters() -> None:
    """A GR without 110b sender counts as its domain; the 110b's MaxVotes is the total opgeroepenen."""
    election = juinen(authority_id="", authority_name="", number_of_voters=2500)
    results = juinen_results(election)
    rows = read(osv4_3_csv(election, totals_of(election, results), results))
    assert rows[2:4] == [["Gebied", "", "Gemeente Juinen"], ["Nummer", "", "1234"]]
    assert rows[8] == ["", "opgeroepenen", "", "", "2500", "1000", "0", "800"]


def test_voter_cards_row_and_counting_municipality_in_a_tk() -> None:
    election = juinen(category="TK", subcategory="TK", domain_id="", domain_name="", authority_name="Bonaire")
    shape = ElectionShape.from_election(election)
    results = {
        1: station(shape, 10, 1, {1: [5, 0], 2: [3, 1], 3: [2]}, 0, 0, c=0),
        2: station(shape, 4, 0, {1: [1, 1], 2: [1, 0], 3: [0]}, 1, 0, c=2, i=1),
        5: station(shape, 0, 0, {1: [0, 0], 2: [0, 0], 3: [0]}, 0, 0, c=0),
    }
    rows = read(osv4_3_csv(election, totals_of(election, results), results))
    assert rows[2:4] == [["Gebied", "", "Openbaar lichaam Bonaire"], ["Nummer", "", "1234"]]
    assert [row[1] for row in rows[8:12]] == [
        "opgeroepenen",
        "geldige stempas",
        "geldig volmachtbewijs",
        "geldige kiezerspas",
    ]
    assert rows[11][4:] == ["2", "0", "2", "0"]
    assert rows[12][1] == "toegelaten kiezers" and rows[12][4:] == ["17", "11", "6", "0"]


def test_statistic_rows_are_those_of_the_real_assen_file() -> None:
    """Abacus' 510b of a GR has no kiezerspassen and no explanations: eml-nl then prints no such rows."""
    election = juinen()
    results = juinen_results(election)
    rows = read(osv4_3_csv(election, totals_of(election, results), results))
    assert [row[1] for row in rows[8:18]] == ASSEN_LABELS
    assert rows[18][:2] == ["1", "Partij A"]


def test_station_columns_as_eml_nl_cleans_the_unit_names() -> None:
    # Assen's first station: 510b name "Stembureau Stembureau Stadhuis (postcode: 9401 JW)".
    assert station_column(PollingStation(1, "Stembureau Stembureau Stadhuis", "9401 JW")) == (
        "Stembureau Stadhuis",
        "9401 JW",
    )
    assert station_column(PollingStation(2, "Briefstembureau Gemeentehuis", "1234AB")) == ("Gemeentehuis", "1234AB")
    assert station_column(PollingStation(3, "  Sporthal  ", "")) == ("Sporthal", "")
    # eml-nl finds only "1234 AB"-like postcodes; anything else stays in the name.
    assert station_column(PollingStation(4, "Kerk", "1234")) == ("Kerk (postcode: 1234)", "")


def test_candidate_names_and_areas() -> None:
    assert candidate_name(Candidate(1, 1, "Berg", "A.B.", first_name="Anna", prefix="van der")) == "van der Berg, A.B."
    assert candidate_name(Candidate(1, 2, "Vries", prefix="de")) == "de Vries"
    assert candidate_name(Candidate(1, 3, "Kan", "D.")) == "Kan, D."
    assert area_name("Utrecht") == "Gemeente Utrecht"
    assert area_name("Sint Eustatius") == "Openbaar lichaam Sint Eustatius"
    assert area_name("") == "Gemeente"


def test_file_name_as_abacus_makes_it() -> None:
    assert osv4_3_file_name(juinen()) == "osv4-3_telling_gr2026_juinen.csv"
    assert osv4_3_file_name(juinen(authority_name="West Maas en Waal")) == "osv4-3_telling_gr2026_westmaasenwaal.csv"
    tk = juinen(category="TK", election_date=date(2025, 10, 29), authority_name="Súdwest-Fryslân")
    assert osv4_3_file_name(tk) == "osv4-3_telling_tk2025_súdwest-fryslân.csv"
    assert osv4_3_file_name(juinen(authority_name="A/B")) == "osv4-3_telling_gr2026_a-b.csv"
    with pytest.raises(ValueError, match="municipality's name"):
        osv4_3_file_name(juinen(category="TK", authority_name=""))


def test_candidates_by_number_not_by_ballot_order() -> None:
    lists = (PartyList(1, "P", (Candidate(1, 2, "Twee"), Candidate(1, 1, "Een"))),)
    election = juinen(lists=lists, stations=(PollingStation(1, "S"),))
    results = {1: station(ElectionShape.from_election(election), 5, 0, {1: [3, 2]}, 0, 0)}
    rows = read(osv4_3_csv(election, totals_of(election, results), results))
    assert rows[-2:] == [["", "", "1", "Een", "2", "2"], ["", "", "2", "Twee", "3", "3"]]


# -- refusals --------------------------------------------------------------------------------


def test_refuses_totals_that_are_not_the_sum() -> None:
    election = juinen()
    results = juinen_results(election)
    shape = ElectionShape.from_election(election)
    other = {**results, 5: station(shape, 25, 2, {1: [10, 5], 2: [8, 2], 3: [0]}, 1, 0)}
    with pytest.raises(ValueError, match="not the sum of the station results: A is 455, the sum 454"):
        osv4_3_csv(election, totals_of(election, other), results)


def test_refuses_unknown_or_missing_stations() -> None:
    election = juinen()
    results = juinen_results(election)
    strange = {**results, 9: results[5]}
    with pytest.raises(ValueError, match="stations not in this election: 9"):
        osv4_3_csv(election, totals_of(election, strange), strange)
    with pytest.raises(ValueError, match="the results of stations 1, 2"):
        osv4_3_csv(election, totals_of(election, results), {1: results[1], 2: results[2]})


def test_refuses_empty_required_fields_and_what_a_510b_cannot_carry() -> None:
    election = juinen()
    results = juinen_results(election)
    totals = totals_of(election, results)
    with pytest.raises(ValueError, match="station 2 has empty fields: A"):
        osv4_3_csv(election, totals, {**results, 2: results[2].with_value("A", None)})
    with pytest.raises(ValueError, match=r"station 1: H ≠ E \+ F \+ G"):
        osv4_3_csv(election, totals, {**results, 1: results[1].with_value("H", 306)})
    with pytest.raises(ValueError, match=r"station 5: L2.T ≠ E.2"):
        osv4_3_csv(election, totals, {**results, 5: results[5].with_value("L2.T", 11)})


def test_refuses_without_a_counting_municipality_or_with_another_shape() -> None:
    results = juinen_results(juinen())
    totals = totals_of(juinen(), results)
    with pytest.raises(ValueError, match="four-digit code, not ''"):
        osv4_3_csv(juinen(category="TK", authority_id=""), totals, results)
    with pytest.raises(ValueError, match="another election shape"):
        osv4_3_csv(juinen(lists=juinen().lists[:2]), totals, results)


# -- properties ------------------------------------------------------------------------------


@st.composite
def cases(draw: st.DrawFn) -> tuple[Election, dict[int, Results]]:
    category = draw(st.sampled_from(["GR", "TK"]))
    sizes = {n: draw(st.integers(1, 6)) for n in draw(st.sets(st.integers(1, 40), min_size=1, max_size=4))}
    lists = tuple(
        PartyList(n, draw(st.text(NAME_CHARS, max_size=12)), tuple(Candidate(n, p, f"K{p}") for p in range(1, s + 1)))
        for n, s in sorted(sizes.items())
    )
    numbers = sorted(draw(st.sets(st.integers(1, 999), max_size=8)))
    stations = tuple(
        PollingStation(n, draw(st.text(NAME_CHARS, max_size=15)), draw(st.sampled_from(["", "1234 AB", "9999ZZ"])))
        for n in numbers
    )
    election = juinen(category=category, lists=lists, stations=stations)
    shape = ElectionShape.from_election(election)
    count, empty_or_count = st.integers(0, 99_999), st.none() | st.integers(0, 999)
    results = {
        n: station(
            shape,
            draw(count),
            draw(count),
            {number: [draw(count) for _ in range(size)] for number, size in sizes.items()},
            draw(count),
            draw(count),
            i=draw(empty_or_count),
            j=draw(empty_or_count),
            c=draw(count) if shape.has_voter_cards else None,
        )
        for n in numbers
    }
    return election, results


@PROPERTY
@given(cases())
def test_every_station_column_sums_to_the_total_column(case: tuple[Election, dict[int, Results]]) -> None:
    election, results = case
    rows = read(osv4_3_csv(election, totals_of(election, results), results))
    assert len({len(row) for row in rows[5:]}) == 1  # a rectangle below the header block
    for row in rows[8:]:
        assert int(row[4]) == sum(int(value) for value in row[5:]), row[:4]


@PROPERTY
@given(cases())
def test_the_numbers_read_back(case: tuple[Election, dict[int, Results]]) -> None:
    election, results = case
    rows = read(osv4_3_csv(election, totals_of(election, results), results))
    numbers = sorted(results)
    assert rows[5][5:] == [station_column(s)[0] for s in election.stations]
    assert rows[6][5:] == [str(n) for n in numbers]
    assert rows[7][5:] == [station_column(s)[1] for s in election.stations]
    list_number = 0
    for row in rows[8:]:
        if row[1] == "opgeroepenen":
            expected = {n: 0 for n in numbers}
        elif row[1] in LABEL_CODES:
            expected = {n: results[n][LABEL_CODES[row[1]]] or 0 for n in numbers}
        elif row[0]:
            list_number = int(row[0])
            expected = {n: results[n][f"E.{list_number}"] for n in numbers}
        else:
            expected = {n: results[n][f"L{list_number}.{row[2]}"] for n in numbers}
        assert [int(value) for value in row[5:]] == [expected[n] for n in numbers], row[:4]
    assert sum(1 for row in rows[8:] if row[0]) == len(election.lists)


def test_first_station_of_the_real_assen_file() -> None:
    """Assen GR2026 (eml-nl test-files/csv): its header block, its first station's column head,
    number, postcode and statistics, and a candidate name with prefix, as in the real file."""
    names = [("Bouwmeester", "W.", ""), ("Haan", "H.T.", ""), ("Vries", "P.M.J.", "de"), ("Bakker", "S.J.", "")]
    names.append(("Kolk - Kruithof", "P.R.", "van der"))
    candidates = tuple(
        Candidate(1, p, last, initials, prefix=prefix) for p, (last, initials, prefix) in enumerate(names, 1)
    )
    election = juinen(
        id="GR2026_Assen",
        name="Gemeenteraad Assen 2026",
        domain_id="0106",
        domain_name="Assen",
        authority_id="0106",
        authority_name="Assen",
        number_of_voters=55959,
        lists=(PartyList(1, "GROENLINKS / Partij van de Arbeid (PvdA)", candidates),),
        stations=(PollingStation(1, "Stembureau Stembureau Stadhuis", "9401 JW", 1082),),
    )
    shape = ElectionShape.from_election(election)
    results = {1: station(shape, 1435, 115, {1: [102, 97, 7, 5, 1335]}, 4, 1, i=1)}
    data = osv4_3_csv(election, totals_of(election, results), results)
    head = '\ufeff"Verkiezing";;"Gemeenteraad Assen 2026"\n"Datum";;"2026-03-18"\n"Gebied";;"Gemeente Assen"\n"Nummer";;"0106"\n\n'
    assert data.startswith(head.encode())
    rows = read(data)
    assert [row[5] for row in rows[5:8]] == ["Stembureau Stadhuis", "1", "9401 JW"]
    assert [row[5] for row in rows[8:18]] == ["1082", "1435", "115", "1550", "1546", "4", "1", "1551", "1", "0"]
    assert rows[8][4] == "55959"
    assert rows[-1][2:4] == ["5", "van der Kolk - Kruithof, P.R."]
