"""The events of the entry workflow: one per human action.

The store persists each accepted event (e.g. one per confirmed field, the
moment it is confirmed) and rebuilds a station with ``replay``. Timestamps are
passed in -- the domain never reads a clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Union

from kiosk.domain.results import Value
from kiosk.domain.validation.messages import Message
from kiosk.domain.workflow.roles import Actor


@dataclass(frozen=True, kw_only=True)
class Event:
    actor: Actor
    at: datetime


@dataclass(frozen=True, kw_only=True)
class ScanAttached(Event):
    """Pages of this station's report were scanned and attached. ``proposals``
    are OCR's proposed values ((code, value) pairs, only where OCR is sure).
    ``transfer``: the pages are another kiosk's printed transfer pages of the station's
    definitive results (a partial sheet's annex), not the station's own report."""

    pages: tuple[str, ...]
    proposals: tuple[tuple[str, Value], ...] = ()
    transfer: bool = False

    @staticmethod
    def proposing(values: Mapping[str, Value]) -> tuple[tuple[str, Value], ...]:
        return tuple(values.items())


@dataclass(frozen=True, kw_only=True)
class EntryClaimed(Event):
    """A verifier starts (or takes over a released) entry 1 or 2."""

    entry: int


@dataclass(frozen=True, kw_only=True)
class ClaimReleased(Event):
    """A coordinator frees an entry in progress; its confirmed values stay."""

    entry: int


@dataclass(frozen=True, kw_only=True)
class FieldConfirmed(Event):
    """One field confirmed by the claimant: the value is what the paper says
    (None: the box is empty on paper)."""

    entry: int
    code: str
    value: Value


@dataclass(frozen=True, kw_only=True)
class WarningAcknowledged(Event):
    """The person entering checked a warning against the paper."""

    entry: int
    message: Message


@dataclass(frozen=True, kw_only=True)
class ErrorSent(Event):
    """The person entering sent an error to the coordinator."""

    entry: int
    message: Message


@dataclass(frozen=True, kw_only=True)
class EntryFinished(Event):
    entry: int


class Resolution(str, enum.Enum):
    """What a coordinator decides for ``entries_differ``."""

    KEEP_FIRST = "keep_first"
    KEEP_SECOND = "keep_second"
    DISCARD_BOTH = "discard_both"
    RETURN_FIRST = "return_first"  # back to its verifier, disputed fields only
    RETURN_SECOND = "return_second"


class ErrorResolution(str, enum.Enum):
    """What a coordinator decides for ``has_errors``."""

    RETURN = "return"  # back to its verifier, whole entry editable
    DISCARD = "discard"


@dataclass(frozen=True, kw_only=True)
class DifferencesResolved(Event):
    resolution: Resolution


@dataclass(frozen=True, kw_only=True)
class ErrorsResolved(Event):
    resolution: ErrorResolution


@dataclass(frozen=True, kw_only=True)
class CorrectionOpened(Event):
    """A coordinator reopens a definitive station for corrected results, because investigation
    ``investigation`` concluded that its results must be corrected (a recount, a paper error).
    The definitive round stays in the history; a new round of two blind entries begins."""

    investigation: int


@dataclass(frozen=True, kw_only=True)
class DigestConfirmed(Event):
    """The verifier typed the numbers digest printed on the partial sheet this station's transfer
    pages belong to (the groups at ``blanked``, as ``typed``), and it is the digest of the first
    entries of the sheet's ``stations``: the other kiosk's two entries stand in for a second one.
    Built by ``kiosk.domain.reentry.confirm_sheet``, which computes ``digest``."""

    digest: str
    stations: tuple[int, ...]
    blanked: tuple[int, ...]
    typed: tuple[str, ...]


AnyEvent = Union[
    ScanAttached,
    EntryClaimed,
    ClaimReleased,
    FieldConfirmed,
    WarningAcknowledged,
    ErrorSent,
    EntryFinished,
    DifferencesResolved,
    ErrorsResolved,
    CorrectionOpened,
    DigestConfirmed,
]
