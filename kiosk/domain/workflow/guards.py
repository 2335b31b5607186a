"""Checks shared by the transitions: raise, or return quietly."""

from __future__ import annotations

from kiosk.domain.workflow.errors import BadEvent, RoleNotAllowed, WrongState
from kiosk.domain.workflow.events import Event
from kiosk.domain.workflow.state import StationState, Status


def entry_number(number: object) -> int:
    if isinstance(number, bool) or number not in (1, 2):
        raise BadEvent("workflow.bad_event", f"entry must be 1 or 2, not {number!r}")
    return number  # type: ignore[return-value]


def require_role(allowed: bool, event: Event, action: str) -> None:
    if not allowed:
        raise RoleNotAllowed(
            "workflow.role_not_allowed",
            f"a {event.actor.role.value} may not {action}",
            role=event.actor.role.value,
            action=action,
        )


def require_status(state: StationState, action: str, *allowed: Status) -> None:
    if state.status not in allowed:
        raise WrongState(
            "workflow.wrong_state",
            f"cannot {action}: station {state.station} is {state.status.value}",
            status=state.status.value,
            action=action,
        )
