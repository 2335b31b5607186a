"""The re-entry screen (Ctrl+D on the overview, once transfer pages were scanned): the partial sheet's
stations, the digest with two groups blanked, the two groups typed from the paper."""

from kiosk.domain.reentry import confirmed_digest
from kiosk.domain.sheet_digest import groups
from kiosk.domain.workflow import Status
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.reentry import ReentryScreen
from kiosk.tui.widgets.key_bar import KeyBar
from tests.support.entry import CLERK, VERIFIER_1, paper, type_entry
from tests.tui.conftest import log_in, run


def transferred(entries, stations=(9, 10)) -> str:
    """Stations (the demo has no scans of 9-12) scanned from transfer pages and first entered; the digest their sheet printed."""
    values = {}
    for number in stations:
        values[number] = paper(entries, number)
        entries.attach_scan(CLERK, number, (f"transfer-{number}",), values[number], transfer=True)
        type_entry(entries, VERIFIER_1, number, 1, values[number])
    election = entries.election
    results = {n: entries.state(n).first.values for n in stations}
    return confirmed_digest(entries.shape, election.id, election.municipality_id, results)


def shown(screen, selector: str) -> str:
    return " ".join(str(screen.query_one(selector).render()).split())


def test_a_verifier_confirms_a_partial_sheet_by_its_digest(make_app):
    app = make_app()
    entries = app.services.entries
    digest = transferred(entries)

    async def scenario(pilot):
        await log_in(pilot, "invoerder2")
        assert "Deeloverzicht" in str(app.screen.query_one("#keys", KeyBar).render())
        await pilot.press("ctrl+d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReentryScreen)
        assert "Eerste invoer klaar: 9-10" in shown(screen, "#reentry-summary")
        assert screen.query_one("#reentry-stations").value == "9-10"

        await pilot.press("ctrl+g")
        await pilot.pause()
        first, second = screen.challenge.blanked
        text = shown(screen, "#reentry-digest")
        expected = tuple("____" if i in (first, second) else g for i, g in enumerate(groups(digest)))
        assert screen.challenge.shown == expected and " ".join(expected) in text
        wrong = "0000" if groups(digest)[second] != "0000" else "1111"
        await pilot.press(*groups(digest)[first], *wrong, "enter")
        await pilot.pause()
        assert "tweede, blinde invoer" in screen.message_text
        assert entries.state(9).status is Status.FIRST_DONE

        await pilot.press("ctrl+g")  # a new challenge: new groups blanked
        await pilot.pause()
        first, second = screen.challenge.blanked
        assert f"groep {first + 1} en {second + 1}" in shown(screen, "#reentry-digest")
        await pilot.press(*groups(digest)[first], "space", *groups(digest)[second].upper(), "enter")
        await pilot.pause()
        assert "stembureaus 9-10 zijn definitief" in screen.message_text
        assert "Definitief: 9-10" in shown(screen, "#reentry-summary")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

    run(app, scenario)
    assert {entries.state(n).status for n in (9, 10)} == {Status.DEFINITIVE}


def test_stations_not_ready_are_named(make_app):
    app = make_app()
    transferred(app.services.entries, stations=(9,))

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("ctrl+d")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#reentry-stations").value = "9-11"
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert "10-11" in screen.message_text and screen.challenge is None

    run(app, scenario)


def test_no_key_without_transfer_pages(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        assert "Deeloverzicht" not in str(app.screen.query_one("#keys", KeyBar).render())
        await pilot.press("ctrl+d")  # still opens: it says there is nothing to confirm
        await pilot.pause()
        assert "nog geen overdrachtsbladen" in shown(app.screen, "#reentry-summary")

    run(app, scenario)
