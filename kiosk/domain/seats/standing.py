"""One list's seats at a moment of the assignment: its full seats and its residual seats.

Immutable: every change makes a new standing, so a step can keep the standings it saw. The
residual seats are kept as the methods they were won by, in order (``methods``), because
"at most one seat per list" below 19 seats counts the seats a list *holds* by a method: a
seat taken back by the absolute-majority rule (P 9) lets the list compete again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from kiosk.domain.seats.contest import Contest
from kiosk.domain.seats.full_seats import full_seats, meets_remainder_threshold, remainder


@dataclass(frozen=True)
class Standing:
    number: int
    votes: int
    full: int
    #: Votes left after the full seats of P 6 (fixed, see ``full_seats``).
    remainder: Fraction
    #: Do the votes reach 75 % of the quota (largest remainders, P 8)?
    meets_threshold: bool
    #: The method of each residual seat held, in the order they were won.
    methods: tuple[str, ...] = ()

    @property
    def residual(self) -> int:
        return len(self.methods)

    @property
    def total(self) -> int:
        return self.full + self.residual

    @property
    def next_average(self) -> Fraction:
        """Votes per seat if this list got one seat more: what highest averages compare."""
        return Fraction(self.votes, self.total + 1)

    def held(self, method: str) -> int:
        """How many residual seats this list holds that were won by ``method``."""
        return self.methods.count(method)

    def with_residual(self, method: str) -> Standing:
        return replace(self, methods=(*self.methods, method))

    def without_residual(self, method: str | None = None) -> Standing:
        """One residual seat less: the last one won by ``method`` (by any method when None)."""
        if method is None:
            method = self.methods[-1] if self.methods else None
        if method is None or method not in self.methods:
            raise ValueError(f"list {self.number} holds no residual seat by {method}")
        at = len(self.methods) - 1 - self.methods[::-1].index(method)
        return replace(self, methods=self.methods[:at] + self.methods[at + 1 :])

    def without_full(self) -> Standing:
        if self.full == 0:
            raise ValueError(f"list {self.number} holds no full seat")
        return replace(self, full=self.full - 1)


def initial_standings(contest: Contest, quota: Fraction) -> tuple[Standing, ...]:
    """Every list after the full seats (P 6), in list-number order."""
    return tuple(
        Standing(
            number=item.number,
            votes=item.votes,
            full=full_seats(item.votes, quota),
            remainder=remainder(item.votes, quota),
            meets_threshold=meets_remainder_threshold(item.votes, quota),
        )
        for item in contest.lists
    )
