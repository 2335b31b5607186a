"""Every polling station with its state; the place everyone starts from.

Type a station number and Enter to open it: a verifier gets the entry that is
next for that station, a coordinator also the resolution; the keys at the
bottom lead to what the person's role may do. Statuses come from the status
table (no replay), so 450 stations list in milliseconds.

The overview follows the data: every second it asks for the audit log's head
row (one indexed row); when another kiosk process or the command line changed
anything, the head moved and the table is read again (only changed rows are
redrawn, the cursor stays where it was).
"""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Select, Static

from kiosk.domain.workflow import Capability, Status
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused
from kiosk.tui.columns import Column, fit_cell, fit_widths
from kiosk.tui.screens.session import LOGOUT_KEY, SessionScreen
from kiosk.tui.widgets.key_bar import KeyBar
from kiosk.tui.widgets.message_line import MessageLine
from kiosk.tui.widgets.network_words import status_line
from kiosk.tui.widgets.words import counted

#: Seconds between two looks at the audit head (a change elsewhere shows within this).
FOLLOW_INTERVAL = 1.0

#: The overview's keys in the order shown, each with what the account must be allowed to do.
ROLE_KEYS = [
    ("Enter", "tui.key.open", Capability.ENTER),
    ("F3", "tui.key.scan", Capability.SCAN),
    ("F4", "tui.key.manual", Capability.ENTER),
    ("F5", "tui.key.hand", Capability.COORDINATE),
    ("F6", "tui.key.sheet", Capability.COORDINATE),
    ("F7", "tui.key.accounts", Capability.COORDINATE),
    ("F8", "tui.key.backup", Capability.COORDINATE),
    ("F9", "tui.key.audit", Capability.COORDINATE),
    ("F11", "tui.key.release", Capability.COORDINATE),
    ("F1", "tui.key.remarks", Capability.COORDINATE),
    ("Ctrl+O", "tui.key.investigations", Capability.COORDINATE),
]
COMMON_KEYS = [("F2", "tui.key.language"), ("F12", "tui.key.lock"), LOGOUT_KEY]

#: The table's columns, in the order they give up width on a narrow terminal: the station's
#: name first (cut with "…"), then the status, the next step last (both wrap).
COLUMNS = [
    Column("name", 34, 12, wraps=False),
    Column("status", 26, 12),
    Column("next", None, 18),
    Column("number", 5, 3, wraps=False),
]
ORDER = ("number", "name", "status", "next")
#: Room kept for the table's vertical scroll bar.
SCROLLBAR = 2


class DashboardScreen(SessionScreen):
    BINDINGS = [
        Binding("f1", "remarks", show=False),
        Binding("ctrl+o", "investigations", show=False),
        Binding("ctrl+d", "reentry", show=False, priority=True),  # over the jump field's delete-right
        Binding("f3", "scan", show=False),
        Binding("f4", "manual", show=False),
        Binding("f5", "hand_totals", show=False),
        Binding("f6", "sheet", show=False),
        Binding("f7", "accounts", show=False),
        Binding("f8", "backup", show=False),
        Binding("f9", "audit", show=False),
        Binding("f11", "release", show=False),
        Binding("f10", "rehearsal", show=False),
    ]

    def compose(self) -> ComposeResult:
        account = self.app.account
        yield Static("", id="banner", classes="banner")
        with Horizontal(id="dash-top"):
            yield Static("", id="dash-title", classes="title")
            yield Static("", id="dash-user")
        yield Static("", id="dash-counts")
        yield Static("", id="dash-network")
        with Horizontal(id="dash-controls"):
            yield Input(id="jump", restrict=r"[0-9]*", max_length=4)
            yield Select(self._filter_options(), id="filter", allow_blank=False, value="all")
            elections = self.app.services.elections()
            current = self.app.services.entries.election.id
            # Only when the data folder holds several elections: which one the overview shows.
            yield Select(
                [(name, election_id) for election_id, name in elections],
                id="election",
                allow_blank=False,
                value=current,
            ).set_class(len(elections) < 2, "hidden")
        yield DataTable(id="stations", cursor_type="row", zebra_stripes=True)
        yield MessageLine(id="dash-message")
        drill = (
            [("F10", "tui.key.rehearsal")]
            if account.is_coordinator and self.app.services.rehearsal.is_rehearsal()
            else []
        )
        role_keys = [(key, label) for key, label, capability in ROLE_KEYS if account.may(capability)]
        # Only where another kiosk's transfer pages were scanned: a partial sheet to confirm.
        transfer = any(s.transfer for s in self.app.services.entries.states().values())
        reentry = [("Ctrl+D", "tui.key.reentry")] if transfer and account.may(Capability.ENTER) else []
        yield KeyBar(role_keys + reentry + drill + COMMON_KEYS, id="keys")

    def on_mount(self) -> None:
        self.seen_head: int | None = None
        self.shown_rows: dict[str, tuple[tuple[str, ...], int]] = {}  # key -> (fitted cells, height)
        self.retranslate()
        self.query_one("#jump", Input).focus()
        self.set_interval(FOLLOW_INTERVAL, self.follow_data, name="follow-data")

    def follow_data(self) -> None:
        """Redraw when the data changed anywhere (another process, the CLI) since the last look."""
        if not self.is_attached or not self.is_current or self.app.account is None:
            return  # hidden under another screen: on_screen_resume reads it again
        seq, _ = self.app.services.audit.head()
        if seq != self.seen_head:
            self.refresh_table()

    def on_screen_resume(self) -> None:
        self.refresh_table()
        self.query_one("#jump", Input).focus()

    # -- content ----------------------------------------------------------------

    def retranslate(self) -> None:
        account = self.app.account
        rehearsal = self.app.services.rehearsal.is_rehearsal()
        banner = self.query_one("#banner", Static)
        banner.display = rehearsal
        banner.update(t("tui.rehearsal_banner"))
        self.query_one("#dash-title", Static).update(
            f"{t('tui.dash.title')} — {self.app.services.entries.election.name}"
        )
        self.query_one("#dash-user", Static).update(
            t("tui.dash.user", username=account.username, role=t(f"tui.role.{account.role}"))
        )
        self.query_one("#jump", Input).placeholder = t("tui.dash.jump")
        select = self.query_one("#filter", Select)
        current = select.value if select.value is not Select.BLANK else "all"
        select.set_options(self._filter_options())
        select.value = current
        select.mutate_reactive(Select.value)  # the same value: redraw its label in the new language
        self.widths: dict[str, int] | None = None  # the columns are made again in the new language
        self.query_one("#keys", KeyBar).retranslate()
        self.refresh_table()

    def on_resize(self) -> None:
        if getattr(self, "widths", None) is not None:
            self.refresh_table()

    def _fit_columns(self, rows: dict[str, tuple[str, ...]]) -> None:
        """Column widths for the terminal's width and these rows; the table is made again when they change."""
        headers = {key: t(f"tui.dash.col.{key}") for key in ORDER}
        natural = {
            key: max([len(headers[key])] + [len(cells[i]) for cells in rows.values()]) for i, key in enumerate(ORDER)
        }
        width = (self.size.width or self.app.size.width) - SCROLLBAR
        widths = fit_widths(COLUMNS, width, natural)
        if widths == self.widths:
            return
        self.widths = widths
        table = self.query_one("#stations", DataTable)
        table.clear(columns=True)
        self.shown_rows = {}
        for key in ORDER:
            table.add_column(headers[key], key=key, width=widths[key])

    def _cells(self, cells: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
        """One row's cells fitted to the column widths, and the row's height."""
        wraps = {c.key: c.wraps for c in COLUMNS}
        lines = [fit_cell(cell, self.widths[key], wraps[key]) for key, cell in zip(ORDER, cells)]
        return tuple("\n".join(cell) for cell in lines), max(len(cell) for cell in lines)

    @staticmethod
    def _filter_options() -> list[tuple[str, str]]:
        return [(t("tui.dash.filter_all"), "all")] + [(t(f"tui.status.{s.value}"), s.value) for s in Status]

    def refresh_table(self) -> None:
        entries = self.app.services.entries
        statuses = entries.statuses()
        self.statuses = statuses
        counts = Counter(statuses.values())
        self.query_one("#dash-counts", Static).update(
            "  ·  ".join(counted(f"tui.dash.count.{s.value}", counts[s]) for s in Status if counts[s])
        )
        report = self.app.services.network.status()
        network = (
            status_line(report.reasons, enforced=self.app.services.enforce_airgap)
            if report.present
            else t("tui.airgap.status_offline", time=report.checked_at.astimezone().strftime("%H:%M:%S"))
        )
        # Read first: a change made while the table is drawn shows at the next look.
        seq, digest = self.app.services.audit.head()
        self.seen_head = seq
        # The short anchor: an observer compares it with `kiosk audit head` / the full hash on F9.
        anchor = t("tui.dash.anchor", seq=seq, start=f"{digest[:4]} {digest[4:8]}", end=digest[-4:])
        self.query_one("#dash-network", Static).update(f"{network}\n{anchor}")
        wanted = self.query_one("#filter", Select).value
        rows: dict[str, tuple[str, ...]] = {}
        incomplete = entries.incomplete_scans()
        for station in entries.election.stations:
            status = statuses[station.number]
            if wanted not in ("all", Select.BLANK) and status.value != wanted:
                continue
            status_text = t(f"tui.status.{status.value}")
            next_text = t(f"tui.next.{status.value}", claimant="").replace(" ()", "")
            if status is Status.SCANNED and station.number in incomplete:  # the rest can still be scanned
                part = incomplete[station.number]
                status_text = t("tui.dash.scanned_part", present=part.present, total=part.total)
                next_text = t("tui.next.scan_rest")
            rows[str(station.number)] = (str(station.number), station.name, status_text, next_text)
        self._show_rows(rows)

    def _show_rows(self, raw: dict[str, tuple[str, ...]]) -> None:
        """Put ``rows`` in the table: only the changed cells when the same stations are listed
        and no row changes its height."""
        self._fit_columns(raw)
        rows = {key: self._cells(cells) for key, cells in raw.items()}
        table = self.query_one("#stations", DataTable)
        if list(rows) == list(self.shown_rows) and all(
            height == self.shown_rows[key][1] for key, (_, height) in rows.items()
        ):
            for key, (cells, _) in rows.items():
                old = self.shown_rows[key][0]
                for column, cell, before in zip(ORDER, cells, old):
                    if cell != before:
                        table.update_cell(key, column, cell)
        else:
            cursor = table.cursor_row
            table.clear()
            for key, (cells, height) in rows.items():
                table.add_row(*cells, key=key, height=height)
            if table.row_count:
                table.move_cursor(row=min(cursor, table.row_count - 1))
        self.shown_rows = rows

    @on(Select.Changed, "#filter")
    def filter_changed(self) -> None:
        self.refresh_table()

    @on(Select.Changed, "#election")
    def election_changed(self, changed: Select.Changed) -> None:
        if changed.value is Select.BLANK or changed.value == self.app.services.entries.election.id:
            return
        self.app.services.choose_election(str(changed.value))
        self.retranslate()

    # -- choosing a station -------------------------------------------------------

    def selected_station(self) -> int | None:
        typed = self.query_one("#jump", Input).value
        if typed:
            return int(typed)
        table = self.query_one("#stations", DataTable)
        if not table.row_count:
            return None
        return int(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @on(Input.Submitted, "#jump")
    def jump_submitted(self) -> None:
        self.open_station(self.selected_station())

    @on(DataTable.RowSelected, "#stations")
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self.open_station(int(event.row_key.value))

    def on_key(self, event) -> None:
        # Arrows move the table even while the number box has focus, so the
        # keypad alone is enough.
        if event.key in ("up", "down", "pageup", "pagedown") and self.focused is self.query_one("#jump"):
            table = self.query_one("#stations", DataTable)
            getattr(table, f"action_cursor_{'page_' if 'page' in event.key else ''}{event.key.replace('page', '')}")()
            event.stop()

    def message(self, text: str) -> None:
        self.query_one("#dash-message", MessageLine).say(text)

    def open_station(self, number: int | None, *, manual: bool = False) -> None:
        from kiosk.tui import navigation

        self.query_one("#jump", Input).value = ""
        if number is None:
            return
        if number not in self.app.services.entries.station_numbers:
            self.message(t("tui.dash.no_station", number=number))
            return
        try:
            screen = navigation.screen_for_station(self.app, number, manual=manual)
        except EntryRefused as error:
            self.message(t("tui.refused", message=self.app.refusal(error)))
            return
        if screen is None:
            status = self.app.services.entries.statuses()[number]
            self.message(t("tui.dash.nothing_to_do", number=number, status=t(f"tui.status.{status.value}")))
            return
        self.message("")
        self.app.push_screen(screen)

    # -- role keys --------------------------------------------------------------

    def _allowed(self, capability: Capability) -> bool:
        return self.app.account is not None and self.app.account.may(capability)

    def action_manual(self) -> None:
        if self._allowed(Capability.ENTER):
            self.open_station(self.selected_station(), manual=True)

    def action_scan(self) -> None:
        if self._allowed(Capability.SCAN):
            from kiosk.tui.screens.scan_inbox import ScanInboxScreen

            self.app.push_screen(ScanInboxScreen())

    def _coordinator_screen(self, module: str, name: str) -> None:
        if self._allowed(Capability.COORDINATE):
            import importlib

            screen_class = getattr(importlib.import_module(f"kiosk.tui.screens.{module}"), name)
            self.app.push_screen(screen_class())

    def action_hand_totals(self) -> None:
        self._coordinator_screen("hand_totals", "HandTotalsScreen")

    def action_remarks(self) -> None:
        self._coordinator_screen("remarks", "RemarksScreen")

    def action_reentry(self) -> None:
        if self._allowed(Capability.ENTER):
            from kiosk.tui.screens.reentry import ReentryScreen

            self.app.push_screen(ReentryScreen(), lambda _: self.refresh_table())

    def action_investigations(self) -> None:
        self._coordinator_screen("investigations", "InvestigationsScreen")

    def action_sheet(self) -> None:
        self._coordinator_screen("sheet", "SheetScreen")

    def action_accounts(self) -> None:
        self._coordinator_screen("accounts", "AccountsScreen")

    def action_backup(self) -> None:
        self._coordinator_screen("backup", "BackupScreen")

    def action_audit(self) -> None:
        self._coordinator_screen("audit", "AuditScreen")

    def action_rehearsal(self) -> None:
        self._coordinator_screen("rehearsal", "RehearsalScreen")

    def action_release(self) -> None:
        """F11: which entry of the chosen station to release, and a confirmation (ReleaseScreen)."""
        if not self._allowed(Capability.COORDINATE):
            return
        number = self.selected_station()
        self.query_one("#jump", Input).value = ""
        if number is None:
            return
        entries = self.app.services.entries
        if number not in entries.station_numbers:
            self.message(t("tui.dash.no_station", number=number))
            return
        from kiosk.tui.screens.release import ReleaseScreen, held_entries

        if not held_entries(entries.state(number)):
            self.message(t("tui.release.nothing", station=number))
            return
        self.message("")

        def released(result) -> None:
            if result is not None:
                entry, who = result
                self.message(t("tui.released", entry=t(f"tui.release.entry_{entry}"), station=number, who=who))
            self.refresh_table()

        self.app.push_screen(ReleaseScreen(number), released)
