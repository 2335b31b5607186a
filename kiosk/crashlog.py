"""Where an unexpected error goes: a log file in the data directory, never the operator's screen.

The operator is told in one sentence that something went wrong and where the details
are; the traceback is appended to ``<data dir>/logs/errors.log`` (or, when the data
directory cannot be written, the system's temporary directory).
"""

from __future__ import annotations

import os
import tempfile
import traceback
from datetime import datetime, timezone
from pathlib import Path

LOG_NAME = "errors.log"
EXIT_INTERNAL = 70  # EX_SOFTWARE: never 1, which means "a check found a problem"


def write(error: BaseException, home: Path | None, context: str = "") -> Path | None:
    """Append ``error``'s traceback; returns the log file, or None when no file could be written."""
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    entry = f"--- {stamp} pid {os.getpid()} {context!a}\n{text}\n"
    candidates = ([home / "logs"] if home is not None else []) + [Path(tempfile.gettempdir()) / "stemkiosk-logs"]
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            with open(path, "a", encoding="utf-8", errors="backslashreplace") as log:
                log.write(entry)
            return path
        except OSError:
            continue
    return None
