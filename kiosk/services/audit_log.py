"""Reading the audit log for people: check the chain and everything it proves, show events.

The screen and the command line go through here; the chain itself lives in
``kiosk.store.audit``, the checks of the other tables in ``kiosk.services.integrity``.
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.refusal import Refusal
from kiosk.services import integrity
from kiosk.services.integrity import Finding, IntegrityReport
from kiosk.store import Store, audit
from kiosk.store.audit import Verification, canonical_json

__all__ = ["Finding", "IntegrityReport", "Verification", "details_text", "head", "parse_anchor", "recent", "verify"]


class BadAnchor(Refusal, ValueError):
    """An anchor that is not ``N:HEX`` (row number, 64 hex digits): ``audit.bad_anchor``."""

    def __init__(self, text: str):
        super().__init__("audit.bad_anchor", f"not an anchor N:HEX: {text!r}", anchor=text)


def verify(store: Store, anchor: tuple[int, str] | None = None) -> IntegrityReport:
    """The chain (and the anchor, if given), the derived tables, the schema and the file."""
    return integrity.check(store, anchor)


def head(store: Store) -> tuple[int, str]:
    """(row number, hash) of the newest event: the anchor an observer writes down."""
    return audit.head(store.db)


def parse_anchor(text: str) -> tuple[int, str]:
    """ "812:4450a6e9 …" (spaces allowed in the hash) -> (812, "4450a6e9…")."""
    number, sep, digest = text.partition(":")
    digest = "".join(digest.split()).lower()
    if (
        not sep
        or not number.strip().isdigit()
        or int(number) < 1
        or len(digest) != 64
        or any(c not in "0123456789abcdef" for c in digest)
    ):
        raise BadAnchor(text)
    return int(number), digest


def recent(store: Store, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` events, newest first, each with its row number and hash."""
    return audit.rows(store.db, limit=limit)


def details_text(details: Any) -> str:
    """An event's details as the chain hashes them (canonical JSON)."""
    return canonical_json(details).decode("utf-8")
