"""What the screens do with an error they did not expect to handle: a storage fault of the
data directory is named by its code (words from ``kiosk.i18n``), anything else is written
to the data directory's log. The TUI asks here; it does not reach into the store."""

from __future__ import annotations

from pathlib import Path

from kiosk import crashlog
from kiosk.store import Store
from kiosk.store.faults import StoreFault, classify


def storage_fault(store: Store, error: BaseException) -> StoreFault | None:
    """The fault of ``store``'s data directory behind ``error``, or None when it is none."""
    return classify(error, store.database_path)


def log_unexpected(store: Store, error: BaseException, context: str) -> Path | None:
    """Append ``error``'s traceback to the data directory's log; the log file, or None."""
    return crashlog.write(error, store.home, context=context)
