"""``apply(state, event) -> state``: the entry state machine of DESIGN §6.

``apply`` either returns the new state or raises a WorkflowError (or, for a bad
field code or value, UnknownField / InvalidValue) and changes nothing. A store
persists each accepted event; ``replay`` rebuilds the state from them.
The diagram is in the package docstring (``kiosk.domain.workflow``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from kiosk.domain.fields import check_field
from kiosk.domain.results import Results, check_value
from kiosk.domain.shape import ElectionShape
from kiosk.domain.workflow import resolution
from kiosk.domain.workflow.checks import entry_messages, open_messages, participants_clash
from kiosk.domain.workflow.digest import confirm_by_digest
from kiosk.domain.workflow.errors import (
    BadEvent,
    ClaimError,
    DuplicatePage,
    EntryIncomplete,
    FieldNotEditable,
    FourEyes,
    MessagesOpen,
    NoSuchMessage,
    StationDefinitive,
)
from kiosk.domain.workflow.events import (
    ClaimReleased,
    CorrectionOpened,
    DifferencesResolved,
    DigestConfirmed,
    EntryClaimed,
    EntryFinished,
    ErrorSent,
    ErrorsResolved,
    Event,
    FieldConfirmed,
    ScanAttached,
    WarningAcknowledged,
)
from kiosk.domain.workflow.guards import entry_number, require_role, require_status
from kiosk.domain.workflow.resolution import IN_PROGRESS
from kiosk.domain.workflow.roles import Actor
from kiosk.domain.workflow.state import (
    AckKind,
    Acknowledgement,
    Confirmation,
    Entry,
    Provenance,
    Round,
    StationState,
    Status,
    new_station,
)


def apply(state: StationState, event: Event) -> StationState:
    """The state after ``event``; raises (changing nothing) when it is not allowed."""
    if not isinstance(event, Event) or not isinstance(event.actor, Actor) or not isinstance(event.at, datetime):
        raise BadEvent("workflow.bad_event", f"not a workflow event: {event!r}")
    if state.status is Status.DEFINITIVE and isinstance(event, CorrectionOpened):
        return _open_correction(state, event)
    if state.status is Status.DEFINITIVE:
        raise StationDefinitive(
            "workflow.definitive",
            f"station {state.station} is definitive; its results cannot change",
            station=state.station,
        )
    handler = _HANDLERS.get(type(event))
    if handler is None:
        raise BadEvent("workflow.bad_event", f"unknown event type {type(event).__name__}")
    return handler(state, event)


def replay(station: int, shape: ElectionShape, events: Iterable[Event]) -> StationState:
    """Rebuild a station from its stored events (all of which were accepted)."""
    state = new_station(station, shape)
    for event in events:
        state = apply(state, event)
    return state


# -- scanning -------------------------------------------------------------------


def _scan(state: StationState, event: ScanAttached) -> StationState:
    require_role(event.actor.can_scan, event, "attach scans")
    require_status(state, "attach scans", Status.EMPTY, Status.SCANNED)
    if not event.pages or not all(isinstance(page, str) and page for page in event.pages):
        raise BadEvent("workflow.bad_event", "a scan needs at least one page id")
    for page in event.pages:
        if page in state.pages or event.pages.count(page) > 1:
            raise DuplicatePage(
                "workflow.duplicate_page",
                f"page {page} is already attached to this station",
                page=page,
                station=state.station,
            )
    if state.pages and state.transfer != event.transfer:
        raise BadEvent(
            "workflow.mixed_paper",
            f"station {state.station} has pages of "
            + ("a transfer sheet" if state.transfer else "its own report")
            + "; the other paper cannot be added",
            station=state.station,
        )
    proposals = state.proposals or Results.empty(state.shape)
    proposals = proposals.with_values(dict(event.proposals))  # refuses unknown fields / invalid values
    pages = state.pages + tuple(event.pages)
    return replace(state, status=Status.SCANNED, pages=pages, proposals=proposals, transfer=event.transfer)


# -- claims ---------------------------------------------------------------------


def _claim(state: StationState, event: EntryClaimed) -> StationState:
    number = entry_number(event.entry)
    account = event.actor.account
    require_role(event.actor.can_enter, event, "enter results")
    other = state.entry(3 - number)
    if participants_clash(account, other):
        raise FourEyes(
            "workflow.same_verifier",
            f"{account} worked on the other entry of station {state.station}; a different person must do this one",
            account=account,
            station=state.station,
        )
    current = state.entry(number)
    if state.status is IN_PROGRESS[number] and current is not None:
        if current.claimant == account:
            raise ClaimError("workflow.already_claimed", f"{account} already has this entry", account=account)
        if current.claimant is not None:
            raise ClaimError(
                "workflow.claimed_by_other",
                f"entry {number} is claimed by {current.claimant}",
                claimant=current.claimant,
            )
        taken = replace(current, claimant=account, participants=current.participants | {account})
        return state.with_entry(number, taken)
    starts = {1: (Status.EMPTY, Status.SCANNED), 2: (Status.FIRST_DONE,)}[number]
    require_status(state, f"start entry {number}", *starts)
    entry = Entry.start(state.entries_started + 1, state.shape, account, blind=number == 2)
    state = replace(state, status=IN_PROGRESS[number], entries_started=state.entries_started + 1)
    return state.with_entry(number, entry)


def _release(state: StationState, event: ClaimReleased) -> StationState:
    number = entry_number(event.entry)
    require_role(event.actor.can_coordinate, event, "release a claim")
    entry = _in_progress(state, number, "release a claim")
    if entry.claimant is None:
        raise ClaimError("workflow.not_claimed", f"entry {number} is not claimed")
    return state.with_entry(number, replace(entry, claimant=None))


# -- entering ---------------------------------------------------------------------


def _confirm(state: StationState, event: FieldConfirmed) -> StationState:
    number = entry_number(event.entry)
    entry = _claimed_by(state, number, event.actor, "confirm a field")
    ref = check_field(event.code, state.shape)
    value = check_value(ref, event.value)
    if entry.editable is not None and ref.code not in entry.editable:
        raise FieldNotEditable(
            "workflow.not_disputed", f"{ref.code} is not one of the disputed fields of this correction", field=ref.code
        )
    proposal = None if entry.blind or state.proposals is None else state.proposals[ref.code]
    if proposal is None:
        provenance = Provenance.TYPED
    elif proposal == value:
        provenance = Provenance.OCR_CONFIRMED
    else:
        provenance = Provenance.OCR_CORRECTED
    confirmation = Confirmation(ref.code, value, provenance, proposal, event.actor.account, event.at)
    changed = entry.values[ref.code] != value
    entry = replace(
        entry,
        values=entry.values.with_value(ref.code, value) if changed else entry.values,
        revision=entry.revision + 1 if changed else entry.revision,
        pending=entry.pending - {ref.code},
        confirmations=entry.confirmations + (confirmation,),
        participants=entry.participants | {event.actor.account},
    )
    return state.with_entry(number, entry)


def _acknowledge(state: StationState, event: WarningAcknowledged | ErrorSent) -> StationState:
    number = entry_number(event.entry)
    kind = AckKind.ACKNOWLEDGED if isinstance(event, WarningAcknowledged) else AckKind.SENT
    entry = _claimed_by(state, number, event.actor, "acknowledge a message")
    current = entry_messages(state, number)
    present = current.warnings if kind is AckKind.ACKNOWLEDGED else current.errors
    if event.message not in present:
        what = "warning" if kind is AckKind.ACKNOWLEDGED else "error"
        raise NoSuchMessage(
            "workflow.no_such_message",
            f"entry {number} has no {what} {event.message.code} now",
            rule=event.message.code,
        )
    ack = Acknowledgement(event.message, kind, event.actor.account, event.at, entry.revision)
    return state.with_entry(number, replace(entry, acknowledgements=entry.acknowledgements + (ack,)))


def _finish(state: StationState, event: EntryFinished) -> StationState:
    number = entry_number(event.entry)
    entry = _claimed_by(state, number, event.actor, "finish an entry")
    if entry.pending:
        raise EntryIncomplete(
            "workflow.incomplete", f"{len(entry.pending)} field(s) not confirmed yet", count=len(entry.pending)
        )
    still_open = open_messages(state, number)
    if still_open.warnings:
        codes = ", ".join(m.code for m in still_open.warnings)
        raise MessagesOpen("workflow.unacknowledged_warning", f"warning(s) not acknowledged: {codes}", codes=codes)
    if still_open.errors:
        codes = ", ".join(m.code for m in still_open.errors)
        raise MessagesOpen("workflow.unsent_error", f"error(s) not sent to the coordinator: {codes}", codes=codes)
    has_errors = bool(entry_messages(state, number).errors)
    entry = replace(entry, finished=True, finished_by=event.actor.account, claimant=None, editable=None)
    state = state.with_entry(number, entry)
    return resolution.after_finish(state, number, has_errors, event)


# -- helpers ----------------------------------------------------------------------


def _in_progress(state: StationState, number: int, action: str) -> Entry:
    require_status(state, action, IN_PROGRESS[number])
    entry = state.entry(number)
    assert entry is not None  # the status guarantees it
    return entry


def _claimed_by(state: StationState, number: int, actor: Actor, action: str) -> Entry:
    entry = _in_progress(state, number, action)
    if entry.claimant != actor.account:
        raise ClaimError(
            "workflow.not_claimant",
            f"entry {number} of station {state.station} belongs to "
            f"{entry.claimant or 'nobody (claim it first)'}, not {actor.account}",
            claimant=entry.claimant,
            account=actor.account,
        )
    return entry


def _open_correction(state: StationState, event: CorrectionOpened) -> StationState:
    """Close the definitive round (kept whole in ``rounds``) and start the next: no pages, no
    proposals (the earlier results are never offered), no entries, numbering goes on."""
    require_role(event.actor.can_coordinate, event, "open a correction")
    if isinstance(event.investigation, bool) or not isinstance(event.investigation, int) or event.investigation < 1:
        raise BadEvent("workflow.bad_event", f"investigation must be a positive number, not {event.investigation!r}")
    closed = Round(
        number=state.round,
        results=state.first.values,
        first=state.first,
        second=state.second,
        archive=state.archive,
        pages=state.pages,
        resolutions=state.resolutions,
        closed_by=event.actor.account,
        closed_at=event.at,
        investigation=event.investigation,
    )
    return replace(
        new_station(state.station, state.shape),
        round=state.round + 1,
        rounds=(*state.rounds, closed),
        entries_started=state.entries_started,
    )


_HANDLERS = {
    ScanAttached: _scan,
    EntryClaimed: _claim,
    ClaimReleased: _release,
    FieldConfirmed: _confirm,
    WarningAcknowledged: _acknowledge,
    ErrorSent: _acknowledge,
    EntryFinished: _finish,
    DifferencesResolved: resolution.resolve_differences,
    ErrorsResolved: resolution.resolve_errors,
    DigestConfirmed: confirm_by_digest,
}
