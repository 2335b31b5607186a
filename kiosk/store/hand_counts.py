"""The hand-added list totals, as typed by the coordinator (twice)."""

from __future__ import annotations

import json

import sqlite_utils

from kiosk.store.audit import canonical_json


def insert(
    db: sqlite_utils.Database, election_id: str, slot: int, account: str, at: str, totals: dict[int, int]
) -> None:
    db.execute(
        "INSERT INTO hand_counts (election_id, slot, account, at, totals) VALUES (?, ?, ?, ?, ?)",
        [election_id, slot, account, at]
        + [canonical_json({str(k): v for k, v in sorted(totals.items())}).decode("utf-8")],
    )


def current(db: sqlite_utils.Database, election_id: str) -> dict[int, tuple[str, dict[int, int]]]:
    """Slot -> (account, {list number: total}) of the newest typing of each slot."""
    found: dict[int, tuple[str, dict[int, int]]] = {}
    for slot, account, totals in db.execute(
        "SELECT slot, account, totals FROM hand_counts WHERE election_id = ? ORDER BY id", [election_id]
    ):
        found[slot] = (account, {int(k): v for k, v in json.loads(totals).items()})
    return found
