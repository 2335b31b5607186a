"""Handwritten objections and remarks on scanned PVs: found, shown, marked read (audited)."""

from __future__ import annotations

import pytest

from kiosk.demo import scans
from kiosk.services.auth import AuthError
from kiosk.services.entry import EntryService
from kiosk.services.remarks import RemarksService
from kiosk.services.scanning import ScanService
from kiosk.store import audit
from tests.support.entry import CLERK, COORDINATOR, VERIFIER_1


@pytest.fixture
def scanned(demo_store, tmp_path):
    """Station 3 noted an objection during the voting and an event; station 4 wrote nothing."""
    entries = EntryService(demo_store)
    papers = {}
    for station in (3, 4):
        paper = scans.demo_paper(entries, station)
        paper.update({f"R.{t}.yes": False for t in ("obj_vote", "events", "notes_vote", "obj_count", "notes_count")})
        paper.update({f"R.{t}.no": True for t in ("obj_vote", "events", "notes_vote", "obj_count", "notes_count")})
        papers[station] = paper
    papers[3].update({"R.obj_vote.yes": True, "R.obj_vote.no": False, "R.events.yes": True, "R.events.no": False})
    scanner = ScanService(entries)
    for path in scans.write_scans(entries, tmp_path / "scans", (3, 4), papers=papers):
        assert scanner.ingest_file(CLERK, path).status == "accepted"
    return RemarksService(entries)


def test_the_written_areas_of_a_station_are_its_remarks_only(scanned):
    found = scanned.written_areas(3)
    assert [(a.page, a.area) for a in found] == [(1, "1.2.1"), (2, "1.2.2")]
    assert all(a.read_by is None for a in found)
    assert scanned.written_areas(4) == []  # attendance, names and the place of counting are not remarks
    crop = scanned.crop(found[0])
    assert crop is not None and crop.ndim == 2 and crop.shape[1] > crop.shape[0]
    assert scanned.unread() == {3: 2}


def test_a_coordinator_marks_an_area_read_once(scanned):
    area = scanned.written_areas(3)[0]
    before = audit.head(scanned.store.db)[0]
    scanned.mark_read(COORDINATOR, area)
    scanned.mark_read(COORDINATOR, area)  # again: nothing new
    rows = audit.rows(scanned.store.db, limit=1)
    assert audit.head(scanned.store.db)[0] == before + 1
    assert rows[0]["action"] == "remarks.read"
    assert rows[0]["details"] == {
        "election": "GR2026_Duinwijk",
        "station": 3,
        "page": 1,
        "sha256": area.sha256,
        "area": "1.2.1",
    }
    assert [a.read_by for a in scanned.written_areas(3)] == ["coordinator", None]
    assert scanned.unread() == {3: 1}


def test_a_verifier_cannot_mark_read(scanned):
    area = scanned.written_areas(3)[0]
    before = audit.head(scanned.store.db)
    with pytest.raises(AuthError):
        scanned.mark_read(VERIFIER_1, area)
    assert audit.head(scanned.store.db) == before
