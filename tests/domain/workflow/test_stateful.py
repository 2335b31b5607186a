"""Hypothesis stateful test: random people doing random things to one station.

Invariants: never definitive without two agreeing, complete entries by two
different (disjoint) sets of accounts and without errors, in the latest round
too (after a correction); no confirmed value is lost and no closed round
changes; the state is always rebuildable from the accepted events; and actions
that the rules forbid are always refused (checked against conditions computed
here, independently of the machine)."""

from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from kiosk.domain.errors import DomainError
from kiosk.domain.fields import field_codes
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation import validate
from kiosk.domain.workflow import (
    ClaimReleased,
    CorrectionOpened,
    DifferencesResolved,
    EntryClaimed,
    EntryFinished,
    ErrorResolution,
    ErrorSent,
    ErrorsResolved,
    FieldConfirmed,
    Resolution,
    ScanAttached,
    Status,
    WarningAcknowledged,
    consequence,
    coordinator_view,
    entry_messages,
    open_messages,
)

from .driver import ANNA, BRAM, CARLA, CLERK, DIRK, Station

SHAPE = ElectionShape.of(False, {1: 2})
CODES = field_codes(SHAPE)
PAPER = {
    "A": 50,
    "B": 1,
    "D": 51,
    "E.1": 48,
    "E": 48,
    "F": 1,
    "G": 2,
    "H": 51,
    "I": 0,
    "J": 0,
    "K.eq": True,
    "K.gt": False,
    "K.lt": False,
    "K.yes": False,
    "K.no": False,
    "L1.1": 30,
    "L1.2": 18,
    "L1.T": 48,
}  # W.202 fires (G = 2 ≥ ⌈3% of 51⌉): needs acknowledging
VARIANTS = [PAPER, PAPER, PAPER, dict(PAPER, **{"L1.1": 31}), dict(PAPER, A=49)]  # correct, typo, paper error
ACTORS = st.sampled_from([CLERK, ANNA, BRAM, DIRK, CARLA])
ENTERERS = st.sampled_from([ANNA, BRAM, DIRK, CARLA])
ENTRIES = st.sampled_from([1, 2])
IN_PROGRESS = {1: Status.FIRST_ENTRY, 2: Status.SECOND_ENTRY}


class Workflow(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.station = Station(SHAPE)
        self.confirmed = 0  # accepted FieldConfirmed events
        self.closed_rounds: list = []  # each round as it was closed: it never changes afterwards

    @property
    def state(self):
        return self.station.state

    def attempt(self, kind, actor, must_refuse: bool, **fields) -> bool:
        before = self.state
        try:
            self.station.do(kind, actor, **fields)
        except DomainError:
            assert self.state is before  # a refusal changes nothing
            return False
        assert not must_refuse, f"{kind.__name__} {fields} by {actor.account} in {before.status} was accepted"
        self.confirmed += kind is FieldConfirmed
        return True

    def not_claimant(self, entry: int, actor) -> bool:
        current = self.state.entry(entry)
        return self.state.status is not IN_PROGRESS[entry] or current is None or current.claimant != actor.account

    # -- rules ------------------------------------------------------------------------
    @rule(actor=ACTORS, page=st.sampled_from(["p1", "p2", "p3"]))
    def scan(self, actor, page):
        refuse = (
            not actor.can_scan or self.state.status not in (Status.EMPTY, Status.SCANNED) or page in self.state.pages
        )
        self.attempt(ScanAttached, actor, refuse, pages=(page,), proposals=(("A", 50), ("L1.1", 13)))

    @rule(actor=ACTORS, entry=ENTRIES)
    def claim(self, actor, entry):
        other = self.state.entry(3 - entry)
        current = self.state.entry(entry)
        refuse = (
            not actor.can_enter
            or self.state.status is Status.DEFINITIVE
            or (other is not None and actor.account in other.participants)
            or (current is not None and current.claimant is not None)
            or (entry == 2 and self.state.first is None)
        )
        self.attempt(EntryClaimed, actor, refuse, entry=entry)

    @rule(actor=ACTORS, entry=ENTRIES)
    def release(self, actor, entry):
        self.attempt(
            ClaimReleased, actor, not actor.can_coordinate or self.state.status is Status.DEFINITIVE, entry=entry
        )

    @rule(actor=ACTORS, entry=ENTRIES, code=st.sampled_from(CODES), variant=st.sampled_from(VARIANTS))
    def confirm_one(self, actor, entry, code, variant):
        current = self.state.entry(entry)
        refuse = self.not_claimant(entry, actor) or (
            current is not None and current.editable is not None and code not in current.editable
        )
        self.attempt(FieldConfirmed, actor, refuse, entry=entry, code=code, value=variant.get(code))

    @rule(actor=ACTORS, entry=ENTRIES, variant=st.sampled_from(VARIANTS))
    def confirm_pending(self, actor, entry, variant):
        current = self.state.entry(entry)
        codes = sorted(current.pending) if current is not None and current.pending else ["A"]
        for code in codes:
            if not self.attempt(FieldConfirmed, actor, False, entry=entry, code=code, value=variant.get(code)):
                break

    @rule(actor=ACTORS, entry=ENTRIES)
    def settle(self, actor, entry):
        messages = entry_messages(self.state, entry)
        refuse = self.not_claimant(entry, actor)
        for message in messages.warnings:
            self.attempt(WarningAcknowledged, actor, refuse, entry=entry, message=message)
        for message in messages.errors:
            self.attempt(ErrorSent, actor, refuse, entry=entry, message=message)

    @rule(actor=ACTORS, entry=ENTRIES)
    def finish(self, actor, entry):
        current = self.state.entry(entry)
        refuse = (
            self.not_claimant(entry, actor)
            or current is None
            or bool(current.pending)
            or bool(open_messages(self.state, entry).messages)
        )
        self.attempt(EntryFinished, actor, refuse, entry=entry)

    @rule(actor=ACTORS, entry=ENTRIES, variant=st.sampled_from(VARIANTS))
    def whole_entry(self, actor, entry, variant):
        self.claim(actor, entry)
        self.confirm_pending(actor, entry, variant)
        self.settle(actor, entry)
        self.finish(actor, entry)

    @rule(one=ENTERERS, two=ENTERERS, variants=st.tuples(st.sampled_from(VARIANTS), st.sampled_from(VARIANTS)))
    def both_entries(self, one, two, variants):
        # Long sequences are rare in random walks; this reaches the end states often.
        self.whole_entry(one, 1, variants[0])
        self.whole_entry(two, 2, variants[1])

    @rule(actor=ACTORS, choice=st.sampled_from(list(Resolution)))
    def resolve_differences(self, actor, choice):
        refuse = not actor.can_coordinate or self.state.status is not Status.ENTRIES_DIFFER
        said = None if refuse else consequence(coordinator_view(self.state, CARLA), choice)
        if self.attempt(DifferencesResolved, actor, refuse, resolution=choice):
            self.check_consequence(said)

    @rule(actor=ACTORS, choice=st.sampled_from(list(ErrorResolution)))
    def resolve_errors(self, actor, choice):
        refuse = not actor.can_coordinate or self.state.status is not Status.HAS_ERRORS
        said = None if refuse else consequence(coordinator_view(self.state, CARLA), choice)
        errors = () if refuse else validate(self.state.first.values).errors
        if self.attempt(ErrorsResolved, actor, refuse, resolution=choice) and choice is ErrorResolution.RETURN:
            # Reopened: exactly the fields the errors concern, none of them forgotten.
            assert self.state.first.pending == {code for m in errors for code in m.concerns} != set()
        self.check_consequence(said)

    @rule(actor=ACTORS, investigation=st.integers(0, 3))
    def open_correction(self, actor, investigation):
        refuse = not actor.can_coordinate or self.state.status is not Status.DEFINITIVE or investigation < 1
        before = self.state
        if self.attempt(CorrectionOpened, actor, refuse, investigation=investigation):
            closed = self.state.rounds[-1]
            assert closed.results == before.definitive_results and closed.first == before.first
            assert self.state.status is Status.EMPTY and self.state.round == before.round + 1
            assert self.state.proposals is None and not self.state.pages  # nothing of the old round offered
            self.closed_rounds.append(closed)

    def check_consequence(self, said):
        """What the coordinator was told is what happened."""
        if said is None:
            return
        if said.returned is not None:
            assert self.state.entry(said.returned).pending == set(said.returned_fields)
            assert said.steps[0].fields == len(said.returned_fields) > 0
        if said.kept is not None or said.discarded == (1, 2) or said.discarded == (1,):
            assert self.state.second is None
        if said.steps[0].action.value == "first_entry":
            assert self.state.first is None

    # -- invariants ---------------------------------------------------------------------
    @invariant()
    def definitive_means_four_eyes(self):
        state = self.state
        event(f"reached {state.status.value}")  # coverage: see --hypothesis-show-statistics
        event(f"in round {state.round}")
        if state.status is not Status.DEFINITIVE:
            assert state.definitive_results is None
            return
        first, second = state.first, state.second
        assert first is not None and second is not None and first.finished and second.finished
        assert first.values == second.values == state.definitive_results
        assert first.confirmed == second.confirmed == set(CODES)  # complete, both
        assert not first.participants & second.participants
        assert first.finished_by != second.finished_by
        assert not validate(first.values).has_errors

    @invariant()
    def status_matches_entries(self):
        state, first, second = self.state, self.state.first, self.state.second
        expected = {
            Status.EMPTY: lambda: first is None and second is None and not state.pages,
            Status.SCANNED: lambda: first is None and second is None and bool(state.pages),
            Status.FIRST_ENTRY: lambda: (
                first is not None and not first.finished and (second is None or second.finished)
            ),
            Status.FIRST_DONE: lambda: (
                first is not None and first.finished and second is None and not validate(first.values).has_errors
            ),
            Status.SECOND_ENTRY: lambda: (
                first is not None and first.finished and second is not None and not second.finished
            ),
            Status.ENTRIES_DIFFER: lambda: (
                first is not None
                and second is not None
                and first.finished
                and second.finished
                and first.values != second.values
            ),
            Status.HAS_ERRORS: lambda: (
                first is not None and first.finished and second is None and validate(first.values).has_errors
            ),
        }
        if state.status in expected:
            assert expected[state.status](), state.status
        if first is not None and second is not None:
            assert not first.participants & second.participants  # four eyes, always

    @invariant()
    def no_confirmed_value_lost(self):
        entries = self.state.all_entries()
        assert sum(len(entry.confirmations) for entry in entries) == self.confirmed
        for entry in entries:
            latest = {c.code: c.value for c in entry.confirmations}
            assert entry.values.to_dict() == {code: latest.get(code) for code in CODES}
            assert entry.claimant is None or entry.claimant in entry.participants

    @invariant()
    def closed_rounds_never_change(self):
        assert list(self.state.rounds) == self.closed_rounds
        assert self.state.round == len(self.closed_rounds) + 1
        for closed in self.closed_rounds:  # each closed round was itself definitive by four eyes
            assert closed.first.values == closed.second.values == closed.results
            assert not closed.first.participants & closed.second.participants

    def teardown(self):
        # Once per run (replaying after every step is slow and adds nothing).
        assert self.station.rebuilt() == self.state


Workflow.TestCase.settings = settings(
    max_examples=100, stateful_step_count=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_workflow = Workflow.TestCase
