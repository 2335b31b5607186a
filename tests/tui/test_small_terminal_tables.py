"""At 80×24 the coordinator still sees what is compared: the values of both entries, every
choice and its whole consequence, a digit box 8 rows tall; the audit log keeps its details;
the checks of an entry can be read. What is on the terminal is read from its picture."""

from __future__ import annotations

import re

import pytest

from kiosk.demo.scans import demo_paper
from kiosk.tui.screens.audit import AuditScreen
from kiosk.tui.screens.audit_words import details_text
from kiosk.tui.screens.entry import EntryScreen
from kiosk.tui.screens.resolve import ResolveScreen
from kiosk.tui.widgets.field_crop import FieldCrop
from tests.support.entry import VERIFIER_1, VERIFIER_2, type_entry
from tests.tui.admin_support import until
from tests.tui.conftest import log_in, run
from tests.tui.driving import enter_fields
from tests.tui.test_small_terminal import SMALL, on_screen, rendered_box_rows
from tests.tui.test_words_on_every_screen import screen_text


def line_of(text: str, start: str) -> str:
    """The terminal's line that shows ``start`` (a field code) at the beginning of a cell."""
    found = [line for line in text.splitlines() if re.search(rf"(^|\s){re.escape(start)}\s", line)]
    assert found, f"{start!r} is not on the screen:\n{text}"
    return found[0]


def fits(app, table) -> bool:
    """Every column of ``table`` inside the table: nothing behind a horizontal scroll bar."""
    used = sum(column.get_render_width(table) for column in table.ordered_columns)
    return used <= table.scrollable_content_region.width and table.region.right <= app.size.width


def differing(entries) -> dict:
    paper = demo_paper(entries, 1)
    second = dict(paper, A=paper["A"] + 10, **{"E.2": paper["E.2"] + 3, "L1.1": paper["L1.1"] + 1})
    type_entry(entries, VERIFIER_1, 1, 1, paper)
    type_entry(entries, VERIFIER_2, 1, 2, second)
    return {code: (paper[code], second[code]) for code in ("A", "E.2", "L1.1")}


@pytest.mark.slow
def test_differences_at_80x24_show_both_values_every_choice_and_the_whole_consequence(make_app):
    app = make_app(image_mode="halfcell")
    values = differing(app.services.entries)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolveScreen)
        table = screen.query_one("#fields")
        assert fits(app, table)
        text = screen_text(app)
        assert "1e invoer" in text and "2e invoer" in text and "invoerder1" in text and "invoerder2" in text
        for code, (first, second) in values.items():
            assert re.search(rf"\b{first}\b.*\b{second}\b", line_of(text, code)), (code, text)
        for choice in ("1: eerste invoer klopt", "2: tweede invoer klopt", "5: beide weggooien, opnieuw invoeren"):
            assert choice in text
        assert "→ daarna 272 velden in te voeren" in text  # the last choice's cost, not cut off
        # The crop across the width: a digit box at least 8 rows tall (half cells).
        crop = screen.query_one("#crop", FieldCrop)
        await app.workers.wait_for_complete()
        await until(pilot, lambda: crop.drawn is not None)
        assert crop.drawn.box_rows >= 8 and rendered_box_rows(crop) >= 8, crop.drawn

        await pilot.press("4")
        await pilot.pause()
        consequence = screen.query_one("#resolve-consequence")
        assert on_screen(app, consequence)
        text = screen_text(app)
        for part in (
            "Nogmaals dezelfde toets om te bevestigen: 4: tweede invoer laten corrigeren",
            "Terug naar invoerder2: de 2e invoer, alleen deze velden: A, E.2, L1.1.",
            "Wat er daarna moet gebeuren:",
            "1. invoerder2 corrigeert 3 velden (de rest blijft staan).",
            "Samen: 3 velden in te voeren.",
            "Esc: toch niet.",
        ):
            assert part in text, (part, text)
        assert re.search(rf"\b{values['A'][0]}\b.*\b{values['A'][1]}\b", line_of(text, "A"))  # the values stay
        await pilot.press("escape")  # takes the choice back, the crop returns; nothing decided
        await pilot.pause()
        assert isinstance(app.screen, ResolveScreen) and screen.armed is None and crop.display

    run(app, scenario, size=SMALL)
    assert app.services.entries.state(1).status.value == "entries_differ"


def test_the_english_headers_are_whole_at_160x50(make_app):
    app = make_app()
    differing(app.services.entries)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("f2", "1", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "1st entry" in text and "2nd entry" in text and "invoerder2" in text
        assert fits(app, app.screen.query_one("#fields"))

    run(app, scenario, size=(160, 50))


@pytest.mark.slow
def test_errors_at_80x24_show_the_value_and_the_check_of_each_field(make_app):
    app = make_app(image_mode="halfcell")
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    wrong = dict(paper, **{"L1.2": paper["L1.2"] + 1, "L2.2": paper["L2.2"] + 1})
    type_entry(entries, VERIFIER_1, 1, 1, wrong)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolveScreen)
        assert fits(app, screen.query_one("#fields"))
        text = screen_text(app)
        assert "1e invoer" in text and "Controle" in text
        for code in ("L1.1", "L1.2", "L1.3"):
            assert re.search(rf"\b{wrong[code]}\b.*F\.402 lijst 1", line_of(text, code)), (code, text)
        crop = screen.query_one("#crop", FieldCrop)
        await app.workers.wait_for_complete()
        await until(pilot, lambda: crop.drawn is not None)
        assert crop.drawn.box_rows >= 8 and rendered_box_rows(crop) >= 8
        await pilot.press("3")
        await pilot.pause()
        text = screen_text(app)
        assert on_screen(app, screen.query_one("#resolve-consequence"))
        assert "Wat er daarna moet gebeuren:" in text and "Samen: " in text and "Esc: toch niet." in text

    run(app, scenario, size=SMALL)


def test_the_audit_log_at_80x24_keeps_its_details(make_app):
    app = make_app()
    differing(app.services.entries)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("f9")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AuditScreen)
        table = screen.query_one("#audit-table")
        assert fits(app, table)
        assert [str(c.label) for c in table.ordered_columns] == ["Nr.", "Hash", "Tijd (UTC)", "Wie", "Actie", "Details"]
        text = screen_text(app)
        assert "Details" in text and "veld bevestigd" in text
        row = screen.query_one("#audit-row")
        assert on_screen(app, row)
        newest = screen.rows[0]
        assert str(newest["seq"]) in str(row.render()) and newest["at"][:10] in str(row.render())
        # Down to the newest confirmed field: its details whole below the table (cut in the table).
        index = next(i for i, r in enumerate(screen.rows) if r["action"] == "station.FieldConfirmed")
        await pilot.press(*["down"] * index)
        await pilot.pause()
        event = screen.rows[index]
        details = details_text(event["action"], event["details"])
        assert details.startswith("stembureau 1, invoer 2, veld") and details in str(row.render())
        assert len(details) > table.ordered_columns[-1].get_render_width(table)  # the cell alone would cut it

    run(app, scenario, size=SMALL)


@pytest.mark.slow
def test_the_checks_of_an_entry_at_80x24_can_be_read_and_a_refusal_names_the_lists(make_app):
    app = make_app(image_mode="halfcell")
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    wrong = dict(paper, **{"L1.2": paper["L1.2"] + 1, "L2.2": paper["L2.2"] + 1})

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EntryScreen)
        # The title is cut with "…" before the counter, never run into it.
        title, progress = screen.query_one("#entry-title"), screen.query_one("#entry-progress")
        assert progress.region.x >= title.content_region.right + 2  # two cells between them
        assert "j of x" in str(screen.query_one("#field-hint").render())  # x ticks a box too
        await enter_fields(pilot, wrong, stop_at="L2.1")
        await pilot.pause()
        checks = screen.query_one("#messages")
        assert checks.region.height >= 6  # no frame: the rule's words, not only its code
        assert "kandidaatstemmen" in screen_text(app)
        await pilot.press("f6")  # reading the checks: the crop gives its rows to them
        await pilot.pause()
        assert not screen.query_one("#crop").display and checks.region.height >= 14
        assert "Kijk na: L1.1" in screen_text(app) and "lijsttotaal" in screen_text(app)
        screen.query_one("#value").focus()
        await pilot.pause()
        assert screen.query_one("#crop").display
        await enter_fields(pilot, wrong)
        await pilot.press("f10")
        await pilot.pause()
        line = str(screen.query_one("#entry-message").render())
        assert "2 fouten zijn nog niet naar de coördinator gestuurd: F.402 lijst 1, F.402 lijst 2" in line
        assert "F.402, F.402" not in line
        await pilot.press("f12")  # lock and unlock: the old refusal is gone
        await pilot.pause()
        await pilot.press(*"stemkiosk-demo", "enter")
        await pilot.pause()
        assert app.screen is screen and str(screen.query_one("#entry-message").render()) == ""

    run(app, scenario, size=SMALL)


def test_a_resize_clears_an_old_message(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "f11")
        await pilot.pause()
        line = app.screen.query_one("#dash-message")
        assert "niets vrij te geven" in str(line.render())
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert str(line.render()) == ""

    run(app, scenario, size=SMALL)
