"""The municipal committee's session (zitting) that the totals sheet reports on.

Model Na 31-2 part 1 begins with where and when the GSB met and who was present
(1.1 Presentielijst). The coordinator enters these before the sheet is made; what
is not entered is printed as empty lines to be written by hand.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date

from kiosk.domain.errors import DomainError

_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
#: Longest name, place or initials the sheet prints on one line.
MAX_TEXT = 80
#: Most attendees one session lists (the model has 24 rows).
MAX_ATTENDEES = 24


class CommitteeRole(enum.Enum):
    CHAIR = "voorzitter"
    DEPUTY_CHAIR = "plaatsvervangend voorzitter"
    MEMBER = "lid"


class SessionError(DomainError):
    """Session details that cannot be printed: ``session.<problem>`` (``what``, ``value``)."""


@dataclass(frozen=True)
class Attendee:
    initials: str
    surname: str
    role: CommitteeRole
    present_from: str  # "HH:MM"
    present_to: str = ""  # "HH:MM", or empty: until the end

    def __post_init__(self) -> None:
        _text("initials", self.initials, required=False)
        _text("surname", self.surname)
        if not isinstance(self.role, CommitteeRole):
            raise SessionError("session.bad_role", f"unknown role {self.role!r}", what="role", value=repr(self.role))
        _time("present_from", self.present_from)
        if self.present_to:
            _time("present_to", self.present_to)


@dataclass(frozen=True)
class SessionDetails:
    place: str
    day: date
    start_time: str  # "HH:MM"
    attendees: tuple[Attendee, ...] = ()

    def __post_init__(self) -> None:
        _text("place", self.place)
        _time("start_time", self.start_time)
        if len(self.attendees) > MAX_ATTENDEES:
            raise SessionError(
                "session.too_many_attendees",
                f"at most {MAX_ATTENDEES} attendees",
                what="attendees",
                value=str(len(self.attendees)),
            )

    @property
    def chair(self) -> Attendee | None:
        return next((a for a in self.attendees if a.role is CommitteeRole.CHAIR), None)


def _text(what: str, value: object, required: bool = True) -> None:
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > MAX_TEXT:
        raise SessionError(
            "session.bad_text", f"{what}: 1..{MAX_TEXT} characters, not {value!r}", what=what, value=repr(value)[:40]
        )
    if any(not ch.isprintable() for ch in value):
        raise SessionError("session.bad_text", f"{what}: unprintable characters", what=what, value=repr(value)[:40])


def _time(what: str, value: object) -> None:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise SessionError("session.bad_time", f"{what}: a time as HH:MM, not {value!r}", what=what, value=repr(value))


def session_to_json(details: SessionDetails) -> dict:
    """The details as the audit event holds them (plain JSON values)."""
    return {
        "place": details.place,
        "day": details.day.isoformat(),
        "start_time": details.start_time,
        "attendees": [
            {
                "initials": a.initials,
                "surname": a.surname,
                "role": a.role.value,
                "present_from": a.present_from,
                "present_to": a.present_to,
            }
            for a in details.attendees
        ],
    }


def session_from_json(data: dict) -> SessionDetails:
    """The inverse of ``session_to_json``; SessionError for anything malformed."""
    try:
        attendees = tuple(
            Attendee(a["initials"], a["surname"], CommitteeRole(a["role"]), a["present_from"], a.get("present_to", ""))
            for a in data.get("attendees", ())
        )
        return SessionDetails(data["place"], date.fromisoformat(data["day"]), data["start_time"], attendees)
    except (KeyError, TypeError, ValueError) as problem:
        raise SessionError(
            "session.bad_record", f"session details cannot be read: {problem}", what="session", value=str(problem)[:40]
        ) from None
