"""Copying files so that a copy under its final name is always whole and checked.

Shared by backup and restore: write under a temporary name, fsync the file and
its directory, check the bytes, and only then rename. Failures become coded
refusals (``code`` + ``params``); the words are made at the edges from ``kiosk.i18n``.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from kiosk.domain.refusal import Refusal

CHUNK = 1024 * 1024
SHA256_NAME = re.compile(r"^[0-9a-f]{64}$")


class CopyRefused(Refusal):
    """A refused backup or restore; nothing was left behind: ``CopyRefused("backup.<name>", "English", **params)``."""


# errno -> the last part of the refusal code; everything else is "failed" with the system's words.
_ERRNO_CODES = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EFBIG: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "not_writable",
    errno.EPERM: "not_writable",
}

# SQLite's primary result codes for the same situations.
_SQLITE_CODES = {13: "disk_full", 8: "read_only", 14: "not_writable"}  # SQLITE_FULL, _READONLY, _CANTOPEN


def os_refusal(make: Callable[..., CopyRefused], area: str, error: BaseException, path: Path) -> CopyRefused:
    """The coded refusal for an OSError or sqlite3.Error while writing ``path`` (``area``: backup/restore)."""
    kind = None
    if isinstance(error, OSError):
        kind = _ERRNO_CODES.get(error.errno or 0)
        text = error.strerror or str(error)
    elif isinstance(error, sqlite3.Error):
        kind = _SQLITE_CODES.get((getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF)
        text = str(error)
    else:
        text = str(error)
    if kind == "disk_full":
        return make(f"{area}.disk_full", f"{path}: the disk is full", path=str(path))
    if kind == "read_only":
        return make(f"{area}.read_only", f"{path}: the disk is read-only", path=str(path))
    if kind == "not_writable":
        return make(f"{area}.not_writable", f"{path}: no permission to write here", path=str(path))
    return make(f"{area}.failed", f"{path}: {text}", path=str(path), error=text)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` survive a power cut."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def partial_name(final: Path) -> Path:
    """The temporary name of ``final`` while it is written: hidden, so no glob for the final names sees it."""
    return final.with_name(f".{final.name}.partial")


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def sqlite_side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def make_dirs(path: Path, created: list[Path]) -> None:
    """mkdir -p, remembering (outermost first) the directories this call created, to remove them on failure."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for directory in reversed(missing):
        directory.mkdir()
        created.append(directory)


def remove_empty_dirs(created: list[Path]) -> None:
    for directory in reversed(created):
        try:
            directory.rmdir()
        except OSError:
            pass


def copy_checked(source: Path, final: Path) -> str:
    """Copy ``source`` to ``final`` through a temporary name: fsync, read the copy back, compare
    SHA-256, rename, fsync the directory. Returns the SHA-256. A content-addressed file (its name
    without suffix is 64 hex digits) must also hash to its name. Raises OSError, or ValueError
    ("source" or "copy") when the bytes are not what they should be; the temporary file is removed."""
    partial = partial_name(final)
    remove_quietly(partial)  # a leftover of an interrupted run: ours by its name
    try:
        digest = hashlib.sha256()
        with open(source, "rb") as reader, open(partial, "xb") as writer:
            while block := reader.read(CHUNK):
                digest.update(block)
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
        expected = digest.hexdigest()
        stem = final.name.split(".", 1)[0]
        if SHA256_NAME.match(stem) and stem != expected:
            raise ValueError("source")
        if sha256_of(partial) != expected:
            raise ValueError("copy")
        os.replace(partial, final)
    except BaseException:
        remove_quietly(partial)
        raise
    fsync_dir(final.parent)
    return expected
