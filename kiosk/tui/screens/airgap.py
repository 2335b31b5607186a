"""A network is present: the whole screen says so until it is gone.

The services refuse entry, resolution and printing on their own; this screen
makes the reason unmissable and says what to do. It cannot be closed; the app
removes it when the next check (every 30 s, or R now) finds no network.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from kiosk.airgap import NetworkReport
from kiosk.i18n import t
from kiosk.tui.screens.session import LOGOUT_KEY, SessionScreen
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.widgets.network_words import detail_lines


class AirgapScreen(SessionScreen):
    BINDINGS = [Binding("r", "check_now", show=False), Binding("escape", "nothing", show=False)]

    def __init__(self, report: NetworkReport):
        super().__init__()
        self.report = report

    def compose(self) -> ComposeResult:
        with Vertical(id="airgap-box"):
            yield Static("", id="airgap-title")
            yield Static("", id="airgap-reasons")
            yield Static("", id="airgap-todo")
        yield KeyBar(self.key_list(), id="keys")

    def key_list(self) -> list[tuple[str, str]]:
        keys = [("R", "tui.airgap.check_now"), ("F2", "tui.key.language")]
        return keys + ([LOGOUT_KEY] if self.app.account is not None else [])

    def on_mount(self) -> None:
        self.show(self.report)

    def show(self, report: NetworkReport) -> None:
        self.report = report
        self.query_one("#airgap-title", Static).update(t("tui.airgap.title"))
        self.query_one("#airgap-reasons", Static).update(
            "\n".join(f"• {line}" for line in detail_lines(report.reasons))
        )
        self.query_one("#airgap-todo", Static).update(
            t("tui.airgap.todo", time=report.checked_at.astimezone().strftime("%H:%M:%S"))
        )

    def retranslate(self) -> None:
        self.show(self.report)
        self.query_one("#keys", KeyBar).set_keys(self.key_list())

    def action_log_out(self) -> None:
        # Logging out takes every screen off, this one too: it comes back at once while the
        # network is there (over the login screen).
        super().action_log_out()
        self.app.check_network()

    def action_check_now(self) -> None:
        self.app.check_network()

    def action_nothing(self) -> None:
        pass
