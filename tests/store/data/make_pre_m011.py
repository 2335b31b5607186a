"""The fixture pre_m011.kiosk.db.gz: a data folder made by the code before migration m011
(one election per folder), for tests/store/test_upgrade_m011.py.

The demo election imported, DSO chosen, stations 1 and 2 entered twice (definitive),
station 3's first entry typed, the session recorded, the hand count typed once. Made with
commit dab27a7 (migrations m001-m010):

    git worktree add /tmp/old dab27a7
    PYTHONPATH=/tmp/old .venv/bin/python tests/store/data/make_pre_m011.py /tmp/pre_m011
    gzip -9 -c /tmp/pre_m011/kiosk.db > tests/store/data/pre_m011.kiosk.db.gz
"""

import shutil
import sys
from pathlib import Path

from kiosk.demo import setup
from kiosk.domain.session import Attendee, CommitteeRole, SessionDetails
from kiosk.services import session
from kiosk.services.entry import EntryService
from kiosk.services.totals import TotalsService
from kiosk.store import open_store
from tests.support.entry import COORDINATOR, VERIFIER_1, make_definitive, paper, type_entry

home = Path(sys.argv[1])
shutil.rmtree(home, ignore_errors=True)
store = open_store(home)
setup.set_up(store)
entries = EntryService(store)
for n in (1, 2):
    make_definitive(entries, n, paper(entries, n))
type_entry(entries, VERIFIER_1, 3, 1, paper(entries, 3))
session.record(
    store,
    COORDINATOR,
    SessionDetails(
        "Stadhuis", entries.election.election_date, "09:00", (Attendee("A.", "Jansen", CommitteeRole.CHAIR, "09:00"),)
    ),
)
try:  # stored, then checked against the machine totals, which are not there yet
    TotalsService(entries).enter_hand_count(COORDINATOR, 1, {n: 0 for n in entries.shape.list_numbers})
except Exception as refused:
    assert "cannot total yet" in str(refused), refused
store.db.execute("VACUUM")
store.close()
shutil.rmtree(home / "demo-eml")
