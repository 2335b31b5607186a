"""First and second entry on the screen: proposals, typing, going back, checks, blind entry."""

import pytest

from kiosk.demo.scans import demo_paper
from kiosk.domain.workflow import Status
from kiosk.domain.workflow.state import Provenance
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.entry import EntryScreen
from tests.support.entry import VERIFIER_1, type_entry
from tests.tui.conftest import log_in, run
from tests.tui.driving import acknowledge_all, enter_fields, to_counts


def screen_text(screen) -> str:
    return "\n".join(str(w.render()) for w in screen.query("Static"))


async def open_station(pilot, number: int, key: str = "enter") -> None:
    await pilot.press(*str(number), key)
    await pilot.pause()


@pytest.mark.slow
def test_first_entry_with_proposals_to_first_done(make_app, tui_store):
    app = make_app()
    paper = demo_paper(app.services.entries, 1)

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        screen = app.screen
        assert isinstance(screen, EntryScreen) and screen.entry == 1 and not screen.view.blind
        assert sum(f.proposal is not None for f in screen.view.fields) > 0
        await enter_fields(pilot, paper)
        await acknowledge_all(pilot)
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)

    run(app, scenario)
    state = app.services.entries.state(1)
    assert state.status is Status.FIRST_DONE
    assert state.first.values.to_dict() == {code: paper.get(code) for code in state.first.values.to_dict()}
    provenances = {c.provenance for c in state.first.confirmations}
    assert Provenance.OCR_CONFIRMED in provenances
    # OCR never counts as a person: every confirmation is invoerder1's
    assert {c.account for c in state.first.confirmations} == {"invoerder1"}


def test_one_enter_confirms_one_field_only(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        screen = app.screen
        first_code = screen.current.code
        await pilot.press("enter")
        await pilot.pause()
        confirmed = [c.code for c in app.services.entries.state(1).first.confirmations]
        assert confirmed == [first_code]
        assert screen.index == 1 and not screen.current.confirmed

    run(app, scenario)


def test_typing_replaces_a_proposal_and_is_recorded_as_a_correction(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        screen = app.screen
        while screen.current.proposal is None:
            await pilot.press("enter")
        code, proposal = screen.current.code, screen.current.proposal
        typed = proposal + 1 if isinstance(proposal, int) and proposal < 999999 else 7
        await pilot.press(*str(typed), "enter")
        await pilot.pause()
        last = app.services.entries.state(1).first.confirmations[-1]
        assert (last.code, last.value, last.proposal, last.provenance) == (
            code,
            typed,
            proposal,
            Provenance.OCR_CORRECTED,
        )

    run(app, scenario)


def test_going_back_shows_the_own_value_and_can_change_it(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        screen = app.screen
        first = await to_counts(pilot)
        before = len(app.services.entries.state(1).first.confirmations)
        await pilot.press("1", "2", "enter", "3", "enter")
        await pilot.press("up", "up")
        await pilot.pause()
        assert screen.index == first
        assert screen.query_one("#value").value == "12"
        await pilot.press("enter")  # unchanged: nothing written, on to the next field still to do
        assert len(app.services.entries.state(1).first.confirmations) == before + 2
        await pilot.press("up", "up", "backspace", "backspace", "4", "0", "enter")
        await pilot.pause()
        state = app.services.entries.state(1)
        assert state.first.values["A"] == 40 and len(state.first.confirmations) == before + 3
        assert screen.index == first + 2  # back where the work was

    run(app, scenario)


def test_text_that_is_no_number_is_refused_and_nothing_is_written(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        screen = app.screen
        await pilot.press("1", "2", "a", "enter")  # on a tick box of part 1
        await pilot.pause()
        assert "geen vinkje" in str(screen.query_one("#entry-message").render())
        assert screen.index == 0 and app.services.entries.state(1).first.confirmations == ()
        await pilot.press("backspace", "backspace", "backspace")  # the refused text stays, to be corrected
        first = await to_counts(pilot)
        confirmed = app.services.entries.state(1).first.confirmations
        await pilot.press("1", "2", "a", "enter")
        await pilot.pause()
        assert "geen heel getal" in str(screen.query_one("#entry-message").render())
        assert screen.index == first
        assert app.services.entries.state(1).first.confirmations == confirmed
        await pilot.press(*"1234567", "enter")
        await pilot.pause()
        assert app.services.entries.state(1).first.confirmations == confirmed

    run(app, scenario)


def test_pause_and_resume_at_the_next_field(make_app):
    app = make_app()

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        first = await to_counts(pilot)
        await pilot.press("5", "enter", "6", "enter", "escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert app.services.entries.statuses()[1] is Status.FIRST_ENTRY
        await open_station(pilot, 1)
        assert isinstance(app.screen, EntryScreen) and app.screen.index == first + 2

    run(app, scenario)


def test_another_verifier_cannot_take_a_claimed_entry(make_app):
    app = make_app()
    app.services.entries.claim(VERIFIER_1, 1, 1)

    async def scenario(pilot):
        await log_in(pilot, "invoerder2")
        await open_station(pilot, 1)
        assert isinstance(app.screen, DashboardScreen)
        assert "invoerder1 werkt aan deze invoer" in str(app.screen.query_one("#dash-message").render())

    run(app, scenario)


@pytest.mark.slow
def test_manual_entry_shows_checks_when_the_front_page_is_complete(make_app):
    app = make_app()
    paper = demo_paper(app.services.entries, 2)
    wrong = dict(paper, D=paper["D"] + 1)  # the paper's own arithmetic slip: F.201

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 2)  # not scanned: Enter explains, F4 starts without scan
        assert "nog niet gescand" in str(app.screen.query_one("#dash-message").render())
        await open_station(pilot, 2, key="f4")
        screen = app.screen
        assert isinstance(screen, EntryScreen)
        assert "Geen scan" in str(screen.query_one("#field-proposal").render())
        front = [f.code for f in screen.view.fields if screen.sections[f.code] == "front"]
        await enter_fields(pilot, wrong, stop_at=front[-1])
        # one front field to go: no checks yet
        assert screen.current.code == front[-1]
        assert not any(m.code == "F.201" for m in screen.visible_messages)
        await pilot.press(*str(wrong.get(front[-1]) or ""), "enter")
        await pilot.pause()
        assert [m.code for m in screen.visible_messages if m.code == "F.201"] == ["F.201"]
        options = screen.query_one("#messages").options
        assert any("A + B + C is niet gelijk aan D" in str(option.prompt) for option in options)
        # The fields the rule compared, with the values entered: where to look on the paper.
        looked_at = f"Kijk na: A {wrong['A']} · B {wrong['B']} · D {wrong['D']}"
        assert any(looked_at in str(option.prompt) for option in options)

    run(app, scenario)


@pytest.mark.slow
def test_second_entry_is_blind_and_names_differing_fields_only(make_app):
    app = make_app()
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    type_entry(entries, VERIFIER_1, 1, 1, paper)
    a_first = paper["A"]

    async def scenario(pilot):
        await log_in(pilot, "invoerder2")
        await open_station(pilot, 1)
        screen = app.screen
        assert isinstance(screen, EntryScreen) and screen.entry == 2 and screen.view.blind
        assert all(f.proposal is None for f in screen.view.fields)
        text = screen_text(screen)
        assert "Voorstel" not in text and "Blinde invoer" in text
        assert screen.query_one("#value").placeholder == ""
        await enter_fields(pilot, paper, overrides={"A": a_first + 10})
        await pilot.pause()
        w001 = [m for m in screen.visible_messages if m.code == "W.001"]
        assert w001 and w001[0].fields == ("A",)
        prompts = [str(option.prompt) for option in screen.query_one("#messages").options]
        assert any("Verschilt van de eerste invoer: A." in prompt for prompt in prompts)
        assert all(str(a_first) not in str(option.prompt) for option in screen.query_one("#messages").options)
        await acknowledge_all(pilot)
        await pilot.press("f10")
        await pilot.pause()

    run(app, scenario)
    assert entries.state(1).status is Status.ENTRIES_DIFFER


def test_the_first_verifier_cannot_do_the_second_entry(make_app):
    app = make_app()
    entries = app.services.entries
    type_entry(entries, VERIFIER_1, 1, 1, demo_paper(entries, 1))

    async def scenario(pilot):
        await log_in(pilot, "invoerder1")
        await open_station(pilot, 1)
        assert isinstance(app.screen, DashboardScreen)
        assert "vier ogen" in str(app.screen.query_one("#dash-message").render())

    run(app, scenario)
    assert entries.state(1).status is Status.FIRST_DONE
