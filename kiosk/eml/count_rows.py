"""The rows a count document (EML 510b, OSV4-3) carries: one per station, checked.

The 510b and the OSV4-3 CSV carry the same numbers, so they refuse the same
inputs (ValueError naming the problem): totals of another shape or of other
stations than the results given, stations the election does not know, empty
required fields, results a 510 cannot carry (H ≠ E+F+G, ``L<l>.T`` ≠ ``E.<l>``;
definitive results never are), and totals that are not the sum of the rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kiosk.domain.election import Election, PollingStation
from kiosk.domain.fields import list_total_code, list_votes_code
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.tabulation import DIFFERENCE_FIELDS, Totals, summed_codes


def station_rows(
    election: Election, totals: Totals, station_results: Mapping[int, Results]
) -> tuple[dict[int, PollingStation], dict[int, dict[str, int]]]:
    """(station number -> station, station number -> its counts as ints, I/J empty = 0),
    in the totals' station order, after every check of the module docstring."""
    shape = ElectionShape.from_election(election)
    stations = counted_stations(election, totals, station_results, shape)
    required = tuple(code for code in summed_codes(shape) if code not in DIFFERENCE_FIELDS)
    rows = {number: _station_values(number, station_results[number], shape, required) for number in totals.stations}
    _check_sums(totals, rows)
    return stations, rows


def total_cast(election: Election, stations: Iterable[PollingStation]) -> int:
    """The totals' Cast: the municipality's number of voters from the 110b (its MaxVotes),
    as Abacus writes it; when the 110b gave none, the sum of the stations' (0 for unknown)."""
    if election.number_of_voters is not None:
        return election.number_of_voters
    return sum(station.number_of_voters or 0 for station in stations)


def counted_stations(
    election: Election, totals: Totals, station_results: Mapping[int, Results], shape: ElectionShape
) -> dict[int, PollingStation]:
    """The stations the totals count, by number; ValueError for another shape, other
    stations than the results', or stations the election does not know."""
    if totals.shape != shape:
        raise ValueError("the totals are of another election shape than the election")
    if sorted(station_results) != list(totals.stations):
        raise ValueError(
            f"the totals are of stations {_numbers(totals.stations)}, "
            f"the results of stations {_numbers(sorted(station_results))}"
        )
    known = {station.number: station for station in election.stations}
    unknown = [number for number in totals.stations if number not in known]
    if unknown:
        raise ValueError(f"stations not in this election: {_numbers(unknown)}")
    return {number: known[number] for number in totals.stations}


def _station_values(number: int, results: Results, shape: ElectionShape, required: tuple[str, ...]) -> dict[str, int]:
    """The station's counts as plain ints (I/J empty = 0, as tabulation counts them);
    ValueError if a ``required`` count is empty or the 510 cannot carry the results."""
    if results.shape != shape:
        raise ValueError(f"station {number} has results of another election shape")
    values = results.to_dict()
    empty = [code for code in required if values[code] is None]
    if empty:
        raise ValueError(f"station {number} has empty fields: {', '.join(empty)}")
    for code in DIFFERENCE_FIELDS:
        if values[code] is None:
            values[code] = 0
    if values["H"] != values["E"] + values["F"] + values["G"]:  # type: ignore[operator]
        raise ValueError(f"station {number}: H ≠ E + F + G, which a 510 cannot carry (F.203 unresolved?)")
    for list_number in shape.list_numbers:
        if values[list_total_code(list_number)] != values[list_votes_code(list_number)]:
            raise ValueError(
                f"station {number}: L{list_number}.T ≠ E.{list_number}, which a 510 cannot carry (F.403 unresolved?)"
            )
    return values  # type: ignore[return-value]


def _check_sums(totals: Totals, rows: Mapping[int, Mapping[str, int]]) -> None:
    for code, total in totals.counts:
        found = sum(row[code] for row in rows.values())
        if found != total:
            raise ValueError(f"the totals are not the sum of the station results: {code} is {total}, the sum {found}")


def _numbers(numbers: Iterable[int]) -> str:
    return ", ".join(str(n) for n in numbers) or "none"
