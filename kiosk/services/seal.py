"""Sealing the results: the state a totals sheet is made from, fixed in the audit chain.

Making the sheet (or an export) seals the checked totals: one audit event
``totals.sealed`` holding the sheet version, the digest of everything the
documents show (each station's definitive results and the hand count), the
SHA-256 of the EML 510b, the numbers digest the sheet prints (kiosk.domain.sheet_digest),
and the seal it replaces. Its row number and hash are
the anchor the sheet prints. The sheet, the EML 510b and the CSV are made from
the seal alone — its time is their creation time — so made again later (after
logins, locks, backups, prints) they are the same bytes. A change to the results
after a seal makes a new seal: a new sheet version that names the previous one.

Sealing refuses while the database, the chain or a table it proves does not
verify (``kiosk.services.integrity``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.refusal import Refusal
from kiosk.domain.session import session_to_json
from kiosk.domain.sheet_digest import numbers_digest
from kiosk.eml.write_510b import write_510b
from kiosk.services import integrity
from kiosk.services.investigations import eml_investigations
from kiosk.services.totals import TotalsReady, TotalsService
from kiosk.store import audit
from kiosk.store.audit import canonical_json

SEALED = "totals.sealed"


class SealRefused(Refusal):
    """The results cannot be sealed: the database or the chain does not verify (``seal.integrity``;
    ``report``: the integrity report, worded where it is shown)."""

    def __init__(self, report: integrity.IntegrityReport):
        super().__init__(
            "seal.integrity", f"the audit log or a table it proves does not verify: {report.problem}", report=report
        )
        self.report = report


@dataclass(frozen=True)
class Seal:
    seq: int
    hash: str
    at: datetime
    version: int
    results_sha256: str
    eml_sha256: str
    previous: tuple[int, int, str] | None  # (version, row, hash) of the seal this one replaces
    previous_eml_sha256: str = ""  # the EML 510b hash of that seal ('' for seals made before it was kept)
    numbers_sha256: str = ""  # the numbers digest the sheet prints ('' for seals made before it was kept)

    @property
    def anchor(self) -> str:
        """``N:HEX``, as ``kiosk audit verify --anchor`` takes it."""
        return f"{self.seq}:{self.hash}"


def results_digest(ready: TotalsReady) -> str:
    """SHA-256 of what the documents show: each station's definitive results, both hand-count
    typings and, once entered, the session details."""
    content = {
        "stations": {str(n): ready.station_results[n].to_dict() for n in sorted(ready.station_results)},
        "hand_count": [[c.list_number, c.machine, c.first, c.second] for c in ready.hand_check.lists],
    }
    if ready.session is not None:  # only then: a seal made before session details existed stays valid
        content["session"] = session_to_json(ready.session)
    if ready.differences is not None:  # likewise
        content["differences"] = [[d.list_number, d.machine, d.hand, d.explanation] for d in ready.differences.lists]
    if ready.investigations:  # likewise: a seal made before any investigation stays valid
        content["investigations"] = [
            [i.number, i.station, i.reason.value, i.recounted, i.corrected] for i in ready.investigations
        ]
    return hashlib.sha256(canonical_json(content)).hexdigest()


def latest(totals: TotalsService) -> Seal | None:
    """The newest seal, whatever the results are now."""
    row = audit.last_of(totals.store.db, SEALED, election=totals.entries.election.id)
    if row is None:
        return None
    details = row["details"]
    previous = details.get("previous")
    return Seal(
        row["seq"],
        row["hash"],
        datetime.fromisoformat(row["at"]),
        details["version"],
        details["results_sha256"],
        details["eml_sha256"],
        None if previous is None else (previous["version"], previous["seq"], previous["hash"]),
        "" if previous is None else previous.get("eml_sha256", ""),
        details.get("numbers_sha256", ""),
    )


def seal(totals: TotalsService, actor: str) -> tuple[Seal, TotalsReady]:
    """The seal of the current checked totals: the newest one when the results are unchanged,
    else a new one. Refuses (EntryRefused) while the sheet may not be made, and (SealRefused)
    while the database or the chain does not verify."""
    ready = totals.ready_for_sheet()
    report = integrity.check(totals.store)
    if not report.ok:
        raise SealRefused(report)
    digest = results_digest(ready)
    store = totals.store
    with store.transaction() as db:
        current = latest(totals)  # inside the write lock: another process may have sealed meanwhile
        if current is not None and current.results_sha256 == digest:
            return current, ready
        at = store.now()
        election = totals.entries.election
        eml = write_510b(
            election,
            ready.totals,
            ready.station_results,
            datetime.fromisoformat(at),
            investigations=eml_investigations(totals.entries.election, ready.station_results, ready.investigations),
        )
        details = {
            "election": election.id,
            "version": 1 if current is None else current.version + 1,
            "results_sha256": digest,
            "eml_sha256": hashlib.sha256(eml).hexdigest(),
            "numbers_sha256": numbers_digest(election.id, election.municipality_id, ready.totals),
            "previous": None
            if current is None
            else {
                "version": current.version,
                "seq": current.seq,
                "hash": current.hash,
                "eml_sha256": current.eml_sha256,
            },
        }
        seq, row_hash = audit.append_row(db, at, actor, SEALED, details)
    previous = None if current is None else (current.version, current.seq, current.hash)
    return Seal(
        seq,
        row_hash,
        datetime.fromisoformat(at),
        details["version"],
        digest,
        details["eml_sha256"],
        previous,
        "" if current is None else current.eml_sha256,
        details["numbers_sha256"],
    ), ready
