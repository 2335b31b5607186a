"""Type-ahead on the entry screen: every key lands, in order, in the field it was meant for.

A verifier who knows the paper types ahead of the screen: digits right after
an Enter belong to the next field, even while the Enter's commit (synchronous,
to disk) is still running."""

import asyncio
import time

import pytest

from kiosk.demo.scans import demo_paper
from kiosk.domain.workflow.state import Provenance
from kiosk.tui.screens.entry import EntryScreen
from tests.tui.conftest import log_in, run
from tests.tui.typing import burst, script, slow_commits


async def open_first_entry(pilot, station: int = 1) -> EntryScreen:
    await log_in(pilot, "invoerder1")
    await pilot.press(*str(station), "enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, EntryScreen)
    return screen


async def settle(sender, committed: list, expected: int, timeout: float) -> int:
    """Wait for the last key to be sent and every commit it asked for (or, with lost
    keys, for the commits to stop coming). Returns how many fields were committed
    when the last key had been sent."""
    deadline = time.monotonic() + timeout
    seen, quiet_since, at_last_key = -1, time.monotonic(), None
    while time.monotonic() < deadline:
        if len(committed) != seen:
            seen, quiet_since = len(committed), time.monotonic()
        if not sender.is_alive():
            at_last_key = seen if at_last_key is None else at_last_key
            if seen >= expected or time.monotonic() - quiet_since > 3:
                break
        await asyncio.sleep(0.05)
    return at_last_key if at_last_key is not None else seen


@pytest.mark.slow
def test_a_whole_station_typed_at_20_ms_per_key_on_a_200_ms_disk(make_app):
    app = make_app()
    entries = app.services.entries
    paper = demo_paper(entries, 1)
    committed = slow_commits(entries, 0.2)
    outcome = {}

    async def scenario(pilot):
        screen = await open_first_entry(pilot)
        fields = screen.view.fields
        assert screen.index == 0 and all(f.pending for f in fields)
        keys, meant, corrections = script(fields, paper)
        outcome.update(codes=[f.code for f in fields], meant=meant, corrections=corrections, keys=len(keys))
        sender = burst(app, keys, interval=0.02)
        outcome["at_last_key"] = await settle(sender, committed, len(fields), timeout=240)
        await pilot.pause()
        outcome["message"] = str(screen.query_one("#entry-message").render())

    run(app, scenario)
    codes, meant, corrections = outcome["codes"], outcome["meant"], outcome["corrections"]
    assert len(corrections) >= 10 and outcome["keys"] > len(codes)
    # The keys really came in a burst: most were typed before their field's turn.
    assert outcome["at_last_key"] < len(codes) // 2
    first = entries.state(1).first
    # Each field confirmed exactly once, in the paper's order, with what was typed for it.
    assert [c.code for c in first.confirmations] == codes
    wrong = {code: (first.values[code], meant[code]) for code in codes if first.values[code] != meant[code]}
    assert wrong == {}
    # A typed correction is never recorded as the proposal confirmed.
    for confirmation in first.confirmations:
        if confirmation.code in corrections:
            assert confirmation.provenance is Provenance.OCR_CORRECTED, confirmation
    assert outcome["message"] == ""
