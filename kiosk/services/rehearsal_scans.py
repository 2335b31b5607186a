"""Rehearsal scans: in a rehearsal store, a few OCR proposals made wrong on purpose.

A drill against rubber-stamping (DESIGN §6: OCR proposes, people confirm). The
wrong proposals are chosen at random (fixed seed, so every run is the same)
among the fields OCR did propose, changed by one digit, and recorded in
``rehearsal_seeds`` in the same transaction as the page. At the end the
coordinator sees per verifier how many were confirmed unchanged
(``kiosk.services.rehearsal.report``). Only a rehearsal store (``kiosk demo --rehearsal``)
gets this scan service (``scan_service``); every other store gets the plain one.
"""

from __future__ import annotations

import random

from kiosk.domain.fields import is_count
from kiosk.services import rehearsal
from kiosk.services.scanning import ScanService

#: Wrong proposals: at most one per scanned page, two per station ("a few").
SEEDS_PER_PAGE = 1
SEEDS_PER_STATION = 2
RANDOM_SEED = 20261125


def wrong_value(value: int, rng: random.Random) -> int:
    """``value`` with one digit changed: the kind of slip a reader makes."""
    digits = list(str(value))
    position = rng.randrange(len(digits))
    choices = [
        d for d in "0123456789" if d != digits[position] and not (position == 0 and d == "0" and len(digits) > 1)
    ]
    digits[position] = rng.choice(choices)
    return int("".join(digits))


class RehearsalScanService(ScanService):
    def _proposals_for(self, db, station: int, proposals: dict) -> dict:
        rng = random.Random(f"{RANDOM_SEED}-{station}-{sorted(proposals)[0]}")
        candidates = sorted(code for code, value in proposals.items() if value is not None and is_count(code))
        changed = dict(proposals)
        already = rehearsal.seeds_of(db, self.election.id, station)
        room = max(0, min(SEEDS_PER_PAGE, SEEDS_PER_STATION - already))
        for code in rng.sample(candidates, min(room, len(candidates))):
            seeded = wrong_value(proposals[code], rng)
            rehearsal.record_seed(db, self.election.id, rehearsal.Seed(station, code, proposals[code], seeded))
            changed[code] = seeded
        seeded = sorted(code for code in changed if changed[code] != proposals[code])
        if seeded:
            self.store.audit(
                "rehearsal", "rehearsal.seeded", {"election": self.election.id, "station": station, "fields": seeded}
            )
        return changed


def scan_service(entries, *, header_check: bool = True, also: tuple = ()) -> ScanService:
    """The scan service for ``entries``' store (and the other elections ``also`` in it): the
    seeding one while it is a rehearsal (the drill goes on for pages scanned during it), else
    the plain one."""
    kind = RehearsalScanService if rehearsal.is_rehearsal(entries.store) else ScanService
    return kind.with_header_check(entries, also=also) if header_check else kind(entries, also=also)
