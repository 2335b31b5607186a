"""The rehearsal drill: how many deliberately wrong OCR proposals each verifier
confirmed unchanged.

In rehearsal mode (``kiosk demo --rehearsal``) a few proposals are made wrong on
purpose and recorded in ``rehearsal_seeds``. A verifier who compares every field
with the paper corrects them; one who presses Enter without looking confirms
them. This module only reads: the seeds, and the confirmations of the entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.workflow.state import Entry, Provenance
from kiosk.services.entry import EntryService
from kiosk.store import Store, pages, rehearsal_seeds


@dataclass(frozen=True)
class Seed:
    station: int
    code: str
    read_value: object  # what OCR read
    seeded_value: object  # the wrong value proposed instead


@dataclass(frozen=True)
class VerifierScore:
    account: str
    seen: int  # seeded proposals this verifier confirmed or corrected
    confirmed_unchanged: int  # ... and accepted as proposed
    corrected: int  # ... and replaced with another value

    @property
    def caught_share(self) -> float:
        return self.corrected / self.seen if self.seen else 0.0


def is_rehearsal(store: Store) -> bool:
    return rehearsal_seeds.any_seeded(store.db)


def other_mode_scanned(store: Store, rehearsal_wanted: bool, election_id: str) -> bool:
    """Were pages of the election scanned into this home in the other mode (plain vs. rehearsal)?
    Then the drill cannot be switched on or off for it: its proposals were made the other way."""
    return pages.any_scanned(store.db, election_id) and rehearsal_wanted != is_rehearsal(store)


def seeds(store: Store, election_id: str) -> list[Seed]:
    return [Seed(*row) for row in rehearsal_seeds.all_seeds(store.db, election_id)]


def seeds_of(db, election_id: str, station: int) -> int:
    """How many seeds ``station`` has (inside the transaction that may add more)."""
    return rehearsal_seeds.count_for(db, election_id, station)


def record_seed(db, election_id: str, seed: Seed) -> None:
    rehearsal_seeds.insert(db, election_id, seed.station, seed.code, seed.read_value, seed.seeded_value)


def report(entries: EntryService) -> list[VerifierScore]:
    """Per verifier, their first reaction to each seeded proposal they were shown.

    Every entry counts, also entries set aside later by a resolution: the drill
    is about what the person did, not about what became definitive."""
    tally: dict[str, list[int]] = {}
    by_station: dict[int, list[Seed]] = {}
    for seed in seeds(entries.store, entries.election.id):
        by_station.setdefault(seed.station, []).append(seed)
    for station, station_seeds in by_station.items():
        state = entries.state(station)
        worked = [e for e in (state.first, state.second) if e is not None] + [a.entry for a in state.archive]
        for entry in _unique(worked):
            for seed in station_seeds:
                first = next(
                    (c for c in entry.confirmations if c.code == seed.code and c.proposal == seed.seeded_value), None
                )
                if first is None:
                    continue
                counts = tally.setdefault(first.account, [0, 0, 0])
                counts[0] += 1
                if first.provenance is Provenance.OCR_CONFIRMED:
                    counts[1] += 1
                elif first.provenance is Provenance.OCR_CORRECTED:
                    counts[2] += 1
    return [VerifierScore(account, *counts) for account, counts in sorted(tally.items())]


def _unique(entries: list[Entry]) -> list[Entry]:
    seen: set[int] = set()
    unique = []
    for entry in entries:
        if entry.id not in seen:
            seen.add(entry.id)
            unique.append(entry)
    return unique
