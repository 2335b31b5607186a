"""List exhaustion (Kieswet P 10): a list cannot hold more seats than it has candidates.

Candidates who died are not candidates any more (P 19a): their votes still count for the
list, but they cannot take a seat, so they do not count here either.

After P 7-P 9, every seat a list holds beyond its candidates is withdrawn, one step per seat:
a residual seat while the list holds any (the last one won), else a full seat. The withdrawn
seats are then given again by the residual method of the council's size, among the lists
that are not exhausted (``exhausted``: a list with as many seats as candidates cannot take
one more). That second round is run by ``apportion``.
"""

from __future__ import annotations

from kiosk.domain.seats.contest import Contest
from kiosk.domain.seats.ledger import Ledger
from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import ExhaustionRemoval


def exhausted(standings: tuple[Standing, ...], contest: Contest) -> frozenset[int]:
    """Lists with no candidate left for one more seat."""
    return frozenset(s.number for s in standings if len(contest.alive(s.number)) <= s.total)


def withdraw_excess(ledger: Ledger, contest: Contest) -> int:
    """Withdraw every seat beyond a list's candidates; returns how many were withdrawn."""
    withdrawn = 0
    for standing in ledger.standings:
        excess = standing.total - len(contest.alive(standing.number))
        for _ in range(max(0, excess)):
            current = ledger[standing.number]
            if current.residual:
                ledger.apply(ExhaustionRemoval(current.number, full_seat=False), current.without_residual())
            else:
                ledger.apply(ExhaustionRemoval(current.number, full_seat=True), current.without_full())
            withdrawn += 1
    return withdrawn
