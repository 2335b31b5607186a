import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.handcount import (
    HandCountError,
    HandEntry,
    ListStatus,
    check_hand_count,
    require_agreement,
)
from kiosk.domain.shape import ElectionShape

SHAPE = ElectionShape.of(False, {1: 3, 2: 2, 3: 1})
MACHINE = {1: 1200, 2: 800, 3: 17}


def entry(account, **totals):
    return HandEntry.of(account, {int(k[1:]): v for k, v in totals.items()})


def test_all_agree():
    check = check_hand_count(
        SHAPE, MACHINE, entry("carla", l1=1200, l2=800, l3=17), entry("dina", l1=1200, l2=800, l3=17)
    )
    assert check.all_agree and check.differences() == ()
    require_agreement(check)


def test_per_list_differences_listed():
    check = check_hand_count(
        SHAPE, MACHINE, entry("carla", l1=1201, l2=800, l3=15), entry("dina", l1=1201, l2=800, l3=15)
    )
    assert check.differences() == ((1, 1), (3, -2))
    assert [c.status for c in check.lists] == [
        ListStatus.DIFFERS_FROM_MACHINE,
        ListStatus.AGREES,
        ListStatus.DIFFERS_FROM_MACHINE,
    ]
    with pytest.raises(HandCountError) as caught:
        require_agreement(check)
    assert caught.value.code == "handcount.not_agreed" and caught.value.params["lists"] == (1, 3)


def test_the_two_hand_entries_must_match_each_other():
    check = check_hand_count(
        SHAPE, MACHINE, entry("carla", l1=1200, l2=800, l3=17), entry("dina", l1=1200, l2=808, l3=17)
    )
    (differ,) = check.with_status(ListStatus.ENTRIES_DIFFER)
    assert differ.list_number == 2 and differ.hand is None and differ.difference is None
    assert check.differences() == ()  # nothing to compare until both agree
    with pytest.raises(HandCountError):
        require_agreement(check)


def test_missing_entries():
    check = check_hand_count(SHAPE, MACHINE, entry("carla", l1=1200), None)
    assert {c.status for c in check.lists} == {ListStatus.NOT_ENTERED}
    assert not check_hand_count(SHAPE, MACHINE, None, None).all_agree


def test_the_same_coordinator_may_type_both_entries():
    check = check_hand_count(SHAPE, MACHINE, entry("carla", l1=1), entry("carla", l1=2))
    assert {c.status for c in check.lists if c.list_number == 1} == {ListStatus.ENTRIES_DIFFER}


@pytest.mark.parametrize("totals", [{9: 1}, {1: -1}, {1: True}, {1: "1200"}, {1: 1.0}])
def test_bad_hand_totals(totals):
    with pytest.raises(HandCountError):
        check_hand_count(SHAPE, MACHINE, HandEntry.of("carla", totals), None)


def test_machine_totals_must_cover_the_lists():
    with pytest.raises(HandCountError):
        check_hand_count(SHAPE, {1: 1}, None, None)


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(st.sampled_from([1, 2, 3]), st.integers(0, 10_000), min_size=3),
    st.dictionaries(st.sampled_from([1, 2, 3]), st.integers(-3, 3)),
)
def test_differences_are_hand_minus_machine(hand, offsets):
    machine = {n: max(0, hand[n] - offsets.get(n, 0)) for n in hand}
    check = check_hand_count(SHAPE, machine, HandEntry.of("a", hand), HandEntry.of("b", hand))
    assert check.differences() == tuple((n, hand[n] - machine[n]) for n in sorted(hand) if hand[n] != machine[n])
    assert check.all_agree == (hand == machine)


# -- the outcome "differences found" ------------------------------------------------------------

from kiosk.domain.handcount import (  # noqa: E402 - the section's own names
    DifferencesOutcome,
    confirm_outcome,
    differences_outcome,
)


def differing(hand_2: int = 47):
    machine = {1: 100, 2: 50, 3: 7}
    entry = HandEntry.of("carla", {1: 100, 2: hand_2, 3: 7})
    return check_hand_count(SHAPE, machine, entry, entry)


def test_a_confirmed_outcome_for_exactly_todays_differences_lets_the_sheet_be_made():
    check = differing()
    lists = differences_outcome(check, {2: "drie stemmen verkeerd opgeteld"})
    assert [(d.list_number, d.machine, d.hand) for d in lists] == [(2, 50, 47)]
    with pytest.raises(HandCountError):
        require_agreement(check, DifferencesOutcome(lists, "carla"))  # not confirmed
    require_agreement(check, DifferencesOutcome(lists, "carla", "dirk"))
    with pytest.raises(HandCountError):  # the hand total changed since: stale
        require_agreement(differing(48), DifferencesOutcome(lists, "carla", "dirk"))


def test_the_outcome_explains_each_differing_list_and_is_confirmed_by_another():
    with pytest.raises(HandCountError) as refused:
        differences_outcome(differing(), {2: "x", 3: "y"})
    assert refused.value.code == "handcount.explain_each"
    with pytest.raises(HandCountError) as refused:
        differences_outcome(differing(50), {})
    assert refused.value.code == "handcount.no_differences"
    lists = differences_outcome(differing(), {2: "x"})
    with pytest.raises(HandCountError) as refused:
        confirm_outcome(DifferencesOutcome(lists, "carla"), "carla")
    assert refused.value.code == "handcount.outcome_four_eyes"
    with pytest.raises(HandCountError) as refused:
        confirm_outcome(None, "dirk")
    assert refused.value.code == "handcount.no_outcome"
    confirm_outcome(DifferencesOutcome(lists, "carla"), "dirk")
