"""The audit log: an append-only, hash-chained record of everything that changed.

hash = SHA-256(prev_hash ‖ canonical JSON of the event), where the event holds
its own sequence number, so editing, deleting, inserting or reordering rows all
break the chain. Truncating the tail, or rewriting the whole chain, is caught by an
anchor: a row number and its hash written down or printed on a sheet
(``verify(db, anchor=(n, hash))``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from kiosk.store.migrations import NOT_STATION_ACTION

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
    return append_row(db, at, actor, action, details)[1]


def append_row(db: sqlite_utils.Database, at: str, actor: str, action: str, details: dict[str, Any]) -> tuple[int, str]:
    """Append one event; returns (its row number, its hash). Call inside the transaction of the change."""
    if not db.conn.in_transaction:
        raise RuntimeError("audit.append must run inside the transaction of the change it records")
    last_seq, prev_hash = head(db)
    seq = last_seq + 1
    digest = event_hash(prev_hash, _event(seq, at, actor, action, details))
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, canonical_json(details).decode("utf-8"), prev_hash, digest],
    )
    return seq, digest


@dataclass(frozen=True)
class Verification:
    ok: bool
    rows: int
    head_hash: str
    broken_seq: int | None = None
    problem: str | None = None  # English, for logs and developers
    problem_code: str | None = None  # stable: words are made from it (``audit.problem.<code>``)
    params: tuple[tuple[str, object], ...] = ()


# Problem codes of the chain (words in kiosk/i18n/catalog_integrity.py).
SEQUENCE = "sequence"
PREV_HASH = "prev_hash"
NOT_JSON = "json"
NOT_CANONICAL = "edited"
HASH_MISMATCH = "edited"
ANCHOR_MISSING = "anchor_missing"
ANCHOR_MISMATCH = "anchor_mismatch"


RowWatcher = Callable[[int, str, str, str], None]


def verify(
    db: sqlite_utils.Database, anchor: tuple[int, str] | None = None, watch: tuple[str, RowWatcher] | None = None
) -> Verification:
    """Walk the whole chain; report the first row that does not fit. With ``anchor``
    (row number, hash), row n must exist and carry that hash as well. With ``watch``
    (action prefix, function), every row whose action starts with the prefix is handed
    to the function (seq, actor, action, details text) once its hash holds: the
    integrity check compares the station events in this same pass over the log.

    The hash is recomputed from the stored text of the details: the writer stored
    exactly the canonical JSON it hashed, so any edit of that text (whitespace and
    key order included) changes the hash. Only a row whose hash fails is parsed, to
    say what is wrong with it."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    rows = 0
    anchor_seen = False
    encoded: dict[str, str] = {}  # actor and action names repeat: encode each once

    def quoted(text: str) -> str:
        value = encoded.get(text)
        if value is None:
            value = encoded[text] = json.dumps(text, ensure_ascii=False)
        return value

    sha256 = hashlib.sha256
    watch_prefix, watcher = watch if watch is not None else (None, None)
    cursor = db.execute("SELECT seq, at, actor, action, details, prev_hash, hash FROM audit_log ORDER BY seq")
    for seq, at, actor, action, details_text, stored_prev, stored_hash in cursor:
        rows += 1
        if seq != expected_seq:
            return Verification(
                False,
                rows,
                prev_hash,
                seq,
                f"sequence number {seq} where {expected_seq} was expected (row missing or inserted)",
                SEQUENCE,
                (("expected", expected_seq),),
            )
        if stored_prev != prev_hash:
            return Verification(
                False, rows, prev_hash, seq, "prev_hash does not match the previous row's hash", PREV_HASH
            )
        # canonical_json(_event(...)) with the details' stored text in place: keys in sorted order.
        # A time stamp is plain ASCII: quoted as json.dumps would, without calling it.
        at_json = f'"{at}"' if at.isascii() and at.isprintable() and '"' not in at and "\\" not in at else quoted(at)
        event_text = (
            f'{{"action":{quoted(action)},"actor":{quoted(actor)},"at":{at_json},"details":{details_text},"seq":{seq}}}'
        )
        recomputed = sha256(prev_hash.encode("ascii") + event_text.encode("utf-8")).hexdigest()
        if recomputed != stored_hash:
            return _explain(rows, prev_hash, seq, at, actor, action, details_text, stored_hash)
        if anchor is not None and seq == anchor[0]:
            anchor_seen = True
            if stored_hash != anchor[1]:
                return Verification(
                    False, rows, prev_hash, seq, "the anchor's row has another hash (rewritten)", ANCHOR_MISMATCH
                )
        if watch_prefix is not None and action.startswith(watch_prefix):
            watcher(seq, actor, action, details_text)
        prev_hash = stored_hash
        expected_seq += 1
    if anchor is not None and not anchor_seen:
        return Verification(
            False,
            rows,
            prev_hash,
            anchor[0],
            f"row {anchor[0]} of the anchor is missing (log cut short)",
            ANCHOR_MISSING,
            (("rows", rows),),
        )
    return Verification(True, rows, prev_hash)


def _explain(
    rows: int, prev_hash: str, seq: int, at: str, actor: str, action: str, details_text: str, stored_hash: str
) -> Verification:
    """Why a row's hash does not fit: unparsable details, details not in canonical form, or edited."""
    try:
        details = json.loads(details_text)
    except (TypeError, ValueError):
        return Verification(False, rows, prev_hash, seq, "details are not valid JSON", NOT_JSON)
    if canonical_json(details).decode("utf-8") != details_text:
        return Verification(False, rows, prev_hash, seq, "details are not in canonical form (edited)", NOT_CANONICAL)
    return Verification(False, rows, prev_hash, seq, "hash does not match the row's contents (edited)", HASH_MISMATCH)


def row_hash(db: sqlite_utils.Database, seq: int) -> str | None:
    """The stored hash of row ``seq``, or None when there is no such row."""
    row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone()
    return row[0] if row else None


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


def last_of(db: sqlite_utils.Database, *actions: str, election: str | None = None) -> dict[str, Any] | None:
    """The newest row with one of ``actions`` (seq, at, actor, action, details, hash), or None;
    with ``election``, the newest about that election (``_about``)."""
    rows = _rows_of(db, actions, election, newest_first=True, limit=1)
    return rows[0] if rows else None


def all_of(db: sqlite_utils.Database, *actions: str, election: str | None = None) -> list[dict[str, Any]]:
    """Every row with one of ``actions`` (seq, at, actor, action, details, hash), oldest first;
    with ``election``, those about that election (``_about``)."""
    return _rows_of(db, actions, election, newest_first=False, limit=None)


#: A row is about the election its details name; rows from before several elections could share a
#: store (migration m011) name none and are about the first one.
_about = " AND coalesce(json_extract(details, '$.election'), (SELECT id FROM election ORDER BY rowid LIMIT 1)) = ?"


def _rows_of(
    db: sqlite_utils.Database, actions: tuple[str, ...], election: str | None, *, newest_first: bool, limit: int | None
) -> list[dict[str, Any]]:
    """Through the index on action, which leaves out the station events."""
    if not actions or any(action.startswith("station.") for action in actions):
        raise ValueError(f"cannot look up {actions!r}: station events are not indexed by action")
    marks = ", ".join("?" for _ in actions)
    params: list[Any] = list(actions)
    sql = f"SELECT seq, at, actor, action, details, hash FROM audit_log WHERE action IN ({marks}) AND {NOT_STATION_ACTION}"
    if election is not None:
        sql += _about
        params.append(election)
    sql += " ORDER BY seq DESC" if newest_first else " ORDER BY seq"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [
        {"seq": seq, "at": at, "actor": actor, "action": action, "details": json.loads(details), "hash": row_hash}
        for seq, at, actor, action, details, row_hash in db.execute(sql, params)
    ]
