"""Optional active checks (off by default): a short TCP connect or DNS lookup that succeeds is a network."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.airgap.reasons import Reason, reason

PROBE_TIMEOUT = 0.5  # seconds; a probe that needs longer has found no network worth the name


def tcp_probe(host: str, port: int, timeout: float = PROBE_TIMEOUT) -> Reason | None:
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
) -> Reason | None:
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

    def run(self) -> list[Reason]:
        reasons = [tcp_probe(host, port, self.timeout) for host, port in self.tcp]
        reasons += [dns_probe(name, self.timeout) for name in self.dns]
        return [found for found in reasons if found]


def parse_host_port(text: str) -> tuple[str, int]:
    """("host", port) from "HOST:PORT" (IPv6 in brackets); ValueError for anything else."""
    host, _, port = text.strip().rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text!r} is not HOST:PORT")
    return host.strip("[]"), int(port)
