"""The scanned image of the field being entered, next to the input.

Shown with textual-image: sixel or the kitty protocol where the terminal has
them (foot on the appliance), coloured half cells otherwise. Tests use half
cells, which render the same everywhere.

The crop is zoomed on the field's digit boxes (``kiosk.tui.crop_zoom``): the boxes
that hold ink fill the space the screen gives the crop, so that a digit box is at
least ``MIN_BOX_ROWS`` rows tall at 80×24 in half cells. With sixel or kitty the
same window is drawn in the same cells at the terminal's full pixel resolution.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PIL import Image as PILImage
from textual import work
from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import Static

from kiosk.i18n import t
from kiosk.tui.crop_zoom import FieldGeometry, Zoom, choose, render_pixels


def image_widget_class(mode: str):
    if mode == "halfcell":
        from textual_image.widget import HalfcellImage

        return HalfcellImage
    from textual_image.widget import Image

    return Image


def draws_pixels(mode: str) -> bool:
    """True when the terminal draws real pixels (sixel, kitty): the crop goes at full resolution."""
    if mode in ("halfcell", "none"):
        return False
    from textual_image.renderable import Image as AutoRenderable
    from textual_image.renderable.sixel import Image as SixelRenderable
    from textual_image.renderable.tgp import Image as TGPRenderable

    return AutoRenderable in (SixelRenderable, TGPRenderable)


@dataclass(frozen=True)
class Drawn:
    """What the crop shows now (read by tests and the benchmark): which field, how large
    (cells), how tall one digit box is there (rows), and when it was on the screen."""

    station: int
    code: str
    columns: int
    rows: int
    box_rows: float
    at: float


class FieldCrop(Container):
    """Holds one crop at a time; ``show(None)`` says there is no scan of the field.

    ``load`` fetches a field's crop through the crop service: at once when its
    page is aligned already, else in a worker thread (aligning takes a fraction
    of a second). A crop that arrives after another field was asked for is dropped.
    ``prefetch`` aligns another field's page in the background, so that moving on
    to it does not wait."""

    def __init__(self, mode: str = "auto", **kwargs):
        super().__init__(**kwargs)
        self.mode = mode
        self._wanted: tuple[int, str] | None = None
        self._image = None
        self._boxes: dict[int, dict[str, tuple]] = {}
        self._crop: np.ndarray | None = None
        self._geometry: FieldGeometry | None = None
        #: The field whose crop is on the screen, once drawn (None: no crop shown).
        self.drawn: Drawn | None = None
        self.zoom: Zoom | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.entry.no_crop"), id="no-crop")

    # -- fetching ---------------------------------------------------------------------

    def _geometry_of(self, crops, station: int, code: str, place) -> FieldGeometry | None:
        from kiosk.services import forms
        from kiosk.services.crops import CROP_MARGIN_MM

        if station not in self._boxes:
            template = forms.template(crops.entries.election, station)
            self._boxes[station] = {
                field["code"]: tuple(tuple(box) for box in field["boxes_mm"])
                for page in template["pages"]
                for field in page["fields"]
            }
        boxes = self._boxes[station].get(code)
        return FieldGeometry(tuple(place.box_mm), boxes, CROP_MARGIN_MM) if boxes else None

    def load(self, crops, station: int, code: str) -> None:
        """Show the crop of ``code`` of ``station`` (``crops``: a CropService)."""
        self._wanted = (station, code)
        place = None if self.mode == "none" else crops.locate(station, code)  # database: this thread
        if place is None:
            self.show(None)
            return
        geometry = self._geometry_of(crops, station, code, place)
        if crops.is_ready(place):
            # Cutting takes ~1 ms, drawing longer: whatever the screen changed with this
            # field (its label, the input) comes first, the picture a frame later.
            self.call_after_refresh(self._arrived, (station, code), crops.cut(place), geometry)
        else:
            # The page is being aligned: the crop on the screen is another field's, and must not
            # stand for this one meanwhile.
            self._placeholder("tui.entry.crop_loading")
            self._cut_in_worker(crops, place, (station, code), geometry)

    def prefetch(self, crops, station: int, codes: list[str]) -> None:
        """Align the pages of ``codes`` now, in the background, those not aligned yet."""
        if self.mode == "none":
            return
        places = {}
        for code in codes:
            place = crops.locate(station, code)  # database: this thread
            if place is not None and not crops.is_ready(place):
                places.setdefault(place.sha256, place)
        if places:
            self._align_in_worker(crops, list(places.values()))

    @work(thread=True, exclusive=True, group="crop-prefetch")
    def _align_in_worker(self, crops, places) -> None:
        for place in places:
            try:
                crops.cut(place)
            except Exception:  # noqa: BLE001 - only a head start: load() tries again and shows the outcome
                pass

    @work(thread=True, exclusive=True, group="crop")
    def _cut_in_worker(self, crops, place, wanted: tuple[int, str], geometry) -> None:
        try:
            crop = crops.cut(place)
        except Exception:  # a broken image must not stop the work; the paper is leading
            crop = None
        self.app.call_from_thread(self._arrived, wanted, crop, geometry)

    def _arrived(self, wanted: tuple[int, str], crop: np.ndarray | None, geometry) -> None:
        if self.is_mounted and wanted == self._wanted:
            self.show(crop, geometry)

    # -- drawing ----------------------------------------------------------------------

    def show(self, crop: np.ndarray | None, geometry: FieldGeometry | None = None) -> None:
        placeholder = self.query_one("#no-crop", Static)
        self._crop, self._geometry = crop, geometry
        if crop is None or self.mode == "none" or crop.size == 0:
            self._placeholder("tui.entry.no_crop")
            return
        placeholder.display = False
        columns, rows = self.content_size.width, self.content_size.height
        if columns <= 0 or rows <= 0:
            return  # not laid out yet: on_resize draws it
        if geometry is not None:
            zoom = choose(crop, geometry, columns, rows)
        else:  # no box geometry: the whole crop, fitted
            zoom = _whole(crop, columns, rows)
        self.zoom = zoom
        x0, y0, x1, y1 = zoom.window
        pixels = crop[y0:y1, x0:x1] if draws_pixels(self.mode) else render_pixels(crop, zoom)
        picture = PILImage.fromarray(np.ascontiguousarray(pixels)).convert("RGB")
        if self._image is None:
            self._image = image_widget_class(self.mode)(picture, classes="crop-image")
            self._image.styles.width, self._image.styles.height = zoom.columns, zoom.rows
            self.mount(self._image)
        else:
            # One image widget, its picture replaced: cheaper than a new widget per field.
            self._image.styles.width, self._image.styles.height = zoom.columns, zoom.rows
            self._image.image = picture
            self._image.display = True
        self.call_after_refresh(self._mark_drawn, self._wanted, zoom)

    def _placeholder(self, key: str) -> None:
        """No picture, and words saying why (in the language of now: F2 redraws the field)."""
        self._crop = self._geometry = None
        self.zoom = None
        self.drawn = None
        if self._image is not None:
            self._image.display = False
        placeholder = self.query_one("#no-crop", Static)
        placeholder.update(t(key))
        placeholder.display = True

    def on_resize(self) -> None:
        if self._crop is not None:
            self.show(self._crop, self._geometry)

    def _mark_drawn(self, wanted: tuple[int, str] | None, zoom: Zoom) -> None:
        """The picture is on the screen: say which field's (read by tests and the benchmark)."""
        if wanted is not None and wanted == self._wanted and zoom is self.zoom:
            self.drawn = Drawn(wanted[0], wanted[1], zoom.columns, zoom.rows, zoom.box_rows, time.perf_counter())


def _whole(crop: np.ndarray, columns: int, rows: int) -> Zoom:
    height, width = crop.shape[:2]
    per_pixel = min(columns / width, 2 * rows / height, 1.0)
    return Zoom((0, 0, width, height), max(1, int(width * per_pixel)), max(1, int(height * per_pixel / 2)), 0.0, 0, 0)
