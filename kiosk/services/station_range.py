"""This kiosk's own stations, when a municipality splits its stations over several kiosks.

The range lives in the audit log (``election.station_range``), so the chain proves it by
construction. Without one the kiosk enters every station from its own report. With one, a page of
a station's own report outside the range is refused (another kiosk enters it), and a station
outside the range comes in on another kiosk's transfer pages (``kiosk.services.transfer``).
"""

from __future__ import annotations

from kiosk.domain.station_range import check_range, format_ranges, parse_ranges
from kiosk.domain.workflow.roles import Capability
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.store import audit

ACTION = "election.station_range"


def own_stations(entries: EntryService) -> tuple[int, ...] | None:
    """The stations this kiosk enters from their own reports; None: all of them."""
    row = audit.last_of(entries.store.db, ACTION, election=entries.election.id)
    if row is None or not row["details"]["stations"]:
        return None
    return parse_ranges(row["details"]["stations"])


def is_own(entries: EntryService, station: int) -> bool:
    own = own_stations(entries)
    return own is None or station in own


def choose(entries: EntryService, account: Account, text: str) -> tuple[int, ...] | None:
    """Record the range written in ``text`` ("1-225,300"; "alle" or "" for every station);
    refused when not a coordinator, before the 110b, for numbers that are not stations, or when
    a station outside the range has paper of its own here already."""
    if not account.may(Capability.COORDINATE):
        raise AuthError("auth.not_coordinator", name=account.username)
    known = tuple(s.number for s in entries.election.stations)
    if not known:
        raise EntryRefused("station_range.no_stations", "import the polling stations (EML 110b) first")
    everything = text.strip().lower() in ("", "alle", "all")
    wanted = known if everything else parse_ranges(text)
    store = entries.store
    with store.transaction():
        with_own_paper = [n for n, s in entries.states().items() if (s.pages or s.first) and not s.transfer]
        chosen = check_range(known, wanted, with_own_paper)
        recorded = "" if set(chosen) == set(known) else format_ranges(chosen)
        store.audit(account.username, ACTION, {"election": entries.election.id, "stations": recorded})
    return None if not recorded else chosen
