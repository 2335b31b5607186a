"""The coordinator's tool screens and the scan inbox, driven by keys as people do.

Each test logs in on the real login screen, opens the screen with its dashboard
key and checks what the services recorded (not only what the screen says).
pytest-asyncio is not installed: each test runs its scenario with asyncio.run.
"""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import stat
from datetime import datetime, timezone

import cv2
import numpy as np
import pytest
from textual.widgets import DataTable, Input, Static

from kiosk import auth
from kiosk.airgap import NetworkReport
from kiosk.config import KioskConfig
from kiosk.demo import setup
from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.domain.workflow import Status
from kiosk.services import printing, rehearsal, results_documents
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.network import NetworkGuard
from kiosk.services.totals import TotalsService
from kiosk.store import audit, open_store
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from kiosk.tui.screens.accounts import AccountsScreen
from kiosk.tui.screens.admin_common import grouped, number_ranges
from kiosk.tui.screens.audit import AuditScreen
from kiosk.tui.screens.backup import BackupScreen
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.hand_totals import HandTotalsScreen
from kiosk.tui.screens.rehearsal import RehearsalScreen
from kiosk.tui.screens.scan_inbox import ScanInboxScreen
from kiosk.tui.screens.sheet import SheetScreen
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1, VERIFIER_2, make_definitive, paper, type_entry

# -- helpers ------------------------------------------------------------------------------------


def wall_clock() -> datetime:
    return datetime.now(timezone.utc)


def offline() -> NetworkReport:
    """The air-gap detector of these tests: never a network (the real one looks at this machine)."""
    return NetworkReport.of([], wall_clock())


def run(store, scenario, *, config: KioskConfig | None = None) -> None:
    services = Services(store, config or KioskConfig(), header_check=False, detector=offline, network_clock=wall_clock)
    app = KioskApp(services, image_mode="none")

    async def main():
        async with app.run_test(size=(120, 40)) as pilot:
            await scenario(app, pilot)

    asyncio.run(main())


async def log_in(pilot, username: str = "coordinator", password: str = DEMO_PASSWORD) -> None:
    """The login screen, filled in and sent with Enter (typing each letter costs time in a pilot)."""
    await fill(pilot, "#username", username)
    await fill(pilot, "#password", password)
    await pilot.pause()
    assert isinstance(pilot.app.screen, DashboardScreen)


async def fill(pilot, selector: str, value: str) -> None:
    """Put ``value`` into the input and press Enter there."""
    box = pilot.app.screen.query_one(selector, Input)
    box.focus()
    box.value = value
    await pilot.press("enter")


async def open_with(pilot, key: str, screen_class):
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, screen_class), type(pilot.app.screen)
    return pilot.app.screen


async def until(pilot, condition, timeout: float = 15.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not reached in time")


def text(screen, selector: str) -> str:
    content = screen.query_one(selector, Static).content
    return getattr(content, "plain", str(content))


def message(screen) -> str:
    return text(screen, "#admin-message")


def cells(screen, selector: str) -> list[list[str]]:
    table = screen.query_one(selector, DataTable)
    return [[str(getattr(c, "plain", c)) for c in table.get_row_at(i)] for i in range(table.row_count)]


@pytest.fixture(scope="module")
def definitive_home(tmp_path_factory):
    """A data directory with the demo election, every station typed twice, identically.
    Made once for the module (committing without fsync); each test gets a copy."""
    home = tmp_path_factory.mktemp("definitive") / "home"
    store = open_store(home)
    try:
        setup.set_up(store)
        entries = EntryService(store)
        store.db.execute("PRAGMA synchronous = OFF")
        for number in entries.station_numbers:
            make_definitive(entries, number, paper(entries, number))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return home


def fake_lp(folder):
    """An `lp` that records its arguments and answers like CUPS."""
    folder.mkdir()
    lp = folder / "lp"
    lp.write_text(f"#!/bin/sh\necho \"$@\" > {folder / 'lp-args'}\necho 'request id is gsb-7 (1 file(s))'\n")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    return folder


@pytest.fixture
def definitive_store(definitive_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(definitive_home, home)
    store = open_store(home)
    yield store
    store.close()


def machine_totals(store) -> dict[int, int]:
    return TotalsService(EntryService(store)).totals().list_totals()


async def type_hand_count(pilot, screen, totals: dict[int, int], *, key_by_key: bool = False,
                          enter: bool = True) -> None:
    """Each list's total into the focused input, then Enter: Enter must lead to the next
    list, and saves after the last. ``enter=False``: fill every input, then F10 (save)."""
    if not enter:
        for number, box in zip(sorted(totals), screen.inputs):
            box.value = str(totals[number])
        await pilot.press("f10")
        return
    for number in sorted(totals):
        box = screen.query_one(f"#hand-{number}", Input)
        assert screen.focused is box
        if key_by_key:
            await pilot.press(*str(totals[number]))
        else:
            box.value = str(totals[number])
        await pilot.press("enter")
    await pilot.pause()


# -- small helpers ------------------------------------------------------------------------------


def test_number_ranges_and_groups():
    assert number_ranges([1, 2, 3, 5, 7, 8, 10, 11, 12, 13]) == "1–3, 5, 7, 8, 10–13"
    assert number_ranges([]) == ""
    assert grouped("ab" * 32).count(" ") == 15


# -- hand totals --------------------------------------------------------------------------------


def test_hand_totals_typed_twice_agree_and_sheet_is_allowed(definitive_store):
    hand = machine_totals(definitive_store)

    async def scenario(app, pilot):
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

    run(definitive_store, scenario)
    totals = TotalsService(EntryService(definitive_store))
    assert totals.hand_check().all_agree
    totals.ready_for_sheet()  # no refusal


def test_hand_total_difference_is_listed_and_blocks_the_sheet_until_typed_again(definitive_store):
    hand = machine_totals(definitive_store)
    off_by_two = {**hand, 3: hand[3] + 2}

    async def scenario(app, pilot):
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

    run(definitive_store, scenario)
    assert TotalsService(EntryService(definitive_store)).hand_check().all_agree


def test_hand_totals_refuse_an_empty_list_and_wait_for_the_stations(demo_store):
    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f5", HandTotalsScreen)
        await pilot.press("f10")  # save with nothing typed
        assert "Lijst 1" in message(screen) and "leeg" in message(screen)
        await type_hand_count(pilot, screen, {n: 100 for n in range(1, 9)}, enter=False)
        assert screen.slot == 2  # stored, although no station is definitive yet
        await type_hand_count(pilot, screen, {n: 100 for n in range(1, 9)}, enter=False)
        assert "alle stembureaus definitief" in text(screen, "#hand-verdict")
        assert "1–12" in text(screen, "#hand-verdict")

    run(demo_store, scenario)
    rows = [r for r in audit.rows(demo_store.db) if r["action"] == "handcount.enter"]
    assert sorted(r["details"]["slot"] for r in rows) == [1, 2]


# -- totals sheet -------------------------------------------------------------------------------


def test_sheet_says_which_stations_block_it(demo_store):
    entries = EntryService(demo_store)
    make_definitive(entries, 1, paper(entries, 1))
    type_entry(entries, VERIFIER_1, 2, 1, paper(entries, 2))

    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f6", SheetScreen)
        status = text(screen, "#sheet-status")
        assert "kan nog niet" in status
        assert "nog niet gescand of ingevoerd (10): 3–12" in status
        assert "nog bezig (1): 2" in status
        await pilot.press("f5")
        assert "Nog geen totalenblad" in message(screen)
        await pilot.press("f7")
        assert "niet alle stembureaus" in message(screen)

    run(demo_store, scenario)
    assert not (demo_store.home / "sheets").exists()


def test_sheet_pdf_exports_and_printing(definitive_store, tmp_path, monkeypatch):
    totals = TotalsService(EntryService(definitive_store))
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, {**hand, 2: hand[2] - 1})
    fake_bin = fake_lp(tmp_path / "bin")
    empty_bin = tmp_path / "empty"
    empty_bin.mkdir()

    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f6", SheetScreen)
        assert "lijst 2" in text(screen, "#sheet-status")
        # The hand count of list 2 is typed again correctly; the sheet becomes ready.
        app.services.totals.enter_hand_count(app.account, 2, hand)
        await pilot.press("escape", "f6")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SheetScreen) and "Klaar" in text(screen, "#sheet-status")

        await pilot.press("f5")
        assert screen.sheet is not None
        made["pdf"] = screen.sheet
        # The sheet is the one the service makes of this very state.
        assert screen.sheet.path.read_bytes() == results_documents.totals_sheet(app.services.totals)[0]
        files = text(screen, "#sheet-files")
        assert str(screen.sheet.path) in files
        assert grouped(screen.sheet.eml_sha256) in files
        assert grouped(audit.head(app.services.store.db)[1]) in files

        monkeypatch.setenv("PATH", str(empty_bin))
        await pilot.press("f6")
        assert "geen afdruksysteem" in message(screen) and str(screen.sheet.path) in message(screen)

        monkeypatch.setenv("PATH", str(fake_bin))
        await pilot.press("f6")
        assert "gsb-7" in message(screen)
        made["printed"] = screen.sheet

        await pilot.press("f7", "f8")
        assert set(screen.exports) == {"eml510", "csv"}
        made.update(screen.exports)
        made["csv_bytes"] = results_documents.csv_export(app.services.totals)
        await pilot.press("f2")
        assert "Audit log head hash" in text(screen, "#sheet-files")

    made = {}
    run(definitive_store, scenario, config=KioskConfig(printer="gsb-a4"))
    out = definitive_store.home / "sheets"
    sheet = made["pdf"]
    assert sheet.path == out / f"totals-{sheet.eml_sha256[:16]}.pdf"
    assert sheet.path.read_bytes().startswith(b"%PDF")
    # Every audit event changes the sheet's time stamp and head hash, so the file names differ.
    printed_sheet = made["printed"]
    assert (fake_bin / "lp-args").read_text().split() == ["-d", "gsb-a4", "--", str(printed_sheet.path)]
    printed = [r for r in audit.rows(definitive_store.db) if r["action"] == "totals.printed"]
    assert len(printed) == 1 and printed[0]["details"]["eml_sha256"] == printed_sheet.eml_sha256
    eml = made["eml510"]
    assert eml.path.name == f"totals-{eml.eml_sha256[:16]}.eml.xml"
    assert hashlib.sha256(eml.path.read_bytes()).hexdigest() == eml.sha256 == eml.eml_sha256
    assert made["csv"].path.read_bytes() == made["csv_bytes"]


def test_printing_is_refused_on_a_network_and_the_sheet_is_kept(definitive_store, tmp_path, monkeypatch):
    totals = TotalsService(EntryService(definitive_store))
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    bin_dir = fake_lp(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(bin_dir))
    networked = NetworkGuard(definitive_store, detector=lambda: NetworkReport.of(["default route via eth0"], wall_clock()),
                             clock=wall_clock)

    sheet, result = printing.print_totals_sheet(totals, "coordinator", guard=networked)
    assert result.status == printing.NETWORK_PRESENT and not result.printed
    assert "eth0" in result.text() and str(sheet.path) in result.text()
    assert sheet.path.read_bytes().startswith(b"%PDF") and not (bin_dir / "lp-args").exists()
    assert not [r for r in audit.rows(definitive_store.db) if r["action"] == "totals.printed"]
    assert [r["action"] for r in audit.rows(definitive_store.db, limit=1)] == ["network_detected"]

    result = printing.print_pdf(sheet.path, "gsb-a4")
    assert result.printed and "gsb-7" in result.text() and "gsb-a4" in result.text()
    monkeypatch.setenv("PATH", str(tmp_path))
    assert printing.print_pdf(sheet.path).status == printing.NO_PRINTING_SYSTEM


# -- accounts -----------------------------------------------------------------------------------


def test_accounts_unlock_and_add(demo_store):
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(auth.AuthError):
            auth.login(demo_store, "invoerder1", "wrong password!!")
    with pytest.raises(auth.AuthError, match="geblokkeerd"):
        auth.login(demo_store, "invoerder1", DEMO_PASSWORD)

    async def scenario(app, pilot):
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

    run(demo_store, scenario)
    assert auth.login(demo_store, "invoerder1", DEMO_PASSWORD).role == "verifier"
    assert auth.login(demo_store, "teller3", "een-lang-wachtwoord").role == "verifier"


# -- backup -------------------------------------------------------------------------------------


def test_backup_to_another_folder(demo_store, tmp_path):
    target = tmp_path / "usb-backup"

    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f8", BackupScreen)
        await pilot.press("enter")
        assert "Vul een doelmap in" in message(screen)
        await fill(pilot, "#backup-target", str(demo_store.home / "sub"))
        assert "buiten de gegevensmap" in message(screen)
        await fill(pilot, "#backup-target", str(target))
        await until(pilot, lambda: not screen.busy and screen.result is not None)
        assert "Back-up gelukt" in message(screen)
        result = text(screen, "#backup-result")
        assert "Integriteitscontrole van de kopie: ok" in result and str(target) in result
        await pilot.press("f2")
        assert "Integrity check of the copy: ok" in text(screen, "#backup-result")
        assert message(screen) == "Backup done."

    run(demo_store, scenario)
    copies = list(target.glob("kiosk-*.db"))
    assert len(copies) == 1
    import sqlite3

    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM accounts").fetchone()[0] == 4
    assert any(r["action"] == "backup" for r in audit.rows(demo_store.db, limit=5))


# -- audit --------------------------------------------------------------------------------------


def test_audit_log_verifies_and_lists_the_newest_events(demo_store):
    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f9", AuditScreen)
        await until(pilot, lambda: screen.verification is not None)
        result = audit.verify(app.services.store.db)
        verdict = text(screen, "#audit-verify")
        assert "Auditlog in orde" in verdict and f"{result.rows} regels" in verdict
        assert grouped(result.head_hash) in verdict
        rows = cells(screen, "#audit-table")
        assert len(rows) == min(200, result.rows)
        assert rows[0][2] == "coordinator" and rows[0][3] == "login"  # newest first
        await pilot.press("f2")
        assert "Audit log OK" in text(screen, "#audit-verify")

    run(demo_store, scenario)


def test_audit_screen_names_the_first_broken_row(demo_store):
    db = demo_store.db
    db.execute("DROP TRIGGER audit_log_no_update")
    db.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")

    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f9", AuditScreen)
        await until(pilot, lambda: screen.verification is not None)
        verdict = text(screen, "#audit-verify")
        assert "BESCHADIGD bij regel 3" in verdict and "gewijzigd" in verdict

    run(demo_store, scenario)


# -- scan inbox ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scan_images(tmp_path_factory):
    """Two pages of demo station 1, rendered once for the module as kiosk.demo.scans does."""
    from kiosk.demo import scans
    from kiosk.demo.setup import set_up
    from kiosk.services import forms
    from kiosk.store import open_store

    home = tmp_path_factory.mktemp("scan-home")
    store = open_store(home / "home")
    try:
        set_up(store)
        rendered = home / "rendered"
        from ocr.synth import synth_page

        entries = EntryService(store)
        template = forms.template(entries.election, 1)
        values = scans.demo_paper(entries, 1)
        rng = np.random.default_rng(scans.SEED + 1)
        rendered.mkdir()
        for page in (1, 2):
            image, _ = synth_page(template, page, values, scans.handwriting(), rng, dpi=scans.DPI, writer_id=1,
                                  degrade_args={"rotation_deg": 0.5, "noise": 3, "blur": 0.05, "dpi": scans.DPI})
            cv2.imwrite(str(rendered / f"sb01-p{page:02d}.png"), image)
    finally:
        store.close()
    return rendered


def test_scan_inbox_reads_a_folder(demo_store, scan_images, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for page in scan_images.iterdir():
        (inbox / page.name).write_bytes(page.read_bytes())
    cv2.imwrite(str(inbox / "zz-blank.png"), np.full((400, 300), 255, np.uint8))
    (inbox / "notes.txt").write_text("not an image")

    async def scenario(app, pilot):
        await log_in(pilot, "scanner")
        for key in ("f5", "f6", "f7", "f8", "f9", "f10"):  # the coordinator's keys do nothing for a clerk
            await pilot.press(key)
            assert isinstance(app.screen, DashboardScreen), key
        screen = await open_with(pilot, "f3", ScanInboxScreen)
        assert screen.query_one("#scan-folder", Input).value == str(inbox)  # KioskConfig.scan_folder
        await pilot.press("enter")
        await until(pilot, lambda: not screen.busy)
        rows = cells(screen, "#scan-table")
        assert [r[0] for r in rows] == ["sb01-p01.png", "sb01-p02.png", "zz-blank.png"]
        assert rows[0][1:3] == ["1", "1"] and rows[0][3].startswith("ingelezen")
        assert rows[1][1:3] == ["1", "2"]
        assert rows[2][3].startswith("GEWEIGERD") and "opnieuw scannen" in rows[2][3].lower()
        assert "2 ingelezen, 0 al gescand, 1 geweigerd" in text(screen, "#scan-summary")
        # The same folder again: the pages are recognised.
        await pilot.press("f5")
        await until(pilot, lambda: not screen.busy)
        rows = cells(screen, "#scan-table")
        assert [r[3] for r in rows[3:5]] == ["al gescand", "al gescand"] and rows[5][3].startswith("GEWEIGERD")
        await pilot.press("f2")
        assert cells(screen, "#scan-table")[0][3].startswith("read")

    run(demo_store, scenario, config=KioskConfig(scan_folder=str(inbox)))
    entries = EntryService(demo_store)
    assert entries.statuses()[1] is Status.SCANNED
    assert entries.state(1).proposals is not None
    refused = [r for r in audit.rows(demo_store.db) if r["action"] == "scan.refused"]
    assert [r["details"]["source"] for r in refused] == ["zz-blank.png", "zz-blank.png"]


def test_scanner_without_device_or_scanimage_says_so(demo_store, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no scanimage here

    async def scenario(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f3", ScanInboxScreen)
        await pilot.press("f6")
        assert "geen scanner ingesteld" in message(screen).lower()
        app.services.config = KioskConfig(scanner_device="fujitsu:fi-7160:1")
        await pilot.press("f6")
        await until(pilot, lambda: not screen.scanning)
        assert "scanimage" in message(screen)
        await fill(pilot, "#scan-folder", "/no/such/folder")
        assert "geen map" in message(screen)

    run(demo_store, scenario)


# -- rehearsal ----------------------------------------------------------------------------------


def test_rehearsal_screen(demo_store):
    entries = EntryService(demo_store)

    async def not_a_drill(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f10", RehearsalScreen)
        assert "geen oefening" in text(screen, "#rehearsal-explain")
        assert not screen.query_one("#rehearsal-table").display

    run(demo_store, not_a_drill)

    # Two stations with a wrong proposal for A: one verifier corrects it, the other takes it over.
    for station, verifier in ((1, VERIFIER_1), (2, VERIFIER_2)):
        values = paper(entries, station)
        seeded = values["A"] + 1
        with demo_store.transaction() as db:
            entries.attach_scan(CLERK, station, (f"{station:064x}",), {"A": seeded})
            rehearsal.record_seed(db, rehearsal.Seed(station, "A", values["A"], seeded))
        typed = values if verifier is VERIFIER_1 else {**values, "A": seeded}
        type_entry(entries, verifier, station, 1, typed, finish=False)

    async def drill(app, pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f10", RehearsalScreen)
        assert "opzettelijk fout" in text(screen, "#rehearsal-explain")
        assert "2 foute voorstellen" in text(screen, "#rehearsal-summary")
        assert cells(screen, "#rehearsal-table") == [["invoerder1", "1", "0", "1", "100%"],
                                                     ["invoerder2", "1", "1", "0", "0%"]]
        await pilot.press("f2")
        assert "on purpose" in text(screen, "#rehearsal-explain")

    run(demo_store, drill)


# -- who may open what --------------------------------------------------------------------------


def test_a_verifier_cannot_open_the_tool_screens(demo_store):
    async def scenario(app, pilot):
        await log_in(pilot, "invoerder1")
        for key in ("f3", "f5", "f6", "f7", "f8", "f9", "f10"):
            await pilot.press(key)
            assert isinstance(app.screen, DashboardScreen), key
        # Even pushed directly, the screen shows only the refusal, and its keys do nothing.
        for screen_class in (HandTotalsScreen, SheetScreen, AccountsScreen, BackupScreen, AuditScreen,
                             RehearsalScreen, ScanInboxScreen):
            app.push_screen(screen_class())
            await pilot.pause()
            screen = app.screen
            assert "alleen voor" in message(screen), screen_class
            assert not screen.query("DataTable") and not screen.query("Input")
            await pilot.press("f5", "f10", "escape")
            assert isinstance(app.screen, DashboardScreen)

    run(demo_store, scenario)
    assert [a["username"] for a in auth.list_accounts(demo_store)] == ["coordinator", "invoerder1", "invoerder2", "scanner"]
    assert not any(r["action"].startswith(("handcount", "backup", "totals")) for r in audit.rows(demo_store.db))
