"""The audit log: is the hash chain intact, and what happened last.

The check walks the whole chain (as ``kiosk audit verify``); the answer is in
words: intact, with the number of rows and the head hash in groups of four (the
hash printed on the totals sheet), or the first row that does not fit. The last
events are listed in the UI's language (``audit_words``): "veld bevestigd" —
"stembureau 3, invoer 1, veld A = 812", not the stored code and JSON.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from kiosk.i18n import integrity_words, t
from kiosk.i18n.untrusted import neutralise
from kiosk.services import audit_log
from kiosk.tui.screens.admin_common import AdminScreen, grouped
from kiosk.tui.screens.audit_words import action_text, details_text
from kiosk.tui.widgets.words import counted

SHOWN_ROWS = 200
DETAILS_WIDTH = 60


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
        table = self.query_one("#audit-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("tui.admin.audit.col.seq"), key="seq", width=7)
        table.add_column(t("tui.admin.audit.col.hash"), key="hash", width=14)
        table.add_column(t("tui.admin.audit.col.at"), key="at", width=20)
        table.add_column(t("tui.admin.audit.col.actor"), key="actor", width=16)
        table.add_column(t("tui.admin.audit.col.action"), key="action", width=26)
        table.add_column(t("tui.admin.audit.col.details"), key="details")
        for row in self.rows:
            digest = row["hash"]
            table.add_row(
                str(row["seq"]),
                f"{digest[:4]} {digest[4:8]}…",
                _time(row["at"]),
                neutralise(row["actor"]),
                action_text(row["action"]),
                _short(row["action"], row["details"]),
                key=str(row["seq"]),
            )
        if table.row_count:
            table.move_cursor(row=min(cursor, table.row_count - 1))


def _time(at: str) -> str:
    """ "2026-03-18T21:00:01+00:00" -> "2026-03-18 21:00:01" (UTC, as stored)."""
    return at.replace("T", " ").removesuffix("+00:00")


def _short(action: str, details: dict) -> str:
    text = details_text(action, details)
    return text if len(text) <= DETAILS_WIDTH else text[: DETAILS_WIDTH - 1] + "…"
