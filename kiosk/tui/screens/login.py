"""Logging in: user name, password, Enter. The base of the screen stack."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.tui.screens.fault import FaultGuard
from kiosk.tui.widgets.key_bar import KeyBar


class LoginScreen(FaultGuard, Screen):
    def compose(self) -> ComposeResult:
        with Vertical(id="login-box"):
            yield Static(t("tui.title"), id="login-title", classes="title")
            yield Static(self._election_line(), id="login-election")
            yield Label(t("tui.login.username"), id="username-label")
            yield Input(id="username")
            yield Label(t("tui.login.password"), id="password-label")
            yield Input(id="password", password=True)
            yield Static("", id="login-message", classes="message")
            yield Static(t("tui.login.hint"), id="login-hint", classes="hint")
            yield Static(self._demo_line(), id="login-demo", classes="hint")
        yield KeyBar([("F2", "tui.key.language")], id="keys")

    def _election_line(self) -> str:
        services = self.app.services
        if not services.has_election:
            return t("tui.login.no_election")
        elections = services.elections()
        if len(elections) > 1:
            return t("tui.login.elections", names=" · ".join(name for _, name in elections))
        election = services.entries.election
        return t(
            "tui.login.election",
            election=election.name,
            municipality=election.municipality_name or election.domain_name,
        )

    def _demo_line(self) -> str:
        if self.app.services.demo_login is None:
            return ""
        accounts, password = self.app.services.demo_login
        return t("tui.login.demo", accounts=", ".join(accounts), password=password)

    def on_mount(self) -> None:
        self.query_one("#username", Input).focus()

    @on(Input.Submitted, "#username")
    def to_password(self) -> None:
        self.query_one("#password", Input).focus()

    @on(Input.Submitted, "#password")
    def log_in(self) -> None:
        username = self.query_one("#username", Input).value.strip()
        password_input = self.query_one("#password", Input)
        message = self.query_one("#login-message", Static)
        if not self.app.services.has_election:
            message.update(t("tui.login.no_election"))
            return
        try:
            account = self.app.services.accounts.login(username, password_input.value)
        except auth.AuthError as error:
            password_input.value = ""
            message.update(refusal_text(error))
            return
        self.reset()
        self.app.logged_in(account)

    def reset(self) -> None:
        self.query_one("#username", Input).value = ""
        self.query_one("#password", Input).value = ""
        self.query_one("#login-message", Static).update("")
        self.query_one("#username", Input).focus()

    def retranslate(self) -> None:
        self.query_one("#login-title", Static).update(t("tui.title"))
        self.query_one("#login-election", Static).update(self._election_line())
        self.query_one("#username-label", Label).update(t("tui.login.username"))
        self.query_one("#password-label", Label).update(t("tui.login.password"))
        self.query_one("#login-hint", Static).update(t("tui.login.hint"))
        self.query_one("#login-demo", Static).update(self._demo_line())
        self.query_one("#keys", KeyBar).retranslate()
