"""Page identity: what the QR code on every printed page says.

The QR code identifies a page and nothing else — never a count. Payload:

    SKPV1|<election id>|<station>|<page>|<page count>|<template version>|<crc>

`crc` is the CRC-32 of everything before the last `|`, as 8 lowercase hex digits,
so a damaged or hand-made payload is refused instead of being half-trusted.
Election id and template version are restricted to a safe alphabet (letters,
digits, `_ - . :`), so no escaping is needed and `|` can never appear inside a part.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

PREFIX = "SKPV1"
_ID_RE = re.compile(r"[A-Za-z0-9_.:\-]{1,64}")
_VERSION_RE = re.compile(r"[A-Za-z0-9_.\-]{1,16}")
_NUM_RE = re.compile(r"[1-9][0-9]{0,5}")
_CRC_RE = re.compile(r"[0-9a-f]{8}")
MAX_PAGES = 999


#: What can be wrong with a page identity (PayloadError.code); the words are the caller's.
PROBLEMS = (
    "bad_election_id",
    "bad_template_version",
    "bad_number",
    "too_many_pages",
    "page_beyond_count",
    "not_ascii",
    "empty",
    "malformed",
    "not_ours",
    "checksum",
)


class PayloadError(ValueError):
    """A QR payload that is not a well-formed Stemkiosk page identity: ``code`` (one of PROBLEMS) says
    why; the message (Dutch, with the offending value) is for developers and logs."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PageIdentity:
    election_id: str
    station: int
    page: int
    page_count: int
    template_version: str

    def __post_init__(self) -> None:
        if not _ID_RE.fullmatch(self.election_id or ""):
            raise PayloadError("bad_election_id", f"ongeldige verkiezingscode {self.election_id!r}")
        if not _VERSION_RE.fullmatch(self.template_version or ""):
            raise PayloadError("bad_template_version", f"ongeldige sjabloonversie {self.template_version!r}")
        for name in ("station", "page", "page_count"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < 1 or v > 999_999:
                raise PayloadError("bad_number", f"ongeldig {name}: {v!r}")
        if self.page_count > MAX_PAGES:
            raise PayloadError("too_many_pages", f"te veel pagina's: {self.page_count}")
        if self.page > self.page_count:
            raise PayloadError("page_beyond_count", f"pagina {self.page} van {self.page_count}")

    def payload(self) -> str:
        """The QR text for this page."""
        body = "|".join(
            (PREFIX, self.election_id, str(self.station), str(self.page), str(self.page_count), self.template_version)
        )
        return f"{body}|{_crc(body)}"


def _crc(text: str) -> str:
    return f"{zlib.crc32(text.encode('ascii')) & 0xFFFFFFFF:08x}"


def check_election_id(election_id: str) -> str:
    """Return the id if it can go into a page identity, else raise PayloadError."""
    if not isinstance(election_id, str) or not _ID_RE.fullmatch(election_id):
        raise PayloadError(
            "bad_election_id",
            f"verkiezingscode {election_id!r} past niet in een paginacode "
            "(alleen letters, cijfers en _ - . :, hooguit 64 tekens)",
        )
    return election_id


def check_template_version(version: str) -> str:
    """Return the version if it can go into a page identity, else raise PayloadError."""
    if not isinstance(version, str) or not _VERSION_RE.fullmatch(version):
        raise PayloadError(
            "bad_template_version",
            f"sjabloonversie {version!r} past niet in een paginacode "
            "(alleen letters, cijfers en _ - ., hooguit 16 tekens)",
        )
    return version


def parse_payload(text: str | bytes) -> PageIdentity:
    """Parse a QR payload; raise PayloadError for anything malformed."""
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")
        except UnicodeDecodeError as exc:
            raise PayloadError("not_ascii", "paginacode bevat vreemde tekens") from exc
    if not isinstance(text, str) or not text:
        raise PayloadError("empty", "lege paginacode")
    if len(text) > 200 or not text.isascii() or not text.isprintable():
        raise PayloadError("malformed", "paginacode heeft een onverwachte vorm")
    parts = text.split("|")
    if len(parts) != 7 or parts[0] != PREFIX:
        raise PayloadError("not_ours", "geen Stemkiosk-paginacode")
    _, election_id, station, page, count, version, crc = parts
    if not _CRC_RE.fullmatch(crc) or crc != _crc(text.rsplit("|", 1)[0]):
        raise PayloadError("checksum", "controlegetal van de paginacode klopt niet")
    for part in (station, page, count):
        if not _NUM_RE.fullmatch(part):
            raise PayloadError("bad_number", "paginacode bevat een ongeldig getal")
    return PageIdentity(election_id, int(station), int(page), int(count), version)
