"""The hand count of the list totals (DESIGN §7), typed twice, then compared.

The coordinator copies the totals that were added up by hand on paper, one
input per list, Enter to the next list; after the last list the typing is
stored (slot 1: "eerste keer"). Then the same paper is typed a second time
(slot 2) on empty inputs: the first typing is never on the screen, so a typing
slip shows up as a difference between the two. The machine totals are not on
the screen while typing either: the hand count must not be copied from them.

After both typings the screen compares per list: machine total, the two hand
typings, the difference, and whether it agrees. The verdict is the service's:
the sheet stays blocked while any list does not agree. Either typing can be
done again (append-only: the newest typing of a slot counts).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Input, Static

from kiosk.domain.handcount import HandCountCheck, ListStatus
from kiosk.domain.workflow import Status
from kiosk.i18n import t
from kiosk.services.entry import EntryRefused
from kiosk.tui.screens.admin_common import AdminScreen, number_ranges
from kiosk.tui.screens.session import LOGOUT_KEY

ENTRY = "entry"
COMPARE = "compare"


class HandTotalsScreen(AdminScreen):
    TITLE_KEY = "tui.admin.hand.title"
    BINDINGS = [
        Binding("up", "previous_list", show=False),
        Binding("down", "next_list", show=False),
        Binding("f10", "save", show=False),
        Binding("f3", "again(1)", show=False),
        Binding("f4", "again(2)", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.mode = ENTRY
        self.slot = 1
        self.check: HandCountCheck | None = None
        self.not_ready: EntryRefused | None = None
        self.sheet_allowed = False

    def key_list(self) -> list[tuple[str, str]]:
        if not self.allowed:
            return super().key_list()
        if self.mode == ENTRY:
            keys = [("Enter", "tui.admin.key.next_list"), ("↑↓", "tui.admin.key.move"), ("F10", "tui.admin.key.save")]
        else:
            keys = [("F3", "tui.admin.hand.key.again_1"), ("F4", "tui.admin.hand.key.again_2")]
        return keys + [("Esc", "tui.key.back"), ("F12", "tui.key.lock"), LOGOUT_KEY]

    # -- building -----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        self.lists = self.app.services.entries.election.lists
        yield Static("", id="hand-mode", classes="subtitle")
        yield Static("", id="hand-explain", classes="hint")
        with VerticalScroll(id="hand-form"):
            for party in self.lists:
                with Horizontal(classes="hand-row"):
                    yield Static("", id=f"hand-label-{party.number}", classes="hand-label")
                    yield Input(id=f"hand-{party.number}", restrict=r"[0-9]*", max_length=7, classes="hand-input")
        yield DataTable(id="hand-check", cursor_type="row", zebra_stripes=True, classes="wide-table")
        yield Static("", id="hand-verdict")

    def load(self) -> None:
        self.refresh_check()
        if self.check is None or all(c.first is None for c in self.check.lists):
            self.start_entry(1)
        elif any(c.second is None for c in self.check.lists):
            self.start_entry(2)
        else:
            self.show_comparison()

    @property
    def inputs(self) -> list[Input]:
        return [self.query_one(f"#hand-{party.number}", Input) for party in self.lists]

    def refresh_check(self) -> None:
        """The service's comparison; None while the totals cannot be made yet."""
        try:
            self.check = self.app.services.totals.hand_check()
            self.not_ready = None
        except EntryRefused as error:
            self.check = None
            self.not_ready = error

    # -- modes --------------------------------------------------------------------------

    def start_entry(self, slot: int) -> None:
        self.mode = ENTRY
        self.slot = slot
        for box in self.inputs:
            box.value = ""  # never the other typing's numbers
        self.query_one("#hand-form").display = True
        self.query_one("#hand-check").display = False
        self.query_one("#hand-verdict").display = False
        self.retranslate()
        if self.inputs:
            self.inputs[0].focus()
            self.query_one("#hand-form", VerticalScroll).scroll_home(animate=False)

    def show_comparison(self) -> None:
        self.mode = COMPARE
        self.query_one("#hand-form").display = False
        self.query_one("#hand-check").display = True
        self.query_one("#hand-verdict").display = True
        self.retranslate()
        self.query_one("#hand-check", DataTable).focus()

    # -- language -------------------------------------------------------------------------

    def retranslate_body(self) -> None:
        for party in self.lists:
            self.query_one(f"#hand-label-{party.number}", Static).update(
                t("tui.entry.section_list", number=party.number, name=party.name)
            )
        for box in self.inputs:
            box.placeholder = t("tui.admin.hand.placeholder")
        if self.mode == ENTRY:
            self.query_one("#hand-mode", Static).update(t(f"tui.admin.hand.mode_{self.slot}"))
            self.query_one("#hand-explain", Static).update(t("tui.admin.hand.explain_entry"))
        else:
            self.query_one("#hand-mode", Static).update(t("tui.admin.hand.mode_compare"))
            self.query_one("#hand-explain", Static).update(t("tui.admin.hand.explain_compare"))
            self.fill_table()
            verdict = self.query_one("#hand-verdict", Static)
            verdict.update(self.verdict())
            verdict.set_class(not self.sheet_allowed, "blocked")

    def fill_table(self) -> None:
        table = self.query_one("#hand-check", DataTable)
        table.clear(columns=True)
        for key, text_key in (
            ("list", "tui.admin.hand.col.list"),
            ("name", "tui.admin.hand.col.name"),
            ("machine", "tui.admin.hand.col.machine"),
            ("first", "tui.admin.hand.col.first"),
            ("second", "tui.admin.hand.col.second"),
            ("difference", "tui.admin.hand.col.difference"),
            ("status", "tui.admin.hand.col.status"),
        ):
            table.add_column(t(text_key), key=key)
        if self.check is None:
            return
        names = {party.number: party.name for party in self.lists}
        for row in self.check.lists:
            difference = "—" if row.difference is None else (f"{row.difference:+d}" if row.difference else "0")
            table.add_row(
                str(row.list_number),
                names.get(row.list_number, ""),
                str(row.machine),
                _number(row.first),
                _number(row.second),
                difference,
                t(f"tui.admin.hand.status.{row.status.value}"),
                key=str(row.list_number),
            )

    def verdict(self) -> str:
        self.sheet_allowed = False
        if self.check is None:
            return self.not_ready_text()
        try:
            self.app.services.totals.ready_for_sheet()  # the service decides, not this screen
        except EntryRefused:
            lines = [t("tui.admin.hand.blocked")]
            names = {party.number: party.name for party in self.lists}
            for row in self.check.lists:
                name = names.get(row.list_number, "")
                if row.status is ListStatus.DIFFERS_FROM_MACHINE:
                    lines.append(
                        t(
                            "tui.admin.hand.line_differs",
                            number=row.list_number,
                            name=name,
                            hand=row.hand,
                            machine=row.machine,
                            difference=f"{row.difference:+d}",
                        )
                    )
                elif row.status is ListStatus.ENTRIES_DIFFER:
                    lines.append(
                        t(
                            "tui.admin.hand.line_typings",
                            number=row.list_number,
                            name=name,
                            first=row.first,
                            second=row.second,
                        )
                    )
                elif row.status is ListStatus.NOT_ENTERED:
                    lines.append(t("tui.admin.hand.line_missing", number=row.list_number, name=name))
            return "\n".join(lines)
        self.sheet_allowed = True
        return t("tui.admin.hand.agrees", count=len(self.check.lists))

    def not_ready_text(self) -> str:
        statuses = self.app.services.entries.statuses()
        open_stations = [n for n, status in statuses.items() if status is not Status.DEFINITIVE]
        if open_stations:
            return t("tui.admin.hand.no_totals", stations=number_ranges(open_stations))
        return t("tui.refused", message=self.app.refusal(self.not_ready))

    # -- typing ---------------------------------------------------------------------------

    def _index(self) -> int | None:
        focused = self.focused
        for index, box in enumerate(self.inputs):
            if box is focused:
                return index
        return None

    def _focus(self, index: int) -> None:
        box = self.inputs[index]
        box.focus()
        box.scroll_visible(animate=False)

    def action_previous_list(self) -> None:
        index = self._index()
        if self.mode == ENTRY and index is not None and index > 0:
            self._focus(index - 1)

    def action_next_list(self) -> None:
        index = self._index()
        if self.mode == ENTRY and index is not None and index < len(self.inputs) - 1:
            self._focus(index + 1)

    @on(Input.Submitted, ".hand-input")
    def next_or_save(self, event: Input.Submitted) -> None:
        event.stop()
        index = self._index()
        if index is not None and index < len(self.inputs) - 1:
            self._focus(index + 1)
        else:
            self.action_save()

    def action_save(self) -> None:
        if self.mode != ENTRY:
            return
        totals: dict[int, int] = {}
        for index, (party, box) in enumerate(zip(self.lists, self.inputs)):
            if not box.value.strip():
                self.say(lambda party=party: t("tui.admin.hand.empty", number=party.number, name=party.name))
                self._focus(index)
                self.app.bell()
                return
            totals[party.number] = int(box.value)
        slot = self.slot
        other_typed = self.check is not None and any(
            (c.second if slot == 1 else c.first) is not None for c in self.check.lists
        )
        try:
            self.app.services.totals.enter_hand_count(self.app.account, slot, totals)
        except EntryRefused as error:
            if not error.code.startswith("tabulation."):
                self.refused(error)
                self.app.bell()
                return
            # Stored; only the comparison has to wait for the stations.
        self.refresh_check()
        self.say(lambda: t("tui.admin.hand.saved", slot=t(f"tui.admin.hand.slot_{slot}")))
        if slot == 1 and not other_typed:
            self.start_entry(2)
        else:
            self.show_comparison()

    def action_again(self, slot: int) -> None:
        if self.mode == COMPARE:
            self.say(None)
            self.start_entry(slot)

    def action_back(self) -> None:
        if (
            self.mode == ENTRY
            and self.check is not None
            and all(c.first is not None and c.second is not None for c in self.check.lists)
        ):
            # Typing again was started from the comparison: Escape returns to it, unsaved.
            self.say(None)
            self.show_comparison()
            return
        self.dismiss()


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)
