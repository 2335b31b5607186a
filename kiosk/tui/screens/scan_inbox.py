"""Scanned pages in: from a folder of image files, or a batch from the scanner.

Every page goes through the scan service, which identifies, aligns, checks and
reads it, and attaches it to its station (or refuses it, with the reason). Each
page is registered and read in a worker thread (``ScanService.read`` touches no
database); the store's SQLite connection belongs to this thread, so attaching
the page (``ScanService.attach``) happens here. The scanner itself
(``scanimage``, which may take minutes) also runs in a worker thread.

A page that is refused says why and to scan it again; a page scanned twice is
recognised; a new scan of a page replaces the old one as long as nobody has
started entering that station (the service decides).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Label, Static

from kiosk.domain.workflow import Capability
from kiosk.i18n import t
from kiosk.i18n.untrusted import neutralise
from kiosk.services.entry import EntryRefused
from kiosk.services.scan_files import folder_files
from kiosk.services.scanner_device import ScannerBatch, scan_with_device
from kiosk.services.scanning import (
    PageReading,
    PendingRead,
    ScanBatch,
    ScanOutcome,
    ScanStatus,
)
from kiosk.tui.screens.admin_common import AdminScreen

#: Seconds between two pages: long enough for the screen to draw and keys to count.
PAUSE_BETWEEN_PAGES = 0.02
#: Refusals after which scanning again does not help.
NO_RESCAN = ("entry_started", "duplicate", "too_large", "unreadable", "multi_page")
#: The service's refusals of a scanner run -> message keys.
SCANNER_REFUSALS = {
    "scan.no_sane": "tui.admin.scan.no_sane",
    "scan.timeout": "tui.admin.scan.timeout",
    "scan.failed": "tui.admin.scan.failed",
}


class ScanInboxScreen(AdminScreen):
    NEEDS = Capability.SCAN
    TITLE_KEY = "tui.admin.scan.title"
    KEYS = [("Enter", "tui.admin.scan.key.folder"), ("F6", "tui.admin.scan.key.scanner")]
    BINDINGS = [
        Binding("f5", "import_folder", show=False),
        Binding("f6", "scanner", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.outcomes: list[ScanOutcome] = []  # every batch's, since the screen opened
        self.batch: ScanBatch | None = None
        self.busy = False
        self.scanning = False
        self.batch_dir: Path | None = None

    def compose_body(self) -> ComposeResult:
        yield Static("", id="scan-explain", classes="hint")
        yield Label("", id="scan-folder-label")
        yield Input(id="scan-folder", value=self.app.services.config.scan_folder, placeholder="/media/scans")
        yield DataTable(id="scan-table", cursor_type="row", zebra_stripes=True, classes="wide-table")
        yield Static("", id="scan-summary")

    def load(self) -> None:
        self.query_one("#scan-folder", Input).focus()

    # -- words ------------------------------------------------------------------------------

    def retranslate_body(self) -> None:
        self.query_one("#scan-explain", Static).update(t("tui.admin.scan.explain"))
        self.query_one("#scan-folder-label", Label).update(t("tui.admin.scan.folder"))
        table = self.query_one("#scan-table", DataTable)
        table.clear(columns=True)
        table.add_column(t("tui.admin.scan.col.file"), key="file", width=28)
        table.add_column(t("tui.admin.scan.col.station"), key="station", width=11)
        table.add_column(t("tui.admin.scan.col.page"), key="page", width=7)
        table.add_column(t("tui.admin.scan.col.result"), key="result")
        for outcome in self.outcomes:
            self._add_row(outcome)
        self.show_summary()

    def _add_row(self, outcome: ScanOutcome) -> None:
        table = self.query_one("#scan-table", DataTable)
        # File names and reasons come from outside (a stick, a QR code): shown neutralised and as
        # plain text, so neither a control character nor "[...]" markup changes what is drawn.
        table.add_row(
            Text(neutralise(Path(outcome.source).name)),
            _number(outcome.station),
            _number(outcome.page),
            Text(neutralise(outcome_text(outcome))),
        )
        table.move_cursor(row=table.row_count - 1)

    def show_summary(self) -> None:
        accepted = sum(1 for o in self.outcomes if o.status == "accepted")
        duplicate = sum(1 for o in self.outcomes if o.status == "duplicate")
        refused = sum(1 for o in self.outcomes if o.status == "refused")
        skipped = sum(1 for o in self.outcomes if o.status == "skipped")
        text = ""
        if self.outcomes:
            text = t(
                "tui.admin.scan.summary",
                count=len(self.outcomes) - skipped,
                accepted=accepted,
                duplicate=duplicate,
                refused=refused,
            )
            if skipped:
                text += t("tui.admin.scan.summary_skipped", skipped=skipped)
            touched = {o.station for o in self.outcomes if o.station is not None}
            incomplete = {s: n for s, n in self.app.services.entries.incomplete_scans().items() if s in touched}
            if incomplete and not self.busy:
                text += "\n" + t(
                    "tui.admin.scan.incomplete",
                    stations="; ".join(
                        t("tui.admin.scan.incomplete_one", station=s, missing=part.ranges(), total=part.total)
                        for s, part in sorted(incomplete.items())
                    ),
                )
        if self.busy:
            left = len(self.batch.queue) + 1 if self.batch is not None else 0
            text = (text + "\n" if text else "") + t("tui.admin.scan.busy", left=left)
        elif self.scanning:
            text = (text + "\n" if text else "") + t("tui.admin.scan.scanner_busy")
        self.query_one("#scan-summary", Static).update(text)

    # -- from a folder ------------------------------------------------------------------------

    @on(Input.Submitted, "#scan-folder")
    def folder_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_import_folder()

    def action_import_folder(self) -> None:
        if self.busy or self.scanning:
            return
        typed = self.query_one("#scan-folder", Input).value.strip()
        if not typed:
            self.say(lambda: t("tui.admin.scan.no_folder_given"))
            return
        folder = Path(typed).expanduser()
        if not folder.is_dir():
            self.say(lambda: t("tui.admin.scan.no_folder", folder=neutralise(str(folder))))
            return
        files = folder_files(folder)  # a file that is not an image is listed as skipped
        if not files:
            self.say(lambda: t("tui.admin.scan.no_images", folder=neutralise(str(folder))))
            return
        self.start(files)

    # -- from the scanner -----------------------------------------------------------------------

    def action_scanner(self) -> None:
        if self.busy or self.scanning:
            return
        device = self.app.services.config.scanner_device
        if not device:
            self.say(lambda: t("tui.admin.scan.no_device"))
            return
        self.scanning = True
        self.batch_dir = Path(tempfile.mkdtemp(prefix="kiosk-scan-"))
        self.say(None)
        self.show_summary()
        self.run_scanner(device, self.batch_dir)

    @work(thread=True, exclusive=True, group="scanner")
    def run_scanner(self, device: str, folder: Path) -> None:
        try:
            batch = scan_with_device(device, folder)
        except EntryRefused as error:
            self.app.call_from_thread(self.scanner_refused, error)
            return
        except OSError as error:
            self.app.call_from_thread(self.scanner_refused, EntryRefused("scan.failed", str(error), problem=str(error)))
            return
        self.app.call_from_thread(self.scanner_done, batch)

    def scanner_refused(self, error: EntryRefused) -> None:
        self.scanning = False
        self._drop_batch()
        if not self.is_attached:  # the person went back meanwhile
            return
        key = SCANNER_REFUSALS.get(error.code)
        if key is None:
            self.refused(error)
        else:
            self.say(lambda: t(key, device=self.app.services.config.scanner_device, reason=str(error)))
        self.app.bell()
        self.show_summary()

    def scanner_done(self, batch: ScannerBatch) -> None:
        self.scanning = False
        if not batch.files or not self.is_attached:
            self._drop_batch()
            if self.is_attached:
                self.say(lambda: t("tui.admin.scan.scanner_empty"))
                self.show_summary()
            return
        self.start(batch.files)
        if batch.stopped:  # a jam: the pages still in the feeder were not scanned
            self.say(lambda: t("tui.admin.scan.scanner_stopped", reason=batch.stopped))
            self.app.bell()

    def _drop_batch(self) -> None:
        if self.batch_dir is not None:
            shutil.rmtree(self.batch_dir, ignore_errors=True)
            self.batch_dir = None

    # -- one page at a time -----------------------------------------------------------------------

    def start(self, files: list[Path]) -> None:
        try:
            self.batch = ScanBatch(self.app.services.scans, self.app.account, files)
        except EntryRefused as error:
            self.refused(error)
            return
        self.busy = True
        self.say(None)
        self.show_summary()
        self.set_timer(PAUSE_BETWEEN_PAGES, self.next_page)

    def next_page(self) -> None:
        """The batch's next file: settled at once when it needs no reading, else read in a
        worker thread and attached back on this thread (the service decides; this schedules)."""
        batch = self.batch
        if batch is None or not self.is_attached:
            self.finish()
            return
        try:
            step = batch.prepare()
        except EntryRefused as error:
            self.stop_on(error)
            return
        if step is None:
            self.finish()
        elif isinstance(step, ScanOutcome):
            self.page_done(step)
        else:
            self.read_page(batch, step)

    @work(thread=True, exclusive=True, group="read-page")
    def read_page(self, batch: ScanBatch, pending: PendingRead) -> None:
        reading = batch.read(pending)  # no database access: safe here
        self.app.call_from_thread(self.page_read, batch, reading)

    def page_read(self, batch: ScanBatch, reading: PageReading) -> None:
        try:
            outcome = batch.attach(reading)
        except EntryRefused as error:
            self.stop_on(error)
            return
        self.page_done(outcome)

    def stop_on(self, error: EntryRefused) -> None:
        if self.batch is not None:
            self.batch.stop()
        if self.is_attached:
            self.refused(error)
        self.finish()

    def page_done(self, outcome: ScanOutcome) -> None:
        self.outcomes.append(outcome)
        if self.is_attached:
            self._add_row(outcome)
            if outcome.status == ScanStatus.REFUSED:
                self.app.bell()
            self.show_summary()
        if self.batch is not None and not self.batch.done and self.is_attached:
            self.set_timer(PAUSE_BETWEEN_PAGES, self.next_page)
        else:
            self.finish()

    def finish(self) -> None:
        self.busy = False
        self._drop_batch()
        if self.is_attached:
            self.show_summary()

    def before_log_out(self) -> None:
        if self.batch is not None:
            self.batch.stop()  # as Esc: the pages not read yet stay in the folder

    def action_back(self) -> None:
        # The rest of the queue is left; a page still being read may stay unattached:
        # importing the folder again recognises the pages that were attached.
        if self.batch is not None:
            self.batch.stop()
        self.dismiss()


def outcome_text(outcome: ScanOutcome) -> str:
    if outcome.status == "accepted":
        key = "tui.admin.scan.replaced" if outcome.replaced else "tui.admin.scan.accepted"
        return t(key, proposals=outcome.proposals, fields=outcome.fields)
    if outcome.status == "duplicate":
        return t("tui.admin.scan.duplicate")
    if outcome.status == "skipped":
        return t("tui.admin.scan.skipped", reason=outcome.reason_text())
    reason = outcome.reason_text() or outcome.code or ""
    text = t("tui.admin.scan.refused", reason=reason)
    rescan = t("tui.admin.scan.rescan")
    if outcome.code not in NO_RESCAN and rescan.lower() not in reason.lower():
        text += " — " + rescan
    return text


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
