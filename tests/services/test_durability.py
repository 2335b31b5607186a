"""A killed process loses no confirmed value (DESIGN §6, §9)."""

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from kiosk.services.entry import EntryService
from kiosk.store import audit, open_store
from tests.support.entry import VERIFIER_1, paper

REPO = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from kiosk.services.auth import Account
    from kiosk.domain.fields import field_codes
    from kiosk.services.entry import EntryService
    from kiosk.store import open_store

    home, values = Path(sys.argv[1]), json.loads(sys.argv[2])
    service = EntryService(open_store(home))
    verifier = Account("invoerder1", "verifier")
    service.claim(verifier, 1, 1)
    for code in field_codes(service.shape):
        service.confirm(verifier, 1, 1, code, values.get(code))
        # Only after confirm() returned is the value "confirmed" to the person.
        print(code, flush=True)
    print("DONE", flush=True)
    sys.stdin.readline()  # wait to be killed
    """
)


def test_sigkill_between_confirmations_loses_nothing_confirmed(demo_store, entries):
    values = paper(entries, 1)
    home = demo_store.home
    demo_store.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(home), json.dumps(values)],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},  # the repository, whatever the working directory
    )
    confirmed = []
    try:
        for line in child.stdout:
            code = line.strip()
            if code == "DONE":
                break
            confirmed.append(code)
            if len(confirmed) == 37:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(confirmed) == 37

    reopened = open_store(home)
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert audit.verify(reopened.db).ok
    state = EntryService(reopened).state(1)
    stored = {c.code: c.value for c in state.first.confirmations}
    for code in confirmed:
        assert code in stored, f"{code} was confirmed before the kill but is lost"
        assert stored[code] == values.get(code)
    # The verifier resumes exactly where they were: the first unconfirmed field.
    view = EntryService(reopened).entry_view(VERIFIER_1, 1, 1)
    assert view.next_field not in confirmed
    reopened.close()
