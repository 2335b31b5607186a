"""Re-entry of a partial sheet by its numbers digest (kiosk.domain.reentry, DigestConfirmed)."""

from __future__ import annotations

import pytest

from kiosk.domain.reentry import ReentryError, confirm_sheet, confirmed_digest
from kiosk.domain.results import Results
from kiosk.domain.sheet_digest import groups
from kiosk.domain.workflow import (
    BadEvent,
    DigestConfirmed,
    EntryClaimed,
    RoleNotAllowed,
    ScanAttached,
    Status,
    WrongState,
    apply,
)
from kiosk.domain.workflow.errors import StationDefinitive

from ..forms import GOOD, SHAPE
from .driver import ANNA, BRAM, CARLA, CLERK, T0, Station

SECOND = dict(GOOD, A=GOOD["A"] - 1, B=GOOD["B"] + 1)  # another station, same totals of D


def transferred(number: int, values: dict, transfer: bool = True) -> Station:
    station = Station(SHAPE, number)
    station.do(
        ScanAttached, CLERK, pages=(f"sha-{number}",), proposals=ScanAttached.proposing(values), transfer=transfer
    )
    station.enter(1, ANNA, values)
    return station


def sheet(transfer: bool = True) -> dict[int, Station]:
    return {3: transferred(3, GOOD, transfer), 4: transferred(4, SECOND, transfer)}


def digest_of(stations: dict[int, Station]) -> str:
    results = {n: Results.from_mapping(SHAPE, v) for n, v in ((3, GOOD), (4, SECOND)) if n in stations}
    return confirmed_digest(SHAPE, "GR2026_X", "0999", results)


def confirm(stations, typed, blanked=(2, 9), actor=ANNA):
    states = {n: s.state for n, s in stations.items()}
    return confirm_sheet(
        states,
        SHAPE,
        election_id="GR2026_X",
        municipality_id="0999",
        stations=list(stations),
        blanked=blanked,
        typed=typed,
        actor=actor,
        at=T0,
    )


def test_the_right_groups_make_every_station_of_the_sheet_definitive():
    stations = sheet()
    digest = digest_of(stations)
    g = groups(digest)
    events = confirm(stations, (g[2], g[9].upper()))
    assert len(events) == 2 and {e.digest for e in events} == {digest}
    for (number, station), event in zip(sorted(stations.items()), events):
        station.state = apply(station.state, event)
        station.events.append(event)
        assert station.state.status is Status.DEFINITIVE
        assert (
            station.state.definitive_results.to_dict()
            == Results.from_mapping(SHAPE, GOOD if number == 3 else SECOND).to_dict()
        )
        assert station.state.second is None
        assert station.rebuilt() == station.state


def test_a_wrong_group_changes_nothing():
    stations = sheet()
    g = groups(digest_of(stations))
    with pytest.raises(ReentryError) as refused:
        confirm(stations, (g[2], "0000" if g[9] != "0000" else "1111"))
    assert refused.value.code == "reentry.mismatch"
    assert {s.state.status for s in stations.values()} == {Status.FIRST_DONE}


def test_one_number_confirmed_differently_is_caught():
    """The paper says 150 at station 3; the verifier confirmed 151 (and 1 less elsewhere, so totals agree)."""
    printed = digest_of(sheet())
    g = groups(printed)
    altered = {3: transferred(3, dict(GOOD, A=GOOD["A"] + 1, B=GOOD["B"] - 1)), 4: transferred(4, SECOND)}
    with pytest.raises(ReentryError) as refused:
        confirm(altered, (g[2], g[9]))
    assert refused.value.code == "reentry.mismatch"


def test_only_stations_entered_from_transfer_pages_without_errors():
    own = sheet(transfer=False)
    g = groups(digest_of(own))
    with pytest.raises(ReentryError) as refused:
        confirm(own, (g[2], g[9]))
    assert refused.value.code == "reentry.not_ready" and refused.value.params["stations"] == "3-4"
    half = {3: transferred(3, GOOD), 4: Station(SHAPE, 4)}
    with pytest.raises(ReentryError) as refused:
        confirm(half, (g[2], g[9]))
    assert refused.value.params["stations"] == "4"
    with pytest.raises(ReentryError) as refused:
        confirm({}, ())
    assert refused.value.code == "reentry.no_stations"


def test_a_clerk_may_not_confirm_a_coordinator_may():
    stations = sheet()
    g = groups(digest_of(stations))
    with pytest.raises(ReentryError) as refused:
        confirm(stations, (g[2], g[9]), actor=CLERK)
    assert refused.value.code == "reentry.role"
    assert len(confirm(stations, (g[2], g[9]), actor=CARLA)) == 2


def test_the_event_alone_is_checked_by_the_machine():
    station = transferred(3, GOOD)
    digest = digest_of({3: station})
    g = groups(digest)
    good = dict(actor=ANNA, at=T0, digest=digest, stations=(3,), blanked=(0, 5), typed=(g[0], g[5]))
    with pytest.raises(BadEvent) as refused:
        apply(station.state, DigestConfirmed(**dict(good, typed=(g[0], g[6]))))
    assert refused.value.code == "workflow.digest_mismatch"
    with pytest.raises(BadEvent):
        apply(station.state, DigestConfirmed(**dict(good, stations=(4,))))
    with pytest.raises(RoleNotAllowed):
        apply(station.state, DigestConfirmed(**dict(good, actor=CLERK)))
    own = transferred(3, GOOD, transfer=False)
    with pytest.raises(WrongState) as refused:
        apply(own.state, DigestConfirmed(**good))
    assert refused.value.code == "workflow.not_transfer"
    definitive = apply(station.state, DigestConfirmed(**good))
    with pytest.raises(StationDefinitive):
        apply(definitive, DigestConfirmed(**good))


def test_a_second_entry_still_works_after_a_mismatch():
    station = transferred(3, GOOD)
    assert station.enter(2, BRAM, GOOD).status is Status.DEFINITIVE


def test_the_two_papers_are_not_mixed():
    station = Station(SHAPE, 3)
    station.do(ScanAttached, CLERK, pages=("a",), transfer=True)
    with pytest.raises(BadEvent) as refused:
        station.do(ScanAttached, CLERK, pages=("b",))
    assert refused.value.code == "workflow.mixed_paper"
    station.do(ScanAttached, CLERK, pages=("c",), transfer=True)
    assert station.state.pages == ("a", "c") and station.state.transfer
    station.do(EntryClaimed, ANNA, entry=1)
