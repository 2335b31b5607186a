"""Fixtures for the terminal UI: a demo election with station 1 scanned, copied per test."""

from __future__ import annotations

import asyncio
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kiosk.airgap import NetworkReport
from kiosk.demo import scans, setup
from kiosk.services.entry import EntryService
from kiosk.services.scanning import ScanService
from kiosk.store import open_store
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from tests.conftest import FakeClock
from tests.support.entry import CLERK, make_definitive, paper

PASSWORD = setup.DEMO_PASSWORD
SCANNED = (1,)


@pytest.fixture(autouse=True, scope="session")
def quicker_idle_detection():
    """The pilot waits after every key until the app looks idle: Textual samples the process's
    CPU time in 20 ms windows, twice per key, so a station typed key by key spends most of its
    time asleep. A 5 ms window keeps the same rule (idle: under 5 % CPU in the window)."""
    from textual import _wait

    saved = _wait.SLEEP_GRANULARITY, _wait.SLEEP_IDLE
    _wait.SLEEP_GRANULARITY, _wait.SLEEP_IDLE = 1 / 200, 1 / 200 / 20
    yield
    _wait.SLEEP_GRANULARITY, _wait.SLEEP_IDLE = saved


@pytest.fixture(scope="session")
def scanned_demo_template(tmp_path_factory) -> Path:
    """The demo election, its accounts and station 1's synthetic scans: built once."""
    from argon2 import PasswordHasher

    from kiosk.services import auth

    saved = auth.hasher
    auth.hasher = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    try:
        home = tmp_path_factory.mktemp("tui-demo") / "home"
        store = open_store(home, clock=FakeClock())
        setup.set_up(store)
        entries = EntryService(store)
        scanner = ScanService(entries)
        for path in scans.write_scans(entries, home.parent / "scans", SCANNED):
            assert scanner.ingest_file(CLERK, path).status == "accepted"
        store.close()
    finally:
        auth.hasher = saved
    return home


@pytest.fixture
def tui_store(scanned_demo_template, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(scanned_demo_template, home)
    store = open_store(home, clock=FakeClock())
    yield store
    store.close()


class FakeNetwork:
    """The detector's answer, set by the test: no network unless told otherwise."""

    def __init__(self):
        self.reasons: list[str] = []
        self.now = lambda: datetime.now(timezone.utc)

    def __call__(self) -> NetworkReport:
        return NetworkReport.of(self.reasons, self.now())


@pytest.fixture
def network():
    return FakeNetwork()


@pytest.fixture
def make_app(tui_store, network):
    def make(*, enforce_airgap: bool = True, **options) -> KioskApp:
        options.setdefault("image_mode", "none")
        options.setdefault("blink", False)
        services = Services(
            tui_store,
            header_check=False,
            detector=network,
            enforce_airgap=enforce_airgap,
            network_clock=lambda: network.now(),
        )
        services.network.check()  # as the app does at start: tests may use the services before running it
        return KioskApp(services, **options)

    return make


def run(app, scenario, size=(120, 40)) -> None:
    """Run ``scenario(pilot)`` against ``app`` headless (pytest-asyncio is not needed)."""

    async def main():
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await scenario(pilot)

    asyncio.run(main())


async def log_in(pilot, username: str, password: str = PASSWORD) -> None:
    await pilot.press(*username, "enter", *password, "enter")
    await pilot.pause()


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


@pytest.fixture
def definitive_store(definitive_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(definitive_home, home)
    store = open_store(home)
    yield store
    store.close()
