import pytest

from kiosk.domain.errors import InvalidValue, UnknownField
from kiosk.domain.fields import field_codes
from kiosk.domain.validation import Message
from kiosk.domain.workflow import (
    AckKind,
    BadEvent,
    ClaimError,
    ClaimReleased,
    DuplicatePage,
    EntryClaimed,
    EntryFinished,
    EntryIncomplete,
    ErrorSent,
    FieldConfirmed,
    FourEyes,
    MessagesOpen,
    NoSuchMessage,
    Provenance,
    RoleNotAllowed,
    ScanAttached,
    StationDefinitive,
    Status,
    WarningAcknowledged,
    WrongState,
    apply,
    entry_messages,
)

from ..forms import GOOD, SHAPE
from .driver import ANNA, BRAM, CARLA, CLERK, DIRK, T0, Station

PROPOSALS = {"A": 150, "B": 8, "D": 153}  # B is misread


def scanned() -> Station:
    station = Station(SHAPE)
    station.do(ScanAttached, CLERK, pages=("sha-1", "sha-2"), proposals=ScanAttached.proposing(PROPOSALS))
    return station


def test_happy_path_to_definitive():
    station = scanned()
    assert station.state.status is Status.SCANNED
    station.do(EntryClaimed, ANNA, entry=1)
    assert station.state.status is Status.FIRST_ENTRY
    station.confirm_all(1, ANNA, GOOD)
    station.do(EntryFinished, ANNA, entry=1)
    assert station.state.status is Status.FIRST_DONE
    state = station.enter(2, BRAM, GOOD)
    assert state.status is Status.DEFINITIVE
    assert state.definitive_results is not None and state.definitive_results.to_dict() == {
        code: GOOD.get(code) for code in field_codes(SHAPE)
    }
    assert station.rebuilt() == state


def test_provenance_of_each_confirmation():
    station = scanned()
    station.do(EntryClaimed, ANNA, entry=1)
    station.confirm_all(1, ANNA, GOOD)
    latest = {c.code: c for c in station.state.first.confirmations}
    assert latest["A"].provenance is Provenance.OCR_CONFIRMED
    assert (latest["B"].provenance, latest["B"].proposal, latest["B"].value) == (Provenance.OCR_CORRECTED, 8, 3)
    assert latest["E"].provenance is Provenance.TYPED and latest["E"].proposal is None
    assert latest["A"].account == "anna" and latest["A"].at > station.events[0].at


def test_second_entry_is_always_typed():
    station = scanned()
    station.enter(1, ANNA, GOOD)
    station.enter(2, BRAM, GOOD)
    assert {c.provenance for c in station.state.second.confirmations} == {Provenance.TYPED}


def test_manual_entry_without_scan():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    assert station.enter(2, CARLA, GOOD).status is Status.DEFINITIVE  # a coordinator may enter too


def test_roles():
    station = Station(SHAPE)
    with pytest.raises(RoleNotAllowed):
        station.do(ScanAttached, ANNA, pages=("p",))
    with pytest.raises(RoleNotAllowed):
        station.do(EntryClaimed, CLERK, entry=1)
    station.do(ScanAttached, CARLA, pages=("p",))
    station.do(EntryClaimed, ANNA, entry=1)
    with pytest.raises(RoleNotAllowed):
        station.do(ClaimReleased, BRAM, entry=1)


def test_same_account_cannot_do_both_entries():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    with pytest.raises(FourEyes) as caught:
        station.do(EntryClaimed, ANNA, entry=2)
    assert caught.value.code == "workflow.same_verifier"
    assert station.state.status is Status.FIRST_DONE


def test_only_the_claimant_continues():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    with pytest.raises(ClaimError) as caught:
        station.do(FieldConfirmed, DIRK, entry=1, code="A", value=1)
    assert caught.value.code == "workflow.not_claimant"
    with pytest.raises(ClaimError) as caught:
        station.do(EntryClaimed, DIRK, entry=1)
    assert caught.value.code == "workflow.claimed_by_other"
    with pytest.raises(ClaimError) as caught:
        station.do(EntryClaimed, ANNA, entry=1)
    assert caught.value.code == "workflow.already_claimed"


def test_release_keeps_confirmed_values_and_four_eyes_counts_everyone():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    station.do(FieldConfirmed, ANNA, entry=1, code="A", value=150)
    station.do(ClaimReleased, CARLA, entry=1)
    with pytest.raises(ClaimError):
        station.do(ClaimReleased, CARLA, entry=1)  # already free
    with pytest.raises(ClaimError):
        station.do(FieldConfirmed, ANNA, entry=1, code="B", value=3)
    station.do(EntryClaimed, DIRK, entry=1)
    assert station.state.first.values["A"] == 150
    assert "A" not in station.state.first.pending
    station.confirm_all(1, DIRK, GOOD, only=[c for c in field_codes(SHAPE) if c != "A"])
    station.do(EntryFinished, DIRK, entry=1)
    for account in (ANNA, DIRK):  # both worked on entry 1
        with pytest.raises(FourEyes):
            station.do(EntryClaimed, account, entry=2)
    assert station.enter(2, BRAM, GOOD).status is Status.DEFINITIVE


def test_wrong_state():
    station = Station(SHAPE)
    with pytest.raises(WrongState):
        station.do(FieldConfirmed, ANNA, entry=1, code="A", value=1)
    with pytest.raises(WrongState):
        station.do(EntryClaimed, BRAM, entry=2)
    station.enter(1, ANNA, GOOD)
    with pytest.raises(WrongState):
        station.do(FieldConfirmed, ANNA, entry=1, code="A", value=1)  # entry 1 is finished
    with pytest.raises(WrongState):
        station.do(ScanAttached, CLERK, pages=("late",))
    with pytest.raises(WrongState):
        station.do(EntryClaimed, BRAM, entry=1)


def test_bad_field_or_value_changes_nothing():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    before = station.state
    for code, value, error in (
        ("C", 1, UnknownField),
        ("L3.1", 1, UnknownField),
        ("A", -1, InvalidValue),
        ("A", "12", InvalidValue),
        ("K.eq", 1, InvalidValue),
    ):
        with pytest.raises(error):
            station.do(FieldConfirmed, ANNA, entry=1, code=code, value=value)
    assert station.state is before


def test_bad_events():
    station = Station(SHAPE)
    for entry in (0, 3, True, "1"):
        with pytest.raises(BadEvent):
            station.do(EntryClaimed, ANNA, entry=entry)
    with pytest.raises(BadEvent):
        apply(station.state, EntryClaimed(actor=ANNA, at="21:00", entry=1))  # no datetime
    with pytest.raises(BadEvent):
        apply(station.state, EntryClaimed(actor="anna", at=T0, entry=1))


def test_empty_box_is_confirmed_as_empty_not_zero():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    station.confirm_all(1, ANNA, dict(GOOD, B=None))
    assert station.state.first.values["B"] is None and not station.state.first.pending
    assert entry_messages(station.state, 1).errors[0].fields == ("B",)


def test_finishing_needs_every_field_confirmed():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    station.confirm_all(1, ANNA, GOOD, only=field_codes(SHAPE)[:-1])
    with pytest.raises(EntryIncomplete) as caught:
        station.do(EntryFinished, ANNA, entry=1)
    assert caught.value.params["count"] == 1


def test_warnings_must_be_acknowledged_by_the_person_entering():
    station = Station(SHAPE)
    risky = dict(GOOD, F=10, E=141, **{"E.1": 91, "L1.1": 51, "L1.T": 91})  # F = 10 ≥ 5: W.201
    station.do(EntryClaimed, ANNA, entry=1)
    station.confirm_all(1, ANNA, risky)
    (warning,) = entry_messages(station.state, 1).warnings
    assert warning.code == "W.201"
    with pytest.raises(MessagesOpen) as caught:
        station.do(EntryFinished, ANNA, entry=1)
    assert caught.value.code == "workflow.unacknowledged_warning"
    with pytest.raises(ClaimError):
        station.do(WarningAcknowledged, DIRK, entry=1, message=warning)
    station.do(WarningAcknowledged, ANNA, entry=1, message=warning)
    (ack,) = station.state.first.acknowledgements
    assert (ack.kind, ack.account, ack.message.code) == (AckKind.ACKNOWLEDGED, "anna", "W.201")
    # Changing a value makes the acknowledgement stale: check the paper again.
    station.do(FieldConfirmed, ANNA, entry=1, code="F", value=11)
    station.do(FieldConfirmed, ANNA, entry=1, code="F", value=10)
    with pytest.raises(MessagesOpen):
        station.do(EntryFinished, ANNA, entry=1)
    station.do(WarningAcknowledged, ANNA, entry=1, message=warning)
    assert station.do(EntryFinished, ANNA, entry=1).status is Status.FIRST_DONE
    assert len(station.state.first.acknowledgements) == 2  # history kept


def test_acknowledging_what_is_not_there():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    station.confirm_all(1, ANNA, GOOD)
    with pytest.raises(NoSuchMessage):
        station.do(WarningAcknowledged, ANNA, entry=1, message=Message("W.203"))
    with pytest.raises(NoSuchMessage):
        station.do(ErrorSent, ANNA, entry=1, message=Message("F.201"))


def test_errors_must_be_sent_and_lead_to_has_errors():
    station = Station(SHAPE)
    station.do(EntryClaimed, ANNA, entry=1)
    station.confirm_all(1, ANNA, dict(GOOD, A=140))
    with pytest.raises(MessagesOpen) as caught:
        station.do(EntryFinished, ANNA, entry=1)
    assert caught.value.code == "workflow.unsent_error"
    station.settle_messages(1, ANNA)
    assert station.do(EntryFinished, ANNA, entry=1).status is Status.HAS_ERRORS
    with pytest.raises(WrongState):
        station.do(EntryClaimed, BRAM, entry=2)


def test_definitive_refuses_everything():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    station.enter(2, BRAM, GOOD)
    for kind, actor, extra in (
        (FieldConfirmed, ANNA, {"entry": 1, "code": "A", "value": 1}),
        (EntryClaimed, DIRK, {"entry": 1}),
        (EntryClaimed, DIRK, {"entry": 2}),
        (ScanAttached, CLERK, {"pages": ("x",)}),
        (ClaimReleased, CARLA, {"entry": 2}),
    ):
        with pytest.raises(StationDefinitive) as caught:
            station.do(kind, actor, **extra)
        assert caught.value.code == "workflow.definitive"


def test_scans():
    station = scanned()
    with pytest.raises(DuplicatePage):
        station.do(ScanAttached, CLERK, pages=("sha-2",))
    with pytest.raises(DuplicatePage):
        station.do(ScanAttached, CLERK, pages=("sha-3", "sha-3"))
    with pytest.raises(UnknownField):
        station.do(ScanAttached, CLERK, pages=("sha-3",), proposals=(("C", 1),))
    with pytest.raises(BadEvent):
        station.do(ScanAttached, CLERK, pages=())
    station.do(ScanAttached, CLERK, pages=("sha-3",), proposals=(("E", 150),))
    assert station.state.pages == ("sha-1", "sha-2", "sha-3")
    assert station.state.proposals["E"] == 150 and station.state.proposals["A"] == 150
