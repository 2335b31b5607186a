"""What the seat assignment is computed from: the number of seats, each list's votes per
candidate, and the candidates who died before the result was set (Kieswet P 19a).

A list's votes (its *stemcijfer*, P 5) are the sum of the votes on its candidates: the
central committee adds them up from the candidates' totals, so the two can never disagree.
Lists are kept in the order of their numbers, whatever order they were given in: that order
is the one the law's "in the order of the list" and every tie report use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.domain.seats.quota import LARGE_COUNCIL


@dataclass(frozen=True)
class ListVotes:
    """One list: its number and the votes of its candidates 1, 2, ... in list order."""

    number: int
    candidate_votes: tuple[int, ...]

    @property
    def votes(self) -> int:
        """The list's *stemcijfer*: all votes on its candidates."""
        return sum(self.candidate_votes)

    @property
    def candidates(self) -> tuple[int, ...]:
        """The candidate numbers, 1..n, in list order."""
        return tuple(range(1, len(self.candidate_votes) + 1))

    def votes_of(self, candidate: int) -> int:
        return self.candidate_votes[candidate - 1]


@dataclass(frozen=True)
class Contest:
    """The seats to fill, the lists (sorted by number on creation) and the deceased as
    ``(list, candidate)`` pairs. Raises ValueError on what a parsed document never holds
    (a list number twice, a deceased candidate the lists do not have)."""

    seats: int
    lists: tuple[ListVotes, ...]
    deceased: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    _alive: dict[int, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.lists, key=lambda item: item.number))
        numbers = [item.number for item in ordered]
        if len(set(numbers)) != len(numbers):
            raise ValueError(f"a list number occurs twice: {numbers}")
        object.__setattr__(self, "lists", ordered)
        object.__setattr__(self, "deceased", frozenset(self.deceased))
        known = {(item.number, candidate) for item in ordered for candidate in item.candidates}
        if not self.deceased <= known:
            raise ValueError(f"deceased candidates not on any list: {sorted(self.deceased - known)}")
        alive = {
            item.number: tuple(c for c in item.candidates if (item.number, c) not in self.deceased) for item in ordered
        }
        object.__setattr__(self, "_alive", alive)

    @property
    def total_votes(self) -> int:
        """All votes on candidates: what the quota divides (P 5)."""
        return sum(item.votes for item in self.lists)

    @property
    def large(self) -> bool:
        """19 seats or more: residual seats by highest averages (P 7), preference threshold 25 %."""
        return self.seats >= LARGE_COUNCIL

    def list(self, number: int) -> ListVotes:
        for item in self.lists:
            if item.number == number:
                return item
        raise KeyError(number)

    def alive(self, number: int) -> tuple[int, ...]:
        """The candidates of list ``number`` who can take a seat: all but the deceased (P 19a)."""
        return self._alive[number]
