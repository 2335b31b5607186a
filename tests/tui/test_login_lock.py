"""Logging in, the idle lock, and the kiosk that cannot be left."""

from kiosk.store import audit
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.lock import LockScreen
from kiosk.tui.screens.login import LoginScreen
from tests.tui.conftest import PASSWORD, log_in, run


def test_wrong_password_is_refused_with_a_message_and_audited(make_app, tui_store):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1", "not-the-password")
        assert isinstance(app.screen, LoginScreen)
        assert "onjuist wachtwoord" in str(app.screen.query_one("#login-message").render())
        assert app.screen.query_one("#password").value == ""
        assert app.account is None

    run(app, scenario)
    actions = [row["action"] for row in audit.rows(tui_store.db)]
    assert "login.failed" in actions


def test_login_leads_to_the_dashboard_with_the_role(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        assert isinstance(app.screen, DashboardScreen)
        assert app.account.username == "invoerder1"
        assert "invoerder1 (invoerder)" in str(app.screen.query_one("#dash-user").render())

    run(app, scenario)


def test_idle_lock_needs_the_same_persons_password(make_app):
    now = [1000.0]
    app = make_app(idle_lock_seconds=60, clock=lambda: now[0])

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        now[0] += 59
        app.lock_if_idle()
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        now[0] += 2
        app.lock_if_idle()
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        await pilot.press(*"wrong-password!", "enter")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        await pilot.press(*PASSWORD, "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

    run(app, scenario)


def test_lock_key_and_log_out_return_to_the_login(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("f12")
        await pilot.pause()
        assert isinstance(app.screen, LockScreen)
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, LoginScreen)
        assert app.account is None
        await log_in(pilot, "invoerder2")
        assert app.account.username == "invoerder2"

    run(app, scenario)


def test_ctrl_q_ctrl_c_and_the_command_palette_do_not_leave_the_kiosk(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        for key in ("ctrl+q", "ctrl+c", "ctrl+p", "ctrl+z", "escape"):
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running
            assert isinstance(app.screen, DashboardScreen), key

    run(app, scenario)
    assert app.return_code is None


def test_dev_mode_allows_quitting(make_app):
    app = make_app(dev=True)

    async def scenario(pilot):
        await pilot.press("ctrl+q")
        await pilot.pause()

    run(app, scenario)
    assert app.return_code == 0


def test_language_switches_at_run_time(make_app):
    app = make_app()

    async def scenario(pilot):
        await pilot.press("f2")
        await pilot.pause()
        assert "User name" in str(app.screen.query_one("#username-label").render())
        await log_in(pilot, "invoerder1")
        assert "Polling stations" in str(app.screen.query_one("#dash-title").render())
        await pilot.press("f2")
        await pilot.pause()
        assert "Overzicht stembureaus" in str(app.screen.query_one("#dash-title").render())

    run(app, scenario)


def test_before_the_import_the_login_says_what_to_do(store):
    from kiosk.services import auth as accounts
    from kiosk.tui.app import KioskApp
    from kiosk.tui.context import Services
    from tests.tui.conftest import FakeNetwork

    accounts.add_account(store, "anna", "coordinator", "anna-password-13", None)
    network = FakeNetwork()
    app = KioskApp(Services(store, header_check=False, detector=network, network_clock=network.now), image_mode="none")

    async def scenario(pilot):
        assert "kiosk import" in str(app.screen.query_one("#login-election").render())
        await log_in(pilot, "anna", "anna-password-13")
        assert isinstance(app.screen, LoginScreen) and app.account is None
        assert "kiosk import" in str(app.screen.query_one("#login-message").render())

    run(app, scenario)


def test_kiosk_tui_needs_a_terminal(tmp_path, capsys):
    from kiosk.cli import main

    assert main(["--home", str(tmp_path / "home"), "tui"]) == 2
    assert "heeft een terminal nodig" in capsys.readouterr().err


def test_timers_that_fire_while_the_app_closes_do_nothing(make_app):
    """The idle lock and the network check run on timers; one may fire after the last screen is gone
    (seen on Python 3.13 at the end of a test run). With an empty screen stack they must not fail."""
    from kiosk.services.auth import Account

    app = make_app(idle_lock_seconds=0, clock=lambda: 1e9)
    assert not app.screen_stack  # not running: no screens, as while closing
    app.account = Account("invoerder1", "verifier")
    app.last_activity = 0.0
    app.lock_if_idle()
    app.check_network()
    assert not app.screen_stack
