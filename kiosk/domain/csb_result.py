"""Everything the central committee's report (Model P 22-2) and the EML 520 show, checked first.

The CSB of a municipal election (GR) receives the GSB's totals sheet (Na 31-x), enters its totals
(twice, or once and proven by the sheet's numbers digest), records deceased candidates and the lots
it drew, and determines the result: seats per list (``kiosk.domain.seats``) and the elected
candidates. ``P22Data`` holds that state; the P 22-2 (``kiosk.reports.p22_2``) and the EML 520
(``kiosk.eml.write_520``) are made from it alone, so the same data gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kiosk.domain.election import Election
from kiosk.domain.seats import Apportionment
from kiosk.domain.tabulation import Totals


@dataclass(frozen=True)
class GsbSheet:
    """One GSB's totals as the CSB entered them."""

    authority_id: str  # the municipality's four-digit code
    authority_name: str
    numbers_sha256: str  # the numbers digest of its sheet (as recomputed from what was entered)
    by_digest: bool  # entered once and proven by the printed digest (else: twice, by two people)


@dataclass(frozen=True)
class P22Data:
    """``totals``: the votes the CSB determines the result from (for a GR: the one GSB's totals).
    ``apportionment``: complete (``needs_lot`` is None). ``deceased``: (list, candidate) recorded
    by the CSB (P 19a). ``lots``: the drawn outcomes, in the order they were used. ``eml_sha256``:
    of the EML 520 made from the same data; ``audit_head``/``audit_seq``: the audit row that sealed
    the result; ``produced_at``: time-zone aware, from that row."""

    election: Election
    totals: Totals
    apportionment: Apportionment
    gsb_sheets: tuple[GsbSheet, ...]
    eml_sha256: str
    audit_head: str
    produced_at: datetime
    audit_seq: int = 0
    deceased: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    lots: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if self.apportionment.needs_lot is not None or self.apportionment.elected is None:
            raise ValueError("the result is not complete: a lot must be drawn first")
        if self.produced_at.tzinfo is None:
            raise ValueError("produced_at must be time-zone aware")
        if self.apportionment.seats != self.election.number_of_seats:
            raise ValueError("the apportionment is not for the election's number of seats")
