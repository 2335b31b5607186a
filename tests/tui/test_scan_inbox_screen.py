"""The scan inbox: pages from a folder or the scanner, read and attached."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from textual.widgets import Input

from kiosk.config import KioskConfig
from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryService
from kiosk.store import audit
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.scan_inbox import ScanInboxScreen
from tests.support.scanner import fake_scanimage
from tests.tui.admin_support import cells, fill, log_in, message, open_with, text, tool_app, until
from tests.tui.conftest import run

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
            image, _ = synth_page(
                template,
                page,
                values,
                scans.handwriting(),
                rng,
                dpi=scans.DPI,
                writer_id=1,
                degrade_args={"rotation_deg": 0.5, "noise": 3, "blur": 0.05, "dpi": scans.DPI},
            )
            cv2.imwrite(str(rendered / f"sb01-p{page:02d}.png"), image)
    finally:
        store.close()
    return rendered


def test_scan_inbox_reads_a_folder(demo_store, scan_images, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for page in scan_images.iterdir():
        (inbox / page.name).write_bytes(page.read_bytes())
    cv2.imwrite(str(inbox / "zz-blank.png"), np.full((400, 300), 255, np.uint8))  # a back side: skipped
    cv2.imwrite(str(inbox / "zz-noise.png"), np.random.default_rng(3).integers(0, 256, (400, 300), dtype=np.uint8))
    (inbox / "notes.txt").write_text("not an image")
    (inbox / "._sb01-p01.png").write_bytes(b"\x00\x05\x16\x07")  # macOS metadata on a stick: hidden, left out

    async def scenario(pilot):

        app = pilot.app
        await log_in(pilot, "scanner")
        for key in ("f5", "f6", "f7", "f8", "f9", "f10"):  # the coordinator's keys do nothing for a clerk
            await pilot.press(key)
            assert isinstance(app.screen, DashboardScreen), key
        screen = await open_with(pilot, "f3", ScanInboxScreen)
        assert screen.query_one("#scan-folder", Input).value == str(inbox)  # KioskConfig.scan_folder
        await pilot.press("enter")
        await until(pilot, lambda: not screen.busy)
        rows = cells(screen, "#scan-table")
        assert [r[0] for r in rows] == ["notes.txt", "sb01-p01.png", "sb01-p02.png", "zz-blank.png", "zz-noise.png"]
        assert rows[0][3].startswith("OVERGESLAGEN") and "geen afbeelding" in rows[0][3]
        assert rows[1][1:3] == ["1", "1"] and rows[1][3].startswith("ingelezen")
        assert rows[2][1:3] == ["1", "2"]
        assert rows[3][3].startswith("OVERGESLAGEN") and "lege pagina" in rows[3][3]
        assert rows[4][3].startswith("GEWEIGERD") and "opnieuw scannen" in rows[4][3].lower()
        assert (
            "3 pagina('s): 2 ingelezen, 0 al gescand, 1 geweigerd; 2 overgeslagen (geen pagina van een proces-verbaal)"
            in text(screen, "#scan-summary")
        )
        assert "Nog niet alle pagina's gescand: stembureau 1 (ontbreekt: pagina 3–12 van 12)" in text(
            screen, "#scan-summary"
        )
        # The same folder again: the pages are recognised.
        await pilot.press("f5")
        await until(pilot, lambda: not screen.busy)
        rows = cells(screen, "#scan-table")
        assert [r[3] for r in rows[6:8]] == ["al gescand", "al gescand"] and rows[9][3].startswith("GEWEIGERD")
        await pilot.press("f2")
        assert cells(screen, "#scan-table")[0][3].startswith("SKIPPED")
        assert cells(screen, "#scan-table")[1][3].startswith("read")

    run(tool_app(demo_store, config=KioskConfig(scan_folder=str(inbox))), scenario)
    entries = EntryService(demo_store)
    assert entries.statuses()[1] is Status.SCANNED
    assert entries.state(1).proposals is not None
    refused = [r for r in audit.rows(demo_store.db) if r["action"] == "scan.refused"]
    assert [r["details"]["source"] for r in refused] == ["zz-noise.png", "zz-noise.png"]


def test_scanner_without_device_or_scanimage_says_so(demo_store, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no scanimage here

    async def scenario(pilot):

        app = pilot.app
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

    run(tool_app(demo_store), scenario)


def test_a_scanner_jam_keeps_the_pages_and_says_to_scan_the_rest(demo_store, scan_images, tmp_path, monkeypatch):
    fake_scanimage(
        tmp_path / "bin",
        [scan_images / "sb01-p01.png"],
        monkeypatch,
        exit_code=9,
        message="scanimage: sane_read: Document feeder jammed",
    )

    async def scenario(pilot):

        await log_in(pilot, "scanner")
        screen = await open_with(pilot, "f3", ScanInboxScreen)
        await pilot.press("f6")
        await until(pilot, lambda: not screen.scanning and not screen.busy)
        assert [r[1:3] for r in cells(screen, "#scan-table")] == [["1", "1"]]
        said = message(screen)
        assert "stopte voordat de invoerlade leeg was" in said and "Document feeder jammed" in said
        assert "stembureau 1 (ontbreekt: pagina 2–12 van 12)" in text(screen, "#scan-summary")

    run(tool_app(demo_store, config=KioskConfig(scanner_device="fake:0")), scenario)


def test_outcome_words_follow_the_language_and_say_scan_again_once():
    from kiosk import i18n
    from kiosk.services.scanning import ScanOutcome
    from kiosk.tui.screens.scan_inbox import outcome_text

    no_markers = ScanOutcome("a.png", "refused", "recorded words", "no_markers")
    wrong = ScanOutcome("b.png", "refused", "recorded words", "wrong_station", params={"got": 7, "expected": 3})
    assert outcome_text(no_markers) == (
        "GEWEIGERD: geen markeringen gevonden — is dit een pagina van het proces-verbaal? Opnieuw scannen"
    )
    assert outcome_text(wrong) == "GEWEIGERD: pagina hoort bij stembureau 7, niet bij stembureau 3 — opnieuw scannen"
    i18n.set_language("en")
    try:
        assert (
            outcome_text(no_markers) == "REFUSED: no markers found — is this a page of the official report? Scan again"
        )
        assert outcome_text(wrong) == (
            "REFUSED: the page belongs to polling station 7, not to polling station 3 — scan again"
        )
    finally:
        i18n.set_language("nl")
