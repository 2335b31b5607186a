"""The checked totals sheet on the screen: what blocks it, writing, exporting, printing."""

from __future__ import annotations

import hashlib

from kiosk.airgap import NetworkReport, reason
from kiosk.config import KioskConfig
from kiosk.services import printing, results_documents
from kiosk.services.entry import EntryService
from kiosk.services.network import NetworkGuard
from kiosk.services.totals import TotalsService
from kiosk.store import audit
from kiosk.tui.screens.admin_common import grouped
from kiosk.tui.screens.sheet import SheetScreen
from tests.support.entry import COORDINATOR, VERIFIER_1, make_definitive, paper, type_entry
from tests.tui.admin_support import fake_lp, log_in, message, open_with, text, tool_app, wall_clock
from tests.tui.conftest import run

# -- totals sheet -------------------------------------------------------------------------------


def test_sheet_says_which_stations_block_it(demo_store):
    entries = EntryService(demo_store)
    make_definitive(entries, 1, paper(entries, 1))
    type_entry(entries, VERIFIER_1, 2, 1, paper(entries, 2))

    async def scenario(pilot):

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

    run(tool_app(demo_store), scenario)
    assert not (demo_store.home / "sheets").exists()


def test_sheet_pdf_exports_and_printing(definitive_store, tmp_path, monkeypatch):
    totals = TotalsService(EntryService(definitive_store))
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, {**hand, 2: hand[2] - 1})
    fake_bin = fake_lp(tmp_path / "bin")
    empty_bin = tmp_path / "empty"
    empty_bin.mkdir()

    async def scenario(pilot):

        app = pilot.app
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
        assert grouped(audit.head(app.services._store.db)[1]) in files

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
        assert "sealed in audit log row" in text(screen, "#sheet-files")

    made = {}
    run(tool_app(definitive_store, config=KioskConfig(printer="gsb-a4")), scenario)
    out = definitive_store.home / "sheets"
    sheet = made["pdf"]
    assert sheet.path == out / f"totals-{sheet.eml_sha256[:16]}.pdf"
    assert sheet.path.read_bytes().startswith(b"%PDF")
    # Every audit event changes the sheet's time stamp and head hash, so the file names differ.
    printed_sheet = made["printed"]
    # One job: the sheet, then the transfer pages of its totals that travel with it to the CSB.
    transfer = out / f"totals-{printed_sheet.eml_sha256[:16]}-overdracht.pdf"
    assert printed_sheet.transfer_path == transfer and transfer.read_bytes().startswith(b"%PDF")
    assert (fake_bin / "lp-args").read_text().split() == ["-d", "gsb-a4", "--", str(printed_sheet.path), str(transfer)]
    printed = [r for r in audit.rows(definitive_store.db) if r["action"] == "totals.printed"]
    assert len(printed) == 1 and printed[0]["details"]["eml_sha256"] == printed_sheet.eml_sha256
    assert printed[0]["details"]["transfer_pdf_sha256"] == hashlib.sha256(transfer.read_bytes()).hexdigest()
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
    route = reason("route", interface="eth0")
    networked = NetworkGuard(
        definitive_store, detector=lambda: NetworkReport.of([route], wall_clock()), clock=wall_clock
    )

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


def test_a_failed_print_is_worded_in_dutch_and_recorded_with_lps_words(definitive_store, tmp_path, monkeypatch):
    """lp fails (no default printer): the screen names the reason in the UI's words, never lp's
    English; the attempt is in the audit log with the coded reason and lp's own words, and F9 words it."""
    from kiosk.tui.screens.audit_words import action_text, details_text

    totals = TotalsService(EntryService(definitive_store))
    hand = totals.totals().list_totals()
    totals.enter_hand_count(COORDINATOR, 1, hand)
    totals.enter_hand_count(COORDINATOR, 2, hand)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text("#!/bin/sh\necho 'lp: Error - No default destination.' >&2\nexit 1\n")
    lp.chmod(0o755)
    empty_bin = tmp_path / "empty"
    empty_bin.mkdir()
    said = {}

    async def scenario(pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f6", SheetScreen)
        monkeypatch.setenv("PATH", str(bin_dir))
        await pilot.press("f6")
        said["nl"] = message(screen)
        await pilot.press("f2")
        said["en"] = message(screen)
        await pilot.press("f2")
        monkeypatch.setenv("PATH", str(empty_bin))
        await pilot.press("f6")

    run(tool_app(definitive_store), scenario)
    assert said["nl"].startswith("Afdrukken op de standaardprinter is mislukt: er is geen standaardprinter ingesteld.")
    assert said["en"].startswith("Printing on the default printer failed: no default printer is set.")
    assert not [text for text in said.values() if "Error" in text or "lp:" in text or "destination" in text]
    failed = [r for r in audit.rows(definitive_store.db) if r["action"] == "totals.print_failed"]
    assert [(r["details"]["reason"], r["details"]["detail"]) for r in failed] == [  # newest first
        ("no_lp", "lp not found"),
        ("no_default", "lp: Error - No default destination."),
    ]
    assert not [r for r in audit.rows(definitive_store.db) if r["action"] == "totals.printed"]
    assert action_text("totals.print_failed") == "afdrukken mislukt"
    assert details_text("totals.print_failed", failed[1]["details"]) == (
        "standaardprinter, er is geen standaardprinter ingesteld"
    )
