"""A network found while the kiosk runs: full-screen warning, entry refused, both events audited."""

from kiosk.airgap import reason
from kiosk.domain.workflow import Status
from kiosk.store import audit
from kiosk.tui.screens.airgap import AirgapScreen
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.entry import EntryScreen
from tests.tui.conftest import log_in, run
from tests.tui.driving import to_counts


def test_network_blocks_the_screen_and_entry_until_it_is_gone(make_app, network, tui_store):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryScreen)
        network.reasons = [reason("carrier", name="eth0")]
        app.check_network()
        await pilot.pause()
        assert isinstance(app.screen, AirgapScreen)
        assert "Netwerkaansluiting eth0: staat aan met verbinding." in str(
            app.screen.query_one("#airgap-reasons").render()
        )
        await pilot.press("escape", "ctrl+q", "enter")  # cannot be closed
        assert isinstance(app.screen, AirgapScreen)
        # the service refuses on its own too: the screen is only the messenger
        entry_screen = app.screen_stack[-2]
        refused = None
        try:
            app.services.entries.confirm(app.account, 1, 1, "A", 5)
        except Exception as error:
            refused = error
        assert getattr(refused, "code", None) == "network_present"
        network.reasons = []
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is entry_screen
        await to_counts(pilot)
        await pilot.press("5", "enter")
        await pilot.pause()

    run(app, scenario)
    state = app.services.entries.state(1)
    assert state.status is Status.FIRST_ENTRY and state.first.values["A"] == 5
    actions = [row["action"] for row in reversed(audit.rows(tui_store.db))]
    assert actions.index("network_detected") < actions.index("network_gone")


def test_the_demo_only_warns(make_app, network):
    network.reasons = [reason("route", interface="wlan0")]
    app = make_app(enforce_airgap=False)

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        assert isinstance(app.screen, DashboardScreen)
        status = str(app.screen.query_one("#dash-network").render())
        assert "Netwerk AANWEZIG via wlan0. Demo: invoeren gaat door." in status
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryScreen)
        await to_counts(pilot)
        await pilot.press("5", "enter")
        await pilot.pause()

    run(app, scenario)
    assert app.services.entries.state(1).first.values["A"] == 5
