"""Re-entry of a partial sheet (verifier): the digest printed on the sheet as the second pair of eyes.

The transfer pages of another kiosk's stations were scanned here and each station's fields confirmed
as a first entry. This screen lists those stations, takes the sheet's stations as printed on it
(prefilled with the ones ready), shows the digest of what was confirmed with two groups blanked at
random, and takes those two groups typed from the paper. Enter confirms: a match makes every station
of the sheet definitive; a mismatch says so and the stations wait for a blind second entry. The
service decides and audits (``kiosk.services.reentry``).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from kiosk.domain.refusal import Refusal
from kiosk.domain.station_range import format_ranges
from kiosk.domain.workflow import Capability, Status
from kiosk.i18n import t
from kiosk.services.reentry import ReentryService
from kiosk.tui.screens.admin_common import AdminScreen


class ReentryScreen(AdminScreen):
    TITLE_KEY = "tui.reentry.title"
    NEEDS = Capability.ENTER
    KEYS = [("Ctrl+G", "tui.reentry.key.show"), ("Enter", "tui.reentry.key.confirm")]
    BINDINGS = [
        *AdminScreen.BINDINGS,
        Binding("ctrl+g", "show_digest", show=False, priority=True),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static("", id="reentry-summary")
        yield Input(id="reentry-stations", restrict=r"[0-9,\- ]*", max_length=200)
        yield Static("", id="reentry-digest")
        # One field for both groups: keys typed in a burst never land in a field that is not focused yet.
        yield Input(id="reentry-groups", restrict=r"[0-9a-fA-F ]*", max_length=9)

    def load(self) -> None:
        self.service = ReentryService(self.app.services.entries)
        self.challenge = None
        ready = self._transfer_stations(Status.FIRST_DONE)
        self.query_one("#reentry-stations", Input).value = format_ranges(ready)
        self.query_one("#reentry-groups").display = False
        self.query_one("#reentry-stations", Input).focus()

    def _transfer_stations(self, *statuses: Status) -> tuple[int, ...]:
        states = self.app.services.entries.states()
        return tuple(n for n, s in sorted(states.items()) if s.transfer and (not statuses or s.status in statuses))

    def retranslate_body(self) -> None:
        every = self._transfer_stations()
        ready = self._transfer_stations(Status.FIRST_DONE)
        done = self._transfer_stations(Status.DEFINITIVE)
        summary = (
            t(
                "tui.reentry.summary",
                all=format_ranges(every),
                ready=format_ranges(ready) or "-",
                done=format_ranges(done) or "-",
            )
            if every
            else t("tui.reentry.none")
        )
        self.query_one("#reentry-summary", Static).update(summary)
        self.query_one("#reentry-stations", Input).placeholder = t("tui.reentry.stations")
        self._show_challenge()

    def _show_challenge(self) -> None:
        digest = self.query_one("#reentry-digest", Static)
        if self.challenge is None:
            digest.update(t("tui.reentry.how"))
            return
        positions = self._positions()
        self.query_one("#reentry-groups", Input).placeholder = t("tui.reentry.groups", positions=positions)
        digest.update(
            t(
                "tui.reentry.shown",
                stations=format_ranges(self.challenge.stations),
                digest=" ".join(self.challenge.shown),
                positions=positions,
            )
        )

    def _positions(self) -> str:
        first, second = self.challenge.blanked
        return t("tui.reentry.and", first=first + 1, second=second + 1)

    # -- keys ------------------------------------------------------------------------------------

    def action_show_digest(self) -> None:
        typed = self.query_one("#reentry-stations", Input).value
        try:
            self.challenge = self.service.challenge(typed)
        except Refusal as error:
            self.challenge = None
            self.refused(error)
            self._show_challenge()
            return
        self.say(None)
        self._show_challenge()
        groups = self.query_one("#reentry-groups", Input)
        groups.display = True
        groups.value = ""
        groups.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "reentry-stations":
            self.action_show_digest()
        elif event.input.id == "reentry-groups":
            self._confirm()

    def _confirm(self) -> None:
        if self.challenge is None:
            return
        text = "".join(self.query_one("#reentry-groups", Input).value.split())
        typed = (text[:4], text[4:])  # a short or long answer simply does not match
        challenge, self.challenge = self.challenge, None  # a new challenge (new blanks) for a new try
        self.query_one("#reentry-groups").display = False
        try:
            stations = self.service.confirm(self.app.account, challenge, typed)
        except Refusal as error:
            self.refused(error)
        else:
            self.say(lambda: t("tui.reentry.done", stations=format_ranges(stations)))
        self.query_one("#reentry-stations", Input).focus()
        self.retranslate_body()
