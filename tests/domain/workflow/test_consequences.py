"""What each resolution choice costs, checked against what the choice then does."""

import pytest

from kiosk.domain.fields import field_codes
from kiosk.domain.workflow import (
    Action,
    DifferencesResolved,
    EntryClaimed,
    ErrorResolution,
    ErrorsResolved,
    Resolution,
    ScanAttached,
    Status,
    Step,
    WorkflowError,
    consequence,
    coordinator_view,
)

from ..forms import GOOD, SHAPE
from .driver import ANNA, BRAM, CARLA, CLERK, Station

EVERY = len(field_codes(SHAPE))


def differing(second: dict) -> Station:
    station = Station(SHAPE)
    station.do(ScanAttached, CLERK, pages=("p1",))
    station.enter(1, ANNA, GOOD)
    assert station.enter(2, BRAM, second).status is Status.ENTRIES_DIFFER
    return station


def with_errors(values: dict) -> Station:
    station = Station(SHAPE)
    station.do(ScanAttached, CLERK, pages=("p1",))
    assert station.enter(1, ANNA, values).status is Status.HAS_ERRORS
    return station


def test_one_field_typed_wrong_keep_first_costs_a_whole_entry_return_second_one_field():
    station = differing(dict(GOOD, F=2, G=1))  # two swapped fields, the sums still agree
    view = coordinator_view(station.state, CARLA)
    keep = consequence(view, Resolution.KEEP_FIRST)
    assert (keep.kept, keep.discarded, keep.returned) == (1, (2,), None)
    assert keep.steps == (Step(Action.SECOND_ENTRY, 2, EVERY, not_by=("anna",)),)
    assert keep.fields_to_enter == EVERY
    back = consequence(view, Resolution.RETURN_SECOND)
    assert (back.kept, back.discarded, back.returned, back.returned_fields) == (None, (), 2, ("F", "G"))
    assert back.steps == (Step(Action.CORRECT, 2, 2, by="bram"),)
    assert back.fields_to_enter == 2


def test_every_choice_for_differences():
    view = coordinator_view(differing(dict(GOOD, **{"L1.1": 61, "L1.2": 39})).state, CARLA)
    second = consequence(view, Resolution.KEEP_SECOND)
    assert (second.kept, second.discarded) == (2, (1,))
    assert second.steps == (Step(Action.SECOND_ENTRY, 2, EVERY, not_by=("bram",)),)
    first_back = consequence(view, Resolution.RETURN_FIRST)
    assert first_back.steps == (Step(Action.CORRECT, 1, 2, by="anna"),) and first_back.returned_fields == (
        "L1.1",
        "L1.2",
    )
    both = consequence(view, Resolution.DISCARD_BOTH)
    assert both.discarded == (1, 2) and both.fields_to_enter == 2 * EVERY
    assert [s.action for s in both.steps] == [Action.FIRST_ENTRY, Action.SECOND_ENTRY]


def test_keeping_an_entry_with_errors_goes_to_the_coordinator_first():
    view = coordinator_view(differing(dict(GOOD, A=1)).state, CARLA)
    kept = consequence(view, Resolution.KEEP_SECOND)
    assert [s.action for s in kept.steps] == [Action.RESOLVE_ERRORS, Action.SECOND_ENTRY]


def test_choices_for_errors():
    station = with_errors(dict(GOOD, **{"L1.1": 61}))  # F.402 list 1
    view = coordinator_view(station.state, CARLA)
    back = consequence(view, ErrorResolution.RETURN)
    assert back.returned == 1 and back.returned_fields == ("L1.1", "L1.2", "L1.T")
    assert back.steps == (Step(Action.CORRECT, 1, 3, by="anna"), Step(Action.SECOND_ENTRY, 2, EVERY, not_by=("anna",)))
    gone = consequence(view, ErrorResolution.DISCARD)
    assert gone.discarded == (1,) and gone.fields_to_enter == 2 * EVERY
    with pytest.raises(ValueError):
        consequence(view, Resolution.KEEP_FIRST)


CASES = (
    [(lambda: differing(dict(GOOD, **{"L1.1": 61, "L1.2": 39})), choice) for choice in Resolution]
    + [(lambda: differing(dict(GOOD, A=1)), choice) for choice in Resolution]
    + [(lambda: with_errors(dict(GOOD, A=140)), choice) for choice in ErrorResolution]
    + [(lambda: with_errors(dict(GOOD, **{"L2.T": 49, "H": 160})), choice) for choice in ErrorResolution]
)


@pytest.mark.parametrize(("make", "choice"), CASES)
def test_the_consequence_is_what_the_choice_does(make, choice):
    station = make()
    before = station.state
    said = consequence(coordinator_view(before, CARLA), choice)
    kind = DifferencesResolved if isinstance(choice, Resolution) else ErrorsResolved
    after = station.do(kind, CARLA, resolution=choice)
    archived = after.archive[len(before.archive) :]
    # Set aside: exactly the entries said, each kept in the archive.
    assert [a.entry for a in archived] == [before.entry(n) for n in said.discarded]
    if said.kept is not None:
        assert after.first == before.entry(said.kept) and after.second is None
        needs_coordinator = said.steps[0].action is Action.RESOLVE_ERRORS
        assert after.status is (Status.HAS_ERRORS if needs_coordinator else Status.FIRST_DONE)
    if said.returned is not None:
        reopened = after.entry(said.returned)
        assert reopened.pending == set(said.returned_fields) and not reopened.finished
        assert reopened.claimant == said.steps[0].by and said.steps[0].fields == len(said.returned_fields)
        assert after.status is (Status.FIRST_ENTRY if said.returned == 1 else Status.SECOND_ENTRY)
    if said.steps[0].action is Action.FIRST_ENTRY:
        assert after.status is Status.SCANNED and after.first is None and after.second is None
    # A step with a new second entry: nobody named in not_by may start it.
    for step in said.steps:
        if step.action is Action.SECOND_ENTRY and said.kept is not None:
            for account in step.not_by:
                actor = next(a for a in (ANNA, BRAM) if a.account == account)
                with pytest.raises(WorkflowError):
                    station.do(EntryClaimed, actor, entry=2)
