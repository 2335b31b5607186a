"""The second demo: two elections on one day in one data folder (``kiosk demo --two-elections``).

Provinciale Staten and the waterschap's algemeen bestuur, as in March 2027, counted by the
fictional municipality of Duinwijk at its own twelve polling stations. Both go through the
same doors as a real election (EML files with their hash, the import service, the counting
method chosen by the coordinator); their scanned pages are one mixed stack, read in one go,
every page to its own election.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kiosk.demo import scans
from kiosk.demo.election import demo_election
from kiosk.demo.setup import DEMO_ACCOUNTS, DEMO_CREATED_AT, DemoSummary, add_demo_accounts, check_demo_home
from kiosk.domain.election import Election, PartyList
from kiosk.domain.form_model import CountingMethod
from kiosk.eml import write
from kiosk.i18n.untrusted import neutralise
from kiosk.services import counting_method, election_import
from kiosk.services.auth import Account
from kiosk.services.entry import EntryService
from kiosk.services.scanning import ScanOutcome, ScanService
from kiosk.store import Store
from kiosk.store import elections as repo
from kiosk.store import pages as page_repo

DAY = date(2027, 3, 17)
PS_ID, AB_ID = "PS2027_Zuiderkwartier", "AB2027_DeDuinstromen"
#: The stations whose pages are in the demo's mixed stack, per election.
SCANNED = {PS_ID: (1, 2, 3), AB_ID: (1, 2, 4)}


def _counted_here(lists: int, list_name: str, **identity: object) -> Election:
    """An election of the day as Duinwijk counts it: its own stations, the first ``lists`` of the
    demo's lists (``list_name`` formats their names), ten candidates each."""
    base = demo_election()
    shorter = tuple(
        PartyList(pl.number, list_name.format(name=pl.name), pl.candidates[:10]) for pl in base.lists[:lists]
    )
    return replace(
        base,
        election_date=DAY,
        lists=shorter,
        authority_id=base.domain_id,
        authority_name=base.domain_name,
        **identity,
    )


def ps_election() -> Election:
    return _counted_here(
        6,
        "{name} (provincie)",
        id=PS_ID,
        name="Provinciale Staten Zuiderkwartier 2027",
        category="PS",
        subcategory="PS1",
        domain_id="",
        domain_name="Zuiderkwartier",
        number_of_seats=43,
    )


def ab_election() -> Election:
    return _counted_here(
        5,
        "Water {name}",
        id=AB_ID,
        name="Algemeen bestuur De Duinstromen 2027",
        category="AB",
        subcategory="AB2",
        domain_id="21",
        domain_name="De Duinstromen",
        number_of_seats=23,
    )


ELECTIONS: tuple[Callable[[], Election], ...] = (ps_election, ab_election)
ELECTION_IDS = (PS_ID, AB_ID)
WRITERS = (
    ("110a", "Verkiezingsdefinitie", write.write_election_definition),
    ("230b", "Kandidatenlijsten", write.write_candidate_lists),
    ("110b", "Stembureaus", write.write_polling_stations),
)


def set_up(store: Store, method: CountingMethod = CountingMethod.DSO) -> DemoSummary:
    """Import whatever of the two elections is still missing, the demo accounts, and the
    counting method of each; safe to run again. NotADemoHome (nothing written) in a data
    directory with other elections or accounts."""
    check_demo_home(store, ELECTION_IDS)
    created = False
    folder = store.home / "demo-eml"
    folder.mkdir(parents=True, exist_ok=True)
    sums = []
    for make in ELECTIONS:
        election = make()
        done = repo.imported_kinds(store.db, election.id)
        for kind, title, writer in WRITERS:
            data = writer(election, DEMO_CREATED_AT)
            path = folder / f"{title}_{election.id}.eml.xml"
            path.write_bytes(data)
            sums.append(f"{hashlib.sha256(data).hexdigest()}  {path.name}\n")
            if kind not in done:
                source = neutralise(str(path))
                election_import.import_with_hash(store, data, source, hashlib.sha256(data).hexdigest(), "demo")
                created = True
    (folder / "SHA256SUMS").write_text("".join(sums), encoding="ascii")
    created = add_demo_accounts(store) or created
    coordinator = Account("coordinator", "coordinator")
    for election_id in ELECTION_IDS:
        if counting_method.current(store, election_id) is None:
            counting_method.choose(store, coordinator, method, election_id)
            created = True
    elections = [repo.load_election(store.db, election_id) for election_id in ELECTION_IDS]
    return DemoSummary(
        election_id=" + ".join(ELECTION_IDS),
        counting_method=method.value,
        stations=sum(len(e.stations) for e in elections),
        lists=sum(len(e.lists) for e in elections),
        candidates=sum(len(pl.candidates) for e in elections for pl in e.lists),
        accounts=DEMO_ACCOUNTS,
        created=created,
    )


def scan_stack(store: Store, progress: Callable[[ScanOutcome], None] | None = None) -> list[ScanOutcome]:
    """Write both elections' filled-in pages, shuffle them into one stack, and scan it in one
    go; stations whose pages are in already are left out (safe to run again)."""
    entries = {election_id: EntryService(store, election_id) for election_id in ELECTION_IDS}
    piles = []
    for election_id, service in entries.items():
        todo = [n for n in SCANNED[election_id] if not page_repo.current_pages(store.db, election_id, n)]
        piles.append(sorted(scans.write_scans(service, store.home / "demo-pages" / election_id, todo)))
    stack = store.home / "demo-scans"
    shutil.rmtree(stack, ignore_errors=True)
    stack.mkdir(parents=True)
    # The paper as it comes from the polling stations: one envelope of each election in turn.
    order = [page for pair in zip(*piles, strict=False) for page in pair]
    order += [page for pile in piles for page in pile[min(len(p) for p in piles) :]]
    for index, page in enumerate(order, start=1):
        shutil.copy(page, stack / f"scan-{index:03d}.png")
    scanner = ScanService.for_store(store)
    outcomes = []
    clerk = Account("scanner", "clerk")
    for path in sorted(stack.iterdir()):
        outcome = scanner.ingest_file(clerk, path)
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    return outcomes
