"""The partial sheet of a kiosk with a range of stations: sealed in the audit chain, then printed.

Sealing needs every station of the range definitive and the database and chain verified; it
appends ``partial.sealed`` with the stations, the digest of their results and the numbers digest
the sheet prints (again only when the results changed). The sheet and its annex (the transfer pages
of every station, ``kiosk.services.transfer``) are made from the sealed state alone, so made again
they are the same bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.sheet_digest import numbers_digest
from kiosk.domain.station_range import format_ranges
from kiosk.domain.tabulation import TabulationError, check_ready, sum_results
from kiosk.reports.partial_sheet import PartialSheetData, footer_lines, render_partial_sheet
from kiosk.services import integrity, transfer
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.seal import SealRefused
from kiosk.services.station_range import own_stations
from kiosk.store import audit
from kiosk.store.audit import canonical_json
from ocr.forms.pdf import render_pdfs

SEALED = "partial.sealed"


@dataclass(frozen=True)
class PartialDocuments:
    data: PartialSheetData

    @property
    def sheet_pdf(self) -> bytes:
        return render_partial_sheet(self.data)

    def annex_pdf(self, entries: EntryService) -> bytes:
        """The transfer pages of every station, the sheet's digest at the bottom of each."""
        footer = footer_lines(self.data)
        documents = [
            (transfer.template(entries.election, n), self.data.station_results[n].to_dict(), footer)
            for n in self.data.totals.stations
        ]
        return render_pdfs(documents, title=f"Bijlage deeloverzicht {self.data.election.id} {self.data.stations}")


def seal_partial(entries: EntryService, actor: str) -> PartialDocuments:
    """Seal (once per state of the results) and return the partial sheet of this kiosk's range.
    Refuses without a range (``partial.no_range``), while a station of it is not definitive
    (``tabulation.not_ready``), and (SealRefused) while the database or chain does not verify."""
    own = own_stations(entries)
    if own is None:
        raise EntryRefused("partial.no_range", "this kiosk has no range of stations: it prints the Na 31 itself")
    states = entries.states()
    try:
        check_ready(own, {n: states[n].status for n in own})
    except TabulationError as refused:
        raise EntryRefused(refused.code, str(refused), **dict(refused.params)) from None
    results = {n: states[n].definitive_results for n in own}
    totals = sum_results(entries.shape, results)
    report = integrity.check(entries.store)
    if not report.ok:
        raise SealRefused(report)
    election = entries.election
    content = {str(n): results[n].to_dict() for n in sorted(results)}
    results_sha256 = hashlib.sha256(canonical_json(content)).hexdigest()
    store = entries.store
    with store.transaction() as db:
        row = audit.last_of(db, SEALED, election=election.id)
        if row is None or row["details"]["results_sha256"] != results_sha256:
            details = {
                "election": election.id,
                "stations": format_ranges(own),
                "results_sha256": results_sha256,
                "numbers_sha256": numbers_digest(election.id, election.municipality_id, totals, results),
            }
            audit.append_row(db, store.now(), actor, SEALED, details)
            row = audit.last_of(db, SEALED, election=election.id)
    data = PartialSheetData(
        election, totals, results, row["hash"], datetime.fromisoformat(row["at"]), audit_seq=row["seq"]
    )
    if data.numbers_sha256 != row["details"]["numbers_sha256"]:
        raise RuntimeError("the partial sheet's numbers no longer match their seal")
    return PartialDocuments(data)
