"""Putting a backup back as the kiosk's database, with files that never mislead.

The store-level steps of ``kiosk restore`` (the service decides whether to):

- ``stage``: copy the backup into the data directory under a hidden temporary
  name (fsync, SHA-256 of the copy equal to the backup's); ``StagedRestore.open``
  checks it with ``PRAGMA integrity_check`` and opens it as a Store.
- ``read_current``: the current ``kiosk.db``'s audit head, read-only (its WAL is
  read, never checkpointed into it), or "unreadable".
- ``copy_missing_pages``: page images the backup folder has and the data
  directory lacks, each checked against its SHA-256 name.
- ``StagedRestore.install``: move the current ``kiosk.db`` with its ``-wal``,
  ``-shm`` (and ``-journal``) into ``replaced-<stamp>/`` (kept, never deleted),
  then rename the staged copy to ``kiosk.db`` and fsync the directory. A stale
  WAL is therefore never left beside the restored file.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kiosk.store import audit
from kiosk.store.backup import integrity_problem
from kiosk.store.copying import (
    SHA256_NAME,
    CopyRefused,
    copy_checked,
    fsync_dir,
    fsync_file,
    os_refusal,
    partial_name,
    remove_quietly,
    sqlite_side_files,
)
from kiosk.store.database import Clock, Store, connect
from kiosk.store.faults import StoreFault
from kiosk.store.home import DATABASE_NAME

STAGING_NAME = ".kiosk.db.restoring"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class RestoreRefused(CopyRefused):
    """Nothing was restored; the current database is untouched."""


@dataclass(frozen=True)
class CurrentDatabase:
    """What could be read of the database a restore would replace."""

    exists: bool
    readable: bool
    seq: int | None = None
    hash: str | None = None
    problem: str | None = None


def read_current(home: Path) -> CurrentDatabase:
    """The current database's audit head, opened read-only so neither it nor its WAL is changed.

    "Readable" means the whole chain could be read (every row, not only the newest, which
    a WAL left by a crash may still hold while the file under it is damaged)."""
    path = home / DATABASE_NAME
    if not path.exists():
        return CurrentDatabase(False, False)
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            db = sqlite_utils.Database(conn)
            audit.verify(db)
            seq, digest = audit.head(db)
        finally:
            conn.close()
    except sqlite3.Error as error:
        return CurrentDatabase(True, False, problem=str(error))
    return CurrentDatabase(True, True, seq, digest)


def hash_at(db: sqlite_utils.Database, seq: int) -> str | None:
    """The hash of audit row ``seq`` (row 0: the genesis hash), or None when there is no such row."""
    if seq == 0:
        return audit.GENESIS_HASH
    row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", [seq]).fetchone()
    return row[0] if row else None


class StagedRestore:
    """The backup's bytes in the data directory under a temporary name."""

    def __init__(self, home: Path, backup_file: Path, staging: Path, sha256: str):
        self.home = home
        self.backup_file = backup_file
        self.staging = staging
        self.sha256 = sha256
        self.installed = False

    def open(self, clock: Clock) -> Store:
        """integrity_check first (a damaged file is refused before anything reads it), then a Store
        connected and migrated like ``open_store``."""
        from kiosk.store.migrations import migrate

        conn = sqlite3.connect(str(self.staging))
        try:
            problem = integrity_problem(conn)
        finally:
            conn.close()
        if problem is not None:
            raise RestoreRefused(
                "restore.backup_corrupt", f"{self.backup_file}: {problem}", path=str(self.backup_file), problem=problem
            )
        try:
            db = connect(self.staging)
        except (StoreFault, sqlite3.Error) as error:
            raise RestoreRefused(
                "restore.backup_corrupt",
                f"{self.backup_file}: {error}",
                path=str(self.backup_file),
                problem=getattr(error, "detail", None) or str(error),
            ) from None
        try:
            migrate(db)
        except (StoreFault, sqlite3.Error) as error:
            db.conn.close()
            raise RestoreRefused(
                "restore.backup_corrupt",
                f"{self.backup_file}: {error}",
                path=str(self.backup_file),
                problem=getattr(error, "detail", None) or str(error),
            ) from None
        return Store(self.home, db, clock)

    def close(self, store: Store) -> None:
        """Fold the copy's WAL back in and close it, so the one file holds everything."""
        try:
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        remove_quietly(*sqlite_side_files(self.staging))

    def install(self, replaced: Path | None) -> None:
        """Move the current database and its WAL files into ``replaced`` and put the copy in their place."""
        target = self.home / DATABASE_NAME
        moved: list[tuple[Path, Path]] = []
        try:
            fsync_file(self.staging)
            if replaced is not None:
                replaced.mkdir()
                for path in current_files(self.home):
                    os.replace(path, replaced / path.name)
                    moved.append((path, replaced / path.name))
                fsync_dir(replaced)
            os.replace(self.staging, target)
            self.installed = True
            fsync_dir(self.home)
        except OSError as error:
            if not self.installed:
                for original, aside in reversed(moved):  # put back what was moved: the kiosk keeps its database
                    try:
                        os.replace(aside, original)
                    except OSError:
                        pass
                if replaced is not None:
                    try:
                        replaced.rmdir()
                    except OSError:
                        pass
            raise os_refusal(RestoreRefused, "restore", error, self.home) from None

    def discard(self) -> None:
        if not self.installed:
            remove_quietly(self.staging, *sqlite_side_files(self.staging))


def current_files(home: Path) -> list[Path]:
    """The current database and whichever of its -wal, -shm and -journal files exist."""
    target = home / DATABASE_NAME
    return [p for p in [target, *(target.with_name(target.name + s) for s in SIDE_SUFFIXES)] if p.exists()]


def replaced_folder(home: Path, stamp: str) -> Path:
    """A new ``replaced-<stamp>`` folder name in ``home`` (with -2, -3, ... when taken)."""
    candidate = home / f"replaced-{stamp}"
    number = 2
    while candidate.exists():
        candidate = home / f"replaced-{stamp}-{number}"
        number += 1
    return candidate


def stage(home: Path, backup_file: Path) -> StagedRestore:
    """Copy ``backup_file`` into ``home`` under a temporary name, fsynced and compared by SHA-256."""
    if not backup_file.is_file():
        problem = os.strerror(2) if not backup_file.exists() else "not a regular file"
        raise RestoreRefused(
            "restore.backup_missing", f"{backup_file}: {problem}", path=str(backup_file), error=problem
        )
    current = home / DATABASE_NAME
    if current.exists() and current.resolve() == backup_file.resolve():
        raise RestoreRefused("restore.same_file", f"{backup_file}: the kiosk's own database", path=str(backup_file))
    staging = home / STAGING_NAME
    try:
        home.mkdir(parents=True, exist_ok=True)
        remove_quietly(staging, partial_name(staging), *sqlite_side_files(staging))  # leftovers of a killed run
        digest = copy_checked(backup_file, staging)
    except ValueError:
        raise RestoreRefused(
            "restore.failed", f"{staging}: the copy differs from {backup_file}", path=str(staging), error="SHA-256"
        ) from None
    except OSError as error:
        if error.filename and Path(error.filename) == backup_file:
            raise RestoreRefused(
                "restore.backup_missing",
                f"{backup_file}: {error.strerror}",
                path=str(backup_file),
                error=error.strerror or str(error),
            ) from None
        raise os_refusal(RestoreRefused, "restore", error, home) from None
    return StagedRestore(home, backup_file, staging, digest)


def copy_missing_pages(source_dir: Path, pages_dir: Path) -> tuple[int, list[str]]:
    """Copy the page images of ``source_dir`` that ``pages_dir`` lacks; (copied, names refused because
    their bytes do not match their SHA-256 name)."""
    copied = 0
    refused: list[str] = []
    if not source_dir.is_dir():
        return copied, refused
    for image in sorted(source_dir.rglob("*")):
        if not image.is_file() or image.name.startswith(".") or image.name.endswith(".partial"):
            continue
        out = pages_dir / image.relative_to(source_dir)
        if out.exists():
            continue
        if not SHA256_NAME.match(image.name.split(".", 1)[0]):
            continue  # not a page image of the kiosk
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            copy_checked(image, out)
        except ValueError:
            refused.append(image.name)
            continue
        except OSError as error:
            raise os_refusal(RestoreRefused, "restore", error, pages_dir) from None
        copied += 1
    if copied:
        fsync_dir(pages_dir)
    return copied, refused
