"""The idle (or F12) lock: only the logged-in person's password opens it again."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from kiosk import auth
from kiosk.auth import Account
from kiosk.i18n import t
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.screens.fault import FaultGuard


class LockScreen(FaultGuard, Screen):
    BINDINGS = [Binding("f4", "log_out", show=False)]

    def __init__(self, account: Account):
        super().__init__()
        self.account = account

    def compose(self) -> ComposeResult:
        with Vertical(id="login-box"):
            yield Static(t("tui.lock.title"), classes="title")
            yield Static(t("tui.lock.explain", username=self.account.username))
            yield Input(id="password", password=True, placeholder=t("tui.login.password"))
            yield Static("", id="lock-message", classes="message")
        yield KeyBar([("F4", "tui.lock.logout")])

    def on_mount(self) -> None:
        self.query_one("#password", Input).focus()

    @on(Input.Submitted, "#password")
    def unlock(self, event: Input.Submitted) -> None:
        try:
            auth.login(self.app.services.store, self.account.username, event.value)
        except auth.AuthError as error:
            event.input.value = ""
            self.query_one("#lock-message", Static).update(str(error))
            if error.code in ("locked", "now_locked"):
                self.app.log_out()
            return
        self.app.last_activity = self.app.clock()
        self.dismiss()

    def action_log_out(self) -> None:
        self.app.log_out()
