"""The entry screen at the size of a real Tweede Kamer paper: Model N 10-1 with 26 lists (one of 80
candidates), list names of ~70 characters and candidate names of ~60, 974 fields, in a municipality
of 450 stations.

The screen shows one field at a time in the paper's order (no scrolling form): what must hold at
this size is that every field is there in order, that ↑/↓ walk a list of 80 into the next list with
the right list named, that an entry resumes deep in the paper, and that the checks of 26 lists
scroll and can each be answered; and that at 80 × 24 a long list and candidate name, the
instruction and the check being answered are all on the screen.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from textual.geometry import Region

from kiosk.domain.election import PollingStation
from kiosk.domain.fields import field_codes
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.workflow import Status
from kiosk.eml import write
from kiosk.services import auth, election_import
from kiosk.services import counting_method as counting_method_service
from kiosk.store import open_store
from kiosk.tui.app import KioskApp
from kiosk.tui.context import Services
from kiosk.tui.screens.dashboard import DashboardScreen
from kiosk.tui.screens.entry import EntryScreen
from tests.conftest import FakeClock
from tests.support.elections import tk_election, tk_list_name
from tests.support.entry import VERIFIER_1
from tests.tui.conftest import PASSWORD, log_in, run

SIZES = (80, 50, 50, 50) + (30,) * 22
STATIONS = 450
COORDINATOR = auth.Account("coordinator", "coordinator")


@pytest.fixture(scope="module")
def tk_home(tmp_path_factory) -> Path:
    """A data directory with the TK election imported through the real door (its 110a, 230b and
    110b written and imported with their hash check), decentral counting chosen, a coordinator and
    the verifier invoerder1: built once, copied per test."""
    from argon2 import PasswordHasher

    saved = auth.hasher
    auth.hasher = PasswordHasher(time_cost=1, memory_cost=256, parallelism=1)
    home = tmp_path_factory.mktemp("tui-tk") / "home"
    store = open_store(home, clock=FakeClock())
    try:
        election = tk_election(
            SIZES, tuple(PollingStation(n, f"Stembureau {n}", "1011 DL", 2000) for n in range(1, STATIONS + 1))
        )
        created = datetime(2025, 9, 1, 9, 0, tzinfo=timezone.utc)
        for kind, writer in (
            ("110a", write.write_election_definition),
            ("230b", write.write_candidate_lists),
            ("110b", write.write_polling_stations),
        ):
            data = writer(election, created)
            election_import.import_with_hash(store, data, f"{kind}.eml.xml", hashlib.sha256(data).hexdigest(), "setup")
        auth.add_account(store, "coordinator", "coordinator", PASSWORD, None)
        auth.add_account(store, "invoerder1", "verifier", PASSWORD, COORDINATOR)
        counting_method_service.choose(store, COORDINATOR, CountingMethod.DSO)
    finally:
        store.close()
        auth.hasher = saved
    return home


@pytest.fixture
def tk_store(tk_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(tk_home, home)
    store = open_store(home, clock=FakeClock())
    yield store
    store.close()


@pytest.fixture
def tk_app(tk_store, network):
    services = Services(
        tk_store, header_check=False, detector=network, enforce_airgap=True, network_clock=lambda: network.now()
    )
    services.network.check()
    return KioskApp(services, image_mode="none", blink=False)


def shown(screen, selector: str) -> str:
    """The text of a widget as drawn in its region: what does not fit is not in it."""
    widget = screen.query_one(selector)
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return " ".join("".join(segment.text for segment in strip).strip() for strip in strips).strip()


async def open_manual_entry(pilot, station: int = 1) -> EntryScreen:
    await log_in(pilot, "invoerder1")
    assert isinstance(pilot.app.screen, DashboardScreen)
    await pilot.press(*str(station), "f4")  # entry without a scan
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, EntryScreen)
    return screen


async def down_to(pilot, screen: EntryScreen, code: str) -> int:
    """↓ until ``code`` is the current field; each ↓ must move exactly one field. The number of presses."""
    presses = 0
    while screen.current.code != code:
        before = screen.index
        await pilot.press("down")
        presses += 1
        assert screen.index == before + 1, (screen.current.code, before)
    await pilot.pause()
    return presses


def test_a_tk_paper_opens_with_every_field_in_paper_order(tk_app):
    async def scenario(pilot):
        screen = await open_manual_entry(pilot)
        codes = [f.code for f in screen.fields]
        assert codes == list(field_codes(screen.app.services.entries.shape))
        assert len(codes) == 10 + 41 + sum(SIZES) + len(SIZES) + 7 == 974  # part 1, counts, lists, signatures
        assert screen.current.code == "R.obj_vote.yes"
        assert "veld 1 van 974" in shown(screen, "#entry-progress")

    run(tk_app, scenario, size=(80, 24))


def test_down_walks_the_list_of_80_into_the_next_list_naming_each(tk_app):
    async def scenario(pilot):
        screen = await open_manual_entry(pilot)
        await down_to(pilot, screen, "L1.1")
        assert shown(screen, "#entry-section").startswith(f"Lijst 1 — {tk_list_name(1)}")
        assert await down_to(pilot, screen, "L1.80") == 79
        label = shown(screen, "#field-label")
        assert label == "L1.80   80. van der Oosterbroek-van Steenwijk1x80, A.B.C.D.E. (Maximiliaan)"
        assert await down_to(pilot, screen, "L1.T") == 1
        assert shown(screen, "#field-label").startswith("L1.T   Totaal lijst 1")
        assert await down_to(pilot, screen, "L2.1") == 1
        assert shown(screen, "#entry-section").startswith(f"Lijst 2 — {tk_list_name(2)}")
        assert shown(screen, "#field-label").startswith("L2.1   1. van der Oosterbroek-van Steenwijk2x1,")

    run(tk_app, scenario, size=(120, 40))


def type_all_but_the_end(entries) -> None:
    """A power cut deep in the paper: everything up to the last list's total typed, every list's total
    one off (Σ candidates 10, list total 11, front page 10), so each of the 26 lists has F.402 and
    F.403 — more checks than the pane shows at once."""
    codes = field_codes(entries.shape)
    values = {code: 0 for code in codes if not code.startswith(("R.", "K.", "S."))}
    values.update({code: code.endswith(".no") for code in codes if code.startswith("R.")})
    for n in range(1, len(SIZES) + 1):
        values.update({f"L{n}.1": 10, f"L{n}.T": 11, f"E.{n}": 10})
    values.update({"E": 260, "H": 260, "D": 260, "A": 260, "K.eq": True, "K.gt": False, "K.lt": False})
    values.update({"K.yes": False, "K.no": False})
    entries.claim(VERIFIER_1, 1, 1)
    for code in codes[: codes.index("L26.T")]:
        entries.confirm(VERIFIER_1, 1, 1, code, values.get(code))


async def resume_and_finish_typing(pilot) -> EntryScreen:
    """Continue the claimed entry: L26.T and the seven signatures, then the checks remain."""
    await log_in(pilot, "invoerder1")
    await pilot.press("1", "enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, EntryScreen) and screen.current.code == "L26.T"
    assert shown(screen, "#entry-section").startswith(f"Lijst 26 — {tk_list_name(26)}")
    await pilot.press("1", "1", "enter")
    for _ in range(7):  # the signatures: all signed
        await pilot.press("j", "enter")
    await pilot.pause()
    assert screen.view.next_field is None
    rules = {(m.code, m.list_number) for m in screen.visible_messages}
    assert {("F.402", n) for n in range(1, 27)} | {("F.403", n) for n in range(1, 27)} <= rules
    return screen


@pytest.mark.slow
def test_resumes_deep_in_the_paper_and_answers_the_checks_of_26_lists(tk_app):
    """The entry resumes at L26.T; the 52 checks scroll past as each is answered with its own keys."""
    entries = tk_app.services.entries
    type_all_but_the_end(entries)

    async def scenario(pilot):
        screen = await resume_and_finish_typing(pilot)
        options = screen.query_one("#messages")
        assert options.scrollable_content_region.height >= 3
        assert options.virtual_size.height > options.scrollable_content_region.height  # more than fits
        scrolled = []
        while screen.view.open_messages.messages:
            await pilot.press("f6", "enter")  # the first open check, highlighted, answered
            await pilot.pause()
            scrolled.append(options.scroll_y)
        assert len(scrolled) == len(screen.visible_messages) >= 52
        # The pane follows the highlighted check down (the last answer closes the list: it settles).
        assert scrolled[:-1] == sorted(scrolled[:-1]) and scrolled[-2] > scrolled[0]
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(pilot.app.screen, DashboardScreen)

    run(tk_app, scenario, size=(120, 40))
    state = entries.state(1)
    assert state.status is Status.HAS_ERRORS and state.first.values["L26.T"] == 11


def test_at_80x24_the_check_being_answered_is_on_the_screen(tk_app):
    type_all_but_the_end(tk_app.services.entries)

    async def scenario(pilot):
        screen = await resume_and_finish_typing(pilot)
        await pilot.press("f6")
        await pilot.pause()
        assert screen.query_one("#messages").scrollable_content_region.height >= 1

    run(tk_app, scenario, size=(80, 24))


@pytest.mark.slow
def test_the_progress_line_stays_whole_as_the_numbers_grow(tk_app):
    async def scenario(pilot):
        screen = await open_manual_entry(pilot)
        await down_to(pilot, screen, "A")
        for _ in range(90):
            await pilot.press("0", "enter")
        await pilot.pause()
        assert shown(screen, "#entry-progress").endswith("te gaan")

    run(tk_app, scenario, size=(160, 50))


def test_at_80_columns_a_long_list_and_candidate_name_and_the_instruction_show(tk_app):
    async def scenario(pilot):
        screen = await open_manual_entry(pilot)
        await down_to(pilot, screen, "L1.80")
        assert shown(screen, "#field-label").startswith("L1.80   80.")  # what identifies the row: shown
        section, label = shown(screen, "#entry-section"), shown(screen, "#field-label")
        assert "Niet zelf rekenen." in section and tk_list_name(1) in section
        assert label.endswith("(Maximiliaan)")

    run(tk_app, scenario, size=(80, 24))
