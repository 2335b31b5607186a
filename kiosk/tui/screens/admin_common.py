"""What the coordinator's (and the clerk's) tool screens share.

Each screen has a title, its own body, one message line and the key bar; Escape
goes back. The role is checked again here (the dashboard only offers the key to
the right roles): a person with another role sees the refusal and nothing else,
and every key but Escape does nothing. Texts are kept as functions, so F2 can
redraw everything in the other language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from kiosk.domain.workflow import Capability, roles_that_may
from kiosk.i18n import t
from kiosk.tui.screens.session import LOGOUT_KEY, SessionScreen
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.widgets.message_line import MessageLine

Text = Callable[[], str]


def grouped(hex_text: str, size: int = 4) -> str:
    """A hash in groups of four, as on the sheet: "1a2b 3c4d ..."."""
    return " ".join(hex_text[i : i + size] for i in range(0, len(hex_text), size))


def number_ranges(numbers: Iterable[int]) -> str:
    """1, 2, 3, 5, 7, 8 -> "1–3, 5, 7, 8": 450 station numbers stay readable."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    start = previous = None
    for number in ordered + [None]:
        if start is not None and (number is None or number != previous + 1):
            if previous - start >= 2:
                parts.append(f"{start}–{previous}")
            else:
                parts.extend(str(n) for n in range(start, previous + 1))
            start = None
        if number is not None and start is None:
            start = number
        previous = number
    return ", ".join(parts)


class AdminScreen(SessionScreen):
    """Base of the tool screens. Subclasses set ``TITLE_KEY``, ``KEYS`` and ``NEEDS``,
    and implement ``compose_body``, ``load`` and ``retranslate_body``."""

    CSS_PATH = "../admin.tcss"
    NEEDS: Capability = Capability.COORDINATE  # what the account must be allowed to do (the domain's table)
    TITLE_KEY = ""
    KEYS: list[tuple[str, str]] = []
    BINDINGS = [Binding("escape", "back", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self._message: Text | None = None

    @property
    def allowed(self) -> bool:
        account = self.app.account
        return account is not None and account.may(self.NEEDS)

    # -- building ---------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static("", id="banner", classes="banner")
        yield Static("", id="admin-title", classes="title")
        if self.allowed:
            yield from self.compose_body()
        yield MessageLine(id="admin-message")
        yield KeyBar(self.key_list(), id="keys")

    def compose_body(self) -> ComposeResult:
        yield from ()

    def key_list(self) -> list[tuple[str, str]]:
        keys = self.KEYS if self.allowed else []
        return keys + [("Esc", "tui.key.back"), ("F12", "tui.key.lock"), LOGOUT_KEY]

    def on_mount(self) -> None:
        self._retranslate_frame()
        if not self.allowed:
            roles = ", ".join(t(f"tui.role.{role.value}") for role in roles_that_may(self.NEEDS))
            self.say(lambda: t("tui.admin.not_allowed", roles=roles))
            return
        self.load()
        self.retranslate_body()

    def load(self) -> None:
        """Read what the screen shows (called once, when it opens)."""

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self._retranslate_frame()
        if self.allowed:
            self.retranslate_body()

    def _retranslate_frame(self) -> None:
        banner = self.query_one("#banner", Static)
        banner.display = self.app.services.rehearsal.is_rehearsal()
        banner.update(t("tui.rehearsal_banner"))
        self.query_one("#admin-title", Static).update(t(self.TITLE_KEY))
        self.query_one("#keys", KeyBar).set_keys(self.key_list())
        self._show_message()

    def retranslate_body(self) -> None:
        """Set every text of the body again in the active language."""

    # -- the message line -------------------------------------------------------------

    def say(self, text: Text | None) -> None:
        """Show ``text()`` on the message line (again after F2); None clears it."""
        self._message = text
        self._show_message()

    def clear_message(self) -> None:
        """Clear the message line (the app's lock, unlock and resize); a refusal of the role stays."""
        if self.allowed:
            self.say(None)

    def refused(self, error: Exception) -> None:
        self.say(lambda: t("tui.refused", message=self.app.refusal(error)))

    @property
    def message_text(self) -> str:
        return self._message() if self._message is not None else ""

    def _show_message(self) -> None:
        self.query_one("#admin-message", MessageLine).say(self.message_text)

    # -- keys -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Someone without the role gets Escape (and logging out) only.
        if action not in ("back", "log_out") and not self.allowed:
            return False
        return True

    def action_back(self) -> None:
        self.dismiss()
