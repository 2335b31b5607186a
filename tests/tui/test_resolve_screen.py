"""The coordinator resolves differences and errors on the screen."""


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
        assert "Nogmaals dezelfde toets" in str(screen.query_one("#resolve-message").render())
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
