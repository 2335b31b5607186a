"""The election night on the screen: from scanned pages to the printed totals sheet.

Three accounts (coordinator, invoerder1, invoerder2) work the demo election
through the terminal UI and the real services. Station 1 goes all the way
through the screens: the coordinator imports its scanned pages, invoerder1
confirms the proposals against the paper, invoerder2 types it blind and slips
on one field, the coordinator sends that field back and invoerder2 corrects it.
The other eleven stations are typed twice through the same services (typing
eleven forms key by key would only make the test slow, not stronger). Then the
hand count: a typing slip between the two passes blocks the sheet until it is
typed again; the sheet is written and printed.
"""

import asyncio
import os
import stat
from datetime import datetime, timezone

import pytest

from kiosk.demo.scans import demo_paper
from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryRefused
from kiosk.services.totals import TotalsService
from kiosk.store import audit
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from kiosk.tui.screens.entry import EntryScreen
from kiosk.tui.screens.hand_totals import HandTotalsScreen
from kiosk.tui.screens.resolve import ResolveScreen
from kiosk.tui.screens.scan_inbox import ScanInboxScreen
from kiosk.tui.screens.sheet import SheetScreen
from tests.support.entry import make_definitive
from tests.tui.admin_support import until
from tests.tui.conftest import FakeNetwork, log_in
from tests.tui.driving import acknowledge_all, enter_fields


async def log_out(pilot) -> None:
    await pilot.press("f12")
    await pilot.pause()
    await pilot.press("f4")
    await pilot.pause()


@pytest.mark.slow
def test_demo_election_from_scans_to_the_printed_sheet(demo_store, scanned_demo_template, tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(f"#!/bin/sh\necho \"$@\" > {tmp_path / 'lp-args'}\necho 'request id is gsb-1 (1 file(s))'\n")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")

    network = FakeNetwork()
    services = Services(
        demo_store, header_check=False, detector=network, network_clock=lambda: datetime.now(timezone.utc)
    )
    services.network.check()
    app = KioskApp(services, image_mode="none", blink=False)
    entries = services.entries
    paper = demo_paper(entries, 1)

    async def night(pilot):
        await pilot.pause()
        # -- the coordinator imports the scanned pages of station 1
        await log_in(pilot, "coordinator")
        await pilot.press("f3")
        await pilot.pause()
        inbox = app.screen
        assert isinstance(inbox, ScanInboxScreen)
        inbox.query_one("#scan-folder").value = str(scanned_demo_template.parent / "scans")
        await pilot.press("enter")
        await until(pilot, lambda: not inbox.busy, timeout=30.0)
        assert entries.statuses()[1] is Status.SCANNED
        await pilot.press("escape")
        await log_out(pilot)

        # -- invoerder1: first entry with the proposals, checked against the paper
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryScreen)
        await enter_fields(pilot, paper)
        await acknowledge_all(pilot)
        await pilot.press("f10")
        await pilot.pause()
        assert entries.statuses()[1] is Status.FIRST_DONE
        await log_out(pilot)

        # -- invoerder2: blind, with one slip in A
        await log_in(pilot, "invoerder2")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert app.screen.view.blind
        await enter_fields(pilot, paper, overrides={"A": paper["A"] + 1})
        await acknowledge_all(pilot)
        await pilot.press("f10")
        await pilot.pause()
        assert entries.statuses()[1] is Status.ENTRIES_DIFFER
        await log_out(pilot)

        # -- the coordinator checks the paper and returns A to invoerder2
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResolveScreen)
        await pilot.press("4", "4")
        await pilot.pause()
        assert entries.statuses()[1] is Status.SECOND_ENTRY
        await log_out(pilot)

        # -- invoerder2 corrects only the disputed field
        await log_in(pilot, "invoerder2")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert screen.view.correction and screen.current.code == "A"
        await pilot.press("backspace", "backspace", "backspace", "backspace", *str(paper["A"]), "enter")
        await pilot.pause()
        await acknowledge_all(pilot)
        await pilot.press("f10")
        await pilot.pause()
        assert entries.statuses()[1] is Status.DEFINITIVE
        await log_out(pilot)

        # -- the other stations, typed twice through the same services
        for number in entries.station_numbers[1:]:
            make_definitive(entries, number, demo_paper(entries, number))

        # -- hand count: a slip between the two passes, found and typed again
        await log_in(pilot, "coordinator")
        await pilot.press("f5")
        await pilot.pause()
        hand_screen = app.screen
        assert isinstance(hand_screen, HandTotalsScreen)
        machine = TotalsService(entries).totals().list_totals()
        slip = {**machine, 3: machine[3] + 2}
        for slot_totals in (slip, machine):
            for number in sorted(slot_totals):
                await pilot.press(*str(slot_totals[number]), "enter")
            await pilot.pause()
        assert not services.totals.hand_check().all_agree
        try:
            services.totals.ready_for_sheet()
            raise AssertionError("the sheet must stay blocked while the two typings differ")
        except EntryRefused:
            pass
        await pilot.press("f3")
        await pilot.pause()
        for number in sorted(machine):
            await pilot.press(*str(machine[number]), "enter")
        await pilot.pause()
        assert services.totals.hand_check().all_agree
        services.totals.ready_for_sheet()
        await pilot.press("escape")
        await pilot.pause()

        # -- the checked totals sheet, written and printed
        await pilot.press("f6")
        await pilot.pause()
        sheet_screen = app.screen
        assert isinstance(sheet_screen, SheetScreen)
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, SheetScreen)

    async def main():
        async with app.run_test(size=(130, 42)) as pilot:
            await night(pilot)

    asyncio.run(main())

    assert "request" not in (tmp_path / "lp-args").read_text()  # lp got the PDF path
    sheet_pdf, transfer_pdf = (tmp_path / "lp-args").read_text().split("-- ")[-1].split()
    for printed_pdf in (sheet_pdf, transfer_pdf):  # the sheet, and the transfer pages of its totals
        assert open(printed_pdf, "rb").read().startswith(b"%PDF")
    assert transfer_pdf.endswith("-overdracht.pdf")
    rows = audit.rows(demo_store.db)
    assert any(row["action"] == "totals.printed" for row in rows)
    assert audit.verify(demo_store.db).ok
    state = entries.state(1)
    assert state.definitive_results.to_dict() == {code: paper.get(code) for code in state.definitive_results.to_dict()}
    assert {c.account for e in (state.first, state.second) for c in e.confirmations} == {"invoerder1", "invoerder2"}
