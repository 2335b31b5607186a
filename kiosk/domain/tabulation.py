"""Municipal totals: the sum of the definitive results of all stations (DESIGN §7).

``tabulate`` refuses while any station is missing, not definitive, or has
unresolved errors, and names those stations. ``sum_results`` is the plain sum
for callers that already hold the definitive results.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import add

from kiosk.domain.errors import DomainError
from kiosk.domain.fields import field_codes, is_count, list_votes_code
from kiosk.domain.results import Results
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation.required import f001
from kiosk.domain.workflow.state import StationState, Status

#: Reported per station (which stations contributed), and summed.
DIFFERENCE_FIELDS = ("I", "J")


class TabulationError(DomainError):
    """``tabulation.not_ready`` (params ``missing``, ``not_definitive``, ``has_errors``: station
    numbers), ``tabulation.unknown_station``, ``tabulation.shape_mismatch``, ``tabulation.incomplete``."""


def summed_codes(shape: ElectionShape) -> tuple[str, ...]:
    """The counts that are totalled, in the paper's order: A B [C] D E.l E F G H
    I J, every candidate and every list-page total."""
    return tuple(code for code in field_codes(shape) if is_count(code))


@dataclass(frozen=True)
class Totals:
    shape: ElectionShape
    stations: tuple[int, ...]  # the stations summed, ascending
    counts: tuple[tuple[str, int], ...]  # (code, total) in summed_codes order
    contributors: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]  # I/J: (station, value) where > 0

    def __getitem__(self, code: str) -> int:
        for name, total in self.counts:
            if name == code:
                return total
        raise KeyError(code)

    def as_dict(self) -> dict[str, int]:
        return dict(self.counts)

    def list_votes(self, list_number: int) -> int:
        """Σ E.l over the stations: the machine total of a list."""
        return self[list_votes_code(list_number)]

    def list_totals(self) -> dict[int, int]:
        """List number -> machine total, for the hand-count check."""
        return {number: self.list_votes(number) for number in self.shape.list_numbers}

    def contributing(self, code: str) -> tuple[tuple[int, int], ...]:
        """For I or J: (station number, value) of every station where it is > 0."""
        return dict(self.contributors)[code]


def sum_results(shape: ElectionShape, results: Mapping[int, Results]) -> Totals:
    """The sum of definitive results (station number -> Results). Refuses results
    of another shape or with a required field empty; I/J left empty count as none."""
    codes = summed_codes(shape)
    # Work on the slot positions: 450 stations x 3000 fields must total in well under a second.
    position = {code: i for i, code in enumerate(field_codes(shape))}
    positions = [position[code] for code in codes]
    difference_positions = {code: position[code] for code in DIFFERENCE_FIELDS}
    sums = [0] * len(codes)
    contributors: dict[str, list[tuple[int, int]]] = {code: [] for code in DIFFERENCE_FIELDS}
    for station in sorted(results):
        station_results = results[station]
        if station_results.shape != shape:
            raise TabulationError(
                "tabulation.shape_mismatch", f"station {station} has results of another election", station=station
            )
        if empty := f001(station_results):
            raise TabulationError(
                "tabulation.incomplete",
                f"station {station} has empty fields: {', '.join(empty)}",
                station=station,
                fields=empty,
            )
        slots = station_results.slots
        sums = list(map(add, sums, [slots[i] or 0 for i in positions]))  # only I/J can be empty here
        for code, i in difference_positions.items():
            if slots[i]:
                contributors[code].append((station, slots[i]))
    return Totals(
        shape,
        tuple(sorted(results)),
        tuple(zip(codes, sums)),
        tuple((code, tuple(found)) for code, found in contributors.items()),
    )


def check_ready(stations: Iterable[int], statuses: Mapping[int, Status]) -> None:
    """Refuse (``tabulation.not_ready``) while a station has no state or is empty
    (missing), is still being entered or resolved (not definitive), or has
    unresolved errors -- naming the stations of each kind."""
    expected = sorted(set(stations))
    unknown = sorted(set(statuses) - set(expected))
    if unknown:
        raise TabulationError(
            "tabulation.unknown_station",
            f"results for stations not in this election: {_numbers(unknown)}",
            stations=tuple(unknown),
        )
    missing = [n for n in expected if statuses.get(n, Status.EMPTY) is Status.EMPTY]
    errors = [n for n in expected if statuses.get(n) is Status.HAS_ERRORS]
    pending = [n for n in expected if n not in missing and n not in errors and statuses[n] is not Status.DEFINITIVE]
    if missing or errors or pending:
        parts = [
            f"{label}: {_numbers(found)}"
            for label, found in (("missing", missing), ("not definitive", pending), ("unresolved errors", errors))
            if found
        ]
        raise TabulationError(
            "tabulation.not_ready",
            "cannot total yet; " + "; ".join(parts),
            missing=tuple(missing),
            not_definitive=tuple(pending),
            has_errors=tuple(errors),
        )


def tabulate(shape: ElectionShape, stations: Iterable[int], states: Mapping[int, StationState]) -> Totals:
    """Totals of every station in ``stations``, from their workflow states
    (refused as ``check_ready`` says)."""
    expected = sorted(set(stations))
    check_ready(expected, {number: state.status for number, state in states.items()})
    definitive = {}
    for number in expected:
        results = states[number].definitive_results
        assert results is not None  # status is DEFINITIVE
        definitive[number] = results
    return sum_results(shape, definitive)


def _numbers(stations: Iterable[int]) -> str:
    return ", ".join(str(n) for n in stations)
