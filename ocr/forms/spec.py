"""The plain description of one station's form: what `ocr` needs from the election.

`ocr` never imports `kiosk`; the caller turns its election model into a FormSpec.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Iterable, Sequence

from .identity import PayloadError, check_election_id, check_template_version
from .shown import shown


@dataclass(frozen=True)
class ListSpec:
    number: int
    name: str
    candidates: tuple[str, ...] = ()


#: The paper models a template can be built for (see ocr.forms.layout): the kiosk's counts-only form,
#: the station PVs for decentral (N 10-1) and central (N 10-2) counting, and the municipality's
#: per-station report in central counting (Na 31-2 Bijlage 1).
MODELS = ("SB-PV", "N10-1", "N10-2", "Na31-2-B1")


@dataclass(frozen=True)
class FormSpec:
    """One polling station's form.

    `lists` accepts ListSpec objects or plain tuples `(number, name, [candidate names])`,
    candidates in ballot order (position 1 first). Keyword-only: `model` (one of MODELS) and the
    details the official models print in their front matter when known (empty: a line to write on):
    `municipality`, `election_date` (ISO, YYYY-MM-DD), `station_postcode`; `public_body`: the
    municipality is one of the Caribbean public bodies (the forms then say "openbaar lichaam").
    """

    election_id: str
    election_name: str
    has_C: bool
    lists: tuple[ListSpec, ...]
    station_number: int
    station_name: str
    template_version: str = "1"
    model: str = "SB-PV"
    municipality: str = ""
    election_date: str = ""
    station_postcode: str = ""
    public_body: bool = False

    def __init__(
        self,
        election_id: str,
        election_name: str,
        has_C: bool,
        lists: Iterable[ListSpec | Sequence],
        station_number: int,
        station_name: str,
        template_version: str = "1",
        *,
        model: str = "SB-PV",
        municipality: str = "",
        election_date: str = "",
        station_postcode: str = "",
        public_body: bool = False,
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
        if model not in MODELS:
            raise ValueError(f"onbekend model {model!r} (kies uit {', '.join(MODELS)})")
        if election_date:
            try:
                if not isinstance(election_date, str) or len(election_date) != 10:
                    raise ValueError(election_date)
                datetime.date.fromisoformat(election_date)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"ongeldige verkiezingsdatum {election_date!r} (verwacht JJJJ-MM-DD)") from exc
        object.__setattr__(self, "model", model)
        object.__setattr__(self, "municipality", shown(municipality))
        object.__setattr__(self, "election_date", str(election_date))
        object.__setattr__(self, "station_postcode", shown(station_postcode))
        object.__setattr__(self, "public_body", bool(public_body))


def _as_list(item: ListSpec | Sequence) -> ListSpec:
    if isinstance(item, ListSpec):
        pl = item
    else:
        number, name, candidates = item
        pl = ListSpec(int(number), str(name), tuple(str(c) for c in candidates))
    if pl.number < 1:
        raise ValueError(f"ongeldig lijstnummer {pl.number}")
    return ListSpec(pl.number, shown(pl.name), tuple(shown(c) for c in pl.candidates))
