"""`kiosk demo --two-elections`: the second demo, two elections on one day in one folder,
their scans one mixed stack; and the command line naming an election with --election."""

from __future__ import annotations

from kiosk.demo import two_elections
from kiosk.services.entry import EntryService
from kiosk.store import open_store
from kiosk.store import pages as page_repo

PS, AB = two_elections.PS_ID, two_elections.AB_ID


def test_the_second_demo_scans_one_mixed_stack(kiosk):
    code, out, err = kiosk("demo", "--two-elections", "--setup-only")
    assert code == 0, err
    assert f"{PS} + {AB}" in out
    assert f"[{PS}]" in out and f"[{AB}]" in out  # each page line names its election
    store = open_store(kiosk.home)
    try:
        for election_id, stations in two_elections.SCANNED.items():
            scanned = {
                n
                for n in EntryService(store, election_id).station_numbers
                if page_repo.current_pages(store.db, election_id, n)
            }
            assert scanned == set(stations)
    finally:
        store.close()

    # Again: nothing new is imported or scanned.
    code, out, _ = kiosk("demo", "--two-elections", "--setup-only")
    assert code == 0 and "ingelezen" not in out.split("accounts")[-1]

    # Commands about one election must say which.
    code, _, err = kiosk("election", "method")
    assert code == 2 and "--election" in err
    code, out, err = kiosk("--election", AB, "election", "method")
    assert code == 0 and "DSO" in out
    code, _, err = kiosk("forms", "blank", "--station", "1", "--out", str(kiosk.home / "x.pdf"))
    assert code == 2 and PS in err and AB in err and "--election" in err
    code, _, err = kiosk("--election", AB, "forms", "blank", "--station", "1", "--out", str(kiosk.home / "ab.pdf"))
    assert code == 0, err
    code, _, err = kiosk("--election", "GR2026_Elders", "totals")
    assert code == 2 and "GR2026_Elders" in err and "niet ingelezen" in err


def test_the_rehearsal_is_of_one_election(kiosk):
    code, _, err = kiosk("demo", "--two-elections", "--rehearsal", "--setup-only")
    assert code == 2 and "--two-elections" in err
    assert not (kiosk.home / "kiosk.db").exists()
