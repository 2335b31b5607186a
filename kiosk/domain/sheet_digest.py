"""The numbers digest: a fingerprint of the numbers a totals sheet shows, recomputable from paper.

Every totals sheet (the municipality's Na 31, and a kiosk's partial sheet) prints the SHA-256 of
a canonical text of its numbers in 16 groups of 4 hex on every page. Anyone can type the numbers
from the paper into that text and hash it; the next level (the main kiosk for partial sheets, the
CSB for municipal sheets) compares it with the digest of what its verifier confirmed. The text
(UTF-8, every line ending in "\\n", nothing else)::

    stemkiosk-cijfers/1
    verkiezing <election id>
    gemeente <the counting municipality's four-digit code>
    stembureaus <station numbers ascending; runs of consecutive numbers as a-b>, e.g. 1-8,10
    <code> <value>          every total in the paper's order: A B [C] D E.1 .. E F G H I J,
                            then per list L<l>.1 .. L<l>.<n> (candidates) and L<l>.T (list total)
    stembureau <n>          partial sheets only, for every station in order:
    <code> <value>          every field of the station's form in the paper's order

A count is written in decimal without separators; a tick or signature box "x" when ticked (signed)
and "-" when not; an empty count (I or J left empty) "-". Nothing else varies: no names, no dates,
so a reprint with another time or layout has the same digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from kiosk.domain.results import Results, Value
from kiosk.domain.station_range import format_ranges

if TYPE_CHECKING:  # tabulation imports the workflow, whose digest rule imports this module
    from kiosk.domain.tabulation import Totals

FORMAT = "stemkiosk-cijfers/1"
GROUPS = 16
GROUP_LENGTH = 4


def station_ranges(numbers: Iterable[int]) -> str:
    """Ascending station numbers with runs as a-b: (1, 2, 3, 5) -> "1-3,5"."""
    return format_ranges(numbers)


def value_text(value: Value) -> str:
    """One value as the canonical text writes it."""
    if value is True:
        return "x"
    if value is False or value is None:
        return "-"
    return str(int(value))


def canonical_text(
    election_id: str,
    municipality_id: str,
    totals: Totals,
    station_results: Mapping[int, Results] | None = None,
) -> str:
    """The text the digest hashes. ``station_results``: given for a partial sheet, whose annex
    shows each station's results (exactly the totals' stations)."""
    lines = [
        FORMAT,
        f"verkiezing {election_id}",
        f"gemeente {municipality_id}",
        f"stembureaus {station_ranges(totals.stations)}",
    ]
    lines.extend(f"{code} {value_text(value)}" for code, value in totals.counts)
    if station_results is not None:
        if sorted(station_results) != list(totals.stations):
            raise ValueError("the station results are not those of the totals' stations")
        for number in totals.stations:
            lines.append(f"stembureau {number}")
            lines.extend(f"{code} {value_text(value)}" for code, value in station_results[number].items())
    return "".join(line + "\n" for line in lines)


def numbers_digest(
    election_id: str,
    municipality_id: str,
    totals: Totals,
    station_results: Mapping[int, Results] | None = None,
) -> str:
    """SHA-256 (hex) of ``canonical_text``."""
    text = canonical_text(election_id, municipality_id, totals, station_results)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def groups(digest: str) -> tuple[str, ...]:
    """A hex digest as its 16 groups of 4."""
    return tuple(digest[i : i + GROUP_LENGTH] for i in range(0, GROUPS * GROUP_LENGTH, GROUP_LENGTH))


def typed_matches(digest: str, blanked: Iterable[int], typed: Iterable[str]) -> bool:
    """Whether ``typed`` are the digest's groups at the ``blanked`` indexes (ascending); case and
    spaces do not matter. Two distinct groups must be blanked: fewer proves too little."""
    order = sorted(set(blanked))
    answers = ["".join(t.split()).lower() for t in typed]
    if len(order) < 2 or len(answers) != len(order) or any(not 0 <= i < GROUPS for i in order):
        return False
    expected = groups(digest)
    return all(expected[i] == answer for i, answer in zip(order, answers))
