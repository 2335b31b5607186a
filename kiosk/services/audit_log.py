"""Reading the audit log for people: check the chain, list the newest events.

The screen and the command line go through here; the chain itself lives in
``kiosk.store.audit``.
"""

from __future__ import annotations

from typing import Any

from kiosk.store import Store
from kiosk.store import audit
from kiosk.store.audit import Verification, canonical_json

__all__ = ["Verification", "details_text", "recent", "verify"]


def verify(store: Store) -> Verification:
    """Walk the whole chain; the first row that does not fit, if any."""
    return audit.verify(store.db)


def recent(store: Store, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` events, newest first."""
    return audit.rows(store.db, limit=limit)


def details_text(details: Any) -> str:
    """An event's details as the chain hashes them (canonical JSON)."""
    return canonical_json(details).decode("utf-8")
