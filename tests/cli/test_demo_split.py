"""`kiosk demo --split`: the demo municipality over two partial kiosks and a main kiosk that has
scanned their transfer pages; confirmed by the digests printed on the partial sheets."""

from __future__ import annotations

import re
import shutil

import pytest

from kiosk.demo import split
from kiosk.domain.fields import field_codes
from kiosk.domain.workflow import Status
from kiosk.services.entry import EntryService
from kiosk.services.reentry import ReentryService
from kiosk.store import open_store
from tests.support.entry import VERIFIER_1, VERIFIER_2, type_entry

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("tesseract") is None,
    reason="pdftoppm (poppler-utils) and tesseract-ocr are needed",
)


def test_the_split_demo_from_partial_kiosks_to_a_confirmed_main_kiosk(kiosk):
    code, out, err = kiosk("demo", "--split", "--setup-only")
    assert code == 0, err
    assert split.partial_home(kiosk.home, "a").is_dir() and split.partial_home(kiosk.home, "b").is_dir()
    digests = dict(re.findall(r"Kiosk ([AB]) .*?vingerafdruk cijfers: ((?:[0-9a-f]{4} ){15}[0-9a-f]{4})", out, re.S))
    assert set(digests) == {"A", "B"}
    scanned = re.findall(r"\((\d+) van (\d+) velden voorgesteld\)", out)
    assert len(scanned) == 24 and all(a == b for a, b in scanned)  # 12 stations × 2 pages, every field
    assert (split.paper_folder(kiosk.home) / "deeloverzicht-a.pdf").is_file()

    code, again, _ = kiosk("demo", "--split", "--setup-only")  # reused: nothing entered or scanned again
    assert code == 0 and "velden voorgesteld" not in again and "kiosk A: stembureau" not in again

    store = open_store(kiosk.home)
    try:
        entries = EntryService(store)
        reentry = ReentryService(entries)
        for name, stations in split.KIOSKS:
            numbers = range(int(stations.split("-")[0]), int(stations.split("-")[1]) + 1)
            for number in numbers:
                proposals = entries.state(number).proposals
                type_entry(entries, VERIFIER_1, number, 1, {c: proposals[c] for c in field_codes(entries.shape)})
            challenge = reentry.challenge(stations)
            typed = tuple(digests[name.upper()].split()[i] for i in challenge.blanked)
            reentry.confirm(VERIFIER_2, challenge, typed)
        assert {s.status for s in entries.states().values()} == {Status.DEFINITIVE}
        # The same numbers as the partial kiosks entered: the digest said so, and so do the results.
        for name, _ in split.KIOSKS:
            partial = open_store(split.partial_home(kiosk.home, name))
            try:
                source = EntryService(partial)
                for number, state in source.states().items():
                    if state.status is Status.DEFINITIVE:
                        assert entries.state(number).definitive_results == state.definitive_results
            finally:
                partial.close()
    finally:
        store.close()
