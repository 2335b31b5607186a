"""What people see on the key screens, compared with the accepted pictures in __snapshots__/.

Update after an intended change with: python -m pytest tests/tui/test_snapshots.py --snapshot-update
(and look at the new SVGs before committing them)."""

import time
from datetime import datetime, timezone

import pytest

from kiosk.demo.scans import demo_paper
from kiosk.domain.fields import question_codes
from kiosk.services import audit_log
from tests.support.entry import COORDINATOR, VERIFIER_1, VERIFIER_2, make_definitive, type_entry
from tests.tui.conftest import PASSWORD
from tests.tui.driving import keys_for

SIZE = (120, 36)


@pytest.fixture(autouse=True)
def fixed_time(monkeypatch, network):
    """The screens show the time of the last network check: make it the same everywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    network.now = lambda: datetime(2026, 3, 18, 21, 30, tzinfo=timezone.utc)
    # The audit anchor hashes salted password hashes among everything else: fix the one shown.
    monkeypatch.setattr(audit_log, "head", lambda store: (812, "4450a6e9" + "0" * 52 + "0b7c"))
    yield
    monkeypatch.undo()
    time.tzset()


def log_in_as(username: str, *then: str):
    async def run_before(pilot):
        await pilot.pause()
        await pilot.press(*username, "enter", *PASSWORD, "enter")
        await pilot.pause()
        if then:
            await pilot.press(*then)
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


def test_login(snap_compare, make_app):
    async def run_before(pilot):
        await pilot.press(*"invoerder1")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_dashboard(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=log_in_as("coordinator"))


def part_1(entries, paper) -> list[str]:
    """The keys that answer the questions before the counts as the paper does."""
    return [key for code in question_codes(entries.shape) for key in keys_for(code, paper[code])]


def test_first_question_of_part_1(snap_compare, make_app):
    """Model N 10-1 starts with Deel 1: a tick box, its crop and the reading as a proposal."""
    app = make_app(image_mode="halfcell")
    assert snap_compare(app, terminal_size=SIZE, run_before=log_in_as("invoerder1", "1", "enter"))


def test_first_entry_with_crop_and_proposal(snap_compare, make_app):
    app = make_app(image_mode="halfcell")
    paper = demo_paper(app.services.entries, 1)
    keys = [*part_1(app.services.entries, paper), *str(paper["A"]), "enter", *str(paper["B"]), "enter"]
    assert snap_compare(app, terminal_size=SIZE, run_before=log_in_as("invoerder1", "1", "enter", *keys))


@pytest.mark.parametrize("size", [(80, 24), (160, 50)], ids=["80x24", "160x50"])
def test_entry_on_the_smallest_and_a_large_terminal(snap_compare, make_app, size):
    """The crop zoomed on the digit boxes, the field, and a refusal on the message line."""
    app = make_app(image_mode="halfcell")
    paper = demo_paper(app.services.entries, 1)
    keys = [*part_1(app.services.entries, paper), *str(paper["A"]), "enter", *"1x2", "enter"]
    assert snap_compare(app, terminal_size=size, run_before=log_in_as("invoerder1", "1", "enter", *keys))


def test_dashboard_at_80x24(snap_compare, make_app):
    """The overview's columns shrink and wrap: the next step stays readable."""
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=log_in_as("coordinator"))


def test_second_entry_is_blind(snap_compare, make_app):
    app = make_app(image_mode="halfcell")
    type_entry(app.services.entries, VERIFIER_1, 1, 1, demo_paper(app.services.entries, 1))
    assert snap_compare(app, terminal_size=SIZE, run_before=log_in_as("invoerder2", "1", "enter"))


def test_resolution_of_differences(snap_compare, make_app):
    app = make_app()
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    type_entry(entries, VERIFIER_1, 1, 1, paper)
    type_entry(entries, VERIFIER_2, 1, 2, dict(paper, A=paper["A"] + 10, D=paper["D"] + 10))
    assert snap_compare(app, terminal_size=SIZE, run_before=log_in_as("coordinator", "1", "enter", "2"))


def test_hand_totals_comparison(snap_compare, make_app):
    app = make_app()
    entries = app.services.entries
    for number in entries.station_numbers:
        make_definitive(entries, number, demo_paper(entries, number))
    machine = app.services.totals.totals().list_totals()
    app.services.totals.enter_hand_count(COORDINATOR, 1, {**machine, 3: machine[3] + 2})
    app.services.totals.enter_hand_count(COORDINATOR, 2, {**machine, 3: machine[3] + 2})
    assert snap_compare(app, terminal_size=SIZE, run_before=log_in_as("coordinator", "f5"))
