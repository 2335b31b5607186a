"""The checked totals sheet: is it ready, and if so: the PDF, the printer, the exports.

Ready means what ``TotalsService.ready_for_sheet`` says: every station
definitive and the hand count agreeing for every list. While it is not, the
screen names the stations or lists that block it. The files go to the data
directory's ``sheets/`` folder, named with the first 16 characters of the SHA-256
of the EML 510b of the same totals; the screen shows that hash in groups of
four and the head hash of the audit log, as printed in the sheet's footer.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from kiosk.domain.handcount import ListStatus
from kiosk.domain.workflow import Status
from kiosk.i18n import integrity_words, t
from kiosk.services import printing
from kiosk.services.entry import EntryRefused
from kiosk.services.seal import SealRefused
from kiosk.tui.screens.admin_common import AdminScreen, grouped, number_ranges


class SheetScreen(AdminScreen):
    TITLE_KEY = "tui.admin.sheet.title"
    KEYS = [
        ("F5", "tui.admin.sheet.key.pdf"),
        ("F6", "tui.admin.sheet.key.print"),
        ("F7", "tui.admin.sheet.key.eml"),
        ("F8", "tui.admin.sheet.key.csv"),
    ]
    BINDINGS = [
        Binding("f5", "write_pdf", show=False),
        Binding("f6", "print_sheet", show=False),
        Binding("f7", "export('eml510')", show=False),
        Binding("f8", "export('csv')", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.ready = False
        self.sheet: printing.SheetFile | None = None
        self.exports: dict[str, printing.ExportFile] = {}

    def compose_body(self) -> ComposeResult:
        yield Static("", id="sheet-status")
        yield Static("", id="sheet-files")

    def load(self) -> None:
        self.refresh_status()

    # -- is it ready? ------------------------------------------------------------------

    def refresh_status(self) -> None:
        totals = self.app.services.totals
        self.blocked_by: EntryRefused | None = None
        try:
            totals.ready_for_sheet()
            self.ready = True
        except EntryRefused as error:
            self.ready = False
            self.blocked_by = error

    def status_text(self) -> str:
        if self.ready:
            return t("tui.admin.sheet.ready", count=len(self.app.services.entries.station_numbers))
        error = self.blocked_by
        entries = self.app.services.entries
        statuses = entries.statuses()
        missing = [n for n, s in statuses.items() if s is Status.EMPTY]
        errors = [n for n, s in statuses.items() if s is Status.HAS_ERRORS]
        pending = [n for n, s in statuses.items() if s not in (Status.EMPTY, Status.HAS_ERRORS, Status.DEFINITIVE)]
        lines = [t("tui.admin.sheet.not_ready")]
        if missing or errors or pending:
            for key, found in (("missing", missing), ("pending", pending), ("errors", errors)):
                if found:
                    lines.append(t(f"tui.admin.sheet.stations_{key}", count=len(found), stations=number_ranges(found)))
            return "\n".join(lines)
        try:
            check = self.app.services.totals.hand_check()
        except EntryRefused as other:
            return "\n".join(lines + [t("tui.refused", message=self.app.refusal(other))])
        open_lists = [c for c in check.lists if c.status is not ListStatus.AGREES]
        if open_lists:
            lines.append(t("tui.admin.sheet.lists_open", lists=", ".join(str(c.list_number) for c in open_lists)))
            for row in open_lists:
                lines.append(
                    t(
                        f"tui.admin.sheet.list_{row.status.value}",
                        number=row.list_number,
                        difference="" if row.difference is None else f"{row.difference:+d}",
                    )
                )
            return "\n".join(lines)
        return "\n".join(lines + [t("tui.refused", message=self.app.refusal(error))])

    # -- language -------------------------------------------------------------------------

    def retranslate_body(self) -> None:
        self.query_one("#sheet-status", Static).update(self.status_text())
        self.query_one("#sheet-files", Static).update(self.files_text())

    def files_text(self) -> str:
        lines = []
        if self.sheet is not None:
            lines += [
                t("tui.admin.sheet.pdf_kept", path=self.sheet.path),
                t("tui.admin.sheet.eml_hash", hash=grouped(self.sheet.eml_sha256)),
                t(
                    "tui.admin.sheet.seal",
                    seq=self.sheet.audit_seq,
                    version=self.sheet.version,
                    hash=grouped(self.sheet.audit_head),
                ),
            ]
        for kind, export in self.exports.items():
            lines.append(t(f"tui.admin.sheet.{kind}_kept", path=export.path, hash=grouped(export.sha256)))
        return "\n".join(lines)

    def show(self) -> None:
        self.refresh_status()
        self.retranslate_body()

    # -- actions ----------------------------------------------------------------------------

    def _sheet_action(self, make) -> bool:
        """Run ``make`` (which writes the sheet) once the service says the sheet may be
        made; refusals and failures go to the message line."""
        self.refresh_status()
        if not self.ready:
            self.say(lambda: t("tui.admin.sheet.refused_not_ready"))
            self.app.bell()
            return False
        try:
            make()
        except EntryRefused as error:
            self.refused(error)
        except SealRefused as error:  # the database or the audit log does not verify
            problem = error.report  # `error` is gone after the except block; the text is built later (F2)
            self.say(lambda: t("tui.admin.sheet.audit_broken", reason=integrity_words.report_text(problem)))
        except OSError as error:
            reason = error.strerror or str(error)
            self.say(lambda: t("tui.admin.cannot_write", reason=reason))
        else:
            return True
        self.app.bell()
        return False

    def action_write_pdf(self) -> None:
        def make() -> None:
            self.sheet = printing.write_totals_sheet(self.app.services.totals, actor=self.app.account.username)

        if self._sheet_action(make):
            self.say(lambda: t("tui.admin.sheet.pdf_done"))
        self.show()

    def action_print_sheet(self) -> None:
        services = self.app.services
        # The guard of the entry service: present when the air gap is enforced (not in the demo).
        guard = getattr(services.entries, "network_guard", None)
        results = []

        def make() -> None:
            self.sheet, result = printing.print_totals_sheet(
                services.totals, self.app.account.username, services.config.printer, guard=guard
            )
            results.append(result)

        if self._sheet_action(make):
            result = results[0]
            self.say(result.text)
            if not result.printed:
                self.app.bell()
        self.show()

    def action_export(self, kind: str) -> None:
        try:
            self.exports[kind] = printing.write_export(self.app.services.totals, kind, actor=self.app.account.username)
        except SealRefused as error:
            problem = error.report
            self.say(lambda: t("tui.admin.sheet.audit_broken", reason=integrity_words.report_text(problem)))
            self.app.bell()
            self.show()
            return
        except EntryRefused:
            self.say(lambda: t("tui.admin.sheet.no_totals"))
            self.app.bell()
            self.show()
            return
        except OSError as error:
            reason = error.strerror or str(error)
            self.say(lambda: t("tui.admin.cannot_write", reason=reason))
            self.show()
            return
        self.say(lambda: t(f"tui.admin.sheet.{kind}_done"))
        self.show()
