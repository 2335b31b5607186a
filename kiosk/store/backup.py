"""Online backup to another directory (another disk), checked before it gets its name.

A backup is made in two steps so that the service can check the copy's audit
chain in between (``begin`` → ``PendingBackup.open_copy`` → ``finish``):

1. ``begin``: SQLite's backup API writes the live database to a hidden temporary
   file in the target directory; file and directory are fsynced; ``PRAGMA
   integrity_check`` runs on the copy (and, when the copy fails, on the source, to
   say which one is damaged).
2. ``finish``: the page images are copied (temporary name, fsync, SHA-256 of the
   copy equal to the file's name, rename), the copy's SHA-256 is taken, and only
   then is the database copy renamed to ``kiosk-<stamp>.db``.

Every failure removes what this backup wrote (temporary file, page images it
copied, directories it made) and is a coded refusal (``BackupRefused``).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kiosk.store.copying import (
    CopyRefused,
    copy_checked,
    fsync_dir,
    fsync_file,
    make_dirs,
    os_refusal,
    partial_name,
    remove_empty_dirs,
    remove_quietly,
    sha256_of,
    sqlite_side_files,
)
from kiosk.store.database import Store, connect
from kiosk.store.faults import StoreFault

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class BackupRefused(CopyRefused):
    """The backup was not made and nothing of it was left behind."""


@dataclass(frozen=True)
class BackupResult:
    database: Path
    pages_copied: int
    integrity: str
    sha256: str = ""
    audit_seq: int = 0
    audit_hash: str = ""
    pages_total: int = 0


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """None when ``PRAGMA integrity_check`` says ok, else its first finding (or the error it raised)."""
    try:
        first = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as error:
        return str(error)
    return None if first == "ok" else str(first)


def _sqlite_backup(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    """The page copy itself (a seam for tests that simulate a full disk)."""
    source.backup(destination)


def _is_corruption(error: BaseException) -> bool:
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    return isinstance(error, sqlite3.DatabaseError) and code in (SQLITE_CORRUPT, SQLITE_NOTADB)


class PendingBackup:
    """A verified-so-far copy under its temporary name; ``finish`` names it, ``discard`` removes it."""

    def __init__(self, target_dir: Path, final: Path, created: list[Path]):
        self.target_dir = target_dir
        self.final = final
        self.partial = partial_name(final)
        self.created = created
        self.pages_written: list[Path] = []

    def open_copy(self) -> Store:
        """The copy as a Store (connected and migrated like ``open_store``), to check its audit chain."""
        from kiosk.store.migrations import migrate

        try:
            db = connect(self.partial)
        except StoreFault as fault:
            raise BackupRefused(
                "backup.copy_corrupt",
                f"{self.final}: {fault}",
                path=str(self.final),
                problem=fault.detail or fault.kind,
            ) from None
        try:
            migrate(db)
        except (sqlite3.Error, StoreFault) as error:
            db.conn.close()
            raise BackupRefused(
                "backup.copy_corrupt",
                f"{self.final}: {error}",
                path=str(self.final),
                problem=getattr(error, "detail", None) or str(error),
            ) from None
        return Store(self.target_dir, db)

    def close_copy(self, store: Store) -> None:
        """Close the copy's connection with its WAL folded back in, so only the one file remains."""
        try:
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        remove_quietly(*sqlite_side_files(self.partial))

    def finish(self, pages_dir: Path, audit_seq: int, audit_hash: str) -> BackupResult:
        renamed = False
        try:
            total, copied = self._copy_pages(pages_dir)
            fsync_file(self.partial)
            digest = sha256_of(self.partial)
            if self.final.exists():
                raise BackupRefused("backup.exists", f"{self.final}: exists already", path=str(self.final))
            os.replace(self.partial, self.final)
            renamed = True
            fsync_dir(self.target_dir)
        except (CopyRefused, OSError, sqlite3.Error) as error:
            if renamed:
                remove_quietly(self.final)  # named but not durable: not a backup anyone may rely on
            self.discard()
            if isinstance(error, CopyRefused):
                raise
            raise os_refusal(BackupRefused, "backup", error, self.target_dir) from None
        return BackupResult(self.final, copied, "ok", digest, audit_seq, audit_hash, total)

    def _copy_pages(self, pages_dir: Path) -> tuple[int, int]:
        """Copy every page image the target lacks; (images in the source, images copied now)."""
        if not pages_dir.is_dir():
            return 0, 0
        total = copied = 0
        out_root = self.target_dir / "pages"
        for image in sorted(pages_dir.rglob("*")):
            if not image.is_file() or image.name.endswith(".partial") or image.name.startswith("."):
                continue
            total += 1
            relative = image.relative_to(pages_dir)
            out = out_root / relative
            if out.is_file() and out.stat().st_size == image.stat().st_size:
                continue  # an earlier backup into this folder has it (content-addressed: same name, same bytes)
            make_dirs(out.parent, self.created)
            try:
                copy_checked(image, out)
            except ValueError as wrong:
                if str(wrong) == "source":
                    raise BackupRefused(
                        "backup.page_corrupt", f"{image}: does not match its SHA-256 name", path=str(image)
                    ) from None
                raise BackupRefused(
                    "backup.copy_corrupt", f"{out}: the copy differs from {image}", path=str(out), problem="SHA-256"
                ) from None
            self.pages_written.append(out)
            copied += 1
        if copied:
            fsync_dir(out_root)
        return total, copied

    def discard(self) -> None:
        remove_quietly(self.partial, *sqlite_side_files(self.partial), *self.pages_written)
        self.pages_written = []
        remove_empty_dirs(self.created)


def begin(conn: sqlite3.Connection, source_path: Path, target_dir: Path, stamp: str) -> PendingBackup:
    """Copy the live database (through its own connection ``conn``) to a temporary file in
    ``target_dir`` and check it with integrity_check. Raises BackupRefused."""
    created: list[Path] = []
    try:
        make_dirs(target_dir, created)
    except OSError as error:
        remove_empty_dirs(created)
        raise os_refusal(BackupRefused, "backup", error, target_dir) from None
    final = target_dir / f"kiosk-{stamp}.db"
    pending = PendingBackup(target_dir, final, created)
    if final.exists():
        pending.discard()
        raise BackupRefused("backup.exists", f"{final}: exists already", path=str(final))
    try:
        remove_quietly(pending.partial, *sqlite_side_files(pending.partial))  # leftovers of a killed run
        os.close(os.open(pending.partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        copy = sqlite3.connect(str(pending.partial), isolation_level=None)
        try:
            _sqlite_backup(conn, copy)
            problem = integrity_problem(copy)
        finally:
            copy.close()
        remove_quietly(*sqlite_side_files(pending.partial))
        fsync_file(pending.partial)
        fsync_dir(target_dir)
    except (OSError, sqlite3.Error) as error:
        pending.discard()
        if _is_corruption(error):
            raise BackupRefused(
                "backup.source_corrupt", f"{source_path}: {error}", path=str(source_path), problem=str(error)
            ) from None
        raise os_refusal(BackupRefused, "backup", error, target_dir) from None
    if problem is not None:
        pending.discard()
        source_problem = integrity_problem(conn)
        if source_problem is not None:
            raise BackupRefused(
                "backup.source_corrupt",
                f"{source_path}: {source_problem}",
                path=str(source_path),
                problem=source_problem,
            )
        raise BackupRefused("backup.copy_corrupt", f"{final}: {problem}", path=str(final), problem=problem)
    return pending
