"""The whole seat assignment, in the order of the Kieswet, and its result.

1. quota (P 5) and full seats (P 6);
2. residual seats (P 7 with 19 seats or more, P 8 below);
3. the absolute-majority correction (P 9);
4. list exhaustion (P 10): seats beyond a list's living candidates (P 19a) are withdrawn and
   given again by step 2's method among the lists that still have candidates;
5. the elected candidates of every list (P 15, P 17, P 19a).

Lots are used in the order the ties arise: the lists' ties (steps 2-4) first, then the
candidates' ties list by list. When a tie needs a lot that is not recorded, the result stops
before the tied step: it shows the standings and steps reached, ``elected`` is None and
``needs_lot`` says what the lot is for. Recorded lots no tie used are refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from kiosk.domain.seats.contest import Contest
from kiosk.domain.seats.exhaustion import withdraw_excess
from kiosk.domain.seats.ledger import Ledger
from kiosk.domain.seats.lots import Draws, LotNeeded, LotRequest
from kiosk.domain.seats.majority import correct_for_majority
from kiosk.domain.seats.nomination import nominate_all, preference_threshold
from kiosk.domain.seats.quota import quota as kiesdeler
from kiosk.domain.seats.residual import assign_residual_seats
from kiosk.domain.seats.standing import Standing, initial_standings
from kiosk.domain.seats.steps import Step


@dataclass(frozen=True)
class Apportionment:
    """The outcome: complete (``needs_lot`` None) or stopped at a tie that needs a lot."""

    seats: int
    quota: Fraction
    preference_threshold: Fraction
    #: Every list's seats, in list-number order.
    standings: tuple[Standing, ...]
    steps: tuple[Step, ...]
    #: List number -> elected candidate numbers in order; None while a lot is needed.
    elected: dict[int, tuple[int, ...]] | None
    needs_lot: LotRequest | None
    #: How many lots the computation used.
    lots_used: int

    @property
    def full_seats(self) -> dict[int, int]:
        """Full seats of P 6, less any withdrawn by list exhaustion (P 10)."""
        return {s.number: s.full for s in self.standings}

    @property
    def total_seats(self) -> dict[int, int]:
        return {s.number: s.total for s in self.standings}

    @property
    def residual_seats(self) -> dict[int, int]:
        return {s.number: s.residual for s in self.standings}

    @property
    def unassigned_seats(self) -> int:
        """Seats no list could take (no votes, or every list with votes exhausted); 0 when all
        seats are assigned. Counted only when the result is complete."""
        return 0 if self.needs_lot else self.seats - sum(self.total_seats.values())


def apportion(contest: Contest, lots: Sequence[int] = ()) -> Apportionment:
    """Seats and elected candidates for ``contest``, drawing ties from the recorded ``lots``."""
    quota = kiesdeler(contest.total_votes, contest.seats)
    draws = Draws(lots)
    ledger = Ledger(initial_standings(contest, quota))
    residual = contest.seats - ledger.seats_assigned()
    needs_lot: LotRequest | None = None
    elected: dict[int, tuple[int, ...]] | None = None
    try:
        assign_residual_seats(ledger, contest, draws, count=residual, first_seat=1, skip_exhausted=False)
        correct_for_majority(ledger, contest, draws)
        withdrawn = withdraw_excess(ledger, contest)
        assign_residual_seats(ledger, contest, draws, count=withdrawn, first_seat=residual + 1, skip_exhausted=True)
        totals = {s.number: s.total for s in ledger.standings}
        nominations = nominate_all(contest, totals, quota, draws)
        elected = {number: nomination.elected for number, nomination in nominations.items()}
    except LotNeeded as stop:
        needs_lot = stop.request
    if needs_lot is None:
        draws.check_all_used()
    return Apportionment(
        seats=contest.seats,
        quota=quota,
        preference_threshold=preference_threshold(quota, contest.large),
        standings=ledger.standings,
        steps=tuple(ledger.steps),
        elected=elected,
        needs_lot=needs_lot,
        lots_used=draws.used,
    )
