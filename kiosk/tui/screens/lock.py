"""The idle (or F12) lock: only the logged-in person's password opens it again."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.services.auth import Account
from kiosk.tui.screens.session import LOGOUT_KEY, SessionScreen
from kiosk.tui.widgets.key_bar import KeyBar


class LockScreen(SessionScreen):
    # Ctrl+L (SessionScreen) logs out, as everywhere; F4 did so before and still does.
    BINDINGS = [Binding("f4", "log_out", show=False)]

    def __init__(self, account: Account):
        super().__init__()
        self.account = account

    def compose(self) -> ComposeResult:
        with Vertical(id="login-box"):
            yield Static(t("tui.lock.title"), id="lock-title", classes="title")
            yield Static(t("tui.lock.explain", username=self.account.username), id="lock-explain")
            yield Input(id="password", password=True, placeholder=t("tui.login.password"))
            yield Static("", id="lock-message", classes="message")
        yield KeyBar([LOGOUT_KEY, ("F2", "tui.key.language")], id="keys")

    def on_mount(self) -> None:
        self.query_one("#password", Input).focus()

    @on(Input.Submitted, "#password")
    def unlock(self, event: Input.Submitted) -> None:
        try:
            self.app.services.accounts.login(self.account.username, event.value)
        except auth.AuthError as error:
            event.input.value = ""
            self.query_one("#lock-message", Static).update(refusal_text(error))
            if error.code in ("locked", "now_locked"):
                self.app.log_out()
            return
        self.app.last_activity = self.app.clock()
        self.app.clear_messages()
        self.dismiss()

    def retranslate(self) -> None:
        self.query_one("#lock-title", Static).update(t("tui.lock.title"))
        self.query_one("#lock-explain", Static).update(t("tui.lock.explain", username=self.account.username))
        self.query_one("#password", Input).placeholder = t("tui.login.password")
        self.query_one("#keys", KeyBar).retranslate()
