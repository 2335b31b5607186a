"""Making a backup that never misleads, and recording it in the audit log.

The copy gets its final name ``kiosk-<stamp>.db`` only after ``PRAGMA
integrity_check`` and the audit chain check (``audit_log.verify``) passed on the
copy itself and every page image was copied and checked against its SHA-256
name. The audit event names the file, its SHA-256 and the audit row (number and
hash) the backup ends with, so a restore can be matched to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.services import audit_log
from kiosk.store import Store, faults, open_store
from kiosk.store import backup as store_backup
from kiosk.store.backup import BackupRefused, BackupResult
from kiosk.store.faults import StoreFault
from kiosk.store.home import DATABASE_NAME

__all__ = ["BackupRefused", "BackupResult", "make_backup", "open_source"]


def open_source(home: Path) -> Store:
    """The store to back up; a damaged database (one SQLite cannot open, or that fails the
    quick check on opening) is refused as damaged. Raises FileNotFoundError when there is no
    database in ``home``, StoreFault for the data directory's other faults (busy, read-only)."""
    path = home / DATABASE_NAME
    try:
        return open_store(home, create=False)
    except StoreFault as fault:
        if fault.kind not in (faults.CORRUPT, faults.NOT_A_DATABASE):
            raise
        problem = fault.detail or fault.kind
    except sqlite3.DatabaseError as error:
        problem = str(error)
    raise BackupRefused("backup.source_corrupt", f"{path}: {problem}", path=str(path), problem=problem)


def make_backup(store: Store, target_dir: Path, actor: str) -> BackupResult:
    """Back up database and page images to ``target_dir``. Raises BackupRefused (nothing left behind)."""
    home = store.home.resolve()
    resolved = Path(target_dir).expanduser().resolve()
    if resolved == home or home in resolved.parents:
        raise BackupRefused(
            "backup.inside_home",
            f"{target_dir}: inside the data directory {store.home}",
            path=str(target_dir),
            home=str(store.home),
        )
    stamp = store.clock().strftime("%Y%m%dT%H%M%SZ")
    pending = store_backup.begin(store.db.conn, store.home / DATABASE_NAME, Path(target_dir), stamp)
    try:
        copy = pending.open_copy()
        try:
            verification = audit_log.verify(copy)
        finally:
            pending.close_copy(copy)
        if not verification.ok:
            raise BackupRefused(
                "backup.audit_broken",
                f"{pending.final}: {verification.problem}",
                path=str(store.home / DATABASE_NAME),
                seq=verification.broken_seq,
                report=verification,
            )
        result = pending.finish(store.pages_dir, verification.rows, verification.head_hash)
    except BaseException:
        pending.discard()
        raise
    with store.transaction():
        store.audit(
            actor,
            "backup",
            {
                "file": result.database.name,
                "sha256": result.sha256,
                "integrity": result.integrity,
                "audit_seq": result.audit_seq,
                "audit_hash": result.audit_hash,
                "pages_copied": result.pages_copied,
                "pages_total": result.pages_total,
            },
        )
    return result
