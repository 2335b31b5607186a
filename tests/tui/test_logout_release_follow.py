"""Logging out from every screen (Ctrl+L), releasing a claimed entry (F11: which one,
then confirm), and an overview that follows changes made by another process."""

from __future__ import annotations

import time

import pytest
from textual.widgets import DataTable, Static

from kiosk.airgap import reason
from kiosk.services.entry import EntryService
from kiosk.store import open_store
from kiosk.tui.screens.audit import AuditScreen
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.entry import EntryScreen
from kiosk.tui.screens.lock import LockScreen
from kiosk.tui.screens.login import LoginScreen
from kiosk.tui.screens.release import ReleaseScreen
from kiosk.tui.screens.session import LOGOUT_BINDING, LOGOUT_LABEL
from kiosk.tui.widgets.key_bar import KeyBar
from tests.conftest import FakeClock
from tests.support.entry import VERIFIER_1
from tests.tui.conftest import log_in, run


def key_bar(app) -> str:
    return str(app.screen.query_one(KeyBar).render()).replace("\u00a0", " ")


async def logged_out(pilot) -> None:
    await pilot.press(LOGOUT_BINDING)
    await pilot.pause()
    assert isinstance(pilot.app.screen, LoginScreen)
    assert pilot.app.account is None
    assert len(pilot.app.screen_stack) == 2


@pytest.mark.slow
def test_the_logout_key_is_shown_and_works_on_the_overview_an_entry_a_tool_and_the_lock(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        assert f"{LOGOUT_LABEL}  Afmelden" in key_bar(app)
        await logged_out(pilot)

        # In the middle of an entry: what was confirmed stays, the claim stays with its owner.
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryScreen)
        assert LOGOUT_LABEL in key_bar(app)
        await pilot.press("enter")  # confirm the first field
        await pilot.pause()
        await logged_out(pilot)
        state = app.services.entries.state(1)
        assert state.first.claimant == "invoerder1" and len(state.first.confirmed) == 1

        await log_in(pilot, "coordinator")
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, AuditScreen)
        assert LOGOUT_LABEL in key_bar(app)
        await logged_out(pilot)

        await log_in(pilot, "coordinator")
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        assert LOGOUT_LABEL in key_bar(app)
        await logged_out(pilot)

    run(app, scenario)


def test_a_screen_the_role_may_not_use_still_logs_out(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        from kiosk.tui.screens.backup import BackupScreen

        app.push_screen(BackupScreen())
        await pilot.pause()
        await logged_out(pilot)

    run(app, scenario)


def test_on_the_air_gap_screen_logging_out_keeps_the_network_warning(make_app, network):
    app = make_app()

    async def scenario(pilot):
        from kiosk.tui.screens.airgap import AirgapScreen

        await log_in(pilot, "coordinator")
        network.reasons = [reason("carrier", name="eth0")]
        app.check_network()
        await pilot.pause()
        assert isinstance(app.screen, AirgapScreen)
        await pilot.press(LOGOUT_BINDING)
        await pilot.pause()
        assert app.account is None
        assert isinstance(app.screen, AirgapScreen)  # still there, over the login screen
        network.reasons = []
        app.check_network()
        await pilot.pause()
        assert isinstance(app.screen, LoginScreen)

    run(app, scenario)


def _release_text(app) -> str:
    return "\n".join(
        str(app.screen.query_one(selector, Static).render())
        for selector in ("#release-title", "#release-entries", "#release-message")
    )


def test_f11_asks_which_entry_shows_who_holds_it_and_releases_only_after_enter(make_app):
    app = make_app()
    entries = app.services.entries
    entries.claim(VERIFIER_1, 1, 1)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "f11")
        await pilot.pause()
        assert isinstance(app.screen, ReleaseScreen)
        text = _release_text(app)
        assert "eerste invoer: in gebruik bij invoerder1" in text
        assert "tweede invoer: nog niet begonnen" in text
        assert "Enter: de eerste invoer van stembureau 1 vrijgeven" in text
        assert entries.state(1).first.claimant == "invoerder1"  # nothing yet

        await pilot.press("2")  # not held: says so, chooses nothing
        await pilot.pause()
        assert "tweede invoer is bij niemand in gebruik" in _release_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert entries.state(1).first.claimant == "invoerder1"

        await pilot.press("escape")  # leave it
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert entries.state(1).first.claimant == "invoerder1"

        await pilot.press("1", "f11")
        await pilot.pause()
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert entries.state(1).first.claimant is None
        message = str(app.screen.query_one("#dash-message", Static).render())
        assert "eerste invoer van stembureau 1 is vrijgegeven (was in gebruik bij invoerder1)" in message

    run(app, scenario)


def test_f11_on_a_station_nobody_holds_says_there_is_nothing_to_release(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("2", "f11")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "niets vrij te geven" in str(app.screen.query_one("#dash-message", Static).render())

    run(app, scenario)


def _status_cell(app, station: int) -> str:
    table = app.screen.query_one("#stations", DataTable)
    return str(table.get_cell(str(station), "status"))


def test_the_overview_shows_a_change_made_by_another_process_within_two_seconds(make_app, tui_store):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder2")
        assert _status_cell(app, 1) == "gescand"
        other = open_store(tui_store.home, clock=FakeClock())  # another connection to the same file
        try:
            EntryService(other).claim(VERIFIER_1, 1, 1)
        finally:
            other.close()
        started = time.monotonic()
        while _status_cell(app, 1) != "eerste invoer" and time.monotonic() - started < 2.0:
            await pilot.pause(0.1)
        assert _status_cell(app, 1) == "eerste invoer", "the change did not show within 2 s"
        assert "1 in eerste invoer" in str(app.screen.query_one("#dash-counts", Static).render())

    run(app, scenario)


def test_the_overview_is_not_redrawn_while_nothing_changes(make_app, monkeypatch):
    app = make_app()
    redrawn = []

    async def scenario(pilot):
        await log_in(pilot, "invoerder2")
        monkeypatch.setattr(DashboardScreen, "refresh_table", lambda self: redrawn.append(1))
        await pilot.pause(1.3)
        assert redrawn == []

    run(app, scenario)
