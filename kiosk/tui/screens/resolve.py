"""The coordinator resolves a station: two entries that differ, or an entry with errors.

Differences are shown side by side, only the disputed fields, each with its
crop; errors show the fields their rules compared (F.402 lijst 3: the list's
candidates and its total), each with its value and crop. The coordinator checks
the paper and decides. Each choice says what it costs (the domain's
``consequence``: which entry stays, which is set aside, who must type how many
fields next); the first key shows that in full, the same key again decides.

Layout, from 80×24 up: the crop across the width (a digit box at least 8 rows
tall), below it the fields with their values (the label column gives up width
first, the values never) and the choices. An armed choice shows its consequence
in the crop's place, whole, until the same key decides or Esc takes it back.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Static

from kiosk.domain.fields import field_codes
from kiosk.domain.workflow import Action, Consequence, ErrorResolution, Resolution, Status
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused
from kiosk.tui.columns import Column, fill_table
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

#: The table's columns in the order they give up width: the field's label first (cut with "…",
#: its code stays), then which check names it, the values last (they wrap, never go).
DIFFER_COLUMNS = [Column("field", None, 12, wraps=False), Column("first", None, 10), Column("second", None, 10)]
ERROR_COLUMNS = [Column("field", None, 10, wraps=False), Column("rules", None, 9), Column("first", None, 10)]
#: Room kept for the table's vertical scroll bar (app.tcss: one cell).
SCROLLBAR = 1
#: The right-hand column's width at 80 columns (app.tcss: #resolve-right).
RIGHT_WIDTH = 39


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
        # The crop across the width (zoomed, a digit box 8 rows tall at 80×24); an armed choice's
        # consequence takes its place. Below: the fields and their values, and the choices.
        with Vertical(id="resolve-top"):
            yield FieldCrop(self.app.image_mode, id="crop")
            yield Static("", id="resolve-consequence", classes="message")
        with Horizontal(id="resolve-body"):
            with Vertical(id="resolve-left"):
                yield DataTable(id="fields", cursor_type="row", classes="wide-table")
            with VerticalScroll(id="resolve-right"):
                yield Static("", id="resolve-choices")
                yield Static("", id="resolve-messages")
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
        headers = {
            "field": t("tui.resolve.col.field"),
            # The entry on one row, who typed it on the next: the values' columns stay narrow.
            "first": f"{t('tui.resolve.col.first_short')}\n{self.view.first_verifier or '—'}",
            "second": f"{t('tui.resolve.col.second_short')}\n{self.view.second_verifier or '—'}",
            "rules": t("tui.resolve.col.rules"),
        }
        rows: dict[str, tuple[str, ...]] = {}
        if differ:
            columns, order = DIFFER_COLUMNS, ("field", "first", "second")
            for code in self.view.differing_fields:
                rows[code] = (
                    f"{code}  {field_label(election, code)}",
                    self._value(self.view.first, code),
                    self._value(self.view.second, code),
                )
        else:
            # Which error names a field: only worth a column when there are several.
            several = len(self.view.first_messages.errors) > 1
            columns = ERROR_COLUMNS if several else [c for c in ERROR_COLUMNS if c.key != "rules"]
            order = ("field", "first", "rules") if several else ("field", "first")
            for code, rules in self._error_fields().items():
                cells = (f"{code}  {field_label(election, code)}", self._value(self.view.first, code))
                rows[code] = cells + ((", ".join(rules),) if several else ())
        self._table = (columns, order, {key: headers[key] for key in order}, rows)
        self._fitted_width: int | None = None
        self.fit_table()
        table = self.query_one("#fields", DataTable)
        messages = self.view.first_messages.errors if not differ else ()
        rules = self.query_one("#resolve-messages", Static)
        rules.update("\n".join(f"{m.code}: {message_text(m)}" for m in messages))
        rules.display = bool(messages)  # an empty row would push the last choice out of sight at 80×24
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
        self._show_armed(self.armed)
        self.query_one("#keys", KeyBar).retranslate()
        if table.row_count:
            self.show_crop(str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value))

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit_table)

    def fit_table(self) -> None:
        """The table's columns for the width it has now: made again only when that changed."""
        if not hasattr(self, "_table"):
            return
        left = self.query_one("#resolve-left")
        width = left.content_size.width
        if width <= 0:  # not laid out yet: what the CSS will give it
            width = self.app.size.width - max(RIGHT_WIDTH, self.app.size.width // 3) - 1
        width -= SCROLLBAR
        if width == self._fitted_width:
            return
        self._fitted_width = width
        columns, order, headers, rows = self._table
        fill_table(self.query_one("#fields", DataTable), columns, order, headers, rows, width)

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

    def _show_armed(self, key: str | None) -> None:
        """The armed choice's consequence in the crop's place (None: the crop again)."""
        consequence = self.query_one("#resolve-consequence", Static)
        crop = self.query_one("#crop", FieldCrop)
        if key is None:
            consequence.update("")
            consequence.display, crop.display = False, True
            return
        _, text_key = self.choices[key]
        self.query_one("#resolve-message", MessageLine).say("")
        consequence.update(
            f"{t('tui.resolve.confirm', choice=t(text_key))}\n{self.consequence_text(self.consequences[key])}\n"
            f"{t('tui.resolve.disarm')}"
        )
        consequence.display, crop.display = True, False

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
            self._show_armed(None)  # nothing is armed any more
            message.say(t("tui.refused", message=self.app.refusal(error)))
            self.app.bell()
            return
        self.app.notify(t("tui.resolve.done", station=self.station, status=t(f"tui.status.{state.status.value}")))
        self.dismiss()

    def action_back(self) -> None:
        if self.armed is not None:  # Esc takes an armed choice back first
            self.armed = None
            self._show_armed(None)
            return
        self.dismiss()


def _codes(codes: tuple[str, ...]) -> str:
    shown = ", ".join(codes[:SHOWN_CODES])
    if len(codes) > SHOWN_CODES:
        shown += t("tui.entry.concerns_more", more=len(codes) - SHOWN_CODES)
    return shown
