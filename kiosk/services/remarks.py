"""What a station wrote by hand in the free-text areas of its paper: objections, events, remarks.

The kiosk never reads handwriting as text. For each scanned page it finds the ruled areas
with writing in them (``ocr.areas``) and shows them to the coordinator as crops, station
by station, so that no objection or remark written on a PV goes unseen; the coordinator
marks each as read (audit event ``remarks.read``, naming the page's SHA-256 and the area).
A rescan of a page makes its areas unread again: what was read was another image.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from kiosk.domain.workflow.roles import Capability
from kiosk.services import forms
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import EntryService
from kiosk.store import pages as page_repo
from kiosk.store.integrity import audit_rows
from ocr.areas import read_areas
from ocr.register import register

ACTION = "remarks.read"
#: The areas where a station writes what happened (the template's area ids): objections, events and
#: other particulars in part 1 of N 10-1; the reason for extra investigation, the lists that differ and
#: the station's explanations on Na 31-2 Bijlage 1. The attendance list, the names of the signers and
#: when and where the count was held are not remarks.
REMARK_AREAS = frozenset({"1.2.1", "1.2.2", "1.2.3", "1.3.2", "1.3.3", "B1-1.reason", "B1-2.4", "B1-3.4"})
#: Registered pages kept in memory.
KEPT_PAGES = 8


@dataclass(frozen=True)
class WrittenArea:
    station: int
    page: int
    sha256: str
    area: str  # the template's area id, e.g. "1.2.1"
    label: str
    box_mm: tuple[float, float, float, float]
    read_by: str | None = None  # the coordinator who marked it read; None: not read yet

    @property
    def key(self) -> tuple[str, str]:
        return (self.sha256, self.area)


@dataclass(frozen=True)
class PagePlace:
    station: int
    page: int
    sha256: str
    file: Path


@dataclass(frozen=True)
class _Page:
    registration: object | None
    areas: tuple  # AreaReading, ...


class RemarksService:
    def __init__(self, entries: EntryService):
        self.entries = entries
        self.store = entries.store
        self._pages: OrderedDict[str, _Page] = OrderedDict()
        self._lock = threading.Lock()

    def written_areas(self, station: int) -> list[WrittenArea]:
        """Every area with writing on the station's current pages, in paper order."""
        return self.find(self.places(station), self.read_marks())

    def places(self, *stations: int) -> list[PagePlace]:
        """The current scans of ``stations`` (all when none given) that have remark areas.
        Reads the database: call it on the store's thread."""
        found = []
        for station in stations or self.entries.station_numbers:
            template = forms.template(self.entries.election, station)
            for number, page in sorted(page_repo.current_pages(self.store.db, station).items()):
                if number <= len(template["pages"]):
                    page_template = template["pages"][number - 1]
                    if any(a["id"] in REMARK_AREAS for a in page_template.get("areas", ())):
                        found.append(PagePlace(station, number, page["sha256"], self.store.home / page["file"]))
        return found

    def find(self, places: list[PagePlace], marks: dict[tuple[str, str], str]) -> list[WrittenArea]:
        """The areas with writing on ``places``; no database access, so a worker thread may do it
        (registering a page takes a fraction of a second)."""
        found = []
        for place in places:
            page_template = forms.template(self.entries.election, place.station)["pages"][place.page - 1]
            boxes = {a["id"]: a for a in page_template.get("areas", ()) if a["id"] in REMARK_AREAS}
            scanned = self._page(place.station, place.sha256, place.file, page_template)
            for reading in scanned.areas:
                if reading.written and reading.id in boxes:
                    area = boxes[reading.id]
                    found.append(
                        WrittenArea(
                            place.station,
                            place.page,
                            place.sha256,
                            reading.id,
                            area["label"],
                            tuple(area["box_mm"]),
                            marks.get((place.sha256, reading.id)),
                        )
                    )
        return found

    def unread(self) -> dict[int, int]:
        """Station -> how many areas with writing are not marked read (stations with none left out)."""
        counts = {}
        for station in self.entries.station_numbers:
            left = sum(1 for area in self.written_areas(station) if area.read_by is None)
            if left:
                counts[station] = left
        return counts

    def crop(self, area: WrittenArea) -> np.ndarray | None:
        """The area's pixels on its scan (grayscale), or None when the page no longer registers."""
        with self._lock:
            page = self._pages.get(area.sha256)
        if page is None or page.registration is None:
            return None
        return page.registration.cut(area.box_mm, 0.0).copy()

    def mark_read(self, account: Account, area: WrittenArea) -> None:
        """Record that ``account`` (a coordinator) read ``area`` on the paper; once per area and scan."""
        if not account.may(Capability.COORDINATE):
            raise AuthError("auth.not_coordinator", name=account.username)
        with self.store.transaction():
            if area.key in self.read_marks():
                return
            self.store.audit(
                account.username,
                ACTION,
                {"station": area.station, "page": area.page, "sha256": area.sha256, "area": area.area},
            )

    def read_marks(self) -> dict[tuple[str, str], str]:
        """(page SHA-256, area) -> who marked it read. Reads the database."""
        return {
            (details["sha256"], details["area"]): actor for _, actor, _, details in audit_rows(self.store.db, (ACTION,))
        }

    def _page(self, station: int, sha256: str, file: Path, page_template: dict) -> _Page:
        with self._lock:
            if sha256 in self._pages:
                self._pages.move_to_end(sha256)
                return self._pages[sha256]
        image = cv2.imread(str(file), cv2.IMREAD_GRAYSCALE)
        page = _Page(None, ())
        if image is not None:
            registration = register(
                image,
                forms.template(self.entries.election, station),
                expected_election_id=self.entries.election.id,
                expected_station=station,
            )
            if registration.accepted:
                page = _Page(registration, tuple(read_areas(registration, page_template)))
        with self._lock:
            self._pages[sha256] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        return page
