"""What the workflow remembers about one polling station.

Everything is immutable; ``apply`` returns a new state. Nothing is ever
overwritten: every confirmation stays in its entry's ``confirmations``, and an
entry set aside by a resolution moves to ``archive`` with the reason.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import datetime

from kiosk.domain.fields import field_codes
from kiosk.domain.results import Results, Value
from kiosk.domain.shape import ElectionShape
from kiosk.domain.validation.messages import Message


class Status(str, enum.Enum):
    EMPTY = "empty"
    SCANNED = "scanned"
    FIRST_ENTRY = "first_entry"  # entry 1 in progress (also: returned for correction)
    FIRST_DONE = "first_done"  # entry 1 finished without errors; waiting for entry 2
    SECOND_ENTRY = "second_entry"  # entry 2 in progress (also: returned for correction)
    DEFINITIVE = "definitive"
    ENTRIES_DIFFER = "entries_differ"
    HAS_ERRORS = "has_errors"


class Provenance(str, enum.Enum):
    OCR_CONFIRMED = "ocr_confirmed"  # OCR's proposal confirmed unchanged
    OCR_CORRECTED = "ocr_corrected"  # a proposal was shown and a different value typed
    TYPED = "typed"  # no proposal shown (OCR unsure, manual entry, or blind second entry)


class AckKind(str, enum.Enum):
    ACKNOWLEDGED = "acknowledged"  # a warning, checked against the paper
    SENT = "sent"  # an error, sent to the coordinator


@dataclass(frozen=True)
class Confirmation:
    code: str
    value: Value
    provenance: Provenance
    proposal: Value  # what OCR proposed (None: nothing shown)
    account: str
    at: datetime


@dataclass(frozen=True)
class Acknowledgement:
    message: Message
    kind: AckKind
    account: str
    at: datetime
    revision: int  # valid only while the entry's values stay as they were


@dataclass(frozen=True)
class Entry:
    """One person's (or, after a released claim, several persons') entry of the form.

    ``pending`` are the fields still to be confirmed before finishing: all of
    them for a new entry, the disputed ones in a correction. ``editable`` is
    None when every field may change, else the disputed fields.
    ``revision`` goes up whenever a value changes or the entry is reopened,
    which makes older acknowledgements stale.
    """

    id: int
    blind: bool  # a second entry: no proposals, no first-entry values
    values: Results
    pending: frozenset[str]
    claimant: str | None
    confirmations: tuple[Confirmation, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = ()
    participants: frozenset[str] = frozenset()
    revision: int = 0
    finished: bool = False
    finished_by: str | None = None
    editable: frozenset[str] | None = None

    @classmethod
    def start(cls, id: int, shape: ElectionShape, claimant: str, blind: bool) -> Entry:
        return cls(
            id=id,
            blind=blind,
            values=Results.empty(shape),
            pending=frozenset(field_codes(shape)),
            claimant=claimant,
            participants=frozenset({claimant}),
        )

    @property
    def confirmed(self) -> frozenset[str]:
        return frozenset(c.code for c in self.confirmations)

    def has_current(self, message: Message, kind: AckKind) -> bool:
        return any(
            a.message == message and a.kind is kind and a.revision == self.revision for a in self.acknowledgements
        )


@dataclass(frozen=True)
class ArchivedEntry:
    """An entry set aside by a coordinator or by the workflow, kept for history."""

    entry: Entry
    reason: str  # "discarded", "other_entry_kept", "agreed_with_errors"
    account: str
    at: datetime


@dataclass(frozen=True)
class Round:
    """A closed round of a station: its definitive results and everything that led to them.
    A correction (after an investigation) closes the round and starts the next one."""

    number: int
    results: Results
    first: Entry
    second: Entry | None
    archive: tuple[ArchivedEntry, ...]
    pages: tuple[str, ...]
    resolutions: tuple[tuple[str, str, datetime], ...]
    closed_by: str  # the coordinator who opened the correction
    closed_at: datetime
    investigation: int  # the investigation that asked for the correction


@dataclass(frozen=True)
class StationState:
    station: int
    shape: ElectionShape
    status: Status = Status.EMPTY
    pages: tuple[str, ...] = ()
    proposals: Results | None = None  # OCR proposals, empty fields = no proposal
    first: Entry | None = None
    second: Entry | None = None
    archive: tuple[ArchivedEntry, ...] = ()
    entries_started: int = 0
    resolutions: tuple[tuple[str, str, datetime], ...] = field(default=())  # (decision, account, at)
    #: 1 for the first entry of the station; each correction starts the next round.
    round: int = 1
    rounds: tuple[Round, ...] = ()  # the closed rounds, oldest first
    #: The pages are another kiosk's transfer pages (a partial sheet's annex), re-entered here.
    transfer: bool = False

    @property
    def previous_results(self) -> Results | None:
        """The definitive results of the last closed round (what a correction corrects), if any."""
        return self.rounds[-1].results if self.rounds else None

    @property
    def definitive_results(self) -> Results | None:
        """The station's results once definitive, else None."""
        return self.first.values if self.status is Status.DEFINITIVE and self.first else None

    def entry(self, number: int) -> Entry | None:
        return self.first if number == 1 else self.second

    def with_entry(self, number: int, entry: Entry | None) -> StationState:
        return replace(self, first=entry) if number == 1 else replace(self, second=entry)

    def all_entries(self) -> tuple[Entry, ...]:
        """Active and archived entries of every round: the complete history of confirmations."""
        earlier = tuple(
            e for r in self.rounds for e in (r.first, r.second, *(a.entry for a in r.archive)) if e is not None
        )
        active = tuple(e for e in (self.first, self.second) if e is not None)
        return earlier + active + tuple(a.entry for a in self.archive)


def new_station(station: int, shape: ElectionShape) -> StationState:
    return StationState(station=station, shape=shape)
