"""``python -m kiosk.airgap``: print one report (exit 1 when a network is present), or ``--watch``.

    python -m kiosk.airgap [--root DIR] [--probe HOST:PORT] [--dns NAME]
    python -m kiosk.airgap --watch --out /run/stemkiosk/network.json

The report is JSON: ``present``, ``reasons`` (each a code and its parameters, see
``kiosk.airgap.reasons``) and ``checked_at``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import timedelta

from kiosk.airgap.detector import system_detector
from kiosk.airgap.probes import Probes, parse_host_port
from kiosk.airgap.report import CHECK_INTERVAL
from kiosk.airgap.watcher import watch


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.airgap", description="Is this machine connected to a network?"
    )
    parser.add_argument("--root", default="/", help="read sys/ and proc/ under this directory (tests)")
    parser.add_argument("--probe", action="append", default=[], metavar="HOST:PORT", help="also try a TCP connection")
    parser.add_argument("--dns", action="append", default=[], metavar="NAME", help="also try to resolve a name")
    parser.add_argument("--watch", action="store_true", help="write a report every --interval seconds to --out")
    parser.add_argument("--out", metavar="FILE", help="report file for --watch")
    parser.add_argument("--interval", type=float, default=CHECK_INTERVAL.total_seconds())
    args = parser.parse_args(argv)
    try:
        probes = Probes(tcp=tuple(parse_host_port(item) for item in args.probe), dns=tuple(args.dns))
    except ValueError as error:
        parser.error(str(error))
    detector = system_detector(args.root, probes)
    if args.watch:
        if not args.out:
            parser.error("--watch needs --out FILE")
        watch(args.out, detector, timedelta(seconds=args.interval))
        return 0
    report = detector()
    print(json.dumps(report.to_dict(), sort_keys=True, indent=2))
    return 1 if report.present else 0
