"""The overview: every station, counts per state, filter and jump; 450 stations; roles."""

import dataclasses
import re
import time

import pytest

from kiosk.config import ConfigError, KioskConfig
from kiosk.demo.election import demo_election
from kiosk.domain.election import PollingStation
from kiosk.domain.workflow import Status
from kiosk.i18n import refusal_text
from kiosk.services import auth
from kiosk.store import elections as election_repo
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from kiosk.tui.screens.dashboard import DashboardScreen
from tests.support.entry import VERIFIER_1, make_definitive, paper
from tests.tui.conftest import FakeNetwork, log_in, run


def rows(screen) -> list[list[str]]:
    table = screen.query_one("#stations")
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def test_states_counts_and_filter(make_app):
    app = make_app()
    entries = app.services.entries
    make_definitive(entries, 3, paper(entries, 3))
    entries.claim(VERIFIER_1, 4, 1)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        screen = app.screen
        listed = rows(screen)
        assert len(listed) == 12
        assert listed[0][:3] == ["1", "Stadhuis", "gescand"]
        assert listed[2][2] == "definitief" and listed[3][2] == "eerste invoer"
        counts = str(screen.query_one("#dash-counts").render())
        assert "9 leeg" in counts and "1 gescand" in counts and "1 definitief" in counts
        screen.query_one("#filter").value = Status.EMPTY.value
        await pilot.pause()
        assert [r[0] for r in rows(screen)] == [str(n) for n in (2, 5, 6, 7, 8, 9, 10, 11, 12)]
        assert "Netwerk: geen" in str(screen.query_one("#dash-network").render())

    run(app, scenario)


def test_a_station_with_pages_still_to_scan_says_how_many(make_app):
    from kiosk.services import forms
    from kiosk.services.scanning import ScanService
    from tests.support.entry import CLERK
    from tests.support.scanner import page_image

    app = make_app()
    entries = app.services.entries
    template = forms.template(entries.election, 2)
    outcome = ScanService(entries).ingest_bytes(CLERK, page_image(entries, 2, 1)[0], "sb02-p01.png")
    assert outcome.status == "accepted"

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        row = next(r for r in rows(app.screen) if r[0] == "2")
        assert row[2] == f"gescand: 1 van {template['page_count']} pag."
        assert row[3] == "ontbrekende pagina's scannen, dan eerste invoer"
        assert rows(app.screen)[0][2:] == ["gescand", "eerste invoer"]  # station 1: no pages on file, no count

    run(app, scenario)


def test_unknown_station_number_is_named(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("9", "9", "enter")
        await pilot.pause()
        assert "Stembureau 99 bestaat niet" in str(app.screen.query_one("#dash-message").render())

    run(app, scenario)


def test_a_clerk_sees_the_stations_but_cannot_enter_or_coordinate(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "scanner")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "niets te doen" in str(app.screen.query_one("#dash-message").render())
        for key in ("f4", "f5", "f6", "f7", "f8", "f9", "f11"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, DashboardScreen), key

    run(app, scenario)
    assert app.services.entries.statuses()[1] is Status.SCANNED


def test_the_arrow_keys_move_through_the_list_from_the_number_box(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("down", "down")
        await pilot.pause()
        assert app.screen.selected_station() == 3

    run(app, scenario)


def test_450_stations_list_and_jump(store, tmp_path):
    base = demo_election()
    stations = tuple(PollingStation(n, f"Stembureau {n}") for n in range(1, 451))
    election = dataclasses.replace(base, stations=stations)
    with store.transaction() as db:
        election_repo.insert_election(db, election)
        election_repo.insert_lists(db, election.id, election.lists)
        election_repo.insert_stations(db, election.id, election.stations)
    auth.add_account(store, "coordinator", "coordinator", "demo-password-13", None)
    network = FakeNetwork()
    app = KioskApp(Services(store, header_check=False, detector=network, network_clock=network.now), image_mode="none")

    async def scenario(pilot):
        await log_in(pilot, "coordinator", "demo-password-13")
        screen = app.screen
        assert len(rows(screen)) == 450
        started = time.perf_counter()
        screen.refresh_table()
        refresh_seconds = time.perf_counter() - started
        assert "450 leeg" in str(screen.query_one("#dash-counts").render())
        await pilot.press("4", "4", "9", "f4")  # manual entry of station 449
        await pilot.pause()
        assert app.screen.station == 449
        print(f"450 stations: table refresh {refresh_seconds * 1000:.0f} ms")

    run(app, scenario, size=(120, 50))


def test_settings_file(tmp_path):
    assert KioskConfig.load(tmp_path) == KioskConfig()
    (tmp_path / "kiosk.toml").write_text('idle_lock_minutes = 2\nprinter = "gsb"\n')
    assert KioskConfig.load(tmp_path) == KioskConfig(idle_lock_minutes=2.0, printer="gsb")
    for text, problem in (
        ('idle_lock_minutes = "5"', "idle_lock_minutes"),
        ("idle_lock_minutes = 0", "0,5 tot en met 240"),
        ("printer = 3", "printer moet tekst zijn"),
        ("colour = 1", r"onbekende instelling\(en\): colour"),
        ("idle_lock_minutes = ", "niet te lezen"),
    ):
        (tmp_path / "kiosk.toml").write_text(text)
        with pytest.raises(ConfigError) as raised:
            KioskConfig.load(tmp_path)
        assert re.search(problem, refusal_text(raised.value)) and "kiosk.toml" in refusal_text(raised.value)
