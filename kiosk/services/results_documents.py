"""The documents made from the totals: EML 510b, CSV and the checked totals sheet.

All three are read-only views of the store: the same data gives the same
bytes. Their time stamp is the time of the newest audit event, never the wall
clock, and the sheet carries that event's hash (the audit head).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from kiosk.eml.write_510b import write_510b
from kiosk.reports.csv_export import csv_bytes
from kiosk.reports.totals_sheet import SheetData, render_totals_sheet
from kiosk.services.totals import TotalsService
from kiosk.store import audit


@dataclass(frozen=True)
class AuditPoint:
    head_hash: str
    at: datetime


def audit_point(totals_service: TotalsService) -> AuditPoint:
    db = totals_service.store.db
    row = db.execute("SELECT at, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:  # cannot happen once an election is imported; say so plainly if it does
        raise RuntimeError("the audit log is empty")
    return AuditPoint(row[1], datetime.fromisoformat(row[0]))


def eml_510b(totals_service: TotalsService) -> bytes:
    totals = totals_service.totals()
    point = audit_point(totals_service)
    return write_510b(totals_service.entries.election, totals, totals_service.station_results(), point.at)


def csv_export(totals_service: TotalsService) -> bytes:
    totals = totals_service.totals()
    return csv_bytes(totals_service.entries.election, totals, totals_service.station_results())


def totals_sheet(totals_service: TotalsService) -> tuple[bytes, str]:
    """(PDF bytes, SHA-256 of the EML 510b it names). Refuses while the hand count disagrees."""
    ready = totals_service.ready_for_sheet()
    point = audit_point(totals_service)
    eml = write_510b(totals_service.entries.election, ready.totals, ready.station_results, point.at)
    eml_sha256 = hashlib.sha256(eml).hexdigest()
    if not audit.verify(totals_service.store.db).ok:
        raise RuntimeError("the audit log does not verify; run `kiosk audit verify` before printing totals")
    data = SheetData(
        election=totals_service.entries.election,
        totals=ready.totals,
        hand_check=ready.hand_check,
        eml_sha256=eml_sha256,
        audit_head=point.head_hash,
        produced_at=point.at,
    )
    return render_totals_sheet(data), eml_sha256
