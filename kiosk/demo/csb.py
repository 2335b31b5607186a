"""The fourth demo: the central committee of the demo GR (``kiosk demo --csb``).

Beside the CSB's folder the demo's GSB has counted every station (each entered twice by the demo
accounts), agreed the hand count and printed its Na 31-1 with the transfer pages of its totals into
the CSB's ``papier/`` folder, where the transfer pages also lie scanned (rasterised at 300 dpi, as a
scanner delivers them). The CSB's folder holds the same election and the demo accounts; its session
runs on the command line (``kiosk csb ...``): read the sheet's totals from the scans and confirm each
(or type them), prove them by the digest printed on the sheet, record a deceased candidate or a lot
if wanted, and print the P 22-2 with the EML 520.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import cv2

from kiosk.demo import setup
from kiosk.demo.split import COORDINATOR, DPI, enter_twice
from kiosk.domain.sheet_digest import groups
from kiosk.domain.workflow import Status
from kiosk.services import results_documents
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService
from kiosk.store import open_store
from ocr.synth.render import rasterize_pdf


@dataclass(frozen=True)
class GsbPaper:
    sheet: Path
    totals: Path  # the sheet's totals as JSON, what a typist reads off the sheet (for --file)
    digest: str
    transfer: Path  # the transfer pages of the sheet's totals (PDF)
    scans: Path  # the folder of their scans


def gsb_home(csb_home: Path) -> Path:
    return csb_home.parent / f"{csb_home.name}-gsb"


def make_gsb_sheet(csb_home: Path) -> GsbPaper:
    """Count the demo GSB (or reuse it) and print its sheet into the CSB's ``papier/`` folder."""
    store = open_store(gsb_home(csb_home))
    try:
        setup.set_up(store)
        entries = EntryService(store)
        for number in entries.station_numbers:
            if entries.state(number).status is not Status.DEFINITIVE:
                enter_twice(entries, number)
        totals = TotalsService(entries)
        hand = totals.totals().list_totals()
        if not totals.hand_check().all_agree:  # the committee's hand count: added up twice, alike
            totals.enter_hand_count(COORDINATOR, 1, hand)
            totals.enter_hand_count(COORDINATOR, 2, hand)
        documents = results_documents.sealed(totals, "demo")
        folder = csb_home / "papier"
        folder.mkdir(parents=True, exist_ok=True)
        sheet = folder / "na31-gsb.pdf"
        sheet.write_bytes(documents.sheet_pdf)
        typed = folder / "na31-gsb-totalen.json"
        typed.write_text(json.dumps(dict(documents.ready.totals.counts), indent=1) + "\n", encoding="utf-8")
        transfer = folder / "na31-gsb-overdracht.pdf"
        transfer.write_bytes(documents.transfer_pdf)
        scans = folder / "overdracht-scans"
        scans.mkdir(exist_ok=True)
        for k, image in enumerate(rasterize_pdf(documents.transfer_pdf, dpi=DPI), start=1):
            cv2.imwrite(str(scans / f"overdracht-{k:02d}.png"), image)
        digest = " ".join(groups(documents.seal.numbers_sha256))
        return GsbPaper(sheet, typed, digest, transfer, scans)
    finally:
        store.close()
