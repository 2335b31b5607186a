"""The rehearsal drill's seeds: proposals made wrong on purpose (``kiosk demo --rehearsal``).

Rows are (station, field code, what OCR read, the wrong value proposed instead), the
values as JSON. A real election's store never has rows here.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils


def any_seeded(db: sqlite_utils.Database) -> bool:
    """Is this store a rehearsal (does it hold any seed)?"""
    return db.execute("SELECT 1 FROM rehearsal_seeds LIMIT 1").fetchone() is not None


def all_seeds(db: sqlite_utils.Database, election_id: str) -> list[tuple[int, str, Any, Any]]:
    """(station, code, read value, seeded value) of every seed of the election, by station and code."""
    return [
        (station, code, json.loads(read), json.loads(seeded))
        for station, code, read, seeded in db.execute(
            "SELECT station, code, read_value, seeded_value FROM rehearsal_seeds WHERE election_id = ?"
            " ORDER BY station, code",
            [election_id],
        )
    ]


def count_for(db: sqlite_utils.Database, election_id: str, station: int) -> int:
    return db.execute(
        "SELECT count(*) FROM rehearsal_seeds WHERE election_id = ? AND station = ?", [election_id, station]
    ).fetchone()[0]


def insert(
    db: sqlite_utils.Database, election_id: str, station: int, code: str, read_value: Any, seeded_value: Any
) -> None:
    """Call inside the transaction that proposes the seeded value."""
    db.execute(
        "INSERT INTO rehearsal_seeds (election_id, station, code, read_value, seeded_value) VALUES (?, ?, ?, ?, ?)",
        [election_id, station, code, json.dumps(read_value), json.dumps(seeded_value)],
    )
