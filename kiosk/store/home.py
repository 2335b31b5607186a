"""Where the kiosk keeps its data: `--home`, else $KIOSK_HOME, else a per-user default."""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "kiosk.db"


def default_home() -> Path:
    """The per-user data directory, following the XDG convention."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "stemkiosk"


def resolve_home(option: str | os.PathLike[str] | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get("KIOSK_HOME")
    if from_env:
        return Path(from_env).expanduser()
    return default_home()
