"""Creating (or reusing) the demo election in a data directory.

The demo goes through the same doors as a real election: EML files are written
with a SHA-256 hash file beside them, imported by the import service with the
hash check, and accounts are created through kiosk.services.auth.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kiosk.demo.election import DEMO_ELECTION_ID, demo_election
from kiosk.domain.errors import DomainError
from kiosk.domain.form_model import CountingMethod
from kiosk.domain.refusal import Refusal
from kiosk.eml import write
from kiosk.i18n.untrusted import neutralise
from kiosk.services import auth, election_import
from kiosk.services import counting_method as counting_method_service
from kiosk.store import Store
from kiosk.store import elections as repo

DEMO_PASSWORD = "stemkiosk-demo"
DEMO_ACCOUNTS = (
    ("coordinator", "coordinator"),
    ("invoerder1", "verifier"),
    ("invoerder2", "verifier"),
    ("scanner", "clerk"),
)
# Fixed so the demo files are byte-identical on every machine.
DEMO_CREATED_AT = datetime(2026, 2, 2, 9, 0, 0, tzinfo=timezone.utc)
EML_FILES = (
    ("110a", "Verkiezingsdefinitie_GR2026_Duinwijk.eml.xml", write.write_election_definition),
    ("230b", "Kandidatenlijsten_GR2026_Duinwijk.eml.xml", write.write_candidate_lists),
    ("110b", "Stembureaus_GR2026_Duinwijk.eml.xml", write.write_polling_stations),
)


class NotADemoHome(Refusal):
    """The data directory holds something that is not the demo's: a real election, or accounts
    the demo did not make. ``code`` is ``demo.other_election`` or ``demo.other_accounts``."""


@dataclass(frozen=True)
class DemoSummary:
    election_id: str
    counting_method: str | None
    stations: int
    lists: int
    candidates: int
    accounts: tuple[tuple[str, str], ...]
    created: bool


def write_eml_files(folder: Path) -> list[tuple[str, Path]]:
    """Write the three EML files and the hash file a municipality would receive."""
    election = demo_election()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    sums = []
    for kind, name, writer in EML_FILES:
        data = writer(election, DEMO_CREATED_AT)
        (folder / name).write_bytes(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {name}\n")
        written.append((kind, folder / name))
    (folder / "SHA256SUMS").write_text("".join(sums), encoding="ascii")
    return written


def check_demo_home(store: Store, demo_elections: tuple[str, ...] = (DEMO_ELECTION_ID,)) -> None:
    """NotADemoHome unless the data directory is empty or holds only the demo: its elections and
    its accounts. The demo adds accounts with a published password, so it never goes into a
    directory with a real election or real accounts (the demo imports its election before it
    makes its accounts, so accounts without an election are not the demo's either)."""
    present = repo.election_ids(store.db)
    strangers = [election_id for election_id in present if election_id not in demo_elections]
    if strangers:
        raise NotADemoHome(
            "demo.other_election",
            f"{store.home} holds the election {strangers[0]}, not the demo; give the demo its own --home",
            home=str(store.home),
            election=strangers[0],
        )
    demo = set(DEMO_ACCOUNTS)
    accounts = [(a["username"], a["role"]) for a in auth.list_accounts(store)]
    others = sorted(name for name, role in accounts if not present or (name, role) not in demo)
    if others:
        shown = ", ".join(others[:5]) + (", …" if len(others) > 5 else "")
        raise NotADemoHome(
            "demo.other_accounts",
            f"{store.home} holds accounts that are not the demo's ({shown}); give the demo its own --home",
            home=str(store.home),
            accounts=shown,
        )


def add_demo_accounts(store: Store) -> bool:
    """The demo's accounts that are missing; whether any was added."""
    added = False
    for username, role in DEMO_ACCOUNTS:
        if all(a["username"] != username for a in auth.list_accounts(store)):
            by = None if auth.needs_first_coordinator(store) else auth.Account("coordinator", "coordinator")
            auth.add_account(store, username, role, DEMO_PASSWORD, by)
            added = True
    return added


def set_up(store: Store, counting_method: CountingMethod | None = CountingMethod.DSO) -> DemoSummary:
    """Import whatever part of the demo is still missing and choose its counting method (DSO:
    Model N 10-1 at the stations; CSO: N 10-2 there and Na 31-2 Bijlage 1 at the municipality);
    safe to run again (a demo keeps the method it was made with; None leaves it to be chosen,
    as for a real election). NotADemoHome (nothing
    written) when the data directory holds a real election or real accounts."""
    check_demo_home(store)
    created = False
    done = repo.imported_kinds(store.db, DEMO_ELECTION_ID)
    files = write_eml_files(store.home / "demo-eml")
    for kind, path in files:
        if kind in done:
            continue
        data = path.read_bytes()
        source = neutralise(str(path))  # a --home whose name is not UTF-8 is recorded with markers
        election_import.import_with_hash(store, data, source, hashlib.sha256(data).hexdigest(), actor="demo")
        created = True
    created = add_demo_accounts(store) or created
    if counting_method is not None and counting_method_service.current(store, DEMO_ELECTION_ID) is None:
        try:
            counting_method_service.choose(
                store, auth.Account("coordinator", "coordinator"), counting_method, DEMO_ELECTION_ID
            )
            created = True
        except DomainError:  # a demo made before the official models, with paper in use: it keeps its form
            pass
    election = repo.load_election(store.db, DEMO_ELECTION_ID)
    return DemoSummary(
        election_id=election.id,
        counting_method=None if election.counting_method is None else election.counting_method.value,
        stations=len(election.stations),
        lists=len(election.lists),
        candidates=sum(len(pl.candidates) for pl in election.lists),
        accounts=DEMO_ACCOUNTS,
        created=created,
    )
