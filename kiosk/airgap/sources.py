"""What the kernel says about the network, read from ``/sys`` and ``/proc`` only.

Every path is taken relative to ``root`` so tests can use fake trees. A source that cannot be read,
or holds what these parsers do not know, raises `Unreadable` with the reason (``unreadable`` or
``unexpected``): the detector fails closed on it.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from kiosk.airgap.reasons import Reason, reason

IFF_UP = 0x1
IFF_LOOPBACK = 0x8
ARPHRD_LOOPBACK = 772
RTF_UP = 0x0001
RTF_GATEWAY = 0x0002
RTF_REJECT = 0x0200


class Unreadable(Exception):
    """A source the detector needs could not be read: the detector fails closed."""

    def __init__(self, found: Reason):
        super().__init__(found.code, found.params)
        self.reason = found


def _cannot_read(path: Path, error: OSError) -> Unreadable:
    return Unreadable(reason("unreadable", path=path, error=error.strerror or type(error).__name__))


def _unexpected(path: Path, content: str) -> Unreadable:
    return Unreadable(reason("unexpected", path=path, content=content.strip()[:200]))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except OSError as error:
        raise _cannot_read(path, error) from None


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
        raise _cannot_read(base, error) from None
    found = []
    for name in names:
        folder = base / name
        try:
            flags_text = (folder / "flags").read_text(encoding="ascii", errors="replace").strip()
        except OSError as error:
            if not folder.exists():
                continue  # vanished while we looked
            raise _cannot_read(folder / "flags", error) from None
        try:
            flags = int(flags_text, 16)
        except ValueError:
            raise _unexpected(folder / "flags", flags_text) from None
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
            raise _unexpected(path, line) from None
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
            raise _unexpected(path, line) from None
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
            raise _unexpected(path, line) from None
        found.append((parts[5], str(address)))
    return found


def ipv4_local_addresses(root: Path | str = "/") -> list[str]:
    """The machine's own IPv4 addresses: the ``/32 host LOCAL`` leaves of ``/proc/net/fib_trie``.

    The trie does not name interfaces; the detector finds the interface through
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
