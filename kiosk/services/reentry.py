"""Re-entry of partial sheets on the main kiosk: the typed digest as the second pair of eyes.

The transfer pages of another kiosk's stations are scanned and each station's fields confirmed as
a first entry (the printed-number reader proposes). Then a verifier names the sheet's stations (as
printed on it), the kiosk shows the digest of what was confirmed with two groups blanked at random,
and the verifier types those two groups from the paper (as at EML import). A match makes every
station of the sheet definitive (``DigestConfirmed``, one audit row per station and one
``reentry.confirmed``); a mismatch changes nothing but is recorded (``reentry.mismatch``): the
stations then wait for a blind second entry, as any report.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from kiosk.domain.reentry import ReentryError, confirm_sheet, confirmed_digest, confirmed_results
from kiosk.domain.sheet_digest import groups
from kiosk.domain.station_range import format_ranges, parse_ranges
from kiosk.services.auth import Account
from kiosk.services.entry import EntryRefused, EntryService, actor_of

CONFIRMED = "reentry.confirmed"
MISMATCH = "reentry.mismatch"


@dataclass(frozen=True)
class Challenge:
    """What the verifier sees: the sheet's stations and the confirmed numbers' digest, two groups blanked."""

    stations: tuple[int, ...]
    shown: tuple[str, ...]  # 16 groups, "____" where blanked
    blanked: tuple[int, int]


class ReentryService:
    def __init__(self, entries: EntryService, rng: random.Random | None = None) -> None:
        self.entries = entries
        self.rng = rng or random.SystemRandom()

    def _results(self, stations_text: str):
        try:
            stations = parse_ranges(stations_text)
            return stations, confirmed_results(self.entries.states(), stations)
        except ReentryError as refused:
            raise EntryRefused(refused.code, str(refused), **dict(refused.params)) from None

    def challenge(self, stations_text: str) -> Challenge:
        """The digest of the first entries of the sheet's stations, two groups blanked at random;
        refused while a station is not first entered from transfer pages without errors."""
        stations, results = self._results(stations_text)
        election = self.entries.election
        digest = confirmed_digest(self.entries.shape, election.id, election.municipality_id, results)
        blanked = tuple(sorted(self.rng.sample(range(16), 2)))
        shown = tuple("____" if i in blanked else g for i, g in enumerate(groups(digest)))
        return Challenge(stations, shown, blanked)

    def confirm(self, account: Account, challenge: Challenge, typed: tuple[str, ...]) -> tuple[int, ...]:
        """Make the sheet's stations definitive when ``typed`` are the blanked groups; else record
        the mismatch and refuse (``reentry.mismatch``)."""
        entries = self.entries
        election = entries.election
        store = entries.store
        with store.transaction():
            try:
                events = confirm_sheet(
                    entries.states(),
                    entries.shape,
                    election_id=election.id,
                    municipality_id=election.municipality_id,
                    stations=challenge.stations,
                    blanked=challenge.blanked,
                    typed=tuple(typed),
                    actor=actor_of(account),
                    at=store.clock(),
                )
            except ReentryError as refused:
                if refused.code != "reentry.mismatch":
                    raise EntryRefused(refused.code, str(refused), **dict(refused.params)) from None
                mismatch = refused
            else:
                mismatch = None
                for station, event in zip(challenge.stations, events):
                    entries.record(station, event)
                store.audit(
                    account.username,
                    CONFIRMED,
                    {
                        "election": election.id,
                        "stations": format_ranges(challenge.stations),
                        "digest": events[0].digest,
                        "blanked": list(challenge.blanked),
                    },
                )
        if mismatch is not None:
            self._record_mismatch(account, challenge, typed)
            raise EntryRefused(mismatch.code, str(mismatch), **dict(mismatch.params))
        return challenge.stations

    def _record_mismatch(self, account: Account, challenge: Challenge, typed: tuple[str, ...]) -> None:
        with self.entries.store.transaction():
            self.entries.store.audit(
                account.username,
                MISMATCH,
                {
                    "election": self.entries.election.id,
                    "stations": format_ranges(challenge.stations),
                    "blanked": list(challenge.blanked),
                    "typed": [str(t) for t in typed],
                },
            )
