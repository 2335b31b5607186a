"""The entry workflow through the service: persisted, audited, refused without writing."""

import pytest

from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryRefused, EntryService, parse_typed
from kiosk.store import audit, open_store
from tests.support.entry import COORDINATOR, VERIFIER_1, VERIFIER_2, make_definitive, paper, type_entry


def snapshot(store):
    return audit.head(store.db), store.db["station_events"].count


def test_two_agreeing_manual_entries_make_a_station_definitive(entries):
    values = paper(entries, 1)
    state = type_entry(entries, VERIFIER_1, 1, 1, values)
    assert state.status is Status.FIRST_DONE
    state = type_entry(entries, VERIFIER_2, 1, 2, values)
    assert state.status is Status.DEFINITIVE
    assert state.definitive_results.to_dict() == {code: values.get(code) for code in state.definitive_results}
    assert audit.verify(entries.store.db).ok


def test_every_confirmation_is_one_stored_and_audited_event(entries):
    before = entries.store.db["station_events"].count
    entries.claim(VERIFIER_1, 3, 1)
    entries.confirm(VERIFIER_1, 3, 1, "A", 812)
    assert entries.store.db["station_events"].count == before + 2
    last = audit.rows(entries.store.db, limit=1)[0]
    assert last["action"] == "station.FieldConfirmed" and last["actor"] == "invoerder1"
    event = last["details"]["event"]
    assert last["details"]["station"] == 3
    assert (event["type"], event["entry"], event["code"], event["value"]) == ("FieldConfirmed", 1, "A", 812)
    assert event["actor"] == {"account": "invoerder1", "role": "verifier"}


def test_the_same_verifier_cannot_do_the_second_entry_and_nothing_is_written(entries):
    type_entry(entries, VERIFIER_1, 2, 1, paper(entries, 2))
    before = snapshot(entries.store)
    with pytest.raises(EntryRefused) as refused:
        entries.claim(VERIFIER_1, 2, 2)
    assert refused.value.code == "workflow.same_verifier"
    assert snapshot(entries.store) == before


def test_a_second_entry_that_differs_goes_to_the_coordinator(entries):
    values = paper(entries, 4)
    type_entry(entries, VERIFIER_1, 4, 1, values)
    typo = dict(values, B=values["B"] + 10, A=values["A"] - 10)
    state = type_entry(entries, VERIFIER_2, 4, 2, typo)
    assert state.status is Status.ENTRIES_DIFFER
    with pytest.raises(EntryRefused):
        entries.resolve_differences(VERIFIER_2, 4, "keep_first")
    state = entries.resolve_differences(COORDINATOR, 4, "return_second")
    assert state.status is Status.SECOND_ENTRY
    # Only the disputed fields are typed again.
    view = entries.entry_view(VERIFIER_2, 4, 2)
    assert {f.code for f in view.fields if f.pending} == {"A", "B"}
    entries.confirm(VERIFIER_2, 4, 2, "A", values["A"])
    entries.confirm(VERIFIER_2, 4, 2, "B", values["B"])
    for message in entries.entry_view(VERIFIER_2, 4, 2).open_messages.messages:
        entries.acknowledge(VERIFIER_2, 4, 2, message)
    assert entries.finish(VERIFIER_2, 4, 2).status is Status.DEFINITIVE


def test_a_definitive_station_cannot_be_edited(entries):
    make_definitive(entries, 5, paper(entries, 5))
    before = snapshot(entries.store)
    with pytest.raises(EntryRefused) as refused:
        entries.confirm(COORDINATOR, 5, 1, "A", 1)
    assert refused.value.code == "workflow.definitive"
    assert snapshot(entries.store) == before


def test_only_the_claimant_continues_an_entry_until_a_coordinator_releases_it(entries):
    entries.claim(VERIFIER_1, 6, 1)
    entries.confirm(VERIFIER_1, 6, 1, "A", 100)
    with pytest.raises(EntryRefused):
        entries.confirm(VERIFIER_2, 6, 1, "B", 1)
    entries.release(COORDINATOR, 6, 1)
    entries.claim(VERIFIER_2, 6, 1)
    state = entries.confirm(VERIFIER_2, 6, 1, "B", 1)
    assert state.first.values["A"] == 100  # released claim keeps its confirmed values


def test_unknown_station_and_field_are_refused_clearly(entries):
    with pytest.raises(EntryRefused, match="station 99"):
        entries.claim(VERIFIER_1, 99, 1)
    entries.claim(VERIFIER_1, 7, 1)
    before = snapshot(entries.store)
    with pytest.raises(EntryRefused):
        entries.confirm(VERIFIER_1, 7, 1, "C", 5)  # a municipal election has no voter cards
    with pytest.raises(EntryRefused):
        entries.confirm(VERIFIER_1, 7, 1, "L9.1", 5)
    with pytest.raises(EntryRefused):
        entries.confirm(VERIFIER_1, 7, 1, "A", 1_000_000)
    assert snapshot(entries.store) == before


@pytest.mark.parametrize(
    "code, text, value",
    [
        ("A", "812", 812),
        ("A", " 8 12 ", 812),
        ("A", "", None),
        ("A", "0", 0),
        ("A", "999999", 999999),
        ("K.eq", "j", True),
        ("K.eq", "n", False),
        ("K.eq", "", None),
    ],
)
def test_typed_text_becomes_a_value(code, text, value):
    assert parse_typed(code, text) == value


@pytest.mark.parametrize(
    "code, text", [("A", "12a"), ("A", "-3"), ("A", "1.5"), ("A", "1000000"), ("A", "٣"), ("K.eq", "misschien")]
)
def test_typed_text_that_is_no_value_is_refused(code, text):
    with pytest.raises(EntryRefused) as refused:
        parse_typed(code, text)
    assert code in str(refused.value)


def test_another_process_sees_every_confirmed_value(entries, demo_store):
    entries.claim(VERIFIER_1, 8, 1)
    entries.confirm(VERIFIER_1, 8, 1, "A", 700)
    other = EntryService(open_store(demo_store.home))
    assert other.state(8).first.values["A"] == 700
    other.confirm(VERIFIER_1, 8, 1, "B", 5)
    # The first service notices the other process's write.
    assert entries.state(8).first.values["B"] == 5


def test_the_status_table_is_rebuilt_from_the_event_log_when_it_lags(entries, demo_store):
    make_definitive(entries, 9, paper(entries, 9))
    entries.claim(VERIFIER_1, 10, 1)
    expected = entries.statuses()
    assert expected[9] is Status.DEFINITIVE and expected[10] is Status.FIRST_ENTRY and expected[1] is Status.EMPTY
    demo_store.db.execute("DELETE FROM station_status")  # derived data: losing it loses nothing
    fresh = EntryService(demo_store)
    assert fresh.statuses() == expected
    assert fresh.definitive_results()[9] == entries.state(9).definitive_results
