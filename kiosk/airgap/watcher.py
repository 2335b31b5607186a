"""The watcher: a fresh report in a file every 30 s, for a kiosk that cannot look itself.

The appliance runs it in the host's network namespace, because the kiosk itself runs with
``PrivateNetwork=yes`` and would only see its own empty namespace (see ``deploy/README.md``); the
kiosk reads the file (``kiosk.airgap.environment``, ``$KIOSK_NETWORK_REPORT``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from kiosk.airgap.reasons import Reason
from kiosk.airgap.report import CHECK_INTERVAL, Detector, NetworkReport


def write_report(path: Path | str, report: NetworkReport) -> None:
    """Atomically replace ``path`` with ``report`` (readers never see half a file)."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(report.to_dict(), sort_keys=True) + "\n", encoding="utf-8")
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def watch(
    out: Path | str,
    detector: Detector,
    interval: timedelta = CHECK_INTERVAL,
    rounds: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Write a fresh report every ``interval`` (forever, or ``rounds`` times); log changes only."""
    done = 0
    last: tuple[Reason, ...] | None = None
    while rounds is None or done < rounds:
        report = detector()
        write_report(out, report)
        if report.reasons != last:
            print(json.dumps(report.to_dict(), sort_keys=True), flush=True)
            last = report.reasons
        done += 1
        if rounds is None or done < rounds:
            sleep(interval.total_seconds())
