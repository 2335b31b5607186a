"""Writing a file so that a power cut never leaves half of it under its final name."""

from __future__ import annotations

import os
from pathlib import Path


def write_durably(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path``: a temporary name, fsync, then rename. Raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, path)
    return path
