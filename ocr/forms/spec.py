"""The plain description of one station's form: what `ocr` needs from the election.

`ocr` never imports `kiosk`; the caller turns its election model into a FormSpec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from .identity import PayloadError, check_election_id, check_template_version
from .shown import shown


@dataclass(frozen=True)
class ListSpec:
    number: int
    name: str
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    """One polling station's form.

    `lists` accepts ListSpec objects or plain tuples `(number, name, [candidate names])`,
    candidates in ballot order (position 1 first).
    """

    election_id: str
    election_name: str
    has_C: bool
    lists: tuple[ListSpec, ...]
    station_number: int
    station_name: str
    template_version: str = "1"

    def __init__(
        self,
        election_id: str,
        election_name: str,
        has_C: bool,
        lists: Iterable[ListSpec | Sequence],
        station_number: int,
        station_name: str,
        template_version: str = "1",
    ) -> None:
        norm = tuple(_as_list(item) for item in lists)
        numbers = [pl.number for pl in norm]
        if len(set(numbers)) != len(numbers):
            raise ValueError(f"lijstnummers komen dubbel voor: {numbers}")
        if not isinstance(station_number, int) or not 1 <= station_number <= 999_999:  # the QR code's range
            raise ValueError(f"ongeldig stembureaunummer {station_number!r}")
        try:  # both go into the QR code: same rules as PageIdentity
            check_election_id(election_id)
            check_template_version(template_version)
        except PayloadError as exc:
            raise ValueError(str(exc)) from exc
        object.__setattr__(self, "election_id", election_id)
        object.__setattr__(self, "election_name", shown(election_name))
        object.__setattr__(self, "has_C", bool(has_C))
        object.__setattr__(self, "lists", norm)
        object.__setattr__(self, "station_number", station_number)
        object.__setattr__(self, "station_name", shown(station_name))
        object.__setattr__(self, "template_version", template_version)


def _as_list(item: ListSpec | Sequence) -> ListSpec:
    if isinstance(item, ListSpec):
        pl = item
    else:
        number, name, candidates = item
        pl = ListSpec(int(number), str(name), tuple(str(c) for c in candidates))
    if pl.number < 1:
        raise ValueError(f"ongeldig lijstnummer {pl.number}")
    return ListSpec(pl.number, shown(pl.name), tuple(shown(c) for c in pl.candidates))
