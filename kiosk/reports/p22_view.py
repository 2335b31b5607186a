"""What the P 22-2 prints, derived from ``P22Data`` once and checked against it.

The apportionment (``kiosk.domain.seats``) holds the final standings and the steps; the model also
wants what lies between them: the full seats before list exhaustion took any back (2.6), every
list's standing before each residual seat (the averages tables of 2.7), which candidates were
elected on preference votes and which by list order, the ranking for succession (2.9), and which
recorded lot decided which tie (the footnotes). All of it is recomputed here with the domain's own
rules from the same totals, and must agree with the apportionment: data that disagrees with
itself is refused (``ValueError``) rather than printed.

Fractions are printed as the committee writes them by hand: the whole part and a proper fraction
over the divisor of the sum, ``"823 6/15"`` for 12351 votes over 15 seats (the quota, a remainder)
or ``"411 1/3"`` for 1234 votes over 3 seats (an average). The denominator is not reduced, so
it always shows what was divided by.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from kiosk.domain.csb_result import P22Data
from kiosk.domain.election import Candidate, PartyList
from kiosk.domain.fields import candidate_code
from kiosk.domain.seats import Apportionment, Contest, ListVotes, SeatsRefused
from kiosk.domain.seats.lots import CandidateLot, Draws, LotNeeded, LotRequest
from kiosk.domain.seats.methods import ABSOLUTE_MAJORITY, HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST
from kiosk.domain.seats.nomination import nominate_all
from kiosk.domain.seats.standing import Standing
from kiosk.domain.seats.steps import Assignment, ExhaustionRemoval, MajorityCorrection, Step
from kiosk.reports.sheet_text import count

AVERAGE_METHODS = frozenset({HIGHEST_AVERAGE, HIGHEST_AVERAGE_ONE_PER_LIST})


def mixed(numerator: int, denominator: int) -> str:
    """``numerator / denominator`` as a whole part and a proper fraction: ``"823 6/15"``."""
    whole, rest = divmod(numerator, denominator)
    return f"{count(whole)} {rest}/{denominator}"


def remainder_text(standing: Standing, seats: int) -> str:
    """A remainder (P 6) over the number of seats, the quota's own denominator."""
    return mixed(int(standing.remainder * seats), seats)


def average_text(votes: int, divisor: int) -> str:
    return mixed(votes, divisor)


def value_text(step: Assignment, votes: int, seats: int) -> str:
    """The deciding value of a residual seat as the committee writes it."""
    if step.method in AVERAGE_METHODS:
        return average_text(votes, int(Fraction(votes) / step.value)) if step.value else "0"
    return mixed(int(step.value * seats), seats)


@dataclass(frozen=True)
class Lot:
    """A recorded lot (1-based ``number``, in the order used) and the tie it decided."""

    number: int
    drawn: int
    step: Assignment | MajorityCorrection | None = None  # a tie between lists
    request: CandidateLot | None = None  # a tie between candidates (P 15)


@dataclass(frozen=True)
class ListResult:
    party: PartyList
    votes: int
    initial_full: int  # P 6, before list exhaustion (P 10) withdrew any
    standing: Standing  # final
    candidate_votes: tuple[int, ...]
    by_preference: tuple[int, ...]  # candidate numbers, in the order of their votes
    by_list_order: tuple[int, ...]
    succession: tuple[int, ...]  # the candidates not elected, in the order of the ranking (P 19)
    deceased: tuple[int, ...]
    lots: tuple[Lot, ...]  # candidate lots of this list

    @property
    def number(self) -> int:
        return self.party.number

    def candidate(self, number: int) -> Candidate:
        return self.party.candidates[number - 1]


@dataclass(frozen=True)
class P22View:
    data: P22Data
    contest: Contest
    lists: tuple[ListResult, ...]
    #: Every step with the standings (by list number) just before it.
    replay: tuple[tuple[Step, dict[int, Standing]], ...]
    initial: dict[int, Standing]
    lots: tuple[Lot, ...]

    @property
    def seats(self) -> int:
        return self.contest.seats

    @property
    def large(self) -> bool:
        return self.contest.large

    @property
    def initial_residual(self) -> int:
        """Residual seats to give after the full seats of P 6 (2.7.1)."""
        return self.seats - sum(s.full for s in self.initial.values())

    def exhausted_before(self, step: Step, standings: dict[int, Standing]) -> frozenset[int]:
        """Lists left out of a residual seat given again after list exhaustion (P 10)."""
        if not isinstance(step, Assignment) or step.seat <= self.initial_residual:
            return frozenset()
        return frozenset(n for n, s in standings.items() if len(self.contest.alive(n)) <= s.total)


def build_view(data: P22Data) -> P22View:
    """The P 22-2's view of ``data``; ValueError when its parts disagree."""
    election, result = data.election, data.apportionment
    contest = _contest(data)
    if result.quota != Fraction(contest.total_votes, contest.seats):
        raise ValueError("the apportionment was not computed from these totals")
    initial, replay = _replay(result.standings, result.steps)
    list_lots = _list_lots(data)
    recorder = _Recorder(data.lots[len(list_lots) :])
    try:
        nominations = nominate_all(contest, result.total_seats, result.quota, recorder)
        recorder.check_all_used()
    except (LotNeeded, SeatsRefused) as error:
        raise ValueError(f"the recorded lots do not match the result: {error}") from None
    elected = {number: n.elected for number, n in nominations.items()}
    if elected != result.elected:
        raise ValueError("the elected candidates do not follow from the totals, the deceased and the lots")
    candidate_lots = [
        Lot(len(list_lots) + k, drawn, request=request)
        for k, (request, drawn) in enumerate(recorder.requests, start=1)
        if isinstance(request, CandidateLot)
    ]
    lists = []
    for party, standing in zip(election.lists, result.standings):
        item = contest.list(party.number)
        nomination = nominations[party.number]
        lists.append(
            ListResult(
                party=party,
                votes=standing.votes,
                initial_full=initial[party.number].full,
                standing=standing,
                candidate_votes=item.candidate_votes,
                by_preference=nomination.by_preference,
                by_list_order=nomination.by_list_order,
                succession=_succession(item, contest, nomination.by_preference, nomination.elected, result),
                deceased=tuple(sorted(c for n, c in data.deceased if n == party.number)),
                lots=tuple(lot for lot in candidate_lots if lot.request and lot.request.list == party.number),
            )
        )
    return P22View(data, contest, tuple(lists), replay, initial, tuple(list_lots + candidate_lots))


def _contest(data: P22Data) -> Contest:
    """The contest the apportionment was computed from: candidate k of a list is its k-th candidate."""
    totals = data.totals.as_dict()
    lists = tuple(
        ListVotes(p.number, tuple(totals[candidate_code(p.number, c.position)] for c in p.candidates))
        for p in data.election.lists
    )
    contest = Contest(data.apportionment.seats, lists, data.deceased)
    if tuple(s.number for s in data.apportionment.standings) != tuple(item.number for item in contest.lists):
        raise ValueError("the apportionment's lists are not the election's")
    return contest


def _replay(
    final: Sequence[Standing], steps: Sequence[Step]
) -> tuple[dict[int, Standing], tuple[tuple[Step, dict[int, Standing]], ...]]:
    """The standings after the full seats (P 6) and before every step, rebuilt from the end state."""
    withdrawn = {s.number: 0 for s in final}
    for step in steps:
        if isinstance(step, ExhaustionRemoval) and step.full_seat:
            withdrawn[step.list] += 1
    current = {
        s.number: Standing(s.number, s.votes, s.full + withdrawn[s.number], s.remainder, s.meets_threshold)
        for s in final
    }
    initial = dict(current)
    replay = []
    last_method = ""
    for step in steps:
        replay.append((step, dict(current)))
        if isinstance(step, Assignment):
            current[step.list] = current[step.list].with_residual(step.method)
            last_method = step.method
        elif isinstance(step, MajorityCorrection):
            current[step.from_list] = current[step.from_list].without_residual(last_method)
            current[step.to_list] = current[step.to_list].with_residual(ABSOLUTE_MAJORITY)
        elif step.full_seat:
            current[step.list] = current[step.list].without_full()
        else:
            current[step.list] = current[step.list].without_residual()
    if tuple(current.values()) != tuple(final):
        raise ValueError("the steps do not lead to the apportionment's standings")
    return initial, tuple(replay)


def _list_lots(data: P22Data) -> list[Lot]:
    """The lots that decided ties between lists, matched with the steps that used them."""
    found: list[Lot] = []
    for step in data.apportionment.steps:
        if isinstance(step, (Assignment, MajorityCorrection)) and step.lot:
            drawn = step.list if isinstance(step, Assignment) else step.from_list
            index = len(found)
            if index >= len(data.lots) or data.lots[index] != drawn:
                raise ValueError(f"lot {index + 1} is not the one step {step} used")
            found.append(Lot(index + 1, drawn, step=step))
    return found


def _succession(
    item: ListVotes, contest: Contest, chosen: tuple[int, ...], elected: tuple[int, ...], result: Apportionment
) -> tuple[int, ...]:
    """The ranking for succession (P 19; Abacus's updated ranking): the elected on preference
    votes, the other candidates above the threshold by their votes, then the rest in list order
    (the deceased left out), less the elected."""
    alive = contest.alive(item.number)
    above = sorted(
        (c for c in alive if item.votes_of(c) > result.preference_threshold), key=lambda c: -item.votes_of(c)
    )
    ranking: list[int] = list(chosen)
    ranking += [c for c in above if c not in ranking]
    ranking += [c for c in alive if c not in ranking]
    return tuple(c for c in ranking if c not in elected)


class _Recorder(Draws):
    """The recorded lots, handed out as ``Draws`` does, remembering which tie took which."""

    def __init__(self, outcomes: Sequence[int]) -> None:
        super().__init__(outcomes)
        self.requests: list[tuple[LotRequest, int]] = []

    def draw(self, request: LotRequest) -> int:
        drawn = super().draw(request)
        self.requests.append((request, drawn))
        return drawn
