"""How the totals sheet writes texts, numbers, hashes and times.

The sheet is the official paper, so it is always Dutch whatever the screen's
language, and it depends on nothing of the machine (no locale, no local time
zone): times are shown in Dutch time (Europe/Amsterdam) with their UTC offset.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone, tzinfo

from kiosk.i18n import catalogue

try:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
except ImportError:  # pragma: no cover - Python >= 3.9 has zoneinfo
    ZoneInfo = None  # type: ignore[assignment,misc]

MINUS = "\u2212"  # a real minus sign: a hyphen is easily missed on paper


#: How the model's words change for a Caribbean public body (Abacus' is_municipality), longest first.
#: Applied to the catalogue's texts only, before their parameters are filled in: a station
#: called "Gemeentehuis" keeps its name.
PUBLIC_BODY_WORDS = (
    ("Gemeentelijk stembureau", "Stembureau voor het openbaar lichaam"),
    ("gemeentelijk stembureau", "stembureau voor het openbaar lichaam"),
    ("Elke gemeente", "Elk openbaar lichaam"),
    ("deze gemeente", "dit openbaar lichaam"),
    ("de hele gemeente", "het hele openbaar lichaam"),
    ("de gemeente", "het openbaar lichaam"),
    ("Gemeente {", "Openbaar lichaam {"),
)
_PUBLIC_BODY: ContextVar[bool] = ContextVar("public_body", default=False)


@contextmanager
def public_body_wording(public_body: bool) -> Iterator[None]:
    """While a sheet is made: its texts in the words for a public body, when it is one."""
    token = _PUBLIC_BODY.set(public_body)
    try:
        yield
    finally:
        _PUBLIC_BODY.reset(token)


def nl(key: str, **params: object) -> str:
    """The Dutch text of a catalogue key (the sheet ignores the screen's language), in the words
    for a public body while ``public_body_wording`` says so."""
    text = catalogue()[key]["nl"]
    if _PUBLIC_BODY.get():
        for municipal, public in PUBLIC_BODY_WORDS:
            text = text.replace(municipal, public)
    return text.format(**params) if params else text


def count(value: int) -> str:
    """A count as printed: plain digits, no thousands separator.

    Dutch writes 12.345 and English 12,345; either can be read as a decimal
    point by someone, and a space splits one number into two. The station PVs
    are written in digit boxes without separators, the next level types these
    numbers in again, and the OCR of printed sheets reads plain digits best.
    Columns are right-aligned in tabular figures, so magnitudes line up."""
    return str(value) if value >= 0 else MINUS + str(-value)


def signed(value: int) -> str:
    """A difference: +5, −5 or 0."""
    return "+" + str(value) if value > 0 else count(value)


def grouped(hex_digest: str) -> str:
    """A SHA-256 in 16 groups of 4 hex characters: 'ab12 cd34 ...'."""
    return " ".join(hex_digest[i : i + 4] for i in range(0, len(hex_digest), 4))


def _dutch_zone() -> tzinfo:
    if ZoneInfo is not None:
        try:
            return ZoneInfo("Europe/Amsterdam")
        except ZoneInfoNotFoundError:  # no tz database: fall back to UTC, labelled as such
            pass
    return timezone.utc


def dutch_time(moment: datetime) -> datetime:
    """``moment`` (time-zone aware) in Dutch time."""
    return moment.astimezone(_dutch_zone())


def day(value: date) -> str:
    """18-03-2026."""
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def clock(moment: datetime) -> str:
    """22:15."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def utc_offset(moment: datetime) -> str:
    """UTC+01:00 (the offset of an aware datetime)."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else MINUS
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
