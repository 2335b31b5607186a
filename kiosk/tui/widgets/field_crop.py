"""The scanned image of the field being entered, next to the input.

Shown with textual-image: sixel or the kitty protocol where the terminal has
them (foot on the appliance), coloured half cells otherwise. Tests use half
cells, which render the same everywhere.
"""

from __future__ import annotations

import time

import numpy as np
from PIL import Image as PILImage
from textual import work
from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import Static

from kiosk.i18n import t


def image_widget_class(mode: str):
    if mode == "halfcell":
        from textual_image.widget import HalfcellImage

        return HalfcellImage
    from textual_image.widget import Image

    return Image


def draws_half_cells(mode: str) -> bool:
    """True when the crop is drawn with coloured half cells (no terminal graphics)."""
    if mode == "halfcell":
        return True
    from textual_image.renderable import Image as AutoRenderable
    from textual_image.renderable.halfcell import Image as HalfcellRenderable

    return AutoRenderable is HalfcellRenderable


def fit(crop: np.ndarray, columns: int, rows: int) -> np.ndarray:
    """The crop shrunk to what ``columns`` × ``rows`` half cells can show (two
    pixels per cell, one above the other), keeping its proportions. Averaging the
    pixels first (INTER_AREA) keeps thin pen strokes visible, and the terminal
    gets far fewer cells to draw."""
    import cv2

    height, width = crop.shape[:2]
    scale = min(columns / width, 2 * rows / height, 1.0)
    if scale >= 1.0:
        return crop
    return cv2.resize(crop, (max(1, round(width * scale)), max(1, round(height * scale))), interpolation=cv2.INTER_AREA)


class FieldCrop(Container):
    """Holds one crop at a time; ``show(None)`` says there is no scan of the field.

    ``load`` fetches a field's crop through the crop service: at once when its
    page is aligned already, else in a worker thread (aligning takes a fraction
    of a second). A crop that arrives after another field was asked for is dropped."""

    def __init__(self, mode: str = "auto", **kwargs):
        super().__init__(**kwargs)
        self.mode = mode
        self._wanted: tuple[int, str] | None = None
        self._image = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.entry.no_crop"), id="no-crop")

    def load(self, crops, station: int, code: str) -> None:
        """Show the crop of ``code`` of ``station`` (``crops``: a CropService)."""
        self._wanted = (station, code)
        place = None if self.mode == "none" else crops.locate(station, code)  # database: this thread
        if place is None:
            self.show(None)
        elif crops.is_ready(place):
            # Cutting takes ~1 ms, drawing longer: whatever the screen changed with this
            # field (its label, the input) comes first, the picture a frame later.
            self.call_after_refresh(self._arrived, (station, code), crops.cut(place))
        else:
            self._cut_in_worker(crops, place, (station, code))

    @work(thread=True, exclusive=True, group="crop")
    def _cut_in_worker(self, crops, place, wanted: tuple[int, str]) -> None:
        try:
            crop = crops.cut(place)
        except Exception:  # a broken image must not stop the work; the paper is leading
            crop = None
        self.app.call_from_thread(self._arrived, wanted, crop)

    def _arrived(self, wanted: tuple[int, str], crop: np.ndarray | None) -> None:
        if self.is_mounted and wanted == self._wanted:
            self.show(crop)

    def show(self, crop: np.ndarray | None) -> None:
        placeholder = self.query_one("#no-crop", Static)
        if crop is None or self.mode == "none" or crop.size == 0:
            if self._image is not None:
                self._image.display = False
            placeholder.update(t("tui.entry.no_crop"))  # in the language of now (F2 redraws the field)
            placeholder.display = True
            return
        placeholder.display = False
        if draws_half_cells(self.mode) and self.content_size.width > 0:
            crop = fit(crop, self.content_size.width, max(1, self.content_size.height))
        picture = PILImage.fromarray(crop).convert("RGB")
        if self._image is None:
            self._image = image_widget_class(self.mode)(picture, classes="crop-image")
            self.mount(self._image)
        else:
            # One image widget, its picture replaced: cheaper than a new widget per field.
            self._image.image = picture
            self._image.display = True
        self.call_after_refresh(self._mark_drawn)

    def _mark_drawn(self) -> None:
        """When the picture was on the screen (read by the benchmark)."""
        self.drawn_at = time.perf_counter()
