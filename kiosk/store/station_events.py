"""The append-only stream of workflow events per polling station."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from kiosk.store import event_codec
from kiosk.store.audit import canonical_json


def append(db: sqlite_utils.Database, election_id: str, station: int, event: Any) -> tuple[int, dict[str, Any]]:
    """Store one event; returns its row id and its JSON form (for the audit log)."""
    encoded = event_codec.encode(event)
    cursor = db.execute(
        "INSERT INTO station_events (election_id, station, type, actor, at, event) VALUES (?, ?, ?, ?, ?, ?)",
        [election_id, station, encoded["type"], encoded["actor"]["account"], encoded["at"]]
        + [canonical_json(encoded).decode("utf-8")],
    )
    return cursor.lastrowid, encoded


def events(db: sqlite_utils.Database, election_id: str, station: int, after_id: int = 0) -> Iterator[tuple[int, Any]]:
    for row_id, text in db.execute(
        "SELECT id, event FROM station_events WHERE election_id = ? AND station = ? AND id > ? ORDER BY id",
        [election_id, station, after_id],
    ):
        yield row_id, event_codec.decode(json.loads(text))


def save_status(
    db: sqlite_utils.Database, election_id: str, station: int, status: str, last_event_id: int, definitive: dict | None
) -> str | None:
    """Insert or replace the station's status row; returns the definitive results' stored text (or None)."""
    text = None if definitive is None else canonical_json(definitive).decode("utf-8")
    db.execute(
        "INSERT INTO station_status (election_id, station, status, last_event_id, definitive_results)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (election_id, station) DO UPDATE SET status = excluded.status,"
        " last_event_id = excluded.last_event_id, definitive_results = excluded.definitive_results",
        [election_id, station, status, last_event_id, text],
    )
    return text


def statuses(db: sqlite_utils.Database, election_id: str) -> dict[int, tuple[str, int, dict | None]]:
    """Station -> (status, last event id, definitive results or None)."""
    return {
        station: (status, last_event_id, None if results is None else json.loads(results))
        for station, status, last_event_id, results in db.execute(
            "SELECT station, status, last_event_id, definitive_results FROM station_status WHERE election_id = ?",
            [election_id],
        )
    }


def last_ids(db: sqlite_utils.Database, election_id: str) -> dict[int, int]:
    return dict(
        db.execute(
            "SELECT station, max(id) FROM station_events WHERE election_id = ? GROUP BY station", [election_id]
        ).fetchall()
    )


def any_event(db: sqlite_utils.Database, election_id: str) -> bool:
    """Whether anything was entered (or scanned) for any station of the election."""
    return (
        db.execute("SELECT 1 FROM station_events WHERE election_id = ? LIMIT 1", [election_id]).fetchone() is not None
    )
