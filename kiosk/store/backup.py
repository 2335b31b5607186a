"""Online backup to another directory (another disk), checked after writing."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BackupResult:
    database: Path
    pages_copied: int
    integrity: str


def backup(conn: sqlite3.Connection, pages_dir: Path, target_dir: Path, stamp: str) -> BackupResult:
    """Copy the live database with SQLite's backup API, then the page images.

    The copy is checked with PRAGMA integrity_check; a copy that fails the check
    is removed so nobody mistakes it for a good backup.
    """
    target_dir.mkdir(parents=True, exist_ok=True)
    destination = target_dir / f"kiosk-{stamp}.db"
    if destination.exists():
        raise FileExistsError(f"{destination}: a backup with this time stamp already exists")
    copy = sqlite3.connect(str(destination))
    try:
        conn.backup(copy)
        integrity = copy.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        copy.close()
    if integrity != "ok":
        destination.unlink(missing_ok=True)
        raise RuntimeError(f"{destination}: backup copy failed integrity_check: {integrity}")
    pages_copied = 0
    if pages_dir.is_dir():
        for image in sorted(pages_dir.rglob("*")):
            if image.is_file():
                out = target_dir / "pages" / image.relative_to(pages_dir)
                if not out.exists():
                    out.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(image, out)
                    pages_copied += 1
    return BackupResult(destination, pages_copied, integrity)
