"""Synthetic scanned PVs for the demo: what a clerk's scanner would deliver.

Stations 1-8 get filled-in, scanned-looking pages; stations 9-12 have no scans, so
the demo also shows manual entry. The pages go through the real scan service.
The handwriting is MNIST's (``ocr.synth.MnistDigits``, from the cache that
``bash deploy/dev.sh install`` fills with ``python -m ocr.training.mnist fetch``);
where that cache is missing the demo writes drawn digits instead. Nothing is ever
downloaded here: a caller that needs MNIST passes ``writer=MnistDigits()``, which
fails with ``MnistMissing`` and says what to run.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from kiosk.demo.results import consistent_results
from kiosk.services import forms
from kiosk.services.auth import Account
from kiosk.services.entry import EntryService
from kiosk.services.scanning import ScanOutcome, ScanService
from kiosk.store import pages as page_repo
from ocr.synth import DigitSource, FontDigits, MnistDigits, MnistMissing, synth_page

SCANNED_STATIONS = range(1, 9)
DPI = 200
SEED = 20260318


def demo_paper(service: EntryService, station: int) -> dict:
    """What the paper PV of a demo station says (the same on every run)."""
    rng = random.Random(SEED + station)
    difference = (0, 0, 0, 2, 0, -1, 0, 0, 0, 0, 1, 0)[(station - 1) % 12]
    return consistent_results(service.shape, rng, 900 + 97 * station, difference)


#: Where part 1 of N 10-1 (and Bijlage 1) has room for what a "Ja" answer asks to write down.
ANSWER_AREAS = {
    "R.obj_vote.yes": "1.2.1",
    "R.events.yes": "1.2.2",
    "R.notes_vote.yes": "1.2.3",
    "R.obj_count.yes": "1.3.2",
    "R.notes_count.yes": "1.3.3",
    "B1.extra.yes": "B1-1.reason",
    "B1.lists_differ.yes": "B1-2.4",
}


def written_areas(values: dict) -> dict[str, int]:
    """The ruled areas a station writes in: the attendance list, when and where it counted, a
    line or two under every "Ja", and the names of those who signed (area id -> lines)."""
    writing = {"1.1": 5, "1.3.1": 1, "3.date": 1, "3.place": 1}
    writing.update({area: 2 for code, area in ANSWER_AREAS.items() if values.get(code) is True})
    writing.update({f"3.name.{code[2:]}": 1 for code in values if code.startswith("S.") and values[code] is True})
    return writing


def handwriting() -> DigitSource:
    """MNIST handwriting from the cache; drawn digits where the cache is missing (never fetched)."""
    try:
        return MnistDigits()
    except MnistMissing:
        return FontDigits()


def write_scans(
    service: EntryService,
    folder: Path,
    stations=SCANNED_STATIONS,
    writer: DigitSource | None = None,
    papers: dict[int, dict] | None = None,
) -> list[Path]:
    """Render the demo stations' filled-in pages as PNG files in ``folder`` (in ``writer``'s hand,
    by default `handwriting()`), with what ``papers`` gives for a station, else its `demo_paper`."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = writer or handwriting()
    files = []
    for station in stations:
        template = forms.template(service.election, station)
        rng = np.random.default_rng(SEED + station)
        values = (papers or {}).get(station) or demo_paper(service, station)
        for page in range(1, template["page_count"] + 1):
            path = folder / f"sb{station:02d}-p{page:02d}.png"
            if not path.exists():
                image, _ = synth_page(
                    template,
                    page,
                    values,
                    writer,
                    rng,
                    dpi=DPI,
                    writer_id=station,
                    degrade_args={"rotation_deg": float(rng.uniform(-2, 2)), "noise": 3, "blur": 0.05, "dpi": DPI},
                    writing=written_areas(values),
                )
                cv2.imwrite(str(path), image)
            files.append(path)
    return files


def scan_demo(
    service: EntryService,
    folder: Path,
    progress: Callable[[ScanOutcome], None] | None = None,
    scanner: ScanService | None = None,
) -> list[ScanOutcome]:
    clerk = Account("scanner", "clerk")
    scanner = scanner or ScanService(service)
    # Reuse: a station that has its pages already is not scanned again.
    todo = [n for n in SCANNED_STATIONS if not page_repo.current_pages(service.store.db, service.election.id, n)]
    outcomes = []
    for path in write_scans(service, folder, todo):
        outcome = scanner.ingest_file(clerk, path)
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes
