"""Reading scan files from a folder safely: what a folder holds, and the bytes of one file.

A scan folder may be a USB stick with anything on it; nothing here ever blocks on a
FIFO or device, or reads more than the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def folder_files(folder: Path) -> list[Path]:
    """What a scan folder holds, in name order: images, other files, folders, FIFOs and devices, so
    that nothing in it goes unmentioned (only images are read); hidden entries (a name starting with
    ".", e.g. the "._" copies macOS leaves on a stick) are left out."""
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


class NotRegular(Exception):
    pass


class TooLarge(Exception):
    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes. Opened without blocking and checked
    on the open file, so a FIFO or device put in its place meanwhile is never read from."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular()
        if info.st_size > limit:
            raise TooLarge(info.st_size)
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew meanwhile
        raise TooLarge(len(data))
    return data
