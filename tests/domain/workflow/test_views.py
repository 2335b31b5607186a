import pytest

from kiosk.domain.workflow import (
    ClaimError,
    EntryClaimed,
    FieldConfirmed,
    Provenance,
    ScanAttached,
    WrongState,
    entry_view,
)

from ..forms import GOOD, SHAPE
from .driver import ANNA, BRAM, CLERK, Station

FIRST = dict(GOOD, A=123457, B=3, D=123460, H=123460, F=123308)  # distinctive numbers to look for


def test_first_entry_shows_proposals_and_resume_point():
    station = Station(SHAPE)
    station.do(ScanAttached, CLERK, pages=("p",), proposals=(("A", 150), ("B", 4)))
    station.do(EntryClaimed, ANNA, entry=1)
    station.do(FieldConfirmed, ANNA, entry=1, code="A", value=150)
    view = entry_view(station.state, 1, ANNA)
    fields = {f.code: f for f in view.fields}
    assert fields["A"].confirmed and fields["A"].provenance is Provenance.OCR_CONFIRMED
    assert fields["B"].proposal == 4 and not fields["B"].confirmed and fields["B"].value is None
    assert view.next_field == "B" and not view.can_finish and not view.blind


def test_second_entry_view_is_blind():
    station = Station(SHAPE)
    station.do(ScanAttached, CLERK, pages=("p",), proposals=(("A", 123457),))
    station.enter(1, ANNA, FIRST)
    station.do(EntryClaimed, BRAM, entry=2)
    station.confirm_all(2, BRAM, dict(FIRST, A=123456))
    view = entry_view(station.state, 2, BRAM)
    assert view.blind and all(f.proposal is None for f in view.fields)
    assert view.differing_fields == ("A",)
    assert "123457" not in repr(view)  # the first entry's value (and OCR's) appear nowhere
    assert view.fields[0].value == 123456


def test_only_the_claimant_sees_an_entry():
    station = Station(SHAPE)
    station.enter(1, ANNA, GOOD)
    with pytest.raises(WrongState):
        entry_view(station.state, 1, ANNA)  # finished: no longer an entry in progress
    station.do(EntryClaimed, BRAM, entry=2)
    with pytest.raises(ClaimError):
        entry_view(station.state, 2, ANNA)
