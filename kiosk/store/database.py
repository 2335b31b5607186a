"""Opening the database with the settings an election night needs, and transactions."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.store import audit
from kiosk.store.faults import CANNOT_OPEN, CORRUPT, StoreFault, classify, is_busy
from kiosk.store.home import DATABASE_NAME

BUSY_TIMEOUT_MS = 5000
# After SQLite's own busy wait, a write is tried again this many times, with
# these pauses, before the operator is told the database is busy.
BUSY_RETRY_PAUSES = (0.1, 0.3, 0.9)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with WAL, synchronous=FULL, foreign keys and a busy timeout.

    ``isolation_level=None`` turns off Python's implicit transactions: a
    statement outside ``Store.transaction()`` is committed at once, and inside
    it sqlite-utils nests its own work as savepoints. A file that cannot be
    opened, is not a database or is read-only raises ``StoreFault`` naming it.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise classify(error, path) or StoreFault(CANNOT_OPEN, str(path), str(error)) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreFault(CANNOT_OPEN, str(path), f"could not switch to WAL journal mode (got {mode})")
        # FULL: a confirmed value survives a power cut, not just a crash.
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as error:
        conn.close()
        raise classify(error, path) or StoreFault(CANNOT_OPEN, str(path), str(error)) from None
    except StoreFault:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def quick_check(db: sqlite_utils.Database, path: object = "") -> None:
    """``PRAGMA quick_check``: raises StoreFault(corrupt) naming SQLite's first finding."""
    try:
        findings = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as error:
        raise classify(error, path) or StoreFault(CORRUPT, str(path), str(error)) from None
    if findings != ["ok"]:
        raise StoreFault(CORRUPT, str(path), "; ".join(findings[:3]))


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
        self._begin_immediate()
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise classify(error, self.database_path) or error from None

    @contextmanager
    def snapshot(self) -> Iterator[sqlite_utils.Database]:
        """A read transaction: every read inside sees the same state of the database, however
        many other processes write meanwhile (WAL readers never wait for writers). Writes
        nothing; inside a transaction already, it is that transaction."""
        conn = self.db.conn
        if conn.in_transaction:
            yield self.db
            return
        conn.execute("BEGIN")
        try:
            yield self.db
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")

    def _begin_immediate(self) -> None:
        """Take the write lock, waiting out another writer (SQLite's busy timeout, then a few
        pauses); a database still busy after that is StoreFault(busy), nothing written."""
        conn = self.db.conn
        for pause in (*BUSY_RETRY_PAUSES, None):
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.Error as error:
                if not is_busy(error):
                    raise classify(error, self.database_path) or error from None
                if pause is None:
                    raise classify(error, self.database_path) from None
                time.sleep(pause)

    @property
    def database_path(self) -> Path:
        return self.home / DATABASE_NAME

    def now(self) -> str:
        """The clock as an ISO 8601 UTC string with seconds, as stored everywhere."""
        return self.clock().astimezone(timezone.utc).isoformat(timespec="seconds")

    def audit(self, actor: str, action: str, details: dict[str, Any]) -> str:
        """Record an event; must run inside the transaction of the change."""
        return audit.append(self.db, self.now(), actor, action, details)

    def close(self) -> None:
        self.db.conn.close()


def open_store(home: Path, clock: Clock = utc_now, *, create: bool = True) -> Store:
    """Open (check and migrate) the store in ``home``; ``create=False`` refuses a missing one.

    Every open runs ``PRAGMA quick_check``: a damaged database is refused (StoreFault)
    before anyone works on it, rather than discovered when the sheet is printed."""
    from kiosk.store.migrations import migrate

    path = home / DATABASE_NAME
    if not path.exists():
        if not create:
            raise FileNotFoundError(f"{path}: no kiosk database here (set --home or KIOSK_HOME)")
        try:
            home.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise classify(error, home) or StoreFault(CANNOT_OPEN, str(home), str(error)) from None
    db = connect(path)
    try:
        quick_check(db, path)
        migrate(db)
    except sqlite3.Error as error:
        db.conn.close()
        raise classify(error, path) or StoreFault(CORRUPT, str(path), str(error)) from None
    except StoreFault:
        db.conn.close()
        raise
    return Store(home, db, clock)
