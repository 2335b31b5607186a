"""The kiosk's settings: ``kiosk.toml`` in the data directory, all optional.

idle_lock_minutes = 5        # lock the screen after this long without a key
scanner_device = "fujitsu:fi-7160:1234"   # SANE device for batch scans
printer = "gsb-a4"           # CUPS queue; empty: the system default
scan_folder = "/media/scans" # where "import from folder" starts
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from kiosk.domain.refusal import Refusal
from kiosk.i18n import EnglishStr

FILE_NAME = "kiosk.toml"


class ConfigError(EnglishStr, Refusal, ValueError):
    """A settings file that cannot be used: ``ConfigError("config.<name>", path=..., ...)``; its words
    (``refusal.config.<name>``) name the file and the problem. ``str()`` is English."""


@dataclass(frozen=True)
class KioskConfig:
    idle_lock_minutes: float = 5.0
    scanner_device: str = ""
    printer: str = ""
    scan_folder: str = ""

    @classmethod
    def load(cls, home: Path) -> KioskConfig:
        path = home / FILE_NAME
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ConfigError("config.unreadable", path=path, error=str(error)) from None
        known = {f.name: f.type for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ConfigError("config.unknown", path=path, names=unknown)
        if "idle_lock_minutes" in data:
            minutes = data["idle_lock_minutes"]
            if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) or not 0.5 <= minutes <= 240:
                raise ConfigError("config.idle_lock", path=path)
            data["idle_lock_minutes"] = float(minutes)
        for name in ("scanner_device", "printer", "scan_folder"):
            if name in data and not isinstance(data[name], str):
                raise ConfigError("config.not_text", path=path, name=name)
        return cls(**data)
