"""A municipality split over two kiosks, re-entered by a main kiosk from paper (sheets that travel).

Kiosk A enters stations 1-3 from their reports, kiosk B stations 4-6; each prints its partial sheet
and the transfer pages of its stations. The main kiosk scans those pages (rasterised at 300 dpi,
as a scanner delivers them): the printed-number reader proposes every value, a verifier confirms
each station's fields, and types two groups of the digest printed on each sheet. Both digests
match, every station is definitive without a second entry, and the main kiosk's EML 510b holds
the same counts as that of one kiosk that entered every station itself. A sheet with one number
altered by pen is caught by its digest and waits for a blind second entry.
"""

from __future__ import annotations

import re
from dataclasses import replace

import cv2
import pytest

from kiosk.domain.election import PollingStation
from kiosk.domain.fields import field_codes
from kiosk.domain.sheet_digest import groups
from kiosk.domain.workflow import Status
from kiosk.eml.read_510b import read_510b
from kiosk.services import counting_method, results_documents, station_range
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.partial import seal_partial
from kiosk.services.reentry import ReentryService
from kiosk.services.scanning import ScanService
from kiosk.store import audit, open_store
from ocr.synth.render import rasterize_pdf
from tests.conftest import FakeClock
from tests.support.elections import KINDS, generated, import_election
from tests.support.entry import (
    CLERK,
    COORDINATOR,
    VERIFIER_1,
    VERIFIER_2,
    agree_hand_count,
    make_definitive,
    paper,
    type_entry,
)
from tests.support.pdftext import pdf_text

pytestmark = pytest.mark.usefixtures("needs_pdftoppm_and_tesseract")

ELECTION = replace(
    generated(KINDS["GR"]),
    stations=tuple(PollingStation(n, f"Stembureau {n}", f"62{n:02d} AB", 1000 + n) for n in range(1, 7)),
)
RANGES = {"a": "1-3", "b": "4-6"}


@pytest.fixture
def needs_pdftoppm_and_tesseract():
    import shutil

    if not shutil.which("pdftoppm") or not shutil.which("tesseract"):
        pytest.skip("pdftoppm (poppler-utils) and tesseract-ocr are needed")


def kiosk(tmp_path, name: str):
    store = open_store(tmp_path / name, clock=FakeClock())
    import_election(store, ELECTION)
    counting_method.choose(store, COORDINATOR, "DSO")
    return store


def printed_digest(sheet_pdf: bytes) -> str:
    found = {
        "".join(m.group(1).split())
        for m in re.finditer(r"Vingerafdruk cijfers:\s+((?:[0-9a-f]{4}\s+){15}[0-9a-f]{4})", pdf_text(sheet_pdf))
    }
    assert len(found) == 1, found  # the same digest on every page
    return found.pop()


def partial_kiosk(tmp_path, name: str):
    """Enter the range's stations twice from their paper; seal and print the partial sheet."""
    store = kiosk(tmp_path, name)
    entries = EntryService(store)
    station_range.choose(entries, COORDINATOR, RANGES[name])
    for number in station_range.own_stations(entries):
        make_definitive(entries, number, paper(entries, number))
    documents = seal_partial(entries, "test")
    return store, documents.sheet_pdf, documents.annex_pdf(entries)


def scan_annex(scans: ScanService, annex_pdf: bytes, tmp_path, name: str) -> list:
    outcomes = []
    for k, page in enumerate(rasterize_pdf(annex_pdf, dpi=300), start=1):
        ok, png = cv2.imencode(".png", page)
        outcomes.append(scans.ingest_bytes(CLERK, png.tobytes(), f"{name}-{k}.png"))
    return outcomes


def confirm_proposals(entries: EntryService, station: int, changed: dict | None = None) -> dict:
    """The verifier checks each proposal against the paper and confirms it (``changed``: what the
    paper says where it differs from the reading)."""
    proposals = entries.state(station).proposals
    values = {code: proposals[code] for code in field_codes(entries.shape)}
    values.update(changed or {})
    type_entry(entries, VERIFIER_1, station, 1, values)
    return values


def test_two_partial_kiosks_re_entered_by_the_main_kiosk_make_the_same_510b(tmp_path):
    main = kiosk(tmp_path, "main")
    entries = EntryService(main)
    scans = ScanService(entries)
    for name in ("a", "b"):
        store, sheet, annex = partial_kiosk(tmp_path, name)
        digest = printed_digest(sheet)
        assert printed_digest(annex) == digest  # the annex's pages print it too
        sealed = audit.last_of(store.db, "partial.sealed")
        assert sealed["details"]["numbers_sha256"] == digest and sealed["details"]["stations"] == RANGES[name]
        outcomes = scan_annex(scans, annex, tmp_path, name)
        assert [o.status.value for o in outcomes] == ["accepted"] * len(outcomes), [o.line() for o in outcomes]
        source = EntryService(store)
        stations = station_range.own_stations(source)
        for number in stations:
            paper_values = source.state(number).definitive_results.to_dict()
            proposals = entries.state(number).proposals.to_dict()
            counts = [c for c in field_codes(entries.shape) if isinstance(paper_values[c], int)]
            wrong = {c: (proposals[c], paper_values[c]) for c in counts if proposals[c] not in (None, paper_values[c])}
            assert wrong == {}  # a printed number is never proposed wrong
            missing = [c for c in counts if proposals[c] is None]
            assert missing == []  # and every one was proposed
            ticks = [c for c in field_codes(entries.shape) if c not in counts and proposals[c] is not None]
            assert all(proposals[c] == bool(paper_values[c]) for c in ticks)
            confirm_proposals(entries, number, paper_values)
        reentry = ReentryService(entries)
        challenge = reentry.challenge(RANGES[name])
        typed = tuple(groups(digest)[i] for i in challenge.blanked)
        assert reentry.confirm(VERIFIER_2, challenge, typed) == stations
        assert {entries.state(n).status for n in stations} == {Status.DEFINITIVE}
        assert all(entries.state(n).second is None for n in stations)  # the digest was the second pair of eyes

    reference = kiosk(tmp_path, "reference")
    one = EntryService(reference)
    for number in one.station_numbers:
        make_definitive(one, number, paper(one, number))
    documents = {}
    for name, service in (("main", entries), ("reference", one)):
        documents[name] = results_documents.sealed(agree_hand_count(service))
    main_count = read_510b(documents["main"].eml_510b, "main.xml")
    reference_count = read_510b(documents["reference"].eml_510b, "reference.xml")
    assert main_count.units == reference_count.units and main_count.total == reference_count.total
    assert len(main_count.units) == 6
    assert documents["main"].seal.numbers_sha256 == documents["reference"].seal.numbers_sha256


def test_a_number_altered_by_pen_is_caught_by_the_digest(tmp_path):
    main = kiosk(tmp_path, "main")
    entries = EntryService(main)
    scans = ScanService(entries)
    store, sheet, annex = partial_kiosk(tmp_path, "a")
    digest = printed_digest(sheet)
    scan_annex(scans, annex, tmp_path, "a")
    source = EntryService(store)
    for number in (1, 2, 3):
        values = source.state(number).definitive_results.to_dict()
        # Someone changed L1.1 of station 2 on the transfer page with a pen (and the list total with
        # it, so the page still adds up); the verifier confirms what the paper now says.
        changed = dict(values)
        if number == 2:
            changed.update({"L1.1": values["L1.1"] + 10, "L1.2": values["L1.2"] - 10})
        confirm_proposals(entries, number, changed)
    reentry = ReentryService(entries)
    challenge = reentry.challenge("1-3")
    with pytest.raises(EntryRefused) as refused:
        reentry.confirm(VERIFIER_2, challenge, tuple(groups(digest)[i] for i in challenge.blanked))
    assert refused.value.code == "reentry.mismatch"
    assert {entries.state(n).status for n in (1, 2, 3)} == {Status.FIRST_DONE}
    assert audit.last_of(main.db, "reentry.mismatch")["details"]["stations"] == "1-3"
    # The altered station goes through a blind second entry from the paper, as any report.
    state = type_entry(entries, VERIFIER_2, 2, 2, source.state(2).definitive_results.to_dict())
    assert state.status is Status.ENTRIES_DIFFER
