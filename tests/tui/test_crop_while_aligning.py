"""While a field's page is still being aligned, the crop of the field before it is not left on the
screen as if it were this field's: the crop area says the scan is being fetched, then shows it."""

import threading

import pytest

from kiosk.services.crops import CropService
from kiosk.tui.widgets.field_crop import FieldCrop
from tests.tui.admin_support import until
from tests.tui.conftest import log_in, run


@pytest.mark.slow
def test_the_previous_field_s_crop_is_not_shown_while_the_next_page_is_aligned(make_app, monkeypatch):
    app = make_app(image_mode="halfcell")
    release = threading.Event()
    real_cut, real_ready = CropService.cut, CropService.is_ready
    slow = {"on": False}

    def cut(self, place):
        if slow["on"]:
            release.wait(10)  # the page takes its time to align
        return real_cut(self, place)

    monkeypatch.setattr(CropService, "cut", cut)
    monkeypatch.setattr(CropService, "is_ready", lambda self, place: False if slow["on"] else real_ready(self, place))

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        crop = app.screen.query_one("#crop", FieldCrop)
        await until(pilot, lambda: crop.drawn is not None)
        first = crop.drawn.code
        slow["on"] = True
        await pilot.press("enter")  # the first field confirmed: the next, whose page is "not aligned yet"
        await pilot.pause()
        placeholder = crop.query_one("#no-crop")
        assert crop.drawn is None and not crop._image.display
        assert placeholder.display and "wordt opgehaald" in str(placeholder.render())
        slow["on"] = False
        release.set()
        await app.workers.wait_for_complete()
        await until(pilot, lambda: crop.drawn is not None and crop.drawn.code != first)
        assert crop._image.display and not placeholder.display

    run(app, scenario, size=(120, 40))
