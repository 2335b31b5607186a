"""The shape of a worked example and the names of its sources (``examples`` explains them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Example:
    name: str
    source: str
    seats: int
    #: list number -> votes of its candidates, or a bare number for ``fifty(number)``
    lists: dict[int, tuple[int, ...] | int]
    total: dict[int, int]
    trace: list[tuple] | None = None
    elected: dict[int, tuple[int, ...]] | None = None
    deceased: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    lots: tuple[int, ...] = ()
    unassigned: int = 0
    quota: Fraction | None = None

    @property
    def large(self) -> bool:
        return self.seats >= 19


def numbered(*values) -> dict[int, tuple[int, ...] | int]:
    return {n: v if isinstance(v, int) else tuple(v) for n, v in enumerate(values, start=1)}


def seats_of(*values: int) -> dict[int, int]:
    return dict(enumerate(values, start=1))


SA = "Abacus backend/apportionment/src/seat_assignment/mod.rs"
LIB = "Abacus backend/apportionment/src/lib.rs"
NOMINATION = "Abacus backend/apportionment/src/candidate_nomination/mod.rs"
FRONTEND = "Abacus frontend/src/features/apportionment/testing/"
