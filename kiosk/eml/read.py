"""One entry point for "here is a file, what is it?" (``kiosk import FILE``)."""

from __future__ import annotations

from kiosk.domain.election import Election
from kiosk.eml.errors import EmlError
from kiosk.eml.kinds import kind_of
from kiosk.eml.model import CandidateLists, StationList
from kiosk.eml.read_110a import election_from_root
from kiosk.eml.read_110b import station_list_from_root
from kiosk.eml.read_230b import candidate_lists_from_root
from kiosk.eml.xmlsafe import parse_bytes

_READERS = {
    "110a": election_from_root,
    "230b": candidate_lists_from_root,
    "110b": station_list_from_root,
}


def read_any(data: bytes, source: str) -> Election | CandidateLists | StationList:
    """A 110a, 230b or 110b, read by its own reader; EmlError for any other kind."""
    root = parse_bytes(data, source)
    kind = kind_of(root, source)
    reader = _READERS.get(kind)
    if reader is not None:
        return reader(root, source)
    if kind.startswith("510"):
        raise EmlError("eml.count_file", source=source, expected_kind="110a", found_kind=kind)
    raise EmlError("eml.unsupported_kind", source=source, found_kind=kind)
