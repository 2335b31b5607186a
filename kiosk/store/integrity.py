"""The reads that `kiosk audit verify` compares with the chain: every table a decision or
the sheet depends on, row by row, and the schema that protects them.

Only SQL lives here; what must agree with what is decided in
``kiosk.services.integrity``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from kiosk.store.migrations import NOT_STATION_ACTION


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    """``PRAGMA integrity_check``: ["ok"] for a sound file, else SQLite's findings."""
    return [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]


def audit_log_readable(db: sqlite_utils.Database) -> bool:
    """Can the audit log still be read at all (in a file ``integrity_check`` found damaged)?"""
    try:
        db.execute("SELECT count(*) FROM audit_log").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


def schema(db: sqlite_utils.Database) -> dict[tuple[str, str], str]:
    """(type, name) -> SQL of every table, index and trigger the kiosk made."""
    return {
        (kind, name): " ".join((sql or "").split())
        for kind, name, sql in db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        )
    }


def reference_schema() -> dict[tuple[str, str], str]:
    """The schema a freshly migrated database has: what ``schema`` must equal."""
    from kiosk.store.migrations import migrate

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn)
        migrate(db)
        return schema(db)
    finally:
        conn.close()


def audit_rows(db: sqlite_utils.Database, actions: tuple[str, ...]) -> Iterator[tuple[int, str, str, dict[str, Any]]]:
    """(seq, actor, action, details) of the audit rows with one of ``actions``, in chain order
    (not station events: the index on action leaves them out)."""
    if any(action.startswith("station.") for action in actions):
        raise ValueError(f"audit_rows cannot look up {actions!r}: station events are not indexed by action")
    marks = ", ".join("?" for _ in actions)
    for seq, actor, action, details in db.execute(
        f"SELECT seq, actor, action, details FROM audit_log WHERE action IN ({marks}) AND {NOT_STATION_ACTION}"
        " ORDER BY seq",
        list(actions),
    ):
        yield seq, actor, action, json.loads(details)


ACCOUNT_ACTIONS = ("account.add", "account.locked", "account.unlock", "login", "login.failed", "password.change")


def account_events(
    db: sqlite_utils.Database, username: str | None = None
) -> Iterator[tuple[int, str, str, dict[str, Any]]]:
    """(seq, actor, action, details) of the events that change accounts, in chain order;
    only those of ``username`` when given (through the index on action)."""
    marks = ", ".join("?" for _ in ACCOUNT_ACTIONS)
    sql = f"SELECT seq, actor, action, details FROM audit_log WHERE action IN ({marks}) AND {NOT_STATION_ACTION}"
    params: list[Any] = list(ACCOUNT_ACTIONS)
    if username is not None:
        sql += (
            " AND (actor = ? OR (action IN ('account.add', 'account.unlock')"
            " AND json_extract(details, '$.username') = ?))"
        )
        params += [username, username]
    for seq, actor, action, details in db.execute(sql + " ORDER BY seq", params):
        yield seq, actor, action, json.loads(details)


def station_event_rows(db: sqlite_utils.Database) -> Iterator[tuple[int, str, int, str, str, str]]:
    """(id, election id, station, type, actor, event JSON text) in the order they were written."""
    return db.execute("SELECT id, election_id, station, type, actor, event FROM station_events ORDER BY id")


def station_status_rows(db: sqlite_utils.Database) -> dict[tuple[str, int], tuple[str, int, str | None]]:
    """(election id, station) -> (status, last event id, definitive results as stored text)."""
    return {
        (election_id, station): (status, last_id, results)
        for election_id, station, status, last_id, results in db.execute(
            "SELECT election_id, station, status, last_event_id, definitive_results FROM station_status"
        )
    }


def account_rows(db: sqlite_utils.Database) -> dict[str, tuple[str, str, int, bool]]:
    """username -> (role, password hash, failed attempts, locked)."""
    return {
        name: (role, password_hash, failures, bool(locked))
        for name, role, password_hash, failures, locked in db.execute(
            "SELECT username, role, password_hash, failed_attempts, locked FROM accounts"
        )
    }


def hand_count_rows(db: sqlite_utils.Database, election_id: str) -> list[tuple[int, str, str]]:
    """(slot, account, totals JSON text) of the election, in the order they were typed."""
    return [
        tuple(row)
        for row in db.execute(
            "SELECT slot, account, totals FROM hand_counts WHERE election_id = ? ORDER BY id", [election_id]
        )
    ]


def page_rows(db: sqlite_utils.Database, election_id: str) -> list[tuple[str, int, int]]:
    """(sha256, station, page) of every accepted page of the election, in the order they were scanned."""
    return [
        tuple(row)
        for row in db.execute(
            "SELECT sha256, station, page FROM pages WHERE election_id = ? ORDER BY rowid", [election_id]
        )
    ]


def import_rows(db: sqlite_utils.Database, election_id: str) -> dict[str, tuple[str, str]]:
    """kind -> (source name, sha256) of each recorded EML import of the election."""
    return {
        kind: (source, sha)
        for kind, source, sha in db.execute(
            "SELECT kind, source_name, sha256 FROM eml_imports WHERE election_id = ?", [election_id]
        )
    }


# What each EML import wrote, as rows: the import's audit event holds their digest.
# Each query takes the election's id (the rows are the same as before migration m011).
_IMPORT_CONTENT = {
    "110a": (
        "SELECT id, name, category, subcategory, domain_id, domain_name, election_date, number_of_seats FROM election"
        " WHERE id = ?",
    ),
    "230b": (
        "SELECT number, name FROM lists WHERE election_id = ? ORDER BY number",
        "SELECT list_number, position, last_name, initials, first_name, prefix, locality, gender"
        " FROM candidates WHERE election_id = ? ORDER BY list_number, position",
    ),
    "110b": (
        "SELECT number, name, postcode, number_of_voters FROM polling_stations WHERE election_id = ? ORDER BY number",
    ),
}


# Version 2 (migration m010) adds what the 230b and 110b write into the election row:
# the contest, and the counting municipality with its number of voters.
_IMPORT_CONTENT_V2 = {
    "110a": _IMPORT_CONTENT["110a"],
    "230b": (*_IMPORT_CONTENT["230b"], "SELECT contest_id, contest_name FROM election WHERE id = ?"),
    "110b": (
        *_IMPORT_CONTENT["110b"],
        "SELECT authority_id, authority_name, number_of_voters FROM election WHERE id = ?",
    ),
}
#: The version new imports record in their audit event; events without one are version 1.
IMPORT_CONTENT_VERSION = 2


def import_content(
    db: sqlite_utils.Database, election_id: str, kind: str, version: int = IMPORT_CONTENT_VERSION
) -> list[list[list[Any]]]:
    """The rows an import of ``kind`` (110a, 230b, 110b) wrote for the election, as they are
    now, as the import's ``version`` of the digest counts them."""
    queries = _IMPORT_CONTENT_V2 if version >= 2 else _IMPORT_CONTENT
    return [[list(row) for row in db.execute(sql, [election_id])] for sql in queries[kind]]
