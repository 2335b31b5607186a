"""The third demo: Duinwijk split over two kiosks and a main kiosk (``kiosk demo --split``).

Kiosk A enters stations 1-6 from their reports, kiosk B stations 7-12 (each twice, by invoerder1
and invoerder2, as the demo's paper says). Each seals its range and prints its partial sheet with
the transfer pages of its stations into the main kiosk's ``papier/`` folder. The main kiosk has
scanned those transfer pages (rasterised at 300 dpi, as a scanner delivers them): every station
waits for its first entry from the printed numbers, and then for the digest printed on its
partial sheet (Ctrl+D on the overview). Everything goes through the same services as a real
election; the two partial kiosks live in folders beside the main kiosk's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2

from kiosk.demo import setup
from kiosk.demo.scans import demo_paper
from kiosk.domain.fields import field_codes
from kiosk.domain.sheet_digest import groups
from kiosk.domain.station_range import parse_ranges
from kiosk.domain.workflow import Status
from kiosk.services import station_range
from kiosk.services.auth import Account
from kiosk.services.entry import EntryService
from kiosk.services.partial import seal_partial
from kiosk.services.scanning import ScanOutcome, ScanService
from kiosk.store import Store, open_store
from kiosk.store import pages as page_repo
from ocr.synth.render import rasterize_pdf

#: The partial kiosks: (name, stations).
KIOSKS = (("a", "1-6"), ("b", "7-12"))
DPI = 300
COORDINATOR = Account("coordinator", "coordinator")
VERIFIERS = (Account("invoerder1", "verifier"), Account("invoerder2", "verifier"))
CLERK = Account("scanner", "clerk")


@dataclass(frozen=True)
class PartialPaper:
    name: str
    stations: str
    sheet: Path
    annex: Path
    digest: str


def partial_home(main_home: Path, name: str) -> Path:
    """Where partial kiosk ``name`` keeps its data: beside the main kiosk's folder."""
    return main_home.parent / f"{main_home.name}-{name}"


def paper_folder(main_home: Path) -> Path:
    return main_home / "papier"


def make_partial_sheets(main_home: Path, progress: Callable[[str], None] | None = None) -> list[PartialPaper]:
    """Set up (or reuse) each partial kiosk, enter its stations twice, and print its partial sheet."""
    out = []
    for name, stations in KIOSKS:
        store = open_store(partial_home(main_home, name))
        try:
            setup.set_up(store)
            entries = EntryService(store)
            if station_range.own_stations(entries) is None:
                station_range.choose(entries, COORDINATOR, stations)
            for number in station_range.own_stations(entries):
                if entries.state(number).status is not Status.DEFINITIVE:
                    enter_twice(entries, number)
                    if progress:
                        progress(f"kiosk {name.upper()}: stembureau {number}")
            documents = seal_partial(entries, "demo")
            folder = paper_folder(main_home)
            folder.mkdir(parents=True, exist_ok=True)
            sheet = folder / f"deeloverzicht-{name}.pdf"
            annex = folder / f"deeloverzicht-{name}-bijlage.pdf"
            sheet.write_bytes(documents.sheet_pdf)
            annex.write_bytes(documents.annex_pdf(entries))
            digest = " ".join(groups(documents.data.numbers_sha256))
            out.append(PartialPaper(name, stations, sheet, annex, digest))
        finally:
            store.close()
    return out


def enter_twice(entries: EntryService, station: int) -> None:
    """The demo paper of ``station`` entered by invoerder1 and invoerder2, warnings acknowledged."""
    values = demo_paper(entries, station)
    for number, account in enumerate(VERIFIERS, start=1):
        entries.claim(account, station, number)
        for code in field_codes(entries.shape):
            entries.confirm(account, station, number, code, values.get(code))
        for message in entries.entry_view(account, station, number).open_messages.messages:
            entries.acknowledge(account, station, number, message)
        entries.finish(account, station, number)


def scan_transfer_pages(
    store: Store, papers: list[PartialPaper], progress: Callable[[ScanOutcome], None] | None = None
) -> list[ScanOutcome]:
    """The main kiosk scans every partial sheet's transfer pages (stations that have none yet)."""
    entries = EntryService(store)
    scanner = ScanService(entries)
    folder = store.home / "demo-scans-split"
    folder.mkdir(parents=True, exist_ok=True)
    outcomes = []
    for paper in papers:
        if all(page_repo.current_pages(store.db, entries.election.id, n) for n in parse_ranges(paper.stations)):
            continue
        for k, image in enumerate(rasterize_pdf(paper.annex.read_bytes(), dpi=DPI), start=1):
            path = folder / f"{paper.name}-bijlage-{k:03d}.png"
            cv2.imwrite(str(path), image)
            outcome = scanner.ingest_file(CLERK, path)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    return outcomes
