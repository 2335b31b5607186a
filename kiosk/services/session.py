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
from kiosk.store import Store, audit

ACTION = "session.details"


def current(store: Store) -> SessionDetails | None:
    """The newest recorded details, or None when none were entered."""
    row = audit.last_of(store.db, ACTION)
    return None if row is None else session_from_json(row["details"])


def record(store: Store, account: Account, details: SessionDetails) -> None:
    """Record ``details`` (a coordinator only); they replace earlier ones."""
    if not account.may(Capability.COORDINATE):
        raise AuthError("auth.not_coordinator", name=account.username)
    with store.transaction():
        store.audit(account.username, ACTION, session_to_json(details))
