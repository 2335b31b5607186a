"""Where a finished entry leads, and the coordinator's decisions (DESIGN §6).

After a resolution the entries set aside stay in ``archive``; nothing is lost.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.results import Results
from kiosk.domain.validation import concerned_fields, validate
from kiosk.domain.workflow.errors import BadEvent
from kiosk.domain.workflow.events import (
    DifferencesResolved,
    ErrorResolution,
    ErrorsResolved,
    Event,
    Resolution,
)
from kiosk.domain.workflow.guards import require_role, require_status
from kiosk.domain.workflow.state import ArchivedEntry, Entry, StationState, Status

IN_PROGRESS = {1: Status.FIRST_ENTRY, 2: Status.SECOND_ENTRY}


def after_finish(state: StationState, number: int, has_errors: bool, event: Event) -> StationState:
    """The station's status once entry ``number`` is finished."""
    other = state.entry(3 - number)
    if other is None or not other.finished:
        # A first entry on its own: errors go to the coordinator before anyone
        # spends time on a second entry.
        return replace(state, status=Status.HAS_ERRORS if has_errors else Status.FIRST_DONE)
    first, second = state.first, state.second
    assert first is not None and second is not None
    if first.values != second.values:
        return replace(state, status=Status.ENTRIES_DIFFER)
    if has_errors:
        # Both people agree on what the paper says and the paper has errors: the
        # coordinator handles entry 1; entry 2 is kept in the archive.
        return replace(
            state,
            status=Status.HAS_ERRORS,
            second=None,
            archive=state.archive + (_archived(second, "agreed_with_errors", event),),
        )
    return replace(state, status=Status.DEFINITIVE)


def resolve_differences(state: StationState, event: DifferencesResolved) -> StationState:
    require_role(event.actor.can_coordinate, event, "resolve differences")
    require_status(state, "resolve differences", Status.ENTRIES_DIFFER)
    choice = event.resolution
    if not isinstance(choice, Resolution):
        raise BadEvent("workflow.bad_event", f"unknown resolution {choice!r}")
    first, second = state.first, state.second
    assert first is not None and second is not None
    state = _record(state, choice.value, event)
    if choice in (Resolution.KEEP_FIRST, Resolution.KEEP_SECOND):
        kept, dropped = (first, second) if choice is Resolution.KEEP_FIRST else (second, first)
        # The kept entry becomes entry 1; four eyes still needs a new second
        # entry by someone who did not work on it.
        status = Status.HAS_ERRORS if validate(kept.values).has_errors else Status.FIRST_DONE
        return replace(
            state,
            status=status,
            first=kept,
            second=None,
            archive=state.archive + (_archived(dropped, "other_entry_kept", event),),
        )
    if choice is Resolution.DISCARD_BOTH:
        return _back_to_start(state, (first, second), event)
    number = 1 if choice is Resolution.RETURN_FIRST else 2
    disputed = disputed_fields(first.values, second.values)
    entry = state.entry(number)
    assert entry is not None
    reopened = _reopen(entry, editable=disputed, pending=disputed)
    return replace(state.with_entry(number, reopened), status=IN_PROGRESS[number])


def resolve_errors(state: StationState, event: ErrorsResolved) -> StationState:
    require_role(event.actor.can_coordinate, event, "resolve errors")
    require_status(state, "resolve errors", Status.HAS_ERRORS)
    choice = event.resolution
    if not isinstance(choice, ErrorResolution):
        raise BadEvent("workflow.bad_event", f"unknown resolution {choice!r}")
    first = state.first
    assert first is not None
    state = _record(state, choice.value, event)
    if choice is ErrorResolution.DISCARD:
        return _back_to_start(state, (first,), event)
    # Back to its verifier. The fields the errors concern must be answered again
    # (confirmed as the paper says, or corrected); every other field stays as it
    # is and may still be changed (the whole entry is editable).
    return replace(
        state, status=Status.FIRST_ENTRY, first=_reopen(first, editable=None, pending=returned_fields(first.values))
    )


def returned_fields(values: Results) -> frozenset[str]:
    """The fields an entry with errors must answer again when it is returned to
    its verifier: every field its errors concern (F.402 lijst 3: L3.1 .. L3.T)."""
    return frozenset(concerned_fields(validate(values).errors))


def disputed_fields(first: Results, second: Results) -> frozenset[str]:
    """The fields a return for correction reopens when the entries differ."""
    return frozenset(first.differing_fields(second))


def _reopen(entry: Entry, editable: frozenset[str] | None, pending: frozenset[str]) -> Entry:
    # revision + 1: acknowledgements made before the return must be made again.
    return replace(
        entry,
        finished=False,
        claimant=entry.finished_by,
        editable=editable,
        pending=pending,
        revision=entry.revision + 1,
    )


def _back_to_start(state: StationState, entries: tuple[Entry, ...], event: Event) -> StationState:
    archived = tuple(_archived(entry, "discarded", event) for entry in entries)
    status = Status.SCANNED if state.pages else Status.EMPTY
    return replace(state, status=status, first=None, second=None, archive=state.archive + archived)


def _archived(entry: Entry, reason: str, event: Event) -> ArchivedEntry:
    return ArchivedEntry(entry, reason, event.actor.account, event.at)


def _record(state: StationState, decision: str, event: Event) -> StationState:
    return replace(state, resolutions=state.resolutions + ((decision, event.actor.account, event.at),))
