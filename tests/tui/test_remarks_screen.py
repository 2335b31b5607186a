"""The coordinator reads every handwritten objection and remark on the scanned PVs (F1)."""

from __future__ import annotations

from kiosk.demo import scans
from kiosk.services.entry import EntryService
from kiosk.services.scanning import ScanService
from kiosk.store import audit
from kiosk.tui.screens.remarks import RemarksScreen
from tests.support.entry import CLERK
from tests.tui.admin_support import cells, log_in, message, open_with, text, tool_app, until
from tests.tui.conftest import run


def scan_objection(store, folder) -> None:
    entries = EntryService(store)
    paper = scans.demo_paper(entries, 5)
    paper.update({"R.obj_count.yes": True, "R.obj_count.no": False})
    scanner = ScanService(entries)
    for path in scans.write_scans(entries, folder, (5,), papers={5: paper}):
        assert scanner.ingest_file(CLERK, path).status == "accepted"


def test_an_objection_is_listed_shown_and_marked_read(demo_store, tmp_path):
    scan_objection(demo_store, tmp_path / "scans")
    app = tool_app(demo_store)
    app.image_mode = "halfcell"  # the area's picture is drawn, as on a plain terminal

    async def scenario(pilot):
        await log_in(pilot)
        screen = await open_with(pilot, "f1", RemarksScreen)
        await until(pilot, lambda: screen.areas is not None)
        await pilot.pause()
        assert "1 vakken met handschrift, 1 nog niet gelezen" in text(screen, "#remarks-summary")
        rows = cells(screen, "#remarks-table")
        assert rows == [["5", "2", rows[0][2], "nog niet"]] and rows[0][2].startswith("1.3.2  ")
        assert screen.query_one("#remarks-crop").zoom is not None  # the area's picture is on the screen
        await pilot.press("enter")
        await until(pilot, lambda: screen.areas is not None and screen.areas[0].read_by == "coordinator")
        assert "als gelezen vastgelegd" in message(screen)
        assert cells(screen, "#remarks-table")[0][3] == "coordinator"

    run(app, scenario)
    assert audit.rows(demo_store.db, limit=1)[0]["action"] == "remarks.read"


def test_a_verifier_is_refused(demo_store):
    app = tool_app(demo_store)

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("f1")  # not offered, and refused by the screen too
        await pilot.pause()
        assert not isinstance(app.screen, RemarksScreen)
        app.push_screen(RemarksScreen())
        await pilot.pause()
        assert "coördinator" in message(app.screen)

    run(app, scenario)
