"""The screen for what opening a station leads to (``kiosk.services.opening`` decides)."""

from __future__ import annotations

from textual.screen import Screen

from kiosk.services.opening import Opens, open_station


def screen_for_station(app, number: int, *, manual: bool = False) -> Screen | None:
    opening = open_station(app.services.entries, app.account, number, manual=manual)
    if opening.opens is Opens.RESOLVE:
        from kiosk.tui.screens.resolve import ResolveScreen

        return ResolveScreen(number)
    if opening.opens is Opens.ENTRY:
        from kiosk.tui.screens.entry import EntryScreen

        return EntryScreen(number, opening.entry)
    return None
