"""Hand-counted list totals on the screen: typed twice, compared with the machine."""

from __future__ import annotations

import pytest

from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.totals import TotalsService
from kiosk.store import audit
from kiosk.tui.screens.admin_common import grouped, number_ranges
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.hand_totals import HandTotalsScreen
from tests.tui.admin_support import cells, log_in, machine_totals, message, open_with, text, tool_app, type_hand_count
from tests.tui.conftest import run

# -- small helpers ------------------------------------------------------------------------------


def test_number_ranges_and_groups():
    assert number_ranges([1, 2, 3, 5, 7, 8, 10, 11, 12, 13]) == "1–3, 5, 7, 8, 10–13"
    assert number_ranges([]) == ""
    assert grouped("ab" * 32).count(" ") == 15


# -- hand totals --------------------------------------------------------------------------------


def test_hand_totals_typed_twice_agree_and_sheet_is_allowed(definitive_store):
    hand = machine_totals(definitive_store)

    async def scenario(pilot):

        app = pilot.app
        await log_in(pilot)
        screen = await open_with(pilot, "f5", HandTotalsScreen)
        assert "eerste keer" in text(screen, "#hand-mode")
        # While typing, the machine totals are not on the screen.
        assert not screen.query_one("#hand-check").display
        await type_hand_count(pilot, screen, hand, key_by_key=True)
        assert screen.slot == 2 and "tweede keer" in text(screen, "#hand-mode")
        # The second typing starts on empty inputs: the first typing is not shown.
        assert all(box.value == "" for box in screen.inputs)
        await type_hand_count(pilot, screen, hand)
        assert screen.mode == "compare"
        rows = cells(screen, "#hand-check")
        assert len(rows) == len(hand) and all(row[-1] == "klopt" for row in rows)
        assert "Alle 8 lijsten kloppen" in text(screen, "#hand-verdict")
        # F2: the same screen in English.
        await pilot.press("f2")
        assert "All 8 lists agree" in text(screen, "#hand-verdict")
        assert cells(screen, "#hand-check")[0][-1] == "agrees"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

    run(tool_app(definitive_store), scenario)
    totals = TotalsService(EntryService(definitive_store))
    assert totals.hand_check().all_agree
    totals.ready_for_sheet()  # no refusal


def test_hand_total_difference_is_listed_and_blocks_the_sheet_until_typed_again(definitive_store):
    hand = machine_totals(definitive_store)
    off_by_two = {**hand, 3: hand[3] + 2}

    async def scenario(pilot):

        app = pilot.app
        await log_in(pilot)
        screen = await open_with(pilot, "f5", HandTotalsScreen)
        await type_hand_count(pilot, screen, off_by_two)
        await type_hand_count(pilot, screen, off_by_two, enter=False)
        verdict = text(screen, "#hand-verdict")
        assert "geblokkeerd" in verdict and "lijst 3" in verdict and "+2" in verdict
        row = next(r for r in cells(screen, "#hand-check") if r[0] == "3")
        assert row[2] == str(hand[3]) and row[5] == "+2" and "WIJKT AF" in row[6]
        with pytest.raises(EntryRefused):
            app.services.totals.ready_for_sheet()

        # The paper's addition is corrected; the coordinator types it again (F3: first time, F4: second).
        await pilot.press("f3")
        assert screen.mode == "entry" and screen.slot == 1 and all(b.value == "" for b in screen.inputs)
        await type_hand_count(pilot, screen, {**hand, 5: hand[5] + 10}, enter=False)  # a slip in list 5
        assert screen.mode == "compare"
        lines = text(screen, "#hand-verdict").splitlines()
        assert any("lijst 5" in line and "typfout" in line for line in lines)
        assert any("lijst 3" in line and "typfout" in line for line in lines)  # slot 2 still has list 3 + 2
        await pilot.press("f3")
        await type_hand_count(pilot, screen, hand, enter=False)
        await pilot.press("f4")
        await type_hand_count(pilot, screen, hand, enter=False)
        assert "kloppen" in text(screen, "#hand-verdict")

    run(tool_app(definitive_store), scenario)
    assert TotalsService(EntryService(definitive_store)).hand_check().all_agree


def test_hand_totals_refuse_an_empty_list_and_wait_for_the_stations(demo_store):
    async def scenario(pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f5", HandTotalsScreen)
        await pilot.press("f10")  # save with nothing typed
        assert "Lijst 1" in message(screen) and "leeg" in message(screen)
        await type_hand_count(pilot, screen, {n: 100 for n in range(1, 9)}, enter=False)
        assert screen.slot == 2  # stored, although no station is definitive yet
        await type_hand_count(pilot, screen, {n: 100 for n in range(1, 9)}, enter=False)
        assert "alle stembureaus definitief" in text(screen, "#hand-verdict")
        assert "1–12" in text(screen, "#hand-verdict")

    run(tool_app(demo_store), scenario)
    rows = [r for r in audit.rows(demo_store.db) if r["action"] == "handcount.enter"]
    assert sorted(r["details"]["slot"] for r in rows) == [1, 2]
