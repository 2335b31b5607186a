"""What a station wrote by hand in the free-text areas of its paper: objections, events, remarks.

The kiosk never reads handwriting as text. For each scanned page it finds the ruled areas
with writing in them (``ocr.areas``) and shows them to the coordinator as crops, station
by station, so that no objection or remark written on a PV goes unseen; the coordinator
marks each as read (audit event ``remarks.read``, naming the page's SHA-256 and the area).
A rescan of a page makes its areas unread again: what was read was another image.
The pages are aligned by the crop service (``kiosk.services.crops``), which keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import numpy as np

from kiosk.domain.workflow.roles import Capability
from kiosk.services import forms
from kiosk.services.auth import Account, AuthError
from kiosk.services.crops import CropPlace, CropService
from kiosk.services.entry import EntryService
from kiosk.store import pages as page_repo
from kiosk.store.integrity import audit_rows
from ocr.areas import areas_on
from ocr.register import DEFAULT_DPI, cut_box

ACTION = "remarks.read"
#: The areas where a station writes what happened (the template's area ids): objections, events and
#: other particulars in part 1 of N 10-1; the reason for extra investigation, the lists that differ and
#: the station's explanations on Na 31-2 Bijlage 1. The attendance list, the names of the signers and
#: when and where the count was held are not remarks.
REMARK_AREAS = frozenset({"1.2.1", "1.2.2", "1.2.3", "1.3.2", "1.3.3", "B1-1.reason", "B1-2.4", "B1-3.4"})


@dataclass(frozen=True)
class WrittenArea:
    station: int
    page: int
    sha256: str
    area: str  # the template's area id, e.g. "1.2.1"
    label: str
    box_mm: tuple[float, float, float, float]
    file: Path
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


class RemarksService:
    def __init__(self, entries: EntryService, crops: CropService | None = None):
        self.entries = entries
        self.store = entries.store
        self.crops = crops or CropService(entries)

        @lru_cache(maxsize=16)
        def remark_areas(station: int) -> dict[int, dict[str, dict]]:
            """Page number -> {area id: area} of the remark areas on the station's form."""
            pages = forms.template(entries.election, station)["pages"]
            found = {p["page"]: {a["id"]: a for a in p.get("areas", ()) if a["id"] in REMARK_AREAS} for p in pages}
            return {number: areas for number, areas in found.items() if areas}

        self._remark_areas = remark_areas

    def written_areas(self, station: int) -> list[WrittenArea]:
        """Every area with writing on the station's current pages, in paper order."""
        return self.find(self.places(station), self.read_marks())

    def places(self, *stations: int) -> list[PagePlace]:
        """The current scans of ``stations`` (all when none given) that have remark areas.
        Reads the database: call it on the store's thread."""
        found = []
        for station in stations or self.entries.station_numbers:
            with_areas = self._remark_areas(station)
            for number, page in sorted(
                page_repo.current_pages(self.store.db, self.entries.election.id, station).items()
            ):
                if number in with_areas:
                    found.append(PagePlace(station, number, page["sha256"], self.store.home / page["file"]))
        return found

    def find(self, places: list[PagePlace], marks: dict[tuple[str, str], str]) -> list[WrittenArea]:
        """The areas with writing on ``places``; no database access, so a worker thread may do it
        (aligning a page takes a fraction of a second)."""
        found = []
        for place in places:
            areas = self._remark_areas(place.station)[place.page]
            upright = self.crops.upright(CropPlace(place.station, place.sha256, place.file, ()))
            if upright is None:
                continue
            cut = partial(cut_box, upright, dpi=DEFAULT_DPI)
            for reading in areas_on(cut, DEFAULT_DPI, {"areas": list(areas.values())}):
                if reading.written:
                    area = areas[reading.id]
                    found.append(
                        WrittenArea(
                            place.station,
                            place.page,
                            place.sha256,
                            reading.id,
                            area["label"],
                            tuple(area["box_mm"]),
                            place.file,
                            marks.get((place.sha256, reading.id)),
                        )
                    )
        return found

    def unread(self) -> dict[int, int]:
        """Station -> how many areas with writing are not marked read (stations with none left out)."""
        counts: dict[int, int] = {}
        for area in self.find(self.places(), self.read_marks()):
            if area.read_by is None:
                counts[area.station] = counts.get(area.station, 0) + 1
        return counts

    def crop(self, area: WrittenArea) -> np.ndarray | None:
        """The area's pixels on its scan (grayscale, a margin around it), or None when the page no
        longer registers."""
        return self.crops.cut(CropPlace(area.station, area.sha256, area.file, area.box_mm))

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
                {
                    "election": self.entries.election.id,
                    "station": area.station,
                    "page": area.page,
                    "sha256": area.sha256,
                    "area": area.area,
                },
            )

    def read_marks(self) -> dict[tuple[str, str], str]:
        """(page SHA-256, area) -> who marked it read. Reads the database."""
        return {
            (details["sha256"], details["area"]): actor for _, actor, _, details in audit_rows(self.store.db, (ACTION,))
        }
