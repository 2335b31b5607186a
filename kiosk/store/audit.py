"""The audit log: an append-only, hash-chained record of everything that changed.

hash = SHA-256(prev_hash ‖ canonical JSON of the event), where the event holds
its own sequence number, so editing, deleting, inserting or reordering rows all
break the chain. Truncating the tail is caught by comparing the head hash with
the one printed on the last totals sheet.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the same data always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def event_hash(prev_hash: str, event: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_json(event)).hexdigest()


def _event(seq: int, at: str, actor: str, action: str, details: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "at": at, "actor": actor, "action": action, "details": details}


def head(db: sqlite_utils.Database) -> tuple[int, str]:
    """(sequence number, hash) of the newest row; (0, GENESIS_HASH) for an empty log."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def append(db: sqlite_utils.Database, at: str, actor: str, action: str, details: dict[str, Any]) -> str:
    """Append one event; returns its hash. Call inside the transaction of the change."""
    if not db.conn.in_transaction:
        raise RuntimeError("audit.append must run inside the transaction of the change it records")
    last_seq, prev_hash = head(db)
    seq = last_seq + 1
    digest = event_hash(prev_hash, _event(seq, at, actor, action, details))
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, canonical_json(details).decode("utf-8"), prev_hash, digest],
    )
    return digest


@dataclass(frozen=True)
class Verification:
    ok: bool
    rows: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None


def verify(db: sqlite_utils.Database) -> Verification:
    """Walk the whole chain; report the first row that does not fit."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    rows = 0
    cursor = db.execute("SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY seq")
    for seq, at, actor, action, details_text, stored_prev, stored_hash in cursor:
        rows += 1
        if seq != expected_seq:
            return Verification(False, rows, prev_hash, seq, f"sequence number {seq} where {expected_seq} was expected (row missing or inserted)")
        if stored_prev != prev_hash:
            return Verification(False, rows, prev_hash, seq, "prev_hash does not match the previous row's hash")
        try:
            details = json.loads(details_text)
        except (TypeError, ValueError):
            return Verification(False, rows, prev_hash, seq, "details are not valid JSON")
        if canonical_json(details).decode("utf-8") != details_text:
            return Verification(False, rows, prev_hash, seq, "details are not in canonical form (edited)")
        recomputed = event_hash(prev_hash, _event(seq, at, actor, action, details))
        if recomputed != stored_hash:
            return Verification(False, rows, prev_hash, seq, "hash does not match the row's contents (edited)")
        prev_hash = stored_hash
        expected_seq += 1
    return Verification(True, rows, prev_hash)


def rows(db: sqlite_utils.Database, limit: int | None = None) -> list[dict[str, Any]]:
    """Newest first, for display."""
    sql = "SELECT seq, at, actor, action, details, hash FROM audit_log ORDER BY seq DESC"
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        {"seq": s, "at": at, "actor": a, "action": act, "details": json.loads(d), "hash": h}
        for s, at, a, act, d, h in db.execute(sql, params)
    ]
