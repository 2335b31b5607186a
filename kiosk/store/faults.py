"""What went wrong with the data directory, as a code an operator can act on.

SQLite and the file system fail in a handful of ways that have nothing to do
with the election: the database is busy, the disk is full, a file is read-only,
the file is not a database or is damaged. ``classify`` turns such an exception
into a ``StoreFault`` with a stable code; the edges (CLI, TUI) word it from
``kiosk.i18n`` (``refusal.store.<code>``) and say what to do. Anything that is
not one of these stays an unexpected error (logged, exit 70).
"""

from __future__ import annotations

import errno
import sqlite3

from kiosk.domain.refusal import Refusal

# SQLite's primary result codes (the low byte of the extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

BUSY = "busy"
FULL = "full"
READ_ONLY = "read_only"
CANNOT_OPEN = "cannot_open"
NOT_A_DATABASE = "not_a_database"
CORRUPT = "corrupt"
IO_ERROR = "io_error"

CODES = (BUSY, FULL, READ_ONLY, CANNOT_OPEN, NOT_A_DATABASE, CORRUPT, IO_ERROR)

_BY_SQLITE_CODE = {
    SQLITE_BUSY: BUSY,
    SQLITE_LOCKED: BUSY,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_IOERR: IO_ERROR,
    SQLITE_CORRUPT: CORRUPT,
    SQLITE_FULL: FULL,
    SQLITE_CANTOPEN: CANNOT_OPEN,
    SQLITE_NOTADB: NOT_A_DATABASE,
}

# For sqlite3 errors without an error code (older Pythons, some driver paths).
_BY_SQLITE_TEXT = (
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("database or disk is full", FULL),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("unable to open database", CANNOT_OPEN),
    ("file is not a database", NOT_A_DATABASE),
    ("malformed", CORRUPT),
    ("disk i/o error", IO_ERROR),
)

_BY_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EIO: IO_ERROR,
}


class StoreFault(Refusal):
    """The data directory cannot do what was asked; nothing was written by the refused action.

    A fault of the machine, not of the operator's input, but worded and answered like a refusal
    (the CLI's exit 2, the TUI's fault screen): ``code`` is ``store.<kind>`` (``kind``: one of
    ``CODES``), ``params`` hold the path; SQLite's or the system's own words (``detail``) are
    kept for the log (``str()``), not for the operator."""

    def __init__(self, code: str, path: str = "", detail: str = ""):
        super().__init__(f"store.{code}", f"store.{code}: {path} {detail}".strip(), path=path)
        self.kind = code
        self.detail = detail


def classify(error: BaseException, path: object = "") -> StoreFault | None:
    """The fault behind ``error``, or None when it is not a storage fault."""
    if isinstance(error, StoreFault):
        return error
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        kind = _BY_SQLITE_CODE.get(code & 0xFF) if isinstance(code, int) else None
        if kind is None:
            text = str(error).lower()
            kind = next((k for fragment, k in _BY_SQLITE_TEXT if fragment in text), None)
        if kind is None:
            return None
        return StoreFault(kind, str(path), str(error))
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        return StoreFault(_BY_ERRNO[error.errno], str(error.filename or path), error.strerror or str(error))
    return None


def is_busy(error: BaseException) -> bool:
    fault = classify(error)
    return fault is not None and fault.kind == BUSY
