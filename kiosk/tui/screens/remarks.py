"""Handwritten objections and remarks: every area with writing on the scanned PVs.

The kiosk does not read handwriting; it finds the ruled areas with ink in them
(``kiosk.services.remarks``) and shows each as an image, station by station. The
coordinator reads it against the paper and marks it read (Enter; audited). Finding
the areas registers every scanned page once, so it runs in a worker thread.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Static

from kiosk.i18n import t
from kiosk.i18n.untrusted import neutralise
from kiosk.services.auth import AuthError
from kiosk.tui.screens.admin_common import AdminScreen
from kiosk.tui.widgets.field_crop import FieldCrop


class RemarksScreen(AdminScreen):
    TITLE_KEY = "tui.admin.remarks.title"
    KEYS = [("Enter", "tui.admin.remarks.key.read")]

    def __init__(self) -> None:
        super().__init__()
        self.areas: list | None = None  # WrittenArea, ...; None while looking

    def compose_body(self) -> ComposeResult:
        yield Static("", id="remarks-summary")
        with Horizontal(id="remarks-body"):
            yield DataTable(id="remarks-table", cursor_type="row", zebra_stripes=True)
            yield FieldCrop(self.app.image_mode, id="remarks-crop")

    def load(self) -> None:
        self.query_one("#remarks-table", DataTable).focus()
        self._find()

    def _find(self) -> None:
        remarks = self.app.services.remarks
        self._find_in_worker(remarks.places(), remarks.read_marks())  # the database: on this thread

    @work(thread=True, exclusive=True, group="remarks")
    def _find_in_worker(self, places: list, marks: dict) -> None:
        found = self.app.services.remarks.find(places, marks)
        self.app.call_from_thread(self._found, found)

    def _found(self, found: list) -> None:
        self.areas = found
        self.retranslate_body()
        self._show_selected()

    # -- words ----------------------------------------------------------------------------

    def summary_text(self) -> str:
        if self.areas is None:
            return t("tui.admin.remarks.busy")
        if not self.areas:
            return t("tui.admin.remarks.none")
        unread = sum(1 for a in self.areas if a.read_by is None)
        return t("tui.admin.remarks.summary", count=len(self.areas), unread=unread)

    def retranslate_body(self) -> None:
        self.query_one("#remarks-summary", Static).update(self.summary_text())
        table = self.query_one("#remarks-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("tui.admin.remarks.col.station"), key="station", width=10)
        table.add_column(t("tui.admin.remarks.col.page"), key="page", width=7)
        table.add_column(t("tui.admin.remarks.col.area"), key="area", width=34)
        table.add_column(t("tui.admin.remarks.col.read"), key="read", width=16)
        for area in self.areas or ():
            read = t("tui.admin.remarks.unread") if area.read_by is None else neutralise(area.read_by)
            table.add_row(str(area.station), str(area.page), f"{area.area}  {neutralise(area.label)}", read)
        if self.areas:
            table.move_cursor(row=min(cursor, len(self.areas) - 1))

    # -- keys -------------------------------------------------------------------------------

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_selected()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: the table selects it, and that marks the area read."""
        self.action_mark_read()

    def _selected(self):
        if not self.areas:
            return None
        row = self.query_one("#remarks-table", DataTable).cursor_row
        return self.areas[row] if 0 <= row < len(self.areas) else None

    def _show_selected(self) -> None:
        area = self._selected()
        crop = None if area is None else self.app.services.remarks.crop(area)
        self.query_one("#remarks-crop", FieldCrop).show(crop)

    def action_mark_read(self) -> None:
        area = self._selected()
        if area is None:
            return
        try:
            self.app.services.remarks.mark_read(self.app.account, area)
        except AuthError as error:
            self.refused(error)
            return
        station, page, label = area.station, area.page, area.label
        self.say(lambda: t("tui.admin.remarks.marked", station=station, page=page, area=neutralise(label)))
        self._find()
