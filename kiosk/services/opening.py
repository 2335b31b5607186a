"""What opening a station on the overview leads to, for the person logged in.

The overview only draws the answer: an entry to type (claimed here, so the domain's
rules — four eyes, one claimant — decide), the differences to resolve, or nothing.
Who may do what comes from the domain's role functions (``Actor``), not from role names.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryRefused, EntryService, actor_of

# The entry a verifier continues when the station is waiting for it.
_IN_PROGRESS = {Status.FIRST_ENTRY: 1, Status.SECOND_ENTRY: 2}
_NEXT_ENTRY = {Status.EMPTY: 1, Status.SCANNED: 1, Status.FIRST_DONE: 2}


class Opens(enum.Enum):
    NOTHING = "nothing"  # nothing this person can do here now (definitive, or not their role)
    ENTRY = "entry"  # type entry ``entry`` (claimed for them)
    RESOLVE = "resolve"  # the coordinator settles differences or errors


@dataclass(frozen=True)
class StationOpening:
    opens: Opens
    station: int
    entry: int | None = None


def open_station(entries: EntryService, account, number: int, *, manual: bool = False) -> StationOpening:
    """Decide (and claim, when an entry is due) what opening station ``number`` gives ``account``.
    ``manual``: typing from the paper without a scan, allowed before the station is scanned.
    Raises EntryRefused when the station cannot be opened (not scanned, claimed by another)."""
    actor = actor_of(account)
    state = entries.state(number)
    status = state.status
    if not actor.can_enter or status is Status.DEFINITIVE:
        return StationOpening(Opens.NOTHING, number)
    if status in (Status.ENTRIES_DIFFER, Status.HAS_ERRORS):
        return StationOpening(Opens.RESOLVE if actor.can_coordinate else Opens.NOTHING, number)
    if status is Status.EMPTY and not manual:
        raise EntryRefused("tui.not_scanned", "station not scanned yet")
    if status in _NEXT_ENTRY:
        entry = _NEXT_ENTRY[status]
        entries.claim(account, number, entry)
    else:
        entry = _IN_PROGRESS[status]
        if state.entry(entry).claimant != account.username:
            entries.claim(account, number, entry)  # refused unless the claim was released
    return StationOpening(Opens.ENTRY, number, entry)
