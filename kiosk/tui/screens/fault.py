"""A fault of the data directory or of the kiosk itself, shown over whatever screen was open.

The screen below keeps its state (an entry in progress keeps its field and what was
typed); Enter or Esc goes back to it. What is shown is one coded sentence in the UI
language; an unexpected error's traceback goes to the data directory's log, never here.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from kiosk.i18n import t


class FaultScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    FaultScreen { align: center middle; }
    FaultScreen > Vertical { width: 70%; max-width: 90; height: auto; border: heavy $error;
                             background: $surface; padding: 1 2; }
    FaultScreen #fault-title { text-style: bold; color: $error; }
    """
    BINDINGS = [Binding("enter", "close", show=False), Binding("escape", "close", show=False)]

    def __init__(self, words) -> None:
        super().__init__()
        self.words = words  # a callable giving the text in the active language (F2 may switch it)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("tui.fault.title"), id="fault-title")
            yield Static(self.words(), id="fault-text")
            yield Static(t("tui.fault.keep"), id="fault-keep")

    def retranslate(self) -> None:
        self.query_one("#fault-title", Static).update(t("tui.fault.title"))
        self.query_one("#fault-text", Static).update(self.words())
        self.query_one("#fault-keep", Static).update(t("tui.fault.keep"))

    def action_close(self) -> None:
        self.dismiss(None)


class FaultGuard:
    """Mixin for screens: a fault while handling a message opens the fault screen instead of
    ending the kiosk (Textual would stop the screen's message loop and exit)."""

    async def _dispatch_message(self, message) -> None:  # Textual's MessagePump hook
        try:
            await super()._dispatch_message(message)
        except Exception as error:  # noqa: BLE001 - shown as a fault, logged if unexpected
            if not self.app.show_fault(error):
                raise
