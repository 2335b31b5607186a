"""The coordinator resolves differences and errors on the screen."""

import pytest

from kiosk.demo.scans import demo_paper
from kiosk.domain.workflow import Status
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.resolve import ResolveScreen
from tests.support.entry import VERIFIER_1, VERIFIER_2, type_entry
from tests.tui.conftest import log_in, run


def differing_station(entries, station=1):
    paper = demo_paper(entries, station)
    type_entry(entries, VERIFIER_1, station, 1, paper)
    type_entry(entries, VERIFIER_2, station, 2, dict(paper, A=paper["A"] + 10, D=paper["D"] + 10))
    assert entries.state(station).status is Status.ENTRIES_DIFFER
    return paper


def test_differences_side_by_side_and_a_decision_takes_the_key_twice(make_app):
    app = make_app()
    paper = differing_station(app.services.entries)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolveScreen)
        table = screen.query_one("#fields")
        rows = [tuple(str(c) for c in table.get_row(key)) for key in ("A", "D")]
        assert rows[0][1:] == (str(paper["A"]), str(paper["A"] + 10))
        assert rows[1][1:] == (str(paper["D"]), str(paper["D"] + 10))
        assert table.row_count == 2  # only the disputed fields
        await pilot.press("1")
        await pilot.pause()
        assert app.services.entries.state(1).status is Status.ENTRIES_DIFFER  # not yet: armed only
        assert "Nogmaals dezelfde toets" in str(screen.query_one("#resolve-consequence").render())
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

    run(app, scenario)
    state = app.services.entries.state(1)
    # The first entry is kept; four eyes still needs a new second entry.
    assert state.status is Status.FIRST_DONE
    assert state.archive and state.archive[-1].reason == "other_entry_kept"


def test_changing_the_mind_disarms_the_first_choice(make_app):
    app = make_app()
    differing_station(app.services.entries)

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        await pilot.press("1", "4", "4")
        await pilot.pause()

    run(app, scenario)
    state = app.services.entries.state(1)
    assert state.status is Status.SECOND_ENTRY  # returned for correction of A and D only
    assert state.second.editable == frozenset({"A", "D"})


def test_errors_are_explained_and_returned_to_the_verifier(make_app):
    app = make_app()
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    type_entry(entries, VERIFIER_1, 1, 1, dict(paper, D=paper["D"] + 1))
    assert entries.state(1).status is Status.HAS_ERRORS

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolveScreen)
        assert "F.201" in str(screen.query_one("#resolve-messages").render())
        table = screen.query_one("#fields")
        assert "D" in [str(k.value) for k in table.rows]
        await pilot.press("3", "3")
        await pilot.pause()

    run(app, scenario)
    assert entries.state(1).status is Status.FIRST_ENTRY


def test_a_verifier_cannot_resolve(make_app):
    app = make_app()
    differing_station(app.services.entries)

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "niets te doen" in str(app.screen.query_one("#dash-message").render())

    run(app, scenario)
    assert app.services.entries.state(1).status is Status.ENTRIES_DIFFER


@pytest.mark.slow
def test_an_error_shows_its_fields_and_returns_the_entry_at_the_first_of_them(make_app):
    """F.402: the coordinator sees the list's candidates and its total (not E.1), and
    the verifier gets the entry back at the first candidate, with only those to answer."""
    from kiosk.tui.screens.entry import EntryScreen
    from tests.tui.driving import acknowledge_all, enter_fields

    app = make_app()
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    list_one = [code for code in paper if code.startswith("L1.")]
    type_entry(entries, VERIFIER_1, 1, 1, dict(paper, **{"L1.2": paper["L1.2"] + 1}))
    assert entries.state(1).status is Status.HAS_ERRORS

    async def coordinator(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResolveScreen)
        rows = [str(k.value) for k in screen.query_one("#fields").rows]
        assert set(rows) == set(list_one) and rows[-1] == "L1.T" and "E.1" not in rows
        assert str(screen.query_one("#fields").get_row("L1.2")[1]) == str(paper["L1.2"] + 1)
        await pilot.press("3")
        await pilot.pause()
        armed = str(screen.query_one("#resolve-consequence").render())
        assert "Terug naar invoerder1" in armed and f"invoerder1 corrigeert {len(list_one)} velden" in armed
        await pilot.press("3")
        await pilot.pause()

    run(app, coordinator)
    first = entries.state(1).first
    assert first.pending == set(list_one) and first.claimant == "invoerder1"

    app = make_app()

    async def verifier(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EntryScreen) and screen.current.code == "L1.1"  # no ↓ 23 times
        effort = await enter_fields(pilot, paper)
        assert effort.fields == len(list_one)
        await acknowledge_all(pilot)
        await pilot.press("f10")
        await pilot.pause()

    run(app, verifier)
    state = entries.state(1)
    assert state.status is Status.FIRST_DONE and state.first.values["L1.2"] == paper["L1.2"]


def test_each_choice_says_what_it_costs_before_the_second_key(make_app):
    app = make_app()
    entries = app.services.entries
    differing_station(entries)
    every = len(entries.state(1).first.values.to_dict())

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("1", "enter")
        await pilot.pause()
        screen = app.screen
        choices = str(screen.query_one("#resolve-choices").render())
        assert f"→ daarna {every} velden in te voeren" in choices and "→ daarna 2 velden in te voeren" in choices
        await pilot.press("1")
        await pilot.pause()
        armed = str(screen.query_one("#resolve-consequence").render())
        assert "Vervalt: de 2e invoer (invoerder2)" in armed
        assert f"blinde tweede invoer: alle {every} velden, door een ander dan invoerder1" in armed
        await pilot.press("4")  # changing the mind: its own consequence, nothing decided yet
        await pilot.pause()
        armed = str(screen.query_one("#resolve-consequence").render())
        assert "Terug naar invoerder2: de 2e invoer, alleen deze velden: A, D." in armed
        assert "Samen: 2 velden in te voeren." in armed and "Vervalt" not in armed
        await pilot.press("f2")
        await pilot.pause()
        assert "Back to invoerder2: entry 2, only these fields: A, D." in str(
            screen.query_one("#resolve-consequence").render()
        )
        await pilot.press("f2")
        await pilot.pause()

    run(app, scenario)
    assert entries.state(1).status is Status.ENTRIES_DIFFER  # each key once: nothing decided
