"""Any terminal from 80×24 up: refusals stay on the screen, the overview's columns fit, the crop's
digit boxes are large enough to read, and below the minimum a "make the window larger" screen."""

import numpy as np
import pytest

from kiosk.demo.scans import demo_paper
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.entry import EntryScreen
from kiosk.tui.screens.too_small import TooSmallScreen
from kiosk.tui.widgets.field_crop import FieldCrop
from tests.tui.admin_support import until
from tests.tui.conftest import log_in, run
from tests.tui.driving import enter_fields, to_counts

SMALL = (80, 24)
LARGE = (160, 50)


def on_screen(app, widget) -> bool:
    """The widget is drawn inside the terminal and nothing covers it (the key bar stays below it)."""
    region = widget.region
    keys = app.screen.query_one("#keys").region
    width, height = app.size
    return (
        widget.display
        and region.height >= 1
        and region.y >= 0
        and region.bottom <= height
        and region.right <= width
        and region.bottom <= keys.y
    )


@pytest.mark.slow
def test_a_refusal_is_shown_at_80x24_and_stays_there(make_app):
    app = make_app(image_mode="halfcell")

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EntryScreen)
        await to_counts(pilot, demo_paper(app.services.entries, 1))
        await pilot.press("a", "b", "c", "enter")
        await pilot.pause()
        line = screen.query_one("#entry-message")
        assert "Geweigerd" in str(line.render()) and "geen heel getal" in str(line.render())
        assert on_screen(app, line)
        # What the screen shows is what the person sees: the refusal is in the rendered picture.
        assert "Geweigerd:" in app.export_screenshot()
        assert screen.query_one("#value").value == "abc"  # the refused text stays, to be corrected
        await pilot.press("backspace", "backspace", "backspace")
        # Further down a long list page: still on the screen.
        await enter_fields(pilot, demo_paper(app.services.entries, 1), stop_at="L1.3")
        await pilot.press("9", "9", "9", "9", "9", "9", "9", "enter")
        await pilot.pause()
        assert screen.current.code == "L1.3"
        assert "Geweigerd" in str(line.render()) and on_screen(app, line)

    run(app, scenario, size=SMALL)


def test_the_overview_refusal_line_is_on_the_screen_at_80x24(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("9", "9", "enter")
        await pilot.pause()
        line = app.screen.query_one("#dash-message")
        assert "Stembureau 99 bestaat niet" in str(line.render()) and on_screen(app, line)

    run(app, scenario, size=SMALL)


def test_too_small_a_terminal_says_so_and_the_screen_comes_back(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        entry = app.screen
        assert isinstance(entry, EntryScreen)
        await to_counts(pilot)
        confirmed = app.services.entries.state(1).first.confirmations
        await pilot.press("1", "2")
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        text = str(app.screen.query_one("#too-small-explain").render())
        assert "80 × 24" in text and "70 × 20" in text
        assert "Maak het venster groter" in str(app.screen.query_one("#too-small-title").render())
        await pilot.press("3", "enter")  # nobody types into a field they cannot see
        await pilot.pause()
        await pilot.resize_terminal(79, 30)  # still too narrow
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert "79 × 30" in str(app.screen.query_one("#too-small-explain").render())
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        assert app.screen is entry
        assert entry.query_one("#value").value == "12" and entry.current.code == "A"
        assert app.services.entries.state(1).first.confirmations == confirmed

    run(app, scenario, size=SMALL)


def test_too_small_from_the_start_and_a_lock_waits_on_top(make_app):
    app = make_app()

    async def scenario(pilot):
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(*SMALL)
        await pilot.pause()
        await log_in(pilot, "invoerder1")
        assert isinstance(app.screen, DashboardScreen)
        await pilot.resize_terminal(60, 40)
        await pilot.pause()
        await pilot.press("f12")  # locking works while the window is too small ...
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert type(app.screen).__name__ == "LockScreen"  # ... and is there when it is large again

    run(app, scenario, size=(70, 20))


def test_the_overview_next_step_column_is_readable_at_80_columns(make_app):
    from kiosk.services.scanning import ScanService
    from tests.support.entry import CLERK
    from tests.support.scanner import page_image

    app = make_app()
    entries = app.services.entries
    assert ScanService(entries).ingest_bytes(CLERK, page_image(entries, 2, 1)[0], "sb02-p01.png").status == "accepted"

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        table = app.screen.query_one("#stations")
        columns = list(table.ordered_columns)
        used = sum(column.get_render_width(table) for column in columns)
        assert used <= table.size.width - 2  # every column inside the table (room for its scroll bar)
        assert [str(c.label) for c in columns][-1] == "Volgende stap"
        row = [str(cell) for cell in table.get_row("2")]
        # The longest next step wraps within its column, every word of it on the screen.
        assert " ".join(row[3].split()) == "ontbrekende pagina's scannen, dan eerste invoer"
        assert "\n" in row[3] and max(len(line) for line in row[3].splitlines()) <= columns[-1].width
        assert " ".join(row[2].split()) == "gescand: 1 van 12 pag."
        assert table.rows["2"].height == len(row[3].splitlines())

    run(app, scenario, size=SMALL)


def rendered_box_rows(crop: FieldCrop) -> float:
    """The digit box's height in rows, measured on the picture the terminal is given: the printed
    box lines are the darkest rows of pixels; two pixels make a row in half cells."""
    pixels = np.asarray(crop._image.image.convert("L"), dtype=float)
    darkness = (255 - pixels).mean(axis=1)
    lines = np.flatnonzero(darkness > 0.5 * darkness.max())
    return (lines.max() - lines.min()) / 2


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "160x50"])
@pytest.mark.slow
def test_the_crop_is_zoomed_on_the_digit_boxes(make_app, size):
    app = make_app(image_mode="halfcell")
    paper = demo_paper(app.services.entries, 1)

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        crop = screen.query_one("#crop", FieldCrop)
        for code in ("A", "E.1", "L1.2", "L1.T"):  # in the order of the paper
            await enter_fields(pilot, paper, stop_at=code)
            await app.workers.wait_for_complete()
            # The crop is drawn a frame after its field (the field first: typing never waits for it).
            await until(pilot, lambda code=code: crop.drawn is not None and crop.drawn.code == code)
            image = crop._image
            assert image.region.height == crop.drawn.rows and image.region.width == crop.drawn.columns
            assert image.image.size == (crop.drawn.columns, 2 * crop.drawn.rows)  # one pixel per half cell
            measured = rendered_box_rows(crop)
            assert measured >= 8, (size, code, measured)
            assert abs(measured - crop.drawn.box_rows) <= 1.5
            # Only the boxes with ink and the one before them: the number, not the page.
            digits = len(str(paper[code]))
            assert crop.zoom.last_box == 5 and 5 - crop.zoom.first_box in (digits - 1, digits)

    run(app, scenario, size=size)
