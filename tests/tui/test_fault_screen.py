"""A fault during entry (a full disk) opens the fault screen; the entry in progress stays."""

import sqlite3

from kiosk.tui.app import KioskApp
from kiosk.tui.screens.entry import EntryScreen
from kiosk.tui.screens.fault import FaultScreen
from tests.tui.conftest import log_in, run
from tests.tui.driving import to_counts


def test_a_full_disk_during_a_confirmation_shows_a_fault_and_keeps_the_entry(make_app, monkeypatch):
    monkeypatch.setattr(KioskApp, "SHOW_FAULTS", True)
    app = make_app()
    entries = app.services.entries
    real_confirm = entries.confirm

    def full_disk(*args):
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13
        raise error

    outcome = {}

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EntryScreen)
        await to_counts(pilot)
        before = len(entries.state(1).first.confirmations)
        code = screen.current.code
        monkeypatch.setattr(entries, "confirm", full_disk)
        outcome["before"] = before
        await pilot.press("7", "7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FaultScreen)
        words = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "de schijf is vol" in words and "Traceback" not in words
        await pilot.press("f2")
        await pilot.pause()
        assert "the disk is full" in "\n".join(str(w.render()) for w in app.screen.query("Static"))
        await pilot.press("f2", "enter")
        await pilot.pause()
        assert app.screen is screen and screen.current.code == code
        monkeypatch.setattr(entries, "confirm", real_confirm)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current.code != code

    run(app, scenario)
    confirmed = [(c.code, c.value) for c in app.services.entries.state(1).first.confirmations]
    assert confirmed[outcome["before"] :] == [("A", 77)]


def test_an_unexpected_error_in_an_action_is_logged_not_shown(make_app, monkeypatch):
    monkeypatch.setattr(KioskApp, "SHOW_FAULTS", True)
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        dashboard = app.screen
        monkeypatch.setattr(type(dashboard), "action_audit", lambda self: 1 / 0)
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, FaultScreen)
        words = "\n".join(str(w.render()) for w in app.screen.query("Static"))
        assert "interne fout" in words and "ZeroDivisionError" not in words
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dashboard

    run(app, scenario)
    log = app.services._store.home / "logs" / "errors.log"
    assert "ZeroDivisionError" in log.read_text()
