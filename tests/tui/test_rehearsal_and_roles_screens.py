"""The rehearsal result, and who may open the tool screens."""

from __future__ import annotations

from kiosk.services import auth, rehearsal
from kiosk.services.entry import EntryService
from kiosk.store import audit
from kiosk.tui.screens.accounts import AccountsScreen
from kiosk.tui.screens.audit import AuditScreen
from kiosk.tui.screens.backup import BackupScreen
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.hand_totals import HandTotalsScreen
from kiosk.tui.screens.rehearsal import RehearsalScreen
from kiosk.tui.screens.scan_inbox import ScanInboxScreen
from kiosk.tui.screens.sheet import SheetScreen
from tests.support.entry import CLERK, VERIFIER_1, VERIFIER_2, paper, type_entry
from tests.tui.admin_support import cells, log_in, message, open_with, text, tool_app
from tests.tui.conftest import run

# -- rehearsal ----------------------------------------------------------------------------------


def test_rehearsal_screen(demo_store):
    entries = EntryService(demo_store)

    async def not_a_drill(pilot):

        await log_in(pilot)
        screen = await open_with(pilot, "f10", RehearsalScreen)
        assert "geen oefening" in text(screen, "#rehearsal-explain")
        assert not screen.query_one("#rehearsal-table").display

    run(tool_app(demo_store), not_a_drill)

    # Two stations with a wrong proposal for A: one verifier corrects it, the other takes it over.
    for station, verifier in ((1, VERIFIER_1), (2, VERIFIER_2)):
        values = paper(entries, station)
        seeded = values["A"] + 1
        with demo_store.transaction() as db:
            entries.attach_scan(CLERK, station, (f"{station:064x}",), {"A": seeded})
            rehearsal.record_seed(db, entries.election.id, rehearsal.Seed(station, "A", values["A"], seeded))
        typed = values if verifier is VERIFIER_1 else {**values, "A": seeded}
        type_entry(entries, verifier, station, 1, typed, finish=False)

    async def drill(pilot):

        await log_in(pilot)
        screen = await open_with(pilot, "f10", RehearsalScreen)
        assert "opzettelijk fout" in text(screen, "#rehearsal-explain")
        assert "2 foute voorstellen" in text(screen, "#rehearsal-summary")
        assert cells(screen, "#rehearsal-table") == [
            ["invoerder1", "1", "0", "1", "100%"],
            ["invoerder2", "1", "1", "0", "0%"],
        ]
        await pilot.press("f2")
        assert "on purpose" in text(screen, "#rehearsal-explain")

    run(tool_app(demo_store), drill)


# -- who may open what --------------------------------------------------------------------------


def test_a_verifier_cannot_open_the_tool_screens(demo_store):
    async def scenario(pilot):
        app = pilot.app
        await log_in(pilot, "invoerder1")
        for key in ("f3", "f5", "f6", "f7", "f8", "f9", "f10"):
            await pilot.press(key)
            assert isinstance(app.screen, DashboardScreen), key
        # Even pushed directly, the screen shows only the refusal, and its keys do nothing.
        for screen_class in (
            HandTotalsScreen,
            SheetScreen,
            AccountsScreen,
            BackupScreen,
            AuditScreen,
            RehearsalScreen,
            ScanInboxScreen,
        ):
            app.push_screen(screen_class())
            await pilot.pause()
            screen = app.screen
            assert "alleen voor" in message(screen), screen_class
            assert not screen.query("DataTable") and not screen.query("Input")
            await pilot.press("f5", "f10", "escape")
            assert isinstance(app.screen, DashboardScreen)

    run(tool_app(demo_store), scenario)
    assert [a["username"] for a in auth.list_accounts(demo_store)] == [
        "coordinator",
        "invoerder1",
        "invoerder2",
        "scanner",
    ]
    assert not any(r["action"].startswith(("handcount", "backup", "totals")) for r in audit.rows(demo_store.db))
