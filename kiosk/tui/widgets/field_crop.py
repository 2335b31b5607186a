"""The scanned image of the field being entered, next to the input.

Shown with textual-image: sixel or the kitty protocol where the terminal has
them (foot on the appliance), coloured half cells otherwise. Tests use half
cells, which render the same everywhere.
"""

from __future__ import annotations

import numpy as np
from PIL import Image as PILImage
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


class FieldCrop(Container):
    """Holds one crop at a time; ``show(None)`` says there is no scan of the field."""

    def __init__(self, mode: str = "auto", **kwargs):
        super().__init__(**kwargs)
        self.mode = mode
        self._image = None

    def compose(self) -> ComposeResult:
        yield Static(t("tui.entry.no_crop"), id="no-crop")

    def show(self, crop: np.ndarray | None) -> None:
        placeholder = self.query_one("#no-crop", Static)
        if crop is None or self.mode == "none" or crop.size == 0:
            if self._image is not None:
                self._image.display = False
            placeholder.display = True
            return
        placeholder.display = False
        picture = PILImage.fromarray(crop).convert("RGB")
        if self._image is None:
            self._image = image_widget_class(self.mode)(picture, classes="crop-image")
            self.mount(self._image)
        else:
            # One image widget, its picture replaced: cheaper than a new widget per field.
            self._image.image = picture
            self._image.display = True
