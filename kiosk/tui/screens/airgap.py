"""A network is present: the whole screen says so until it is gone.

The services refuse entry, resolution and printing on their own; this screen
makes the reason unmissable and says what to do. It cannot be closed; the app
removes it when the next check (every 30 s, or R now) finds no network.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from kiosk.airgap import NetworkReport
from kiosk.i18n import t
from kiosk.services.network import describe
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.screens.fault import FaultGuard


class AirgapScreen(FaultGuard, Screen):
    BINDINGS = [Binding("r", "check_now", show=False), Binding("escape", "nothing", show=False)]

    def __init__(self, report: NetworkReport):
        super().__init__()
        self.report = report

    def compose(self) -> ComposeResult:
        with Vertical(id="airgap-box"):
            yield Static("", id="airgap-title")
            yield Static("", id="airgap-reasons")
            yield Static("", id="airgap-todo")
        yield KeyBar([("R", "tui.airgap.check_now")], id="keys")

    def on_mount(self) -> None:
        self.show(self.report)

    def show(self, report: NetworkReport) -> None:
        self.report = report
        self.query_one("#airgap-title", Static).update(t("tui.airgap.title"))
        self.query_one("#airgap-reasons", Static).update("\n".join(f"• {describe(reason)}" for reason in report.reasons))
        self.query_one("#airgap-todo", Static).update(
            t("tui.airgap.todo", time=report.checked_at.astimezone().strftime("%H:%M:%S")))

    def retranslate(self) -> None:
        self.show(self.report)
        self.query_one("#keys", KeyBar).retranslate()

    def action_check_now(self) -> None:
        self.app.check_network()

    def action_nothing(self) -> None:
        pass
