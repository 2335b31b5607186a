"""The entry workflow of one polling station (DESIGN §6), event-sourced.

Every human action is an event (``events``); ``apply(state, event)`` returns
the new state or raises a WorkflowError and changes nothing; ``replay``
rebuilds a station from its stored events. Who/when are in every event; the
domain never reads a clock.

::

    empty ──ScanAttached──▶ scanned ◀──ScanAttached (more pages)
      │                        │
      └──EntryClaimed(1)───────┴──▶ first_entry ◀─┐ FieldConfirmed, WarningAcknowledged,
                                       │           │ ErrorSent (claimant only); ClaimReleased
                                       │           │ (coordinator); EntryClaimed(1) when released
                               EntryFinished(1)
                  no errors ◀──────────┴──────────▶ errors (all sent to the coordinator)
                      │                                  │
                      ▼                                  ▼
                 first_done                         has_errors ──ErrorsResolved(return)──▶ first_entry
                      │                                  │       (same verifier; the fields the errors
                      │                                  │        concern to answer, all editable)
      EntryClaimed(2) │ by an account that did           └──────ErrorsResolved(discard)──▶ scanned | empty
        not work on entry 1 (four eyes)
                      ▼
                second_entry   blind: no proposals, no first-entry values;
                      │        W.001 names the differing field codes only
               EntryFinished(2)
                      ├── equal, no errors ──────────▶ definitive   (final: every event refused)
                      ├── equal, with errors ────────▶ has_errors   (entry 2 archived)
                      └── differ (W.001) ────────────▶ entries_differ
                                                          │ DifferencesResolved:
         keep_first | keep_second ── the kept entry becomes entry 1 ──▶ first_done | has_errors
                                     (a new second entry by another account is needed)
         discard_both ─────────────────────────────────────────────▶ scanned | empty
         return_first | return_second ── to its verifier, only the ─▶ first_entry | second_entry
                                          disputed fields editable;    finishing compares again

    first_done ──DigestConfirmed──▶ definitive   only a station entered from another kiosk's
                 transfer pages, when the verifier typed the partial sheet's numbers digest
                 and it is that of the first entries (kiosk.domain.reentry.confirm_sheet)

    definitive ──CorrectionOpened (coordinator, after an investigation)──▶ empty, round + 1
                 the definitive round is closed whole into ``rounds`` (results, entries,
                 pages); the new round starts without pages or proposals and needs two
                 blind entries by two accounts again, as the first did

Finishing needs every (pending) field confirmed, every warning acknowledged
and every error sent, by the claimant, on the current values. Entries set
aside are kept in ``StationState.archive``; each confirmation is kept in its
entry's ``confirmations``.
"""

from kiosk.domain.workflow.checks import can_finish, entry_messages, open_messages
from kiosk.domain.workflow.consequences import Action, Consequence, Step, consequence
from kiosk.domain.workflow.errors import (
    BadEvent,
    ClaimError,
    DuplicatePage,
    EntryIncomplete,
    FieldNotEditable,
    FourEyes,
    MessagesOpen,
    NoSuchMessage,
    RoleNotAllowed,
    StationDefinitive,
    WorkflowError,
    WrongState,
)
from kiosk.domain.workflow.events import (
    ClaimReleased,
    CorrectionOpened,
    DifferencesResolved,
    DigestConfirmed,
    EntryClaimed,
    EntryFinished,
    ErrorResolution,
    ErrorSent,
    ErrorsResolved,
    Event,
    FieldConfirmed,
    Resolution,
    ScanAttached,
    WarningAcknowledged,
)
from kiosk.domain.workflow.machine import apply, replay
from kiosk.domain.workflow.roles import Actor, Capability, Role, may, roles_that_may
from kiosk.domain.workflow.state import (
    AckKind,
    Acknowledgement,
    ArchivedEntry,
    Confirmation,
    Entry,
    Provenance,
    Round,
    StationState,
    Status,
    new_station,
)
from kiosk.domain.workflow.views import CoordinatorView, EntryView, FieldView, coordinator_view, entry_view

__all__ = [
    "Action",
    "Consequence",
    "Step",
    "consequence",
    "AckKind",
    "Acknowledgement",
    "Actor",
    "Capability",
    "ArchivedEntry",
    "BadEvent",
    "ClaimError",
    "ClaimReleased",
    "Confirmation",
    "CoordinatorView",
    "CorrectionOpened",
    "DifferencesResolved",
    "DigestConfirmed",
    "DuplicatePage",
    "Entry",
    "EntryClaimed",
    "EntryFinished",
    "EntryIncomplete",
    "EntryView",
    "ErrorResolution",
    "ErrorSent",
    "ErrorsResolved",
    "Event",
    "FieldConfirmed",
    "FieldNotEditable",
    "FieldView",
    "FourEyes",
    "MessagesOpen",
    "NoSuchMessage",
    "Provenance",
    "Resolution",
    "Role",
    "RoleNotAllowed",
    "Round",
    "ScanAttached",
    "StationDefinitive",
    "StationState",
    "Status",
    "WarningAcknowledged",
    "WorkflowError",
    "WrongState",
    "apply",
    "can_finish",
    "coordinator_view",
    "entry_messages",
    "entry_view",
    "may",
    "new_station",
    "open_messages",
    "replay",
    "roles_that_may",
]
