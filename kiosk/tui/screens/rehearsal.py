"""The result of the rehearsal drill: per verifier, how many deliberately wrong
OCR proposals they confirmed unchanged, and how many they corrected.

Only a rehearsal store (``kiosk demo --rehearsal``) has such proposals; on any
other store the screen says so.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from kiosk.i18n import t
from kiosk.services import rehearsal
from kiosk.tui.screens.admin_common import AdminScreen


class RehearsalScreen(AdminScreen):
    TITLE_KEY = "tui.admin.rehearsal.title"
    KEYS = [("F5", "tui.admin.rehearsal.key.refresh")]
    BINDINGS = [Binding("f5", "refresh_report", show=False)]

    def __init__(self) -> None:
        super().__init__()
        self.is_rehearsal = False
        self.scores: list[rehearsal.VerifierScore] = []
        self.seed_count = 0

    def compose_body(self) -> ComposeResult:
        yield Static("", id="rehearsal-explain")
        yield Static("", id="rehearsal-summary", classes="subtitle")
        yield DataTable(id="rehearsal-table", cursor_type="row", zebra_stripes=True, classes="wide-table")

    def load(self) -> None:
        self.read()
        self.query_one("#rehearsal-table", DataTable).focus()

    def read(self) -> None:
        services = self.app.services
        self.is_rehearsal = services.rehearsal.is_rehearsal()
        if self.is_rehearsal:
            self.seed_count = len(services.rehearsal.seeds(services.entries.election.id))
            self.scores = services.rehearsal.report(services.entries)

    def action_refresh_report(self) -> None:
        self.read()
        self.retranslate_body()

    def retranslate_body(self) -> None:
        table = self.query_one("#rehearsal-table", DataTable)
        table.display = self.is_rehearsal
        explain = self.query_one("#rehearsal-explain", Static)
        summary = self.query_one("#rehearsal-summary", Static)
        if not self.is_rehearsal:
            explain.update(t("tui.admin.rehearsal.not_rehearsal"))
            summary.update("")
            return
        explain.update(t("tui.admin.rehearsal.explain"))
        seen = sum(score.seen for score in self.scores)
        summary.update(
            t("tui.admin.rehearsal.summary", seeds=self.seed_count, seen=seen)
            if self.scores
            else t("tui.admin.rehearsal.none_yet", seeds=self.seed_count)
        )
        table.clear(columns=True)
        table.add_column(t("tui.admin.rehearsal.col.verifier"), key="account", width=24)
        table.add_column(t("tui.admin.rehearsal.col.seen"), key="seen", width=12)
        table.add_column(t("tui.admin.rehearsal.col.unchanged"), key="unchanged", width=26)
        table.add_column(t("tui.admin.rehearsal.col.corrected"), key="corrected", width=12)
        table.add_column(t("tui.admin.rehearsal.col.caught"), key="caught")
        for score in self.scores:
            table.add_row(
                score.account,
                str(score.seen),
                str(score.confirmed_unchanged),
                str(score.corrected),
                f"{score.caught_share:.0%}" if score.seen else "—",
                key=score.account,
            )
