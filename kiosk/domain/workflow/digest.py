"""A station made definitive by the numbers digest of the partial sheet it came on (issue: sheets
that travel). Only a station whose pages are all transfer pages, whose first entry is done without
errors, and whose typed groups are those of the event's digest; the sheet-wide check that the digest
is that of the stations' first entries is ``kiosk.domain.reentry.confirm_sheet``."""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.sheet_digest import typed_matches
from kiosk.domain.workflow.errors import BadEvent, WrongState
from kiosk.domain.workflow.events import DigestConfirmed
from kiosk.domain.workflow.guards import require_role, require_status
from kiosk.domain.workflow.state import StationState, Status


def confirm_by_digest(state: StationState, event: DigestConfirmed) -> StationState:
    require_role(event.actor.can_enter, event, "confirm a sheet by its digest")
    require_status(state, "confirm a sheet by its digest", Status.FIRST_DONE)
    if not state.transfer:
        raise WrongState(
            "workflow.not_transfer",
            f"station {state.station} was entered from its own report, not from a transfer sheet:"
            " it needs a second entry",
            station=state.station,
        )
    if state.station not in event.stations:
        raise BadEvent("workflow.bad_event", f"station {state.station} is not on the confirmed sheet")
    if not typed_matches(event.digest, event.blanked, event.typed):
        raise BadEvent("workflow.digest_mismatch", "the typed groups are not those of the digest")
    return replace(state, status=Status.DEFINITIVE)
