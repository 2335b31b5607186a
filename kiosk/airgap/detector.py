"""The detector: the facts of ``/sys`` and ``/proc`` (and the probes) turned into a `NetworkReport`.

A network is present when a non-loopback interface is up with carrier, or up with an address, or
when there is a default route (IPv4 or IPv6), or a probe succeeds. It fails closed: a source it
cannot read is itself a reason. It knows nothing of the store or the UI.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from kiosk.airgap.probes import Probes
from kiosk.airgap.reasons import Reason, reason
from kiosk.airgap.report import Detector, NetworkReport, utc_now
from kiosk.airgap.sources import (
    Route,
    Unreadable,
    interfaces,
    ipv4_local_addresses,
    ipv4_routes,
    ipv6_addresses,
    ipv6_routes,
)


def _interface_of(address: str, routes: Sequence[Route]) -> str | None:
    ip = ipaddress.IPv4Address(address)
    connected = [r for r in routes if r.gateway is None and ip in ipaddress.IPv4Network(r.destination)]
    connected.sort(key=lambda r: ipaddress.IPv4Network(r.destination).prefixlen, reverse=True)
    return connected[0].interface if connected else None


def find_reasons(root: Path | str = "/") -> list[Reason]:
    """Why a network is present, from ``/sys`` and ``/proc`` under ``root``; raises
    ``Unreadable`` when a needed source is missing."""
    links = interfaces(root)
    loopbacks = {link.name for link in links if link.loopback} | {"lo"}
    up = {link.name for link in links if link.up and not link.loopback}
    routes4 = ipv4_routes(root)
    routes6 = ipv6_routes(root)
    reasons = []
    for link in links:
        if link.name in up and link.carrier:
            reasons.append(reason("carrier", name=link.name))
    for address in ipv4_local_addresses(root):
        if ipaddress.IPv4Address(address).is_loopback:
            continue
        name = _interface_of(address, routes4)
        if name is None:
            reasons.append(reason("ipv4", address=address))
        elif name not in loopbacks and name in up:
            reasons.append(reason("address", name=name, address=address))
    for name, address in ipv6_addresses(root):
        if name in up and not ipaddress.IPv6Address(address).is_loopback:
            reasons.append(reason("address", name=name, address=address))
    for route in routes4 + routes6:
        if route.destination in ("0.0.0.0/0", "::/0") and route.interface not in loopbacks:
            if route.gateway:
                reasons.append(reason("route_gateway", interface=route.interface, gateway=route.gateway))
            else:
                reasons.append(reason("route", interface=route.interface))
    return reasons


def detect(root: Path | str = "/", probes: Probes = Probes(), clock: Callable[[], datetime] = utc_now) -> NetworkReport:
    """One look at the machine under ``root``; fails closed on unreadable sources."""
    try:
        reasons = find_reasons(root)
    except Unreadable as error:
        reasons = [error.reason]
    reasons += probes.run()
    return NetworkReport.of(reasons, clock())


def system_detector(
    root: Path | str = "/", probes: Probes = Probes(), clock: Callable[[], datetime] = utc_now
) -> Detector:
    """A detector that reads ``root``'s /sys and /proc each time it is called."""
    return lambda: detect(root, probes, clock)


def report_file_detector(path: Path | str, clock: Callable[[], datetime] = utc_now) -> Detector:
    """A detector that reads the report the watcher wrote. A missing or broken
    file is a network; its ``checked_at`` is kept, so an old file goes stale."""
    path = Path(path)

    def read() -> NetworkReport:
        try:
            return NetworkReport.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except OSError as error:
            problem = error.strerror or type(error).__name__
            return NetworkReport.of([reason("no_report", path=path, error=problem)], clock())
        except (ValueError, KeyError, TypeError) as error:
            return NetworkReport.of([reason("bad_report", path=path, error=error)], clock())

    return read


def combined(*detectors: Detector) -> Detector:
    """All reasons of all detectors; the oldest ``checked_at`` (so one stale part makes the whole stale)."""

    def run() -> NetworkReport:
        reports = [detector() for detector in detectors]
        return NetworkReport.of(
            [found for report in reports for found in report.reasons], min(report.checked_at for report in reports)
        )

    return run
