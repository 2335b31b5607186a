"""The absolute-majority correction (Kieswet P 9).

A list with more than half of all votes on candidates that, after the full and residual
seats, holds no more than half of the seats gets one seat more. It is taken from the list
that won the last residual seat. Exactly half of the votes is no majority; more than half of
the seats needs no correction.

"The last residual seat" can be shared: when the last seats were won by several lists with
the same value in a row (a tie that fitted in the seats left), each of them won "the last"
one, and the lot decides which gives it up ("beslist zo nodig het lot"). The seat given up
frees that list's "one per list" of the method it was won by (``Standing.without_residual``);
the seat received is of its own kind and frees or blocks nothing.

Applied once, after P 7/P 8 and before list exhaustion (P 10), as Abacus does. Without
residual seats there is no last residual seat, and none is needed: when every seat is a full
seat, a list with more than half the votes has more than half the full seats.
"""

from __future__ import annotations

from kiosk.domain.seats.contest import Contest
from kiosk.domain.seats.ledger import Ledger
from kiosk.domain.seats.lots import Draws, MajorityLot
from kiosk.domain.seats.methods import ABSOLUTE_MAJORITY
from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import Assignment, MajorityCorrection, Step


def majority_list(standings: tuple[Standing, ...], contest: Contest) -> Standing | None:
    """The list with more than half of the votes that holds no more than half of the seats."""
    for standing in standings:
        if 2 * standing.votes > contest.total_votes and 2 * standing.total <= contest.seats:
            return standing
    return None


def last_residual_seat(steps: list[Step]) -> tuple[Assignment, ...]:
    """The steps that won "the last residual seat": the trailing run of assignments by the
    same method with the same value (a tie given out seat by seat). Empty without any."""
    run: list[Assignment] = []
    for step in reversed(steps):
        if not isinstance(step, Assignment):
            break
        if run and (step.method, step.value) != (run[0].method, run[0].value):
            break
        run.append(step)
    return tuple(reversed(run))


def correct_for_majority(ledger: Ledger, contest: Contest, draws: Draws) -> None:
    """Apply P 9 when it applies; a tie among the last residual seats asks for a lot."""
    majority = majority_list(ledger.standings, contest)
    run = last_residual_seat(ledger.steps)
    if majority is None or not run:
        return
    method = run[-1].method
    options = tuple(sorted({step.list for step in run} - {majority.number}))
    if not options:  # cannot happen: a majority list that won a residual seat holds over half
        return
    if len(options) == 1:
        giver, lot = options[0], False
    else:
        giver, lot = draws.draw(MajorityLot(majority.number, options)), True
    step = MajorityCorrection(giver, majority.number, options, lot)
    ledger.apply(step, ledger[giver].without_residual(method), majority.with_residual(ABSOLUTE_MAJORITY))
