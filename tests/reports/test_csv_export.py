"""CSV export: Dutch-Excel friendly, exactly the paper's numbers, reads back with the csv module."""

from __future__ import annotations

import csv
import io
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.election import Candidate, Election, PartyList, PollingStation
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import Totals, sum_results, summed_codes
from kiosk.reports.csv_export import csv_bytes, csv_export

PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAME_CHARS = "abcXYZ 019éüëÇ&<>\"';,%’\n=+-@"


def election_of(category: str, lists: dict[int, int], stations: tuple[PollingStation, ...]) -> Election:
    return Election(
        id=f"{category}2027",
        name="Verkiezing",
        category=category,
        subcategory=category,
        domain_id="0344",
        domain_name="Utrecht",
        election_date=date(2027, 3, 17),
        lists=tuple(
            PartyList(n, f"Lijst {n}", tuple(Candidate(n, p, f"K{p}") for p in range(1, size + 1)))
            for n, size in sorted(lists.items())
        ),
        stations=stations,
    )


def results_of(shape: ElectionShape, pick) -> Results:  # type: ignore[no-untyped-def]
    """Any numbers: the CSV reports the paper as it is, arithmetic and all."""
    values = {code: pick(code) for code in summed_codes(shape)}
    return Results.from_mapping(shape, values)


def simple_case(category: str = "GR", stations: int = 3) -> tuple[Election, dict[int, Results], Totals]:
    numbered = tuple(PollingStation(n, f"Stembureau {n}") for n in range(1, stations + 1))
    election = election_of(category, {1: 2, 2: 3}, numbered)
    shape = ElectionShape.from_election(election)
    results = {
        s.number: results_of(shape, lambda code, n=s.number: None if code == "J" else n * 10 + len(code))
        for s in election.stations
    }
    return election, results, sum_results(shape, results)


def read(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Election, dict[int, Results]]:
    category = draw(st.sampled_from(["GR", "TK"]))
    lists = {n: draw(st.integers(1, 8)) for n in draw(st.sets(st.integers(1, 40), min_size=1, max_size=5))}
    numbers = sorted(draw(st.sets(st.integers(1, 999), min_size=0, max_size=10)))
    stations = tuple(PollingStation(n, draw(st.text(NAME_CHARS, max_size=15))) for n in numbers)
    election = election_of(category, lists, stations)
    shape = ElectionShape.from_election(election)
    counts = st.integers(0, 999_999)
    differences = st.none() | counts
    results = {}
    for n in numbers:
        found = results_of(shape, lambda code: draw(differences if code in "IJ" else counts))
        if found["D"] != found["H"]:  # the box that holds the difference must be filled
            needed = "I" if found["H"] > found["D"] else "J"
            found = found.with_value(needed, found[needed] or 0)
        results[n] = found
    return election, results


@PROPERTY
@given(cases())
def test_round_trips_through_the_csv_module(case) -> None:
    election, results = case
    shape = ElectionShape.from_election(election)
    totals = sum_results(shape, results)
    rows = read(csv_export(election, totals, results))
    codes = summed_codes(shape)
    assert rows[0] == ["stembureau", "naam", *codes]
    assert len(rows) == len(results) + 2
    for row, station in zip(rows[1:], election.stations):
        assert row[0] == str(station.number)
        assert row[1] == ("'" + station.name if station.name[:1] in ("=", "+", "-", "@") else station.name)
        expected = results[station.number]
        assert row[2:] == ["" if expected[code] is None else str(expected[code]) for code in codes]
    assert rows[-1] == ["totaal", "", *(str(totals[code]) for code in codes)]


def test_columns_in_the_papers_order() -> None:
    election, results, totals = simple_case("GR")
    header = read(csv_export(election, totals, results))[0]
    assert header == [
        "stembureau",
        "naam",
        "A",
        "B",
        "D",
        "E.1",
        "E.2",
        "E",
        "F",
        "G",
        "H",
        "I",
        "J",
        "L1.1",
        "L1.2",
        "L1.T",
        "L2.1",
        "L2.2",
        "L2.3",
        "L2.T",
    ]
    election, results, totals = simple_case("TK")
    assert read(csv_export(election, totals, results))[0][2:6] == ["A", "B", "C", "D"]


def test_file_format_for_dutch_excel() -> None:
    election, results, totals = simple_case()
    text = csv_export(election, totals, results)
    lines = text.split("\r\n")
    assert lines[0] == "\ufeffstembureau;naam;A;B;D;E.1;E.2;E;F;G;H;I;J;L1.1;L1.2;L1.T;L2.1;L2.2;L2.3;L2.T"
    assert lines[1] == "1;Stembureau 1;11;11;11;13;13;11;11;11;11;11;;14;14;14;14;14;14;14"  # empty J stays empty
    assert lines[-2] == "totaal;;63;63;63;69;69;63;63;63;63;63;0;72;72;72;72;72;72;72"
    assert lines[-1] == ""  # the last line ends in CRLF too
    data = csv_bytes(election, totals, results)
    assert data.startswith(b"\xef\xbb\xbfstembureau;") and data.decode("utf-8-sig") == text[1:]


def test_names_with_separators_quotes_and_formulas() -> None:
    stations = (
        PollingStation(1, 'Café "De Kroon"; zaal 2'),
        PollingStation(2, '=HYPERLINK("x")'),
        PollingStation(3, "Regel\neen & <twee>"),
    )
    election = election_of("GR", {1: 1}, stations)
    shape = ElectionShape.from_election(election)
    results = {s.number: results_of(shape, lambda code: 1) for s in stations}
    text = csv_export(election, sum_results(shape, results), results)
    assert '1;"Café ""De Kroon""; zaal 2";' in text
    names = [row[1] for row in read(text)[1:4]]
    assert names == ['Café "De Kroon"; zaal 2', '\'=HYPERLINK("x")', "Regel\neen & <twee>"]


def test_deterministic() -> None:
    election, results, totals = simple_case()
    assert csv_export(election, totals, results) == csv_export(election, totals, dict(reversed(results.items())))


def test_no_stations_gives_a_zero_totals_row() -> None:
    election = election_of("GR", {1: 1}, ())
    shape = ElectionShape.from_election(election)
    rows = read(csv_export(election, sum_results(shape, {}), {}))
    assert len(rows) == 2 and rows[1] == ["totaal", ""] + ["0"] * len(summed_codes(shape))


def test_refuses_inconsistent_input() -> None:
    election, results, totals = simple_case()
    wrong = Totals(
        totals.shape, totals.stations, tuple((c, v + (c == "F")) for c, v in totals.counts), totals.contributors
    )
    with pytest.raises(ValueError, match="F is 64, the sum 63"):
        csv_export(election, wrong, results)
    with pytest.raises(ValueError, match="stations 1, 2, 3.*stations 1, 2$"):
        csv_export(election, totals, {1: results[1], 2: results[2]})
    with pytest.raises(ValueError, match="empty fields: A"):
        csv_export(election, totals, {**results, 2: results[2].with_value("A", None)})
    fewer = Election(**{**election.__dict__, "stations": election.stations[:2]})
    with pytest.raises(ValueError, match="stations not in this election: 3"):
        csv_export(fewer, totals, results)


def test_large_export(capsys) -> None:
    """40 lists x 50 candidates x 50 stations here; the full size is for tests/bench."""
    stations = tuple(PollingStation(n, f"SB {n}") for n in range(1, 51))
    election = election_of("TK", dict.fromkeys(range(1, 41), 50), stations)
    shape = ElectionShape.from_election(election)
    results = {s.number: results_of(shape, lambda code, n=s.number: (n * len(code)) % 500) for s in election.stations}
    totals = sum_results(shape, results)
    started = time.perf_counter()
    text = csv_export(election, totals, results)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nCSV 40 lists x 50 candidates x 50 stations: {elapsed:.2f} s, {len(text) / 1e6:.1f} MB")
    assert len(read(text)) == 52
