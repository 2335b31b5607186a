"""Air-gap detection: is this machine connected to any network?

The kiosk may only be used on a computer that is not connected to any network
(DESIGN §10). This module looks, from ``/sys`` and ``/proc`` only, for:

- a non-loopback interface that is up with carrier, or up with an address;
- a default route (IPv4 or IPv6);
- optionally, a short TCP connect or DNS lookup that succeeds (off by default).

It fails closed: a source it cannot read is itself a reason to report a
network. Every path is taken relative to ``root`` so tests can use fake trees.
It knows nothing of the store or the UI: ``kiosk.services.network`` records
and enforces what it reports.

Run as a program it prints one report, or (``--watch``) writes a report file
every 30 s. The appliance runs the watcher in the host's network namespace,
because the kiosk itself runs with ``PrivateNetwork=yes`` and would only see
its own empty namespace (see ``deploy/README.md``)::

    python -m kiosk.airgap [--root DIR] [--probe HOST:PORT] [--dns NAME]
    python -m kiosk.airgap --watch --out /run/stemkiosk/network.json
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

CHECK_INTERVAL = timedelta(seconds=30)
STALE_AFTER = timedelta(seconds=60)
PROBE_TIMEOUT = 0.5  # seconds; a probe that needs longer has found no network worth the name

# The environment of the kiosk process (set in the appliance's unit).
REPORT_FILE_ENV = "KIOSK_NETWORK_REPORT"  # read the watcher's report file (as well as /sys and /proc)
PROBE_ENV = "KIOSK_NETWORK_PROBE"  # HOST:PORT for a TCP probe; off when unset
DNS_PROBE_ENV = "KIOSK_NETWORK_DNS_PROBE"  # a name to resolve; off when unset

IFF_UP = 0x1
IFF_LOOPBACK = 0x8
ARPHRD_LOOPBACK = 772
RTF_UP = 0x0001
RTF_GATEWAY = 0x0002
RTF_REJECT = 0x0200


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


#: Why a network is present, by code. The reasons stay in these English words wherever they are
#: kept (the audit log, the watcher's report file); the UI shows them in its own language
#: (`kiosk.services.network.describe`, catalogue keys ``airgap.reason.<code>``).
REASONS = {
    "carrier": "interface {name} is up with carrier",
    "address": "interface {name} is up with address {address}",
    "ipv4": "IPv4 address {address} is configured",
    "route": "default route via {interface}",
    "route_gateway": "default route via {interface} (gateway {gateway})",
    "tcp": "a TCP connection to {host}:{port} succeeded",
    "dns": "the name {name} could be resolved",
    "unknown": "network state unknown: {error}",
    "no_report": "no report from the network watcher ({path}: {error})",
    "bad_report": "unreadable report from the network watcher ({path}: {error})",
    "no_reason": "a network was reported without a reason",
    "bad_setting": "network probe setting is invalid: {error}",
    "detector_failed": "network detector failed: {error}",
}


def reason(code: str, **params: object) -> str:
    """One reason in words (see `REASONS`)."""
    return REASONS[code].format(**params)


@dataclass(frozen=True)
class NetworkReport:
    """One look at the machine. ``reasons`` says, in words, why a network is
    present (empty when none is); ``present`` is true exactly when there are reasons."""

    present: bool
    reasons: tuple[str, ...]
    checked_at: datetime

    @classmethod
    def of(cls, reasons: Iterable[str], checked_at: datetime) -> NetworkReport:
        found = tuple(dict.fromkeys(reasons))  # in order, without duplicates
        return cls(bool(found), found, checked_at)

    def age(self, now: datetime) -> timedelta:
        return now - self.checked_at

    def is_stale(self, now: datetime, after: timedelta = STALE_AFTER) -> bool:
        """Too old (or from a clock far ahead) to be trusted."""
        age = self.age(now)
        return age > after or age < -after

    def to_dict(self) -> dict:
        return {"present": self.present, "reasons": list(self.reasons), "checked_at": self.checked_at.isoformat()}

    @classmethod
    def from_dict(cls, data: dict) -> NetworkReport:
        reasons = tuple(str(reason) for reason in data["reasons"])
        checked_at = datetime.fromisoformat(data["checked_at"])
        if checked_at.tzinfo is None:
            raise ValueError("checked_at has no time zone")
        if data["present"] and not reasons:
            reasons = (reason("no_reason"),)
        return cls(bool(reasons), reasons, checked_at)


Detector = Callable[[], NetworkReport]


# -- sources -----------------------------------------------------------------


class Unreadable(Exception):
    """A source the detector needs could not be read: the detector fails closed."""


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except OSError as error:
        raise Unreadable(f"cannot read {path}: {error.strerror or error}") from None


def _read_optional(path: Path) -> str | None:
    """A per-interface attribute; some (``carrier`` of a down interface) refuse to be read."""
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None


@dataclass(frozen=True)
class Interface:
    name: str
    up: bool
    carrier: bool
    loopback: bool
    operstate: str


def interfaces(root: Path | str = "/") -> list[Interface]:
    """Every interface in ``/sys/class/net`` (of the network namespace that mounted /sys)."""
    base = Path(root) / "sys/class/net"
    try:
        names = sorted(entry.name for entry in base.iterdir())
    except OSError as error:
        raise Unreadable(f"cannot list {base}: {error.strerror or error}") from None
    found = []
    for name in names:
        folder = base / name
        flags_text = _read_optional(folder / "flags")
        if flags_text is None:
            if not folder.exists():
                continue  # vanished while we looked
            raise Unreadable(f"cannot read {folder / 'flags'}")
        try:
            flags = int(flags_text, 16)
        except ValueError:
            raise Unreadable(f"{folder / 'flags'}: unexpected content {flags_text!r}") from None
        kind = _read_optional(folder / "type")
        loopback = bool(flags & IFF_LOOPBACK) or kind == str(ARPHRD_LOOPBACK)
        carrier = _read_optional(folder / "carrier") == "1"
        operstate = _read_optional(folder / "operstate") or "unknown"
        found.append(Interface(name, bool(flags & IFF_UP), carrier, loopback, operstate))
    return found


@dataclass(frozen=True)
class Route:
    interface: str
    destination: str  # "0.0.0.0/0", "::/0", "192.0.2.0/24"
    gateway: str | None


def _ipv4_from_hex(text: str) -> ipaddress.IPv4Address:
    # /proc/net/route prints addresses as host-order (little-endian) hex.
    return ipaddress.IPv4Address(bytes.fromhex(text)[::-1])


def ipv4_routes(root: Path | str = "/") -> list[Route]:
    """Usable routes of the main IPv4 table (``/proc/net/route``)."""
    path = Path(root) / "proc/net/route"
    routes = []
    for line in _read(path).splitlines()[1:]:
        parts = line.split()
        if len(parts) < 8:
            continue
        try:
            name, destination, gateway, flags, mask = parts[0], parts[1], parts[2], int(parts[3], 16), parts[7]
            network = ipaddress.IPv4Network((_ipv4_from_hex(destination), str(_ipv4_from_hex(mask))), strict=False)
            via = _ipv4_from_hex(gateway)
        except ValueError:
            raise Unreadable(f"{path}: unexpected line {line.strip()!r}") from None
        if not flags & RTF_UP or flags & RTF_REJECT:
            continue
        routes.append(Route(name, str(network), str(via) if flags & RTF_GATEWAY else None))
    return routes


def ipv6_routes(root: Path | str = "/") -> list[Route]:
    """Usable IPv6 routes (``/proc/net/ipv6_route``; absent when IPv6 is off)."""
    path = Path(root) / "proc/net/ipv6_route"
    if not path.exists():
        return []
    routes = []
    for line in _read(path).splitlines():
        parts = line.split()
        if len(parts) < 10:
            continue
        try:
            destination = ipaddress.IPv6Address(bytes.fromhex(parts[0]))
            prefix = int(parts[1], 16)
            gateway = ipaddress.IPv6Address(bytes.fromhex(parts[4]))
            flags = int(parts[8], 16)
        except ValueError:
            raise Unreadable(f"{path}: unexpected line {line.strip()!r}") from None
        if not flags & RTF_UP or flags & RTF_REJECT:
            continue
        routes.append(Route(parts[9], f"{destination}/{prefix}", None if gateway.is_unspecified else str(gateway)))
    return routes


def ipv6_addresses(root: Path | str = "/") -> list[tuple[str, str]]:
    """(interface, address) from ``/proc/net/if_inet6`` (absent when IPv6 is off)."""
    path = Path(root) / "proc/net/if_inet6"
    if not path.exists():
        return []
    found = []
    for line in _read(path).splitlines():
        parts = line.split()
        if len(parts) < 6:
            continue
        try:
            address = ipaddress.IPv6Address(bytes.fromhex(parts[0]))
        except ValueError:
            raise Unreadable(f"{path}: unexpected line {line.strip()!r}") from None
        found.append((parts[5], str(address)))
    return found


def ipv4_local_addresses(root: Path | str = "/") -> list[str]:
    """The machine's own IPv4 addresses: the ``/32 host LOCAL`` leaves of ``/proc/net/fib_trie``.

    The trie does not name interfaces; ``detect`` finds the interface through
    the connected routes of ``/proc/net/route``."""
    path = Path(root) / "proc/net/fib_trie"
    found: list[str] = []
    leaf: str | None = None
    for line in _read(path).splitlines():
        text = line.strip()
        if text.startswith("|--"):
            leaf = text[3:].strip()
        elif leaf is not None and text.startswith("/32 host LOCAL"):
            if leaf not in found:
                found.append(leaf)
    return found


# -- probes ------------------------------------------------------------------


def tcp_probe(host: str, port: int, timeout: float = PROBE_TIMEOUT) -> str | None:
    """A reason when a TCP connection to ``host:port`` succeeds within ``timeout``."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return reason("tcp", host=host, port=port)
    except OSError:
        return None


def dns_probe(
    name: str,
    timeout: float = PROBE_TIMEOUT,
    resolve: Callable[[str], object] = lambda name: socket.getaddrinfo(name, None),
) -> str | None:
    """A reason when ``name`` resolves within ``timeout`` (the lookup runs in a
    daemon thread, since the resolver itself has no time limit)."""
    outcome: list[bool] = []

    def lookup() -> None:
        try:
            outcome.append(bool(resolve(name)))
        except (OSError, UnicodeError):
            outcome.append(False)

    worker = threading.Thread(target=lookup, name="airgap-dns-probe", daemon=True)
    worker.start()
    worker.join(timeout)
    if outcome and outcome[0]:
        return reason("dns", name=name)
    return None


@dataclass(frozen=True)
class Probes:
    """Optional active checks; none by default."""

    tcp: tuple[tuple[str, int], ...] = ()
    dns: tuple[str, ...] = ()
    timeout: float = PROBE_TIMEOUT

    def run(self) -> list[str]:
        reasons = [tcp_probe(host, port, self.timeout) for host, port in self.tcp]
        reasons += [dns_probe(name, self.timeout) for name in self.dns]
        return [reason for reason in reasons if reason]


def parse_host_port(text: str) -> tuple[str, int]:
    host, _, port = text.strip().rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text!r} is not HOST:PORT")
    return host.strip("[]"), int(port)


# -- the detector ------------------------------------------------------------


def _interface_of(address: str, routes: Sequence[Route]) -> str | None:
    ip = ipaddress.IPv4Address(address)
    connected = [r for r in routes if r.gateway is None and ip in ipaddress.IPv4Network(r.destination)]
    connected.sort(key=lambda r: ipaddress.IPv4Network(r.destination).prefixlen, reverse=True)
    return connected[0].interface if connected else None


def find_reasons(root: Path | str = "/") -> list[str]:
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
        reasons = [reason("unknown", error=error)]
    reasons += probes.run()
    return NetworkReport.of(reasons, clock())


def system_detector(root: Path | str = "/", probes: Probes = Probes(), clock: Callable[[], datetime] = utc_now) -> Detector:
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
            return NetworkReport.of([reason("no_report", path=path, error=error.strerror or error)], clock())
        except (ValueError, KeyError, TypeError) as error:
            return NetworkReport.of([reason("bad_report", path=path, error=error)], clock())

    return read


def combined(*detectors: Detector) -> Detector:
    """All reasons of all detectors; the oldest ``checked_at`` (so one stale part makes the whole stale)."""

    def run() -> NetworkReport:
        reports = [detector() for detector in detectors]
        return NetworkReport.of(
            [reason for report in reports for reason in report.reasons], min(report.checked_at for report in reports)
        )

    return run


def probes_from_environment(environ: Mapping[str, str] = os.environ) -> Probes:
    tcp = tuple(parse_host_port(item) for item in environ.get(PROBE_ENV, "").split(",") if item.strip())
    dns = tuple(item.strip() for item in environ.get(DNS_PROBE_ENV, "").split(",") if item.strip())
    return Probes(tcp=tcp, dns=dns)


def default_detector(environ: Mapping[str, str] = os.environ, clock: Callable[[], datetime] = utc_now) -> Detector:
    """The production detector: the real /sys and /proc, plus the watcher's report
    file when ``$KIOSK_NETWORK_REPORT`` names one, plus the probes configured in
    the environment. There is deliberately no way to switch detection off."""
    try:
        probes = probes_from_environment(environ)
    except ValueError as error:  # fail closed: a broken setting must not silently disable a probe
        invalid = reason("bad_setting", error=error)
        return lambda: NetworkReport.of([invalid], clock())
    local = system_detector("/", probes, clock)
    report_file = environ.get(REPORT_FILE_ENV)
    if report_file:
        return combined(report_file_detector(report_file, clock), local)
    return local


# -- the watcher -------------------------------------------------------------


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
    last: tuple[str, ...] | None = None
    while rounds is None or done < rounds:
        report = detector()
        write_report(out, report)
        if report.reasons != last:
            print(json.dumps(report.to_dict(), sort_keys=True), flush=True)
            last = report.reasons
        done += 1
        if rounds is None or done < rounds:
            sleep(interval.total_seconds())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.airgap", description="Is this machine connected to a network?")
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


if __name__ == "__main__":
    sys.exit(main())
