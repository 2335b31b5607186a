"""Making a backup and recording it in the audit log."""

from __future__ import annotations

from pathlib import Path

from kiosk.store import Store
from kiosk.store.backup import BackupResult, backup


def make_backup(store: Store, target_dir: Path, actor: str) -> BackupResult:
    stamp = store.clock().strftime("%Y%m%dT%H%M%SZ")
    result = backup(store.db.conn, store.pages_dir, target_dir, stamp)
    with store.transaction():
        store.audit(actor, "backup", {"file": result.database.name, "integrity": result.integrity})
    return result
