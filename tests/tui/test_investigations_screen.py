"""The investigations screen (Ctrl+O on the overview, coordinators): open, findings, conclude
with a correction; refusals on the message line; a verifier is turned away."""

from kiosk.domain.workflow import Status
from kiosk.tui.screens.investigations import InvestigationsScreen
from tests.support.entry import make_definitive, paper
from tests.tui.conftest import log_in, run


def shown(screen, selector: str) -> str:
    return " ".join(str(screen.query_one(selector).render()).split())


def test_a_coordinator_investigates_and_corrects_a_station(make_app):
    app = make_app()
    entries = app.services.entries
    make_definitive(entries, 3, paper(entries, 3))

    async def scenario(pilot):
        await log_in(pilot, "coordinator")
        await pilot.press("ctrl+o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InvestigationsScreen)
        assert "Nog geen onderzoeken" in shown(screen, "#inv-summary")

        await pilot.press("ctrl+n")  # no station typed
        await pilot.pause()
        assert "Typ eerst het nummer" in screen.message_text
        await pilot.press("3")
        screen.query_one("#inv-reason").value = "objection"
        screen.query_one("#inv-text").value = "Bezwaar over lijst 1."
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "Onderzoek 1 van stembureau 3 geopend." in screen.message_text
        assert "loopt (0 bevinding(en))" in str(screen.query_one("#inv-table").get_row_at(0))

        await pilot.press("ctrl+r")  # no findings yet: refused, in words
        await pilot.pause()
        assert "nog geen bevindingen" in screen.message_text
        screen.query_one("#inv-text").value = "Lijst 1 herteld: één stem te veel."
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert "bevinding (coordinator): Lijst 1 herteld" in shown(screen, "#inv-detail")
        screen.query_one("#inv-recounted").value = "yes"
        screen.query_one("#inv-corrected").value = "yes"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "Stembureau 3 is terug naar ‘leeg’" in screen.message_text
        assert "ronde 2: leeg" in shown(screen, "#inv-detail")

    run(app, scenario)
    state = entries.state(3)
    assert (state.status, state.round) == (Status.EMPTY, 2)


def test_a_verifier_may_not_investigate(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert not isinstance(app.screen, InvestigationsScreen)

    run(app, scenario)
