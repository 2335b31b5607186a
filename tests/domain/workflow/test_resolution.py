import pytest

from kiosk.domain.workflow import (
    ClaimError,
    DifferencesResolved,
    EntryClaimed,
    EntryFinished,
    EntryIncomplete,
    ErrorResolution,
    ErrorsResolved,
    FieldConfirmed,
    FieldNotEditable,
    FourEyes,
    MessagesOpen,
    Resolution,
    RoleNotAllowed,
    ScanAttached,
    Status,
    WarningAcknowledged,
    WrongState,
    coordinator_view,
    entry_messages,
)

from ..forms import GOOD, SHAPE
from .driver import ANNA, BRAM, CARLA, CLERK, DIRK, Station

TYPO = dict(GOOD, **{"L1.1": 61, "L1.2": 39})  # two swapped-digit typos that still add up


def differing() -> Station:
    station = Station(SHAPE)
    station.do(ScanAttached, CLERK, pages=("p1",))
    station.enter(1, ANNA, GOOD)
    assert station.enter(2, BRAM, TYPO).status is Status.ENTRIES_DIFFER
    return station


def test_second_entry_must_acknowledge_w001():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    station.do(EntryClaimed, BRAM, entry=2)
    station.confirm_all(2, BRAM, TYPO)
    (warning,) = entry_messages(station.state, 2).warnings
    assert (warning.code, warning.fields) == ("W.001", ("L1.1", "L1.2"))
    with pytest.raises(MessagesOpen):
        station.do(EntryFinished, BRAM, entry=2)
    station.do(WarningAcknowledged, BRAM, entry=2, message=warning)
    assert station.do(EntryFinished, BRAM, entry=2).status is Status.ENTRIES_DIFFER


def test_second_verifier_can_fix_own_typo_after_w001():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    station.do(EntryClaimed, BRAM, entry=2)
    station.confirm_all(2, BRAM, TYPO)
    station.do(FieldConfirmed, BRAM, entry=2, code="L1.1", value=60)
    station.do(FieldConfirmed, BRAM, entry=2, code="L1.2", value=40)
    assert entry_messages(station.state, 2).warnings == ()
    assert station.do(EntryFinished, BRAM, entry=2).status is Status.DEFINITIVE


def test_only_a_coordinator_resolves():
    station = differing()
    for actor in (ANNA, DIRK, CLERK):
        with pytest.raises(RoleNotAllowed):
            station.do(DifferencesResolved, actor, resolution=Resolution.KEEP_FIRST)
    with pytest.raises(WrongState):
        station.do(ErrorsResolved, CARLA, resolution=ErrorResolution.RETURN)


def test_keep_first_needs_a_new_second_entry():
    station = differing()
    state = station.do(DifferencesResolved, CARLA, resolution=Resolution.KEEP_FIRST)
    assert state.status is Status.FIRST_DONE and state.second is None
    (archived,) = state.archive
    assert (archived.reason, archived.account, archived.entry.finished_by) == ("other_entry_kept", "carla", "bram")
    assert state.resolutions[0][:2] == ("keep_first", "carla")
    with pytest.raises(FourEyes):
        station.do(EntryClaimed, ANNA, entry=2)
    assert station.enter(2, BRAM, GOOD).status is Status.DEFINITIVE
    assert station.rebuilt() == station.state


def test_keep_second_makes_it_entry_one():
    station = differing()
    state = station.do(DifferencesResolved, CARLA, resolution=Resolution.KEEP_SECOND)
    assert state.status is Status.FIRST_DONE and state.first.finished_by == "bram"
    assert state.first.values["L1.1"] == 61
    with pytest.raises(FourEyes):
        station.do(EntryClaimed, BRAM, entry=2)
    assert station.enter(2, ANNA, TYPO).status is Status.DEFINITIVE


def test_keeping_an_entry_with_errors_goes_to_has_errors():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    station.enter(2, BRAM, dict(GOOD, A=1))  # differs, and has F.201
    state = station.do(DifferencesResolved, CARLA, resolution=Resolution.KEEP_SECOND)
    assert state.status is Status.HAS_ERRORS


def test_discard_both():
    station = differing()
    state = station.do(DifferencesResolved, CARLA, resolution=Resolution.DISCARD_BOTH)
    assert state.status is Status.SCANNED and state.first is None and state.second is None
    assert [a.reason for a in state.archive] == ["discarded", "discarded"]
    # Anyone may start over, including the earlier verifiers.
    station.enter(1, BRAM, GOOD)
    assert station.enter(2, ANNA, GOOD).status is Status.DEFINITIVE


def test_discard_both_without_scan_goes_back_to_empty():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    station.enter(2, BRAM, TYPO)
    assert station.do(DifferencesResolved, CARLA, resolution=Resolution.DISCARD_BOTH).status is Status.EMPTY


def test_return_second_for_correction_of_disputed_fields_only():
    station = differing()
    state = station.do(DifferencesResolved, CARLA, resolution=Resolution.RETURN_SECOND)
    assert state.status is Status.SECOND_ENTRY and state.second.claimant == "bram"
    assert state.second.pending == {"L1.1", "L1.2"} and state.second.editable == {"L1.1", "L1.2"}
    with pytest.raises(FieldNotEditable):
        station.do(FieldConfirmed, BRAM, entry=2, code="A", value=150)
    with pytest.raises(ClaimError):
        station.do(FieldConfirmed, DIRK, entry=2, code="L1.1", value=60)
    station.do(FieldConfirmed, BRAM, entry=2, code="L1.1", value=60)
    station.do(FieldConfirmed, BRAM, entry=2, code="L1.2", value=40)
    assert station.do(EntryFinished, BRAM, entry=2).status is Status.DEFINITIVE
    # Every confirmation is kept: the typos and their corrections.
    assert [c.value for c in station.state.second.confirmations if c.code == "L1.1"] == [61, 60]


def test_return_first_and_still_different():
    station = differing()
    station.do(DifferencesResolved, CARLA, resolution=Resolution.RETURN_FIRST)
    station.do(FieldConfirmed, ANNA, entry=1, code="L1.1", value=60)  # Anna insists
    station.do(FieldConfirmed, ANNA, entry=1, code="L1.2", value=40)
    with pytest.raises(MessagesOpen):  # W.001 names L1.1 and L1.2: acknowledge after checking the paper
        station.do(EntryFinished, ANNA, entry=1)
    station.settle_messages(1, ANNA)
    assert station.do(EntryFinished, ANNA, entry=1).status is Status.ENTRIES_DIFFER


def test_return_needs_the_disputed_fields_reconfirmed():
    station = differing()
    station.do(DifferencesResolved, CARLA, resolution=Resolution.RETURN_FIRST)
    station.do(FieldConfirmed, ANNA, entry=1, code="L1.1", value=61)
    station.settle_messages(1, ANNA)
    with pytest.raises(Exception) as caught:
        station.do(EntryFinished, ANNA, entry=1)
    assert caught.value.code == "workflow.incomplete"


def test_agreeing_on_a_form_with_errors():
    station = differing()
    station.do(DifferencesResolved, CARLA, resolution=Resolution.RETURN_FIRST)
    station.confirm_all(1, ANNA, TYPO, only=["L1.1", "L1.2"])
    assert station.do(EntryFinished, ANNA, entry=1).status is Status.DEFINITIVE  # typo was Anna's

    broken = dict(GOOD, A=1)
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    station.enter(2, BRAM, broken)
    station.do(DifferencesResolved, CARLA, resolution=Resolution.RETURN_FIRST)
    station.confirm_all(1, ANNA, broken, only=["A"])
    station.settle_messages(1, ANNA)
    state = station.do(EntryFinished, ANNA, entry=1)
    assert state.status is Status.HAS_ERRORS and state.second is None
    assert state.archive[-1].reason == "agreed_with_errors"


def test_has_errors_return_to_its_verifier():
    station = Station(SHAPE)
    station.enter(1, ANNA, dict(GOOD, A=140))
    state = station.do(ErrorsResolved, CARLA, resolution=ErrorResolution.RETURN)
    assert state.status is Status.FIRST_ENTRY and state.first.claimant == "anna"
    # F.201 compares A, B and D: those are to be answered again; every field stays editable.
    assert state.first.pending == {"A", "B", "D"} and state.first.editable is None
    station.do(FieldConfirmed, ANNA, entry=1, code="B", value=3)
    station.do(FieldConfirmed, ANNA, entry=1, code="D", value=153)
    with pytest.raises(EntryIncomplete):  # A is still to be answered
        station.do(EntryFinished, ANNA, entry=1)
    station.do(FieldConfirmed, ANNA, entry=1, code="A", value=140)
    with pytest.raises(MessagesOpen):  # the errors must be sent again, or fixed
        station.do(EntryFinished, ANNA, entry=1)
    station.do(FieldConfirmed, ANNA, entry=1, code="A", value=150)
    assert station.do(EntryFinished, ANNA, entry=1).status is Status.FIRST_DONE


def test_has_errors_discard():
    station = Station(SHAPE)
    station.enter(1, ANNA, dict(GOOD, A=140))
    state = station.do(ErrorsResolved, CARLA, resolution=ErrorResolution.DISCARD)
    assert state.status is Status.EMPTY and state.archive[0].entry.values["A"] == 140
    with pytest.raises(RoleNotAllowed):
        Station(SHAPE).do(ErrorsResolved, ANNA, resolution=ErrorResolution.DISCARD)


def test_coordinator_view_shows_both():
    station = differing()
    view = coordinator_view(station.state, CARLA)
    assert view.differing_fields == ("L1.1", "L1.2")
    assert (view.first["L1.1"], view.second["L1.1"]) == (60, 61)
    assert (view.first_verifier, view.second_verifier) == ("anna", "bram")
    with pytest.raises(RoleNotAllowed):
        coordinator_view(station.state, ANNA)


def test_has_errors_return_reopens_the_fields_of_the_errors():
    # F.402 on list 1: the candidates and the list total, nothing on the front page.
    station = Station(SHAPE)
    station.enter(1, ANNA, dict(GOOD, **{"L1.1": 61}))
    (error,) = [m for m in entry_messages(station.state, 1).errors]
    assert (error.code, error.list_number, error.concerns) == ("F.402", 1, ("L1.1", "L1.2", "L1.T"))
    state = station.do(ErrorsResolved, CARLA, resolution=ErrorResolution.RETURN)
    assert state.first.pending == {"L1.1", "L1.2", "L1.T"} and state.first.editable is None
    # Only those need an answer: the paper says 60.
    station.confirm_all(1, ANNA, GOOD, only=["L1.1", "L1.2", "L1.T"])
    assert station.do(EntryFinished, ANNA, entry=1).status is Status.FIRST_DONE
    assert station.rebuilt() == station.state
