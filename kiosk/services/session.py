"""The GSB session the totals sheet reports on: place, day, start and who was present.

The details live in the audit log itself: each ``session.details`` event holds them
whole, and the newest one counts. There is no table to edit behind the log's back,
so what the sheet prints of them is proven by the chain by construction. Sealing
includes them (``kiosk.services.seal``): changed details after a seal make a new
sheet version.
"""

from __future__ import annotations

from kiosk.domain.session import SessionDetails, session_from_json, session_to_json
from kiosk.domain.workflow.roles import Capability
from kiosk.services.auth import Account, AuthError
from kiosk.services.entry import chosen_election
from kiosk.store import Store, audit

ACTION = "session.details"


def current(store: Store, election_id: str | None = None) -> SessionDetails | None:
    """The newest details recorded for the election (default: the only one), or None."""
    election = chosen_election(store, election_id)
    row = audit.last_of(store.db, ACTION, election=election.id)
    if row is None:
        return None
    return session_from_json({key: value for key, value in row["details"].items() if key != "election"})


def record(store: Store, account: Account, details: SessionDetails, election_id: str | None = None) -> None:
    """Record ``details`` for the election (default: the only one; a coordinator only); they
    replace earlier ones."""
    if not account.may(Capability.COORDINATE):
        raise AuthError("auth.not_coordinator", name=account.username)
    election = chosen_election(store, election_id)
    with store.transaction():
        store.audit(account.username, ACTION, {"election": election.id, **session_to_json(details)})
