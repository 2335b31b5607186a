"""Shared helpers of the coordinator and clerk screen tests (split by feature into test_*_screen.py)."""

from __future__ import annotations

import stat
from datetime import datetime, timezone

from textual.widgets import DataTable, Input, Static

from kiosk.airgap import NetworkReport
from kiosk.config import KioskConfig
from kiosk.demo.setup import DEMO_PASSWORD
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from kiosk.tui.screens.dashboard import DashboardScreen

# -- helpers ------------------------------------------------------------------------------------


def wall_clock() -> datetime:
    return datetime.now(timezone.utc)


def offline() -> NetworkReport:
    """The air-gap detector of these tests: never a network (the real one looks at this machine)."""
    return NetworkReport.of([], wall_clock())


def tool_app(store, config: KioskConfig | None = None) -> KioskApp:
    """The kiosk on ``store`` for the coordinator's and clerk's screens: no network, no crops, no
    Tesseract; run it with ``tests.tui.conftest.run`` (the one runner of the TUI tests)."""
    services = Services(store, config or KioskConfig(), header_check=False, detector=offline, network_clock=wall_clock)
    return KioskApp(services, image_mode="none")


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


def fake_lp(folder):
    """An `lp` that records its arguments and answers like CUPS."""
    folder.mkdir()
    lp = folder / "lp"
    lp.write_text(f"#!/bin/sh\necho \"$@\" > {folder / 'lp-args'}\necho 'request id is gsb-7 (1 file(s))'\n")
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    return folder


def machine_totals(store) -> dict[int, int]:
    return TotalsService(EntryService(store)).totals().list_totals()


async def type_hand_count(
    pilot, screen, totals: dict[int, int], *, key_by_key: bool = False, enter: bool = True
) -> None:
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
