"""Investigations (coordinator): open one on a station, record findings, conclude.

The table lists the election's investigations; below it the selected one in full (its
reason, findings and the rounds of its station with what a correction changed) and one
form row. Ctrl+N opens an investigation of the station typed, for the reason chosen, with
the text as its explanation; Ctrl+B records the text as a finding of the selected one;
Ctrl+R concludes it with the "recounted" and "corrected" chosen. "Corrected" sends the
station back for two new blind entries: the screen says so. The service decides; every
step is audited there.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Input, Select, Static

from kiosk.domain.investigation import InvestigationReason
from kiosk.domain.refusal import Refusal
from kiosk.i18n import t
from kiosk.i18n.untrusted import neutralise
from kiosk.tui.screens.admin_common import AdminScreen

YES_NO = ("yes", "no")


class InvestigationsScreen(AdminScreen):
    TITLE_KEY = "tui.admin.investigations.title"
    KEYS = [
        ("Ctrl+N", "tui.admin.investigations.key.open"),
        ("Ctrl+B", "tui.admin.investigations.key.findings"),
        ("Ctrl+R", "tui.admin.investigations.key.conclude"),
    ]
    BINDINGS = [
        *AdminScreen.BINDINGS,
        Binding("ctrl+n", "open_investigation", show=False, priority=True),
        Binding("ctrl+b", "findings", show=False, priority=True),
        Binding("ctrl+r", "conclude", show=False, priority=True),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static("", id="inv-summary")
        yield DataTable(id="inv-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="inv-detail")
        with Horizontal(id="inv-form"):
            yield Input(id="inv-station", restrict=r"[0-9]*", max_length=6)
            yield Select(_reasons(), id="inv-reason", allow_blank=False, value=InvestigationReason.OTHER_ERROR.value)
            yield Select(_yes_no("recounted"), id="inv-recounted", allow_blank=False, value="no")
            yield Select(_yes_no("corrected"), id="inv-corrected", allow_blank=False, value="no")
        yield Input(id="inv-text", max_length=2000)

    def load(self) -> None:
        self.query_one("#inv-station", Input).focus()

    # -- words --------------------------------------------------------------------------------

    def retranslate_body(self) -> None:
        investigations = self.app.services.investigations.all()
        self.numbers = list(investigations)
        self.query_one("#inv-summary", Static).update(
            t("tui.admin.investigations.summary", count=len(investigations))
            if investigations
            else t("tui.admin.investigations.none")
        )
        table = self.query_one("#inv-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        for key, width in (("number", 5), ("station", 12), ("reason", 40), ("state", 40)):
            table.add_column(t(f"tui.admin.investigations.col.{key}"), key=key, width=width)
        for investigation in investigations.values():
            table.add_row(
                str(investigation.number),
                str(investigation.station),
                t(f"investigation.reason.{investigation.reason.value}"),
                self._state(investigation),
            )
        if investigations:
            table.move_cursor(row=min(cursor, len(investigations) - 1))
        self._options("#inv-reason", _reasons())
        for label in ("recounted", "corrected"):
            self._options(f"#inv-{label}", _yes_no(label))
        self.query_one("#inv-station", Input).placeholder = t("tui.admin.investigations.station")
        self.query_one("#inv-text", Input).placeholder = t("tui.admin.investigations.text")
        self._show_selected()

    def _options(self, selector: str, options: list[tuple[str, str]]) -> None:
        """The same choices in the active language, the chosen one kept."""
        select = self.query_one(selector, Select)
        current = select.value
        select.set_options(options)
        select.value = current

    @staticmethod
    def _state(investigation) -> str:
        if investigation.is_open:
            return t("tui.admin.investigations.open", findings=len(investigation.findings))
        return t(
            "tui.admin.investigations.concluded",
            recounted=t("cli.yes" if investigation.recounted else "cli.no"),
            corrected=t("cli.yes" if investigation.corrected else "cli.no"),
        )

    def _selected(self):
        if not self.numbers:
            return None
        row = self.query_one("#inv-table", DataTable).cursor_row
        number = self.numbers[row] if 0 <= row < len(self.numbers) else None
        return self.app.services.investigations.all().get(number)

    def _show_selected(self) -> None:
        investigation = self._selected()
        detail = self.query_one("#inv-detail", Static)
        if investigation is None:
            detail.update("")
            return
        lines = [t("tui.admin.investigations.about", number=investigation.number, station=investigation.station)]
        if investigation.explanation:
            lines.append(neutralise(investigation.explanation))
        lines += [
            t("tui.admin.investigations.finding", text=neutralise(f.text), by=f.by) for f in investigation.findings
        ]
        for round_ in self.app.services.investigations.history(investigation.station):
            lines.append(
                t(
                    "cli.investigations.round",
                    number=round_.number,
                    status=t(f"tui.status.{round_.status}"),
                    by=", ".join(round_.entered_by) or "-",
                )
            )
            if round_.closed_at is not None:
                at = round_.closed_at.astimezone().strftime("%d-%m-%Y %H:%M")
                lines.append(
                    t("cli.investigations.round_closed", at=at, by=round_.closed_by, number=round_.investigation)
                )
            lines += [f"      {code}: {before} → {after}" for code, before, after in round_.changes]
        detail.update("\n".join(lines))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_selected()

    # -- keys ------------------------------------------------------------------------------------

    def action_open_investigation(self) -> None:
        typed = self.query_one("#inv-station", Input).value
        if not typed:
            self.say(lambda: t("tui.admin.investigations.need_station"))
            return
        reason = str(self.query_one("#inv-reason", Select).value)
        text = self.query_one("#inv-text", Input).value
        self._step(
            lambda: self.app.services.investigations.open(self.app.account, int(typed), reason, text),
            "tui.admin.investigations.opened",
        )

    def action_findings(self) -> None:
        investigation = self._selected()
        if investigation is None:
            return
        text = self.query_one("#inv-text", Input).value
        self._step(
            lambda: self.app.services.investigations.add_findings(self.app.account, investigation.number, text),
            "tui.admin.investigations.recorded",
        )

    def action_conclude(self) -> None:
        investigation = self._selected()
        if investigation is None:
            return
        recounted = self.query_one("#inv-recounted", Select).value == "yes"
        corrected = self.query_one("#inv-corrected", Select).value == "yes"
        done_key = "tui.admin.investigations.corrected_round" if corrected else "tui.admin.investigations.done"
        self._step(
            lambda: self.app.services.investigations.conclude(
                self.app.account, investigation.number, recounted, corrected
            ),
            done_key,
        )

    def _step(self, step, done_key: str) -> None:
        try:
            investigation = step()
        except Refusal as error:  # in words on the message line, never a traceback
            self.refused(error)
            return
        self.query_one("#inv-text", Input).value = ""
        number, station = investigation.number, investigation.station
        self.say(lambda: t(done_key, number=number, station=station))
        self.retranslate_body()


def _reasons() -> list[tuple[str, str]]:
    return [(t(f"investigation.reason.{r.value}"), r.value) for r in InvestigationReason]


def _yes_no(label: str) -> list[tuple[str, str]]:
    return [(t(f"tui.admin.investigations.{label}.{v}"), v) for v in YES_NO]
