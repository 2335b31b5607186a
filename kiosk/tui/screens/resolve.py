"""The coordinator resolves a station: two entries that differ, or an entry with errors.

Differences are shown side by side, only the disputed fields, each with its
crop; errors show the fields their rules compared (F.402 lijst 3: the list's
candidates and its total), each with its value and crop. The coordinator checks
the paper and decides. Each choice says what it costs (the domain's
``consequence``: which entry stays, which is set aside, who must type how many
fields next); the first key shows that in full, the same key again decides.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Static

from kiosk.domain.fields import field_codes
from kiosk.domain.workflow import Action, Consequence, ErrorResolution, Resolution, Status
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused
from kiosk.tui.screens.session import LOGOUT_KEY, SessionScreen
from kiosk.tui.text import field_label, message_text, value_text
from kiosk.tui.widgets.field_crop import FieldCrop
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.widgets.message_line import MessageLine
from kiosk.tui.widgets.words import counted

#: How many field codes a consequence names before "… (+n)".
SHOWN_CODES = 8

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


class ResolveScreen(SessionScreen):
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
                yield Static("", id="resolve-consequence", classes="message")
        yield MessageLine(id="resolve-message")
        yield KeyBar(
            [("1-5", "tui.key.choose"), ("Esc", "tui.key.back"), ("F12", "tui.key.lock"), LOGOUT_KEY], id="keys"
        )

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
            t(
                "tui.resolve.title_differ" if differ else "tui.resolve.title_errors",
                station=self.station,
                name=station.name,
            )
        )
        self.query_one("#resolve-explain", Static).update(
            t("tui.resolve.explain_differ" if differ else "tui.resolve.explain_errors")
        )
        table = self.query_one("#fields", DataTable)
        table.clear(columns=True)
        table.add_column(t("tui.resolve.col.field"), key="field")
        table.add_column(t("tui.resolve.col.first", who=self.view.first_verifier or "—"), key="first")
        if differ:
            table.add_column(t("tui.resolve.col.second", who=self.view.second_verifier or "—"), key="second")
            for code in self.view.differing_fields:
                table.add_row(
                    f"{code}  {field_label(election, code)}",
                    self._value(self.view.first, code),
                    self._value(self.view.second, code),
                    key=code,
                )
        else:
            # Which error names a field: only worth a column when there are several.
            several = len(self.view.first_messages.errors) > 1
            if several:
                table.add_column(t("tui.resolve.col.rules"), key="rules")
            for code, rules in self._error_fields().items():
                cells = [f"{code}  {field_label(election, code)}", self._value(self.view.first, code)]
                table.add_row(*cells, *([", ".join(rules)] if several else []), key=code)
        messages = self.view.first_messages.errors if not differ else ()
        self.query_one("#resolve-messages", Static).update("\n".join(f"{m.code}: {message_text(m)}" for m in messages))
        self.consequences = {
            key: self.app.services.entries.resolution_consequence(app.account, self.station, choice)
            for key, (choice, _) in self.choices.items()
        }
        self.query_one("#resolve-choices", Static).update(
            "\n".join(
                f"{t(text_key)}\n{counted('tui.resolve.cost', self.consequences[key].fields_to_enter)}"
                for key, (_, text_key) in self.choices.items()
            )
        )
        if self.armed is not None:
            self._show_armed(self.armed)
        self.query_one("#keys", KeyBar).retranslate()
        if table.row_count:
            self.show_crop(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))

    @staticmethod
    def _value(results, code: str) -> str:
        return value_text(code, results[code]) if results is not None else "—"

    @staticmethod
    def _rule(message) -> str:
        if message.list_number is None:
            return message.code
        return f"{message.code} {t('tui.entry.list_short', list=message.list_number)}"

    def _error_fields(self) -> dict[str, list[str]]:
        """The fields the errors compared, in the form's order, each with the rules
        that name it: the culprit is among them (the domain's ``Message.concerns``)."""
        named: dict[str, list[str]] = {}
        for message in self.view.first_messages.errors:
            for code in message.concerns:
                named.setdefault(code, []).append(self._rule(message))
        if self.view.first is None:
            return named
        return {code: named[code] for code in field_codes(self.view.first.shape) if code in named}

    # -- what a choice costs ---------------------------------------------------------

    def consequence_text(self, said: Consequence) -> str:
        """The consequence of a choice in words: who keeps, loses, must type what."""
        who = {1: self.view.first_verifier or "—", 2: self.view.second_verifier or "—"}
        lines: list[str] = []
        if said.kept is not None:
            lines.append(t("tui.resolve.kept", entry=said.kept, who=who[said.kept]))
        for number in said.discarded:
            lines.append(t("tui.resolve.discarded", entry=number, who=who[number]))
        if said.returned is not None:
            lines.append(
                t(
                    "tui.resolve.returned",
                    who=who[said.returned],
                    entry=said.returned,
                    fields=_codes(said.returned_fields),
                )
            )
        lines.append(t("tui.resolve.next"))
        for n, step in enumerate(said.steps, start=1):
            if step.action is Action.SECOND_ENTRY and not step.not_by:
                lines.append(t("tui.resolve.step.second_entry_anyone", n=n, count=step.fields))
            else:
                lines.append(
                    counted(
                        f"tui.resolve.step.{step.action.value}",
                        step.fields,
                        n=n,
                        who=step.by or "—",
                        not_by=", ".join(step.not_by),
                    )
                )
        lines.append(counted("tui.resolve.total", said.fields_to_enter))
        return "\n".join(lines)

    def _show_armed(self, key: str) -> None:
        _, text_key = self.choices[key]
        self.query_one("#resolve-message", MessageLine).say("")
        self.query_one("#resolve-consequence", Static).update(
            f"{t('tui.resolve.confirm', choice=t(text_key))}\n{self.consequence_text(self.consequences[key])}"
        )

    @on(DataTable.RowHighlighted, "#fields")
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is not None:
            self.show_crop(str(event.row_key.value))

    def show_crop(self, code: str) -> None:
        self.query_one("#crop", FieldCrop).load(self.app.services.crops, self.station, code)

    def action_choose(self, key: str) -> None:
        message = self.query_one("#resolve-message", MessageLine)
        if key not in self.choices:
            return
        choice, _ = self.choices[key]
        if self.armed != key:
            self.armed = key
            self._show_armed(key)
            return
        self.armed = None
        entries = self.app.services.entries
        try:
            if isinstance(choice, Resolution):
                state = entries.resolve_differences(self.app.account, self.station, choice)
            else:
                state = entries.resolve_errors(self.app.account, self.station, choice)
        except EntryRefused as error:
            self.query_one("#resolve-consequence", Static).update("")  # nothing is armed any more
            message.say(t("tui.refused", message=self.app.refusal(error)))
            self.app.bell()
            return
        self.app.notify(t("tui.resolve.done", station=self.station, status=t(f"tui.status.{state.status.value}")))
        self.dismiss()

    def action_back(self) -> None:
        self.dismiss()


def _codes(codes: tuple[str, ...]) -> str:
    shown = ", ".join(codes[:SHOWN_CODES])
    if len(codes) > SHOWN_CODES:
        shown += t("tui.entry.concerns_more", more=len(codes) - SHOWN_CODES)
    return shown
