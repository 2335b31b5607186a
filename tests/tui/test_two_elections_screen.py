"""The overview of a data folder with two elections: it shows one election's stations at a
time, the coordinator switches between them, and each screen then works on that election."""

from kiosk.demo import two_elections
from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryService
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from tests.support.entry import make_definitive, paper
from tests.tui.conftest import FakeNetwork, log_in, run
from tests.tui.test_dashboard_screen import rows


def test_the_overview_switches_between_the_elections(store):
    two_elections.set_up(store)
    ab = EntryService(store, two_elections.AB_ID)
    make_definitive(ab, 2, paper(ab, 2))
    network = FakeNetwork()
    services = Services(store, header_check=False, detector=network, network_clock=network.now, enforce_airgap=False)
    app = KioskApp(services, image_mode="none")

    async def scenario(pilot):
        login = " ".join(str(app.screen.query_one("#login-election").render()).split())
        assert "Provinciale Staten Zuiderkwartier 2027" in login and "Algemeen bestuur De Duinstromen 2027" in login
        await log_in(pilot, "coordinator", "stemkiosk-demo")
        screen = app.screen
        title = str(screen.query_one("#dash-title").render())
        assert "Provinciale Staten Zuiderkwartier 2027" in title
        assert screen.query_one("#election").display
        assert [row[2] for row in rows(screen)][:3] == ["leeg", "leeg", "leeg"]

        screen.query_one("#election").value = two_elections.AB_ID
        await pilot.pause()
        assert "Algemeen bestuur De Duinstromen 2027" in str(screen.query_one("#dash-title").render())
        assert rows(screen)[1][2] == "definitief"
        assert app.services.entries.election.id == two_elections.AB_ID
        assert app.services.totals.entries.election.id == two_elections.AB_ID
        assert set(app.services.scans.elections) == {two_elections.PS_ID, two_elections.AB_ID}

        await pilot.press("3", "f4")  # manual entry opens station 3 of the waterschap election
        await pilot.pause()
        assert app.screen.station == 3
        assert ab.statuses()[3] is Status.FIRST_ENTRY

    run(app, scenario, size=(120, 40))


def test_one_election_shows_no_switch(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        assert not app.screen.query_one("#election").display

    run(app, scenario)
