"""The documents made from the totals: EML 510b, CSV, OSV4-3 CSV and the checked totals sheet.

All of them are made from a seal (``kiosk.services.seal``): the seal's time is
their time stamp, the seal's audit row and hash are the anchor the sheet
prints, and made again from the same seal they are the same bytes, whatever
was logged in between.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from kiosk.domain.sheet_digest import numbers_digest
from kiosk.eml.write_510b import write_510b
from kiosk.reports.csv_export import csv_bytes
from kiosk.reports.osv4_3 import osv4_3_csv
from kiosk.reports.sheet_text import grouped, nl
from kiosk.reports.totals_sheet import SheetData, render_totals_sheet
from kiosk.services import transfer
from kiosk.services.investigations import InvestigationService, eml_investigations
from kiosk.services.seal import Seal, seal
from kiosk.services.totals import TotalsReady, TotalsService
from ocr.forms.pdf import render_pdfs

DEFAULT_ACTOR = "kiosk"


@dataclass(frozen=True)
class SealedDocuments:
    """The documents of one seal. Each is made when first asked for."""

    totals: TotalsService
    seal: Seal
    ready: TotalsReady

    @cached_property
    def eml_510b(self) -> bytes:
        election = self.totals.entries.election
        eml = write_510b(
            election,
            self.ready.totals,
            self.ready.station_results,
            self.seal.at,
            investigations=eml_investigations(election, self.ready.station_results, self.ready.investigations),
        )
        if hashlib.sha256(eml).hexdigest() != self.seal.eml_sha256:
            # The seal recorded another file: the writer changed since, or the data did.
            raise RuntimeError("the EML 510b no longer matches its seal")
        return eml

    @cached_property
    def csv(self) -> bytes:
        return csv_bytes(self.totals.entries.election, self.ready.totals, self.ready.station_results)

    @cached_property
    def osv4_3(self) -> bytes:
        """The per-station results file municipalities publish (as Abacus writes it)."""
        return osv4_3_csv(self.totals.entries.election, self.ready.totals, self.ready.station_results)

    @cached_property
    def sheet_pdf(self) -> bytes:
        data = SheetData(
            election=self.totals.entries.election,
            totals=self.ready.totals,
            hand_check=self.ready.hand_check,
            eml_sha256=self.seal.eml_sha256,
            audit_head=self.seal.hash,
            produced_at=self.seal.at,
            audit_seq=self.seal.seq,
            version=self.seal.version,
            previous=self.seal.previous,
            previous_eml_sha256=self.seal.previous_eml_sha256,
            station_results=self.ready.station_results,
            session=self.ready.session,
            investigations=self.ready.investigations,
            differences=self.ready.differences,
            corrections=self._corrections(),
        )
        if self.seal.numbers_sha256 and data.numbers_sha256 != self.seal.numbers_sha256:
            raise RuntimeError("the sheet's numbers no longer match their seal")
        return render_totals_sheet(data)

    @cached_property
    def transfer_pdf(self) -> bytes:
        """The sheet's totals on transfer pages, for the CSB to scan (``kiosk.services.transfer``):
        every total printed in a cell, the sheet's numbers digest at the bottom of every page."""
        election = self.totals.entries.election
        totals = self.ready.totals
        template = transfer.totals_template(election, totals.stations)
        footer = (
            nl("sheet.transfer_footer", election=election.id, municipality=election.municipality_id, seq=self.seal.seq),
            nl("partial.digest_line", digest=grouped(numbers_digest(election.id, election.municipality_id, totals))),
        )
        title = nl("sheet.transfer_title", election=election.id, municipality=election.municipality_id)
        return render_pdfs([(template, totals.as_dict(), footer)], title=title)

    def _corrections(self) -> dict[int, tuple]:
        """Per corrected station, the fields its latest round changed (Bijlage 1 prints them)."""
        service = InvestigationService(self.totals.entries)
        corrected = {i.station for i in self.ready.investigations if i.corrected}
        return {station: service.history(station)[-1].changes for station in sorted(corrected)}


def sealed(totals: TotalsService, actor: str = DEFAULT_ACTOR) -> SealedDocuments:
    """The documents of the current checked totals, sealing them first if they are not yet.

    Refuses (EntryRefused) while the sheet may not be made (stations not definitive, hand
    count missing or different), and (SealRefused) while the database or chain does not verify."""
    current, ready = seal(totals, actor)
    return SealedDocuments(totals, current, ready)


def eml_510b(totals: TotalsService, actor: str = DEFAULT_ACTOR) -> bytes:
    return sealed(totals, actor).eml_510b


def csv_export(totals: TotalsService, actor: str = DEFAULT_ACTOR) -> bytes:
    return sealed(totals, actor).csv


def totals_sheet(totals: TotalsService, actor: str = DEFAULT_ACTOR) -> tuple[bytes, str]:
    """(PDF bytes, SHA-256 of the EML 510b it names)."""
    documents = sealed(totals, actor)
    return documents.sheet_pdf, documents.seal.eml_sha256
