"""Opening the database with the settings an election night needs, and transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.store import audit
from kiosk.store.home import DATABASE_NAME

BUSY_TIMEOUT_MS = 5000

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with WAL, synchronous=FULL, foreign keys and a busy timeout.

    ``isolation_level=None`` turns off Python's implicit transactions: a
    statement outside ``Store.transaction()`` is committed at once, and inside
    it sqlite-utils nests its own work as savepoints.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise RuntimeError(f"{path}: could not switch to WAL journal mode (got {mode})")
    # FULL: a confirmed value survives a power cut, not just a crash.
    conn.execute("PRAGMA synchronous = FULL")
    return sqlite_utils.Database(conn)


class Store:
    """The kiosk's data directory: database plus page images."""

    def __init__(self, home: Path, db: sqlite_utils.Database, clock: Clock = utc_now):
        self.home = home
        self.db = db
        self.clock = clock

    @property
    def pages_dir(self) -> Path:
        return self.home / "pages"

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One atomic unit of work. IMMEDIATE takes the write lock up front,
        so two kiosk processes never deadlock upgrading a read lock."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def now(self) -> str:
        """The clock as an ISO 8601 UTC string with seconds, as stored everywhere."""
        return self.clock().astimezone(timezone.utc).isoformat(timespec="seconds")

    def audit(self, actor: str, action: str, details: dict[str, Any]) -> str:
        """Record an event; must run inside the transaction of the change."""
        return audit.append(self.db, self.now(), actor, action, details)

    def close(self) -> None:
        self.db.conn.close()


def open_store(home: Path, clock: Clock = utc_now, *, create: bool = True) -> Store:
    """Open (and migrate) the store in ``home``; ``create=False`` refuses a missing one."""
    from kiosk.store.migrations import migrate

    path = home / DATABASE_NAME
    if not path.exists():
        if not create:
            raise FileNotFoundError(f"{path}: no kiosk database here (set --home or KIOSK_HOME)")
        home.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    migrate(db)
    return Store(home, db, clock)
