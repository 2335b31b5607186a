"""The audit log: is the hash chain intact, and what happened last.

The check walks the whole chain (as ``kiosk audit verify``); the answer is in
words: intact, with the number of rows and the head hash in groups of four (the
hash printed on the totals sheet), or the first row that does not fit. The last
events are listed in the UI's language (``audit_words``): "veld bevestigd" —
"stembureau 3, invoer 1, veld A = 812", not the stored code and JSON.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from kiosk.i18n import integrity_words, t
from kiosk.i18n.untrusted import neutralise
from kiosk.services import audit_log
from kiosk.tui.columns import Column, fill_table
from kiosk.tui.screens.admin_common import AdminScreen, grouped
from kiosk.tui.screens.audit_words import action_text, details_text
from kiosk.tui.widgets.words import counted

SHOWN_ROWS = 200
DETAILS_WIDTH = 60
#: The columns in the order they give up width on a narrow terminal: the details first (the
#: highlighted row's are shown whole below the table), then the action and who; the number,
#: the hash and the time keep theirs.
COLUMNS = [
    Column("details", None, 16, wraps=False),
    Column("action", None, 14, wraps=False),
    Column("actor", None, 8, wraps=False),
    Column("hash", 10, 10, wraps=False),
    Column("at", None, 8, wraps=False),
    Column("seq", None, 3, wraps=False),
]
ORDER = ("seq", "hash", "at", "actor", "action", "details")
#: Below this table width the time column shows the time of day only (the date is in the line
#: below the table, for the highlighted row).
FULL_TIME_WIDTH = 110
#: Room kept for the table's vertical scroll bar.
SCROLLBAR = 2


class AuditScreen(AdminScreen):
    TITLE_KEY = "tui.admin.audit.title"
    KEYS = [("F5", "tui.admin.audit.key.verify")]
    BINDINGS = [Binding("f5", "verify", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.verification: audit_log.Verification | None = None
        self.rows: list[dict] = []

    def compose_body(self) -> ComposeResult:
        yield Static("", id="audit-verify")
        yield Static("", id="audit-table-title", classes="subtitle")
        yield DataTable(id="audit-table", cursor_type="row", zebra_stripes=True, classes="wide-table")
        yield Static("", id="audit-row")

    def load(self) -> None:
        self.query_one("#audit-table", DataTable).focus()
        self.action_verify()

    def action_verify(self) -> None:
        self.verification = None
        self.query_one("#audit-verify", Static).update(t("tui.admin.audit.busy"))
        self.call_after_refresh(self._verify)

    def _verify(self) -> None:
        audit = self.app.services.audit
        self.verification = audit.verify()
        self.rows = audit.recent(SHOWN_ROWS)
        self.retranslate_body()

    # -- words ----------------------------------------------------------------------------

    def verify_text(self) -> str:
        result = self.verification
        if result is None:
            return t("tui.admin.audit.busy")
        if result.ok:
            return t("tui.admin.audit.ok", rows=result.rows, head=grouped(result.head_hash))
        return t(
            "tui.admin.audit.broken_all", problem=integrity_words.report_text(result), head=grouped(result.head_hash)
        )

    def retranslate_body(self) -> None:
        verify = self.query_one("#audit-verify", Static)
        verify.update(self.verify_text())
        verify.set_class(self.verification is not None and not self.verification.ok, "alarm")
        self.query_one("#audit-table-title", Static).update(counted("tui.admin.audit.last", len(self.rows)))
        self._fitted_width: int | None = None
        self.fit_table()
        self.show_row()

    def on_resize(self) -> None:
        if self.allowed and self.rows:
            self.fit_table()

    def fit_table(self) -> None:
        """The table in the terminal's width: made again when the width (or the language) changed."""
        width = (self.size.width or self.app.size.width) - SCROLLBAR
        if width == getattr(self, "_fitted_width", None):
            return
        self._fitted_width = width
        full_time = width >= FULL_TIME_WIDTH
        headers = {key: t(f"tui.admin.audit.col.{key}") for key in ORDER}
        rows = {
            str(row["seq"]): (
                str(row["seq"]),
                f"{row['hash'][:4]} {row['hash'][4:8]}…",
                _time(row["at"]) if full_time else _time(row["at"])[11:],
                neutralise(row["actor"]),
                action_text(row["action"]),
                _short(row["action"], row["details"]),
            )
            for row in self.rows
        }
        fill_table(self.query_one("#audit-table", DataTable), COLUMNS, ORDER, headers, rows, width, header_lines=1)

    @on(DataTable.RowHighlighted, "#audit-table")
    def show_row(self) -> None:
        """The highlighted event whole, below the table: its time with the date, who, what, and
        every detail (the table cuts them to fit the terminal)."""
        table = self.query_one("#audit-table", DataTable)
        line = self.query_one("#audit-row", Static)
        if not table.row_count:
            line.update("")
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        row = next((r for r in self.rows if str(r["seq"]) == key), None)
        if row is None:
            line.update("")
            return
        line.update(
            f"{row['seq']}  {grouped(row['hash'][:16])}…  {_time(row['at'])}  {neutralise(row['actor'])}  "
            f"{action_text(row['action'])}\n{details_text(row['action'], row['details'])}"
        )


def _time(at: str) -> str:
    """ "2026-03-18T21:00:01+00:00" -> "2026-03-18 21:00:01" (UTC, as stored)."""
    return at.replace("T", " ").removesuffix("+00:00")


def _short(action: str, details: dict) -> str:
    text = details_text(action, details)
    return text if len(text) <= DETAILS_WIDTH else text[: DETAILS_WIDTH - 1] + "…"
