"""Restoring a backup: checked, authorised by a coordinator of the backup, recorded, and reversible.

The current database may be the broken one, so nothing here opens it for
writing: the coordinator logs in against the accounts of the backup, and the
current database's audit head is only read (read-only) to decide whether the
restore would throw recorded work away. Steps:

1. the backup is copied into the data directory under a temporary name;
2. ``PRAGMA integrity_check`` and the audit chain (``audit_log.verify``) of that copy;
3. the coordinator's password, checked against the copy's accounts;
4. refused when the current database's chain is longer than the backup's, or is
   not the beginning of it, unless forced with a reason (a current database that
   cannot be read at all is the crash case: allowed);
5. page images the backup folder has and the data directory lacks are copied back;
6. the event ``restore`` is appended to the copy's audit log; the current
   ``kiosk.db`` and its ``-wal``/``-shm`` go to ``replaced-<stamp>/``; the copy is
   renamed to ``kiosk.db``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.services import audit_log, auth
from kiosk.store import restore as store_restore
from kiosk.store.database import Clock, utc_now
from kiosk.store.home import DATABASE_NAME
from kiosk.store.restore import CurrentDatabase, RestoreRefused

__all__ = ["RestoreRefused", "RestoreResult", "restore"]


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    backup: Path
    sha256: str
    backup_rows: int
    head_seq: int
    head_hash: str
    replaced: Path | None
    previous: CurrentDatabase
    pages_copied: int
    pages_refused: tuple[str, ...]
    forced: bool
    reason: str | None


def restore(
    home: Path,
    backup_file: Path,
    username: str,
    password: str,
    *,
    force: bool = False,
    reason: str | None = None,
    clock: Clock = utc_now,
) -> RestoreResult:
    """Put ``backup_file`` back as ``home``'s database. Raises RestoreRefused or auth.AuthError;
    a refused restore leaves the current database and its files as they were."""
    reason = (reason or "").strip() or None
    if force and reason is None:
        raise RestoreRefused("restore.reason_needed", "--force needs --reason")
    backup_file = Path(backup_file)
    staged = store_restore.stage(home, backup_file)
    try:
        copy = staged.open(clock)
        try:
            verification = audit_log.verify(copy)
            if not verification.ok:
                raise RestoreRefused(
                    "restore.backup_tampered",
                    f"{backup_file}: {verification.problem}",
                    path=str(backup_file),
                    seq=verification.broken_seq,
                    report=verification,
                )
            account = auth.login(copy, username, password)
            if not account.is_coordinator:
                raise auth.AuthError("auth.not_coordinator")
            current = store_restore.read_current(home)
            if current.readable and not force:
                _refuse_lost_work(copy, current, verification.rows, backup_file)
            pages_copied, pages_refused = store_restore.copy_missing_pages(backup_file.parent / "pages", copy.pages_dir)
            replaced = None
            if store_restore.current_files(home):
                replaced = store_restore.replaced_folder(home, clock().strftime("%Y%m%dT%H%M%SZ"))
            with copy.transaction():
                head_hash = copy.audit(
                    account.username,
                    "restore",
                    {
                        "backup": backup_file.name,
                        "sha256": staged.sha256,
                        "backup_audit_seq": verification.rows,
                        "backup_audit_hash": verification.head_hash,
                        "previous": _previous(current),
                        "replaced": replaced.name if replaced else None,
                        "coordinator": account.username,
                        "forced": force,
                        "reason": reason,
                        "pages_copied": pages_copied,
                        "pages_refused": pages_refused,
                    },
                )
            head_seq = audit_log.recent(copy, 1)[0]["seq"]
        finally:
            staged.close(copy)
        staged.install(replaced)
    except BaseException:
        staged.discard()
        raise
    return RestoreResult(
        home / DATABASE_NAME,
        backup_file,
        staged.sha256,
        verification.rows,
        head_seq,
        head_hash,
        replaced,
        current,
        pages_copied,
        tuple(pages_refused),
        force,
        reason,
    )


def _refuse_lost_work(copy, current: CurrentDatabase, backup_rows: int, backup_file: Path) -> None:
    """Refuse to replace a readable database whose chain the backup does not contain."""
    assert current.seq is not None
    if current.seq > backup_rows:
        raise RestoreRefused(
            "restore.current_longer",
            f"{backup_file}: current chain {current.seq} rows, backup {backup_rows}",
            path=str(backup_file),
            current_rows=current.seq,
            backup_rows=backup_rows,
        )
    if store_restore.hash_at(copy.db, current.seq) != current.hash:
        raise RestoreRefused(
            "restore.diverged",
            f"{backup_file}: audit row {current.seq} differs",
            path=str(backup_file),
            seq=current.seq,
        )


def _previous(current: CurrentDatabase) -> dict | None:
    """The replaced database's head for the record: None when there was none."""
    if not current.exists:
        return None
    if not current.readable:
        return {"readable": False, "problem": current.problem}
    return {"readable": True, "seq": current.seq, "hash": current.hash}
