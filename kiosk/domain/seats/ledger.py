"""The running account of the seat assignment: every list's standing and every step so far.

The one mutable thing of the computation, on purpose: when a tie needs a lot that is not
recorded yet, the computation stops in the middle, and the ledger is what it had reached
(the standings before the tied seat, the steps up to it), to be shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import Step


class Ledger:
    def __init__(self, standings: Iterable[Standing]):
        self._standings = {standing.number: standing for standing in standings}
        self.steps: list[Step] = []

    @property
    def standings(self) -> tuple[Standing, ...]:
        """Every list's standing, in list-number order."""
        return tuple(self._standings.values())

    def __getitem__(self, number: int) -> Standing:
        return self._standings[number]

    def apply(self, step: Step, *changed: Standing) -> None:
        """Record ``step`` and the standings it changed (each replaces its list's standing)."""
        for standing in changed:
            self._standings[standing.number] = standing
        self.steps.append(step)

    def seats_assigned(self) -> int:
        return sum(standing.total for standing in self._standings.values())
