"""The coordinator's tool screens: accounts, backup, audit log."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input

from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.i18n import refusal_text
from kiosk.services import auth
from kiosk.store import audit
from kiosk.tui.screens.accounts import AccountsScreen
from kiosk.tui.screens.admin_common import grouped
from kiosk.tui.screens.audit import AuditScreen
from kiosk.tui.screens.backup import BackupScreen
from kiosk.tui.screens.dashboard import DashboardScreen
from tests.tui.admin_support import cells, fill, log_in, message, open_with, text, tool_app, until
from tests.tui.conftest import run

# -- accounts -----------------------------------------------------------------------------------


def test_accounts_unlock_and_add(demo_store):
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(auth.AuthError):
            auth.login(demo_store, "invoerder1", "wrong password!!")
    with pytest.raises(auth.AuthError) as locked:
        auth.login(demo_store, "invoerder1", DEMO_PASSWORD)
    assert locked.value.code == "auth.locked" and "geblokkeerd" in refusal_text(locked.value)

    async def scenario(pilot):

        app = pilot.app
        await log_in(pilot)
        screen = await open_with(pilot, "f7", AccountsScreen)
        rows = cells(screen, "#accounts-table")
        assert ["invoerder1", "invoerder", "ja", "5"] in rows
        table = screen.query_one("#accounts-table", DataTable)
        table.move_cursor(row=[r[0] for r in rows].index("invoerder1"))
        await pilot.press("f5")
        assert "gedeblokkeerd" in message(screen)
        assert ["invoerder1", "invoerder", "nee", "0"] in cells(screen, "#accounts-table")

        # A new account: name, role (Select: Enter opens, arrows, Enter), password twice.
        await pilot.press("f6")
        assert screen.adding and screen.focused is screen.query_one("#new-username", Input)
        await pilot.press(*"teller3", "enter", "enter", "down", "down", "enter")  # typed key by key
        await pilot.pause()
        assert screen.query_one("#new-role").value == "verifier"
        assert screen.focused is screen.query_one("#new-password", Input)
        await fill(pilot, "#new-password", "kort")
        assert screen.focused is screen.query_one("#new-password2", Input)
        await fill(pilot, "#new-password2", "kort")
        assert "minstens 13 tekens" in message(screen) and screen.adding
        await fill(pilot, "#new-password", "een-lang-wachtwoord")
        await fill(pilot, "#new-password2", "een-ander-wachtwoord")
        assert "niet gelijk" in message(screen)
        await fill(pilot, "#new-password", "een-lang-wachtwoord")
        await fill(pilot, "#new-password2", "een-lang-wachtwoord")
        await pilot.pause()
        assert not screen.adding and "teller3" in message(screen)
        assert ["teller3", "invoerder", "nee", "0"] in cells(screen, "#accounts-table")
        await pilot.press("f2")
        assert ["teller3", "verifier", "no", "0"] in cells(screen, "#accounts-table")
        assert "teller3 (verifier) created" in message(screen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

    run(tool_app(demo_store), scenario)
    assert auth.login(demo_store, "invoerder1", DEMO_PASSWORD).role == "verifier"
    assert auth.login(demo_store, "teller3", "een-lang-wachtwoord").role == "verifier"


# -- backup -------------------------------------------------------------------------------------


def test_backup_to_another_folder(demo_store, tmp_path):
    target = tmp_path / "usb-backup"

    async def scenario(pilot):

        app = pilot.app
        await log_in(pilot)
        screen = await open_with(pilot, "f8", BackupScreen)
        await pilot.press("enter")
        assert "Vul een doelmap in" in message(screen)
        await fill(pilot, "#backup-target", str(demo_store.home / "sub"))
        await until(pilot, lambda: not screen.busy and "buiten de gegevensmap" in message(screen))
        await pilot.press("f2")  # the refusal is worded again, in English, long after it was caught
        assert "outside the data" in message(screen) and app.screen is screen
        await pilot.press("f2")
        await fill(pilot, "#backup-target", str(target))
        await until(pilot, lambda: not screen.busy and screen.result is not None)
        assert "Back-up gelukt" in message(screen)
        result = text(screen, "#backup-result")
        assert "Integriteitscontrole van de kopie: ok" in result and str(target) in result
        assert "auditlog van de kopie intact tot regel" in result and screen.result.sha256 in result
        await pilot.press("f2")
        assert "Integrity check of the copy: ok" in text(screen, "#backup-result")
        assert message(screen) == "Backup done."

    run(tool_app(demo_store), scenario)
    copies = list(target.glob("kiosk-*.db"))
    assert len(copies) == 1
    import sqlite3

    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM accounts").fetchone()[0] == 4
    assert any(r["action"] == "backup" for r in audit.rows(demo_store.db, limit=5))


# -- audit --------------------------------------------------------------------------------------


def test_audit_log_verifies_and_lists_the_newest_events(demo_store):
    async def scenario(pilot):
        app = pilot.app
        await log_in(pilot)
        screen = await open_with(pilot, "f9", AuditScreen)
        await until(pilot, lambda: screen.verification is not None)
        result = audit.verify(app.services._store.db)
        verdict = text(screen, "#audit-verify")
        assert "Auditlog in orde" in verdict and f"{result.rows} regels" in verdict
        assert grouped(result.head_hash) in verdict
        rows = cells(screen, "#audit-table")
        assert len(rows) == min(200, result.rows)
        assert rows[0][3] == "coordinator" and rows[0][4] == "ingelogd"  # newest first, in words
        newest = audit.rows(app.services._store.db, limit=1)[0]
        assert rows[0][0] == str(newest["seq"]) and rows[0][1].replace(" ", "").startswith(newest["hash"][:8])
        await pilot.press("f2")
        assert "Audit log OK" in text(screen, "#audit-verify")

    run(tool_app(demo_store), scenario)


def test_audit_screen_names_the_first_broken_row(demo_store):
    db = demo_store.db
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")

    async def scenario(pilot):

        await log_in(pilot)
        screen = await open_with(pilot, "f9", AuditScreen)
        await until(pilot, lambda: screen.verification is not None)
        verdict = text(screen, "#audit-verify")
        assert "KLOPT NIET: rij 3: de inhoud past niet bij de hash (gewijzigd)" in verdict
        assert "beveiliging ontbreekt in de database: trigger audit_log_no_update" in verdict

    run(tool_app(demo_store), scenario)
