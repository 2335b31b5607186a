"""What an entry in progress is told: its own validation plus W.001."""

from __future__ import annotations

from kiosk.domain.validation import ValidationResult, validate, w001
from kiosk.domain.workflow.state import AckKind, Entry, StationState


def entry_messages(state: StationState, number: int) -> ValidationResult:
    """Errors and warnings of entry ``number`` (1 or 2) over its own values.

    Where the other entry is finished (a second entry, or a correction), W.001
    names the confirmed fields that differ from it -- codes only, never the
    other entry's values."""
    entry = state.entry(number)
    if entry is None:
        return ValidationResult()
    result = validate(entry.values)
    other = state.entry(3 - number)
    if other is not None and other.finished:
        differs = w001(other.values, entry.values, only=tuple(entry.confirmed))
        if differs is not None:
            result = result + ValidationResult.of([differs])
    return result


def open_messages(state: StationState, number: int) -> ValidationResult:
    """The warnings not yet acknowledged and errors not yet sent, for the
    current values of entry ``number``: what stands between it and finishing."""
    entry = state.entry(number)
    if entry is None:
        return ValidationResult()
    current = entry_messages(state, number)
    return ValidationResult(
        errors=tuple(m for m in current.errors if not entry.has_current(m, AckKind.SENT)),
        warnings=tuple(m for m in current.warnings if not entry.has_current(m, AckKind.ACKNOWLEDGED)),
    )


def can_finish(state: StationState, number: int) -> bool:
    entry = state.entry(number)
    return entry is not None and not entry.finished and not entry.pending and not open_messages(state, number).messages


def participants_clash(account: str, other: Entry | None) -> bool:
    """Four eyes: nobody who worked on one entry may work on the other."""
    return other is not None and account in other.participants
