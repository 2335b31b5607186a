"""The coordinator resolves a station: two entries that differ, or an entry with errors.

Differences are shown side by side, only the disputed fields, each with its
crop; the coordinator checks the paper and decides. A decision takes the same
key twice, because it sets an entry aside (kept in history, never deleted).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from kiosk.domain.workflow import ErrorResolution, Resolution, Status
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused
from kiosk.tui.text import field_label, message_text, value_text
from kiosk.tui.widgets.field_crop import FieldCrop
from kiosk.tui.widgets.key_bar import KeyBar

DIFFER_CHOICES = {
    "1": (Resolution.KEEP_FIRST, "tui.resolve.keep_first"),
    "2": (Resolution.KEEP_SECOND, "tui.resolve.keep_second"),
    "3": (Resolution.RETURN_FIRST, "tui.resolve.return_first"),
    "4": (Resolution.RETURN_SECOND, "tui.resolve.return_second"),
    "5": (Resolution.DISCARD_BOTH, "tui.resolve.discard_both"),
}
ERROR_CHOICES = {
    "3": (ErrorResolution.RETURN, "tui.resolve.return_errors"),
    "5": (ErrorResolution.DISCARD, "tui.resolve.discard"),
}


class ResolveScreen(Screen):
    BINDINGS = [Binding(key, f"choose('{key}')", show=False) for key in "12345"] + [
        Binding("escape", "back", show=False),
    ]

    def __init__(self, station: int):
        super().__init__()
        self.station = station
        self.armed: str | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="entry-top"):
            yield Static("", id="resolve-title", classes="title")
        yield Static("", id="resolve-explain")
        with Horizontal(id="entry-body"):
            with Vertical(id="entry-left"):
                yield DataTable(id="fields", cursor_type="row", classes="wide-table")
                yield FieldCrop(self.app.image_mode, id="crop")
            with Vertical(id="entry-right"):
                yield Static("", id="resolve-messages")
                yield Static("", id="resolve-choices")
                yield Static("", id="resolve-message", classes="message")
        yield KeyBar([("1-5", "tui.key.choose"), ("Esc", "tui.key.back"), ("F12", "tui.key.lock")], id="keys")

    def on_mount(self) -> None:
        self.retranslate()
        self.query_one("#fields", DataTable).focus()

    @property
    def choices(self) -> dict:
        return DIFFER_CHOICES if self.view.status is Status.ENTRIES_DIFFER else ERROR_CHOICES

    def retranslate(self) -> None:
        app = self.app
        self.view = app.services.entries.coordinator_view(app.account, self.station)
        election = app.services.entries.election
        station = next(s for s in election.stations if s.number == self.station)
        differ = self.view.status is Status.ENTRIES_DIFFER
        self.query_one("#resolve-title", Static).update(
            t("tui.resolve.title_differ" if differ else "tui.resolve.title_errors", station=self.station, name=station.name))
        self.query_one("#resolve-explain", Static).update(
            t("tui.resolve.explain_differ" if differ else "tui.resolve.explain_errors"))
        table = self.query_one("#fields", DataTable)
        table.clear(columns=True)
        table.add_column(t("tui.resolve.col.field"), key="field")
        table.add_column(t("tui.resolve.col.first", who=self.view.first_verifier or "—"), key="first")
        if differ:
            table.add_column(t("tui.resolve.col.second", who=self.view.second_verifier or "—"), key="second")
        codes = self.view.differing_fields if differ else self._error_fields()
        for code in codes:
            label = f"{code}  {field_label(election, code)}"
            first = value_text(code, self.view.first[code]) if self.view.first else "—"
            if differ:
                table.add_row(label, first, value_text(code, self.view.second[code]), key=code)
            else:
                table.add_row(label, first, key=code)
        messages = self.view.first_messages.messages if not differ else ()
        self.query_one("#resolve-messages", Static).update(
            "\n".join(f"{m.code}: {message_text(m)}" for m in messages))
        self.query_one("#resolve-choices", Static).update("\n".join(t(key) for _, key in self.choices.values()))
        self.query_one("#keys", KeyBar).retranslate()
        if table.row_count:
            self.show_crop(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))

    def _error_fields(self) -> tuple[str, ...]:
        """The fields an error is about: the list page's total and the front-page
        counts, so the coordinator sees the numbers the rule compared."""
        codes: list[str] = []
        for message in self.view.first_messages.errors:
            if message.fields:
                codes += message.fields
            elif message.list_number is not None:
                codes += [f"E.{message.list_number}", f"L{message.list_number}.T"]
            else:
                codes += ["A", "B", "D", "E", "F", "G", "H", "I", "J"]
        valid = set(self.view.first.to_dict()) if self.view.first else set()
        seen: list[str] = []
        for code in codes:
            if code not in seen and code in valid:
                seen.append(code)
        return tuple(seen)

    @on(DataTable.RowHighlighted, "#fields")
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is not None:
            self.show_crop(str(event.row_key.value))

    def show_crop(self, code: str) -> None:
        self.query_one("#crop", FieldCrop).load(self.app.services.crops, self.station, code)

    def action_choose(self, key: str) -> None:
        message = self.query_one("#resolve-message", Static)
        if key not in self.choices:
            return
        choice, text_key = self.choices[key]
        if self.armed != key:
            self.armed = key
            message.update(t("tui.resolve.confirm", choice=t(text_key)))
            return
        self.armed = None
        entries = self.app.services.entries
        try:
            if isinstance(choice, Resolution):
                state = entries.resolve_differences(self.app.account, self.station, choice)
            else:
                state = entries.resolve_errors(self.app.account, self.station, choice)
        except EntryRefused as error:
            message.update(t("tui.refused", message=self.app.refusal(error)))
            return
        self.app.notify(t("tui.resolve.done", station=self.station, status=t(f"tui.status.{state.status.value}")))
        self.dismiss()

    def action_back(self) -> None:
        self.dismiss()
