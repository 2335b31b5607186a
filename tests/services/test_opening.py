"""Opening a station on the overview: the service decides (and claims), the screen draws."""

import pytest

from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryRefused
from kiosk.services.opening import Opens, StationOpening, open_station
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, VERIFIER_2, make_definitive, paper, type_entry


def test_a_clerk_opens_nothing_and_claims_nothing(entries):
    assert open_station(entries, CLERK, 1, manual=True) == StationOpening(Opens.NOTHING, 1)
    assert entries.state(1).status is Status.EMPTY


def test_an_unscanned_station_is_refused_unless_typed_from_paper(entries):
    with pytest.raises(EntryRefused) as refused:
        open_station(entries, VERIFIER_1, 2)
    assert refused.value.code == "tui.not_scanned"
    assert entries.state(2).status is Status.EMPTY
    assert open_station(entries, VERIFIER_1, 2, manual=True) == StationOpening(Opens.ENTRY, 2, 1)
    state = entries.state(2)
    assert state.status is Status.FIRST_ENTRY and state.entry(1).claimant == VERIFIER_1.username


def test_the_claimant_continues_their_entry_and_another_verifier_is_refused(entries):
    open_station(entries, VERIFIER_1, 3, manual=True)
    assert open_station(entries, VERIFIER_1, 3) == StationOpening(Opens.ENTRY, 3, 1)
    with pytest.raises(EntryRefused):
        open_station(entries, VERIFIER_2, 3)


def test_after_the_first_entry_a_second_verifier_gets_entry_two_and_the_first_is_refused(entries):
    type_entry(entries, VERIFIER_1, 4, 1, paper(entries, 4))
    with pytest.raises(EntryRefused) as refused:
        open_station(entries, VERIFIER_1, 4)
    assert refused.value.code == "workflow.same_verifier"
    assert open_station(entries, VERIFIER_2, 4) == StationOpening(Opens.ENTRY, 4, 2)


def test_differences_open_for_the_coordinator_only(entries):
    values = paper(entries, 5)
    type_entry(entries, VERIFIER_1, 5, 1, values)
    type_entry(entries, VERIFIER_2, 5, 2, dict(values, A=values["A"] + 1, B=values["B"] - 1))
    assert entries.state(5).status is Status.ENTRIES_DIFFER
    assert open_station(entries, VERIFIER_1, 5) == StationOpening(Opens.NOTHING, 5)
    assert open_station(entries, COORDINATOR, 5) == StationOpening(Opens.RESOLVE, 5)


def test_a_definitive_station_opens_nothing(entries):
    make_definitive(entries, 6, paper(entries, 6))
    for account in (VERIFIER_1, COORDINATOR):
        assert open_station(entries, account, 6) == StationOpening(Opens.NOTHING, 6)
