"""Which stations a kiosk enters from their own reports, when a municipality runs several kiosks.

A large municipality may split its stations over kiosks: each enters a range from the stations'
reports and prints a partial sheet for it; the main kiosk enters its own range and re-enters the
others' partial sheets from their transfer pages. The range is chosen by a coordinator after the
110b is imported and before paper for a station outside it is scanned or entered (audited).
Written as ascending numbers with runs as a-b: "1-225,300".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kiosk.domain.errors import DomainError

_PART = re.compile(r"([1-9][0-9]{0,5})(?:-([1-9][0-9]{0,5}))?")


class StationRangeError(DomainError):
    """``station_range.malformed`` (``text``), ``station_range.unknown_stations`` (``stations``),
    ``station_range.in_use`` (``stations``: outside the range, with paper of their own already)."""


def format_ranges(numbers: Iterable[int]) -> str:
    """Ascending numbers with runs as a-b: (1, 2, 3, 5) -> "1-3,5"."""
    parts: list[str] = []
    start = previous = None
    for n in sorted(set(numbers)):
        if previous is not None and n == previous + 1:
            previous = n
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = n
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}-{previous}")
    return ",".join(parts)


def parse_ranges(text: str) -> tuple[int, ...]:
    """ "1-3, 5" -> (1, 2, 3, 5); StationRangeError ``station_range.malformed`` otherwise."""
    cleaned = "".join((text or "").split())
    numbers: set[int] = set()
    for part in cleaned.split(",") if cleaned else ():
        found = _PART.fullmatch(part)
        if found is None:
            raise StationRangeError("station_range.malformed", f"not a range of station numbers: {text!r}", text=text)
        first = int(found.group(1))
        last = int(found.group(2) or first)
        if last < first:
            raise StationRangeError("station_range.malformed", f"a range runs upwards: {part!r}", text=text)
        numbers.update(range(first, last + 1))
    if not numbers:
        raise StationRangeError("station_range.malformed", "no station numbers", text=text)
    return tuple(sorted(numbers))


def check_range(known: Iterable[int], wanted: Iterable[int], with_own_paper: Iterable[int]) -> tuple[int, ...]:
    """``wanted`` when every number is a station of the election and no station outside it has
    paper of its own scanned or entered here already (``with_own_paper``)."""
    known_set = set(known)
    chosen = tuple(sorted(set(wanted)))
    unknown = [n for n in chosen if n not in known_set]
    if unknown:
        raise StationRangeError(
            "station_range.unknown_stations",
            f"not stations of this election: {format_ranges(unknown)}",
            stations=format_ranges(unknown),
        )
    outside = sorted(set(with_own_paper) - set(chosen))
    if outside:
        raise StationRangeError(
            "station_range.in_use",
            f"stations outside the range have paper here already: {format_ranges(outside)}",
            stations=format_ranges(outside),
        )
    return chosen
