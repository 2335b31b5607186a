"""A data folder of the kiosk before several elections could share one (migration m011)
opens, migrates and still proves every table from its audit chain; work goes on in it,
and a second election can join it."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

from kiosk.domain.workflow import Status
from kiosk.services import integrity, session
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService
from kiosk.store import elections as repo
from kiosk.store import hand_counts, open_store
from tests.support.elections import KINDS, generated, import_election
from tests.support.entry import VERIFIER_2, paper, type_entry

FIXTURE = Path(__file__).parent / "data" / "pre_m011.kiosk.db.gz"  # made by data/make_pre_m011.py


def old_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    with gzip.open(FIXTURE) as packed, open(home / "kiosk.db", "wb") as out:
        shutil.copyfileobj(packed, out)
    return home


def test_an_old_data_folder_migrates_and_verifies(tmp_path):
    store = open_store(old_home(tmp_path))
    try:
        report = integrity.check(store, deep=True)
        assert report.ok, [f.english() for f in report.findings]
        assert repo.election_ids(store.db) == ["GR2026_Duinwijk"]
        entries = EntryService(store)
        statuses = entries.statuses()
        assert (statuses[1], statuses[2], statuses[3], statuses[4]) == (
            Status.DEFINITIVE,
            Status.DEFINITIVE,
            Status.FIRST_DONE,
            Status.EMPTY,
        )
        assert session.current(store).place == "Stadhuis"
        assert list(hand_counts.current(store.db, "GR2026_Duinwijk")) == [1]

        # Work goes on: station 3's second entry, in the new format, beside the old events.
        assert type_entry(entries, VERIFIER_2, 3, 2, paper(entries, 3)).status is Status.DEFINITIVE
        assert TotalsService(entries).station_results().keys() == {1, 2, 3}
        report = integrity.check(store, deep=True)
        assert report.ok, [f.english() for f in report.findings]

        # A second election joins the folder; both are proven.
        import_election(store, generated(KINDS["PS"]))
        assert repo.election_ids(store.db) == ["GR2026_Duinwijk", "PS2027"]
        assert EntryService(store, "GR2026_Duinwijk").statuses()[3] is Status.DEFINITIVE
        report = integrity.check(store, deep=True)
        assert report.ok, [f.english() for f in report.findings]
    finally:
        store.close()


def test_a_tampered_old_event_is_still_found(tmp_path):
    """The old events (without an election in their details) are held to the chain as before."""
    home = old_home(tmp_path)
    store = open_store(home)
    store.close()
    db = sqlite3.connect(home / "kiosk.db")
    db.execute("UPDATE station_status SET status = 'empty' WHERE station = 1")
    db.commit()
    db.close()
    store = open_store(home)
    try:
        report = integrity.check(store)
        assert not report.ok
        assert [(f.code, f.params.get("station")) for f in report.findings] == [("station_status", 1)]
    finally:
        store.close()
