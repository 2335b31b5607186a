"""Accounts: who may log in, with which role; unlock a locked account; add one.

Everything goes through ``kiosk.services.auth``, which checks that the person is a
coordinator, applies the password rules and writes the audit log; its refusals
are shown as they are.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Input, Label, Select, Static

from kiosk.i18n import refusal_text, t
from kiosk.services import auth
from kiosk.tui.screens.admin_common import AdminScreen
from kiosk.tui.screens.session import LOGOUT_KEY


class AccountsScreen(AdminScreen):
    TITLE_KEY = "tui.admin.accounts.title"
    BINDINGS = [
        Binding("f5", "unlock", show=False),
        Binding("f6", "new_account", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.adding = False
        self.accounts: list[dict] = []

    def key_list(self) -> list[tuple[str, str]]:
        if not self.allowed:
            return super().key_list()
        if self.adding:
            return [
                ("Enter", "tui.admin.key.next_field"),
                ("Esc", "tui.admin.key.cancel"),
                ("F12", "tui.key.lock"),
                LOGOUT_KEY,
            ]
        return [
            ("F5", "tui.admin.accounts.key.unlock"),
            ("F6", "tui.admin.accounts.key.add"),
            ("Esc", "tui.key.back"),
            ("F12", "tui.key.lock"),
            LOGOUT_KEY,
        ]

    # -- building -----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        yield DataTable(id="accounts-table", cursor_type="row", zebra_stripes=True, classes="wide-table")
        with Vertical(id="account-form"):
            yield Static("", id="form-title", classes="subtitle")
            yield Label("", id="new-username-label")
            yield Input(id="new-username", max_length=32, restrict=r"[A-Za-z0-9._-]*")
            yield Label("", id="new-role-label")
            yield Select([], id="new-role")
            yield Label("", id="new-password-label")
            yield Input(id="new-password", password=True)
            yield Label("", id="new-password2-label")
            yield Input(id="new-password2", password=True)
            yield Static("", id="form-hint", classes="hint")

    def load(self) -> None:
        self.query_one("#account-form").display = False
        self.refresh_table()
        self.query_one("#accounts-table", DataTable).focus()

    def refresh_table(self, select: str | None = None) -> None:
        self.accounts = self.app.services.accounts.list_accounts()
        table = self.query_one("#accounts-table", DataTable)
        if select is None and table.row_count:
            select = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        self.fill_table()
        names = [a["username"] for a in self.accounts]
        if select in names:
            table.move_cursor(row=names.index(select))

    def fill_table(self) -> None:
        table = self.query_one("#accounts-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("tui.admin.accounts.col.name"), key="name", width=34)
        table.add_column(t("tui.admin.accounts.col.role"), key="role", width=16)
        table.add_column(t("tui.admin.accounts.col.locked"), key="locked", width=14)
        table.add_column(t("tui.admin.accounts.col.failures"), key="failures")
        for account in self.accounts:
            table.add_row(
                account["username"],
                t(f"tui.role.{account['role']}"),
                t("tui.admin.yes") if account["locked"] else t("tui.admin.no"),
                str(account["failed_attempts"]),
                key=account["username"],
            )
        if table.row_count:
            table.move_cursor(row=min(cursor, table.row_count - 1))

    def retranslate_body(self) -> None:
        self.fill_table()
        self.query_one("#form-title", Static).update(t("tui.admin.accounts.form_title"))
        self.query_one("#new-username-label", Label).update(t("tui.login.username"))
        self.query_one("#new-role-label", Label).update(t("tui.admin.accounts.role"))
        self.query_one("#new-password-label", Label).update(
            t("tui.admin.accounts.password", minimum=auth.MIN_PASSWORD_LENGTH)
        )
        self.query_one("#new-password2-label", Label).update(t("tui.admin.accounts.password_again"))
        self.query_one("#form-hint", Static).update(t("tui.admin.accounts.form_hint"))
        select = self.query_one("#new-role", Select)
        current = select.value
        select.prompt = t("tui.admin.accounts.choose_role")
        select.set_options([(t(f"tui.role.{role}"), role) for role in auth.ROLES])
        if current in auth.ROLES:
            select.value = current

    # -- unlocking ----------------------------------------------------------------------

    def selected(self) -> dict | None:
        table = self.query_one("#accounts-table", DataTable)
        if not table.row_count:
            return None
        name = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((a for a in self.accounts if a["username"] == name), None)

    def action_unlock(self) -> None:
        if self.adding:
            return
        account = self.selected()
        if account is None:
            return
        name = account["username"]
        if not account["locked"] and not account["failed_attempts"]:
            self.say(lambda: t("tui.admin.accounts.not_locked", username=name))
            return
        try:
            self.app.services.accounts.unlock(name, self.app.account)
        except auth.AuthError as error:
            self.say(lambda error=error: refusal_text(error))
            return
        self.say(lambda: t("tui.admin.accounts.unlocked", username=name))
        self.refresh_table(select=name)

    # -- adding ----------------------------------------------------------------------------

    def action_new_account(self) -> None:
        if self.adding:
            return
        self.adding = True
        for box in ("#new-username", "#new-password", "#new-password2"):
            self.query_one(box, Input).value = ""
        self.query_one("#new-role", Select).clear()
        self.query_one("#account-form").display = True
        self.query_one("#keys").set_keys(self.key_list())
        self.say(None)
        self.query_one("#new-username", Input).focus()

    def close_form(self) -> None:
        self.adding = False
        for box in ("#new-password", "#new-password2"):
            self.query_one(box, Input).value = ""
        self.query_one("#account-form").display = False
        self.query_one("#keys").set_keys(self.key_list())
        self.query_one("#accounts-table", DataTable).focus()

    @on(Input.Submitted, "#new-username")
    def to_role(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#new-role", Select).focus()

    @on(Select.Changed, "#new-role")
    def to_password(self, event: Select.Changed) -> None:
        if self.adding and event.value in auth.ROLES:
            self.query_one("#new-password", Input).focus()

    @on(Input.Submitted, "#new-password")
    def to_password_again(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#new-password2", Input).focus()

    @on(Input.Submitted, "#new-password2")
    def add(self, event: Input.Submitted) -> None:
        event.stop()
        username = self.query_one("#new-username", Input).value.strip()
        role = self.query_one("#new-role", Select).value
        password = self.query_one("#new-password", Input)
        again = self.query_one("#new-password2", Input)
        if role not in auth.ROLES:
            self.say(lambda: t("tui.admin.accounts.no_role"))
            self.query_one("#new-role", Select).focus()
            return
        if password.value != again.value:
            password.value = again.value = ""
            self.say(lambda: t("tui.admin.accounts.passwords_differ"))
            password.focus()
            return
        try:
            self.app.services.accounts.add_account(username, role, password.value, self.app.account)
        except auth.AuthError as error:
            password.value = again.value = ""
            self.say(lambda error=error: refusal_text(error))
            self.query_one("#new-password" if error.code.startswith("password") else "#new-username", Input).focus()
            return
        self.close_form()
        self.say(lambda: t("tui.admin.accounts.added", username=username, role=t(f"tui.role.{role}")))
        self.refresh_table(select=username)

    def action_back(self) -> None:
        if self.adding:
            self.close_form()
            self.say(None)
            return
        self.dismiss()
