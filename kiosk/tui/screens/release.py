"""F11 on the overview (coordinator): release an entry someone left claimed.

The dialog names the station and both entries with who holds each; the
coordinator picks the entry (1 or 2) and confirms with Enter, or leaves with
Esc. Releasing keeps every confirmed value; the entry can then be taken over.
The entry service (and the domain behind it) decides whether it may be done.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from kiosk.domain.fields import field_codes
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused
from kiosk.tui.screens.session import LOGOUT_KEY, SessionModal
from kiosk.tui.widgets.key_bar import KeyBar


def held_entries(state) -> dict[int, str]:
    """Entry number -> who holds it, for the entries of ``state`` that someone holds."""
    held = {}
    for number in (1, 2):
        entry = state.entry(number)
        if entry is not None and entry.claimant is not None and not entry.finished:
            held[number] = entry.claimant
    return held


class ReleaseScreen(SessionModal):
    """Dismissed with (entry, former holder) when released, None when left alone."""

    DEFAULT_CSS = """
    ReleaseScreen { align: center middle; }
    ReleaseScreen > Vertical { width: 80%; max-width: 96; height: auto; border: heavy $warning;
                               background: $surface; padding: 1 2; }
    ReleaseScreen #release-title { text-style: bold; color: $warning; }
    ReleaseScreen #release-message { color: $warning; text-style: bold; }
    ReleaseScreen #keys { dock: none; split: none; }
    """
    BINDINGS = [
        Binding("1", "choose(1)", show=False),
        Binding("2", "choose(2)", show=False),
        Binding("enter", "release", show=False),
        Binding("escape", "cancel", show=False),
    ]

    def __init__(self, station: int) -> None:
        super().__init__()
        self.station = station
        self.chosen: int | None = None
        self.problem: str = ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("", id="release-title")
            yield Static("", id="release-explain")
            yield Static("", id="release-entries")
            yield Static("", id="release-message")
            yield KeyBar(
                [
                    ("1/2", "tui.release.key.choose"),
                    ("Enter", "tui.release.key.release"),
                    ("Esc", "tui.release.key.cancel"),
                    LOGOUT_KEY,
                ],
                id="keys",
            )

    def on_mount(self) -> None:
        self.read()
        if len(self.held) == 1:
            self.chosen = next(iter(self.held))
        self.retranslate()

    def read(self) -> None:
        entries = self.app.services.entries
        self.state = entries.state(self.station)
        self.held = held_entries(self.state)
        self.station_name = next(s.name for s in entries.election.stations if s.number == self.station)

    def _entry_line(self, number: int) -> str:
        entry = self.state.entry(number)
        name = t(f"tui.release.entry_{number}")
        mark = "▶" if self.chosen == number else " "
        if number in self.held:
            total = len(field_codes(self.state.shape))
            done = total - len(entry.pending)
            text = t("tui.release.held", entry=name, who=self.held[number], done=done, total=total)
        elif entry is None:
            text = t("tui.release.not_started", entry=name)
        elif entry.finished:
            text = t("tui.release.finished", entry=name)
        else:
            text = t("tui.release.free", entry=name)
        return f"{mark} {number}  {text}"

    def retranslate(self) -> None:
        self.query_one("#release-title", Static).update(
            t("tui.release.title", station=self.station, name=self.station_name)
        )
        self.query_one("#release-explain", Static).update(t("tui.release.explain"))
        self.query_one("#release-entries", Static).update("\n".join(self._entry_line(n) for n in (1, 2)))
        if self.problem:
            message = self.problem
        elif self.chosen is None:
            message = t("tui.release.choose")
        else:
            message = t(
                "tui.release.confirm",
                entry=t(f"tui.release.entry_{self.chosen}"),
                who=self.held[self.chosen],
                station=self.station,
            )
        self.query_one("#release-message", Static).update(message)
        self.query_one("#keys", KeyBar).retranslate()

    def action_choose(self, number: int) -> None:
        self.problem = ""
        if number in self.held:
            self.chosen = number
        else:
            self.chosen = None
            self.problem = t("tui.release.not_held", entry=t(f"tui.release.entry_{number}"))
        self.retranslate()

    def action_release(self) -> None:
        if self.chosen is None:
            self.app.bell()
            return
        number, who = self.chosen, self.held[self.chosen]
        try:
            self.app.services.entries.release(self.app.account, self.station, number)
        except EntryRefused as error:
            self.chosen = None
            self.problem = t("tui.refused", message=self.app.refusal(error))
            self.read()
            self.retranslate()
            return
        self.dismiss((number, who))

    def action_cancel(self) -> None:
        self.dismiss(None)
