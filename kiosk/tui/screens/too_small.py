"""Shown instead of everything else while the terminal is smaller than the kiosk needs.

The app switches to this screen (a mode of its own, so the screens below keep
their state: an entry keeps its field and what was typed) when the terminal is
resized below ``MIN_COLUMNS`` × ``MIN_ROWS``, and back when it is large enough
again. Keys typed meanwhile do nothing: nobody types into a field they cannot see.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from kiosk.i18n import t

MIN_COLUMNS = 80
MIN_ROWS = 24


def too_small(columns: int, rows: int) -> bool:
    return columns < MIN_COLUMNS or rows < MIN_ROWS


class TooSmallScreen(Screen):
    def compose(self) -> ComposeResult:
        with Vertical(id="too-small-box"):
            yield Static("", id="too-small-title")
            yield Static("", id="too-small-explain")
            yield Static("", id="too-small-kept", classes="hint")

    def on_mount(self) -> None:
        self.retranslate()

    def on_resize(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        width, height = self.app.size
        self.query_one("#too-small-title", Static).update(t("tui.too_small.title"))
        self.query_one("#too-small-explain", Static).update(
            t("tui.too_small.explain", columns=MIN_COLUMNS, rows=MIN_ROWS, width=width, height=height)
        )
        self.query_one("#too-small-kept", Static).update(t("tui.too_small.kept"))
