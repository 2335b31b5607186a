"""The image of one field, cut from its station's scanned page, for the person entering it.

The verifier compares the crop with the paper; it is never read by the kiosk.
The page is registered again (markers → homography) when first needed and kept
for the next fields of the same page.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from kiosk.services import forms
from kiosk.services.entry import EntryService
from kiosk.store import pages as page_repo
from ocr.register import cut_box, register

#: Margin around the field's boxes (mm): enough to see a digit written over the edge.
CROP_MARGIN_MM = 2.0
#: How many registered pages stay in memory (a station has a few pages).
KEPT_PAGES = 4


@dataclass(frozen=True)
class CropPlace:
    station: int
    sha256: str
    file: Path
    box_mm: tuple


class CropService:
    def __init__(self, entries: EntryService):
        self.entries = entries
        self.store = entries.store
        self._pages: OrderedDict[str, np.ndarray | None] = OrderedDict()
        self._lock = threading.Lock()

        @lru_cache(maxsize=16)
        def layout(station: int) -> dict[str, tuple[int, tuple]]:
            """Field code -> (page number, union of its boxes in mm)."""
            found: dict[str, tuple[int, tuple]] = {}
            for page in forms.template(entries.election, station)["pages"]:
                for field in page["fields"]:
                    boxes = np.array(field["boxes_mm"], dtype=float)
                    x0, y0 = boxes[:, 0].min(), boxes[:, 1].min()
                    x1, y1 = (boxes[:, 0] + boxes[:, 2]).max(), (boxes[:, 1] + boxes[:, 3]).max()
                    found[field["code"]] = (page["page"], (x0, y0, x1 - x0, y1 - y0))
            return found

        self._layout = layout

    def crop(self, station: int, code: str) -> np.ndarray | None:
        """The grayscale crop of ``code`` on the newest scan of its page, or None
        when that page was not scanned (manual entry) or no longer registers."""
        return self.cut(self.locate(station, code))

    def locate(self, station: int, code: str) -> CropPlace | None:
        """Where the field is: reads the database, so call it on the store's thread."""
        where = self._layout(station).get(code)
        if where is None:
            return None
        page_number, box = where
        page = page_repo.current_page(self.store.db, self.entries.election.id, station, page_number)
        if page is None:
            return None
        return CropPlace(station, page["sha256"], self.store.home / page["file"], box)

    def cut(self, place: CropPlace | None) -> np.ndarray | None:
        """The pixels: no database access, so a worker thread may do it."""
        if place is None:
            return None
        warped = self.upright(place)
        if warped is None:
            return None
        return cut_box(warped, place.box_mm, -CROP_MARGIN_MM).copy()

    def is_ready(self, place: CropPlace) -> bool:
        """True when the page is registered already: ``cut`` then takes about a millisecond."""
        with self._lock:
            return place.sha256 in self._pages

    def upright(self, place: CropPlace) -> np.ndarray | None:
        """The page of ``place`` registered upright (at ``ocr.register.DEFAULT_DPI``), or None when it
        no longer registers; kept for the next fields. No database access: a worker thread may call it."""
        with self._lock:
            if place.sha256 in self._pages:
                self._pages.move_to_end(place.sha256)
                return self._pages[place.sha256]
        image = cv2.imread(str(place.file), cv2.IMREAD_GRAYSCALE)
        warped = None
        if image is not None:
            registration = register(
                image,
                forms.template(self.entries.election, place.station),
                expected_election_id=self.entries.election.id,
                expected_station=place.station,
            )
            warped = registration.warped if registration.accepted else None
        with self._lock:
            self._pages[place.sha256] = warped
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        return warped
