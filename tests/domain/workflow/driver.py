"""A small driver for workflow tests: builds events with a fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kiosk.domain.fields import field_codes
from kiosk.domain.shape import ElectionShape
from kiosk.domain.workflow import (
    Actor,
    EntryClaimed,
    EntryFinished,
    ErrorSent,
    Event,
    FieldConfirmed,
    Role,
    StationState,
    WarningAcknowledged,
    apply,
    entry_messages,
    new_station,
    replay,
)

CLERK = Actor("kees", Role.CLERK)
ANNA = Actor("anna", Role.VERIFIER)
BRAM = Actor("bram", Role.VERIFIER)
DIRK = Actor("dirk", Role.VERIFIER)
CARLA = Actor("carla", Role.COORDINATOR)
T0 = datetime(2026, 3, 18, 21, 0, tzinfo=timezone.utc)


class Station:
    def __init__(self, shape: ElectionShape, number: int = 7) -> None:
        self.shape = shape
        self.number = number
        self.state: StationState = new_station(number, shape)
        self.events: list[Event] = []
        self.clock = T0

    def do(self, kind: type[Event], actor: Actor, **fields: object) -> StationState:
        self.clock += timedelta(seconds=1)
        event = kind(actor=actor, at=self.clock, **fields)
        self.state = apply(self.state, event)  # raises: nothing recorded
        self.events.append(event)
        return self.state

    def confirm_all(self, entry: int, actor: Actor, values: dict, only=None) -> None:
        for code in only or field_codes(self.shape):
            self.do(FieldConfirmed, actor, entry=entry, code=code, value=values.get(code))

    def settle_messages(self, entry: int, actor: Actor) -> None:
        messages = entry_messages(self.state, entry)
        for message in messages.warnings:
            self.do(WarningAcknowledged, actor, entry=entry, message=message)
        for message in messages.errors:
            self.do(ErrorSent, actor, entry=entry, message=message)

    def enter(self, entry: int, actor: Actor, values: dict) -> StationState:
        """Claim, confirm every field from ``values``, settle messages, finish."""
        self.do(EntryClaimed, actor, entry=entry)
        self.confirm_all(entry, actor, values)
        self.settle_messages(entry, actor)
        return self.do(EntryFinished, actor, entry=entry)

    def rebuilt(self) -> StationState:
        return replay(self.number, self.shape, self.events)
