"""Which screen opening a station leads to, for the person logged in.

The choice follows the station's status; claiming an entry goes through the
entry service, so the domain's rules (four eyes, one claimant) decide.
"""

from __future__ import annotations

from textual.screen import Screen

from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryRefused

IN_PROGRESS = {Status.FIRST_ENTRY: 1, Status.SECOND_ENTRY: 2}


def screen_for_station(app, number: int, *, manual: bool = False) -> Screen | None:
    account = app.account
    entries = app.services.entries
    state = entries.state(number)
    status = state.status
    if account.role == "clerk":
        return None
    if status in (Status.ENTRIES_DIFFER, Status.HAS_ERRORS):
        if not account.is_coordinator:
            return None
        from kiosk.tui.screens.resolve import ResolveScreen

        return ResolveScreen(number)
    if status is Status.DEFINITIVE:
        return None
    if status is Status.EMPTY and not manual:
        raise EntryRefused("tui.not_scanned", "station not scanned yet")
    if status in (Status.EMPTY, Status.SCANNED):
        entry = 1
        entries.claim(account, number, entry)
    elif status is Status.FIRST_DONE:
        entry = 2
        entries.claim(account, number, entry)
    else:
        entry = IN_PROGRESS[status]
        if state.entry(entry).claimant != account.username:
            entries.claim(account, number, entry)  # refused unless the claim was released
    from kiosk.tui.screens.entry import EntryScreen

    return EntryScreen(number, entry)
