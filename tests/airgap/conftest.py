"""A fake /sys and /proc tree for the air-gap detector."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import pytest

IFF_UP, IFF_LOOPBACK = 0x1, 0x8


class FakeNet:
    """Writes sys/class/net/* and proc/net/{route,ipv6_route,if_inet6,fib_trie} under ``root``.

    Starts as a machine with loopback only; tests add or change interfaces,
    addresses and routes and call ``write()`` (the add/set methods call it)."""

    def __init__(self, root: Path):
        self.root = root
        self.links: dict[str, dict] = {}
        self.routes4: list[tuple[str, str, str | None]] = []  # (iface, network, gateway)
        self.routes6: list[tuple[str, str, str | None, int]] = []  # (iface, network, gateway, flags)
        self.addresses: list[tuple[str, str]] = []  # (iface, address)
        self.add_link("lo", up=True, carrier=True, loopback=True)
        self.add_address("lo", "127.0.0.1", "127.0.0.0/8")
        self.add_address("lo", "::1")
        self.routes6.append(("lo", "::/0", None, 0x00200200))  # the kernel's unreachable default on lo
        self.write()

    # -- changes ---------------------------------------------------------------

    def add_link(self, name: str, *, up: bool = False, carrier: bool = False, loopback: bool = False) -> FakeNet:
        self.links[name] = {"up": up, "carrier": carrier, "loopback": loopback}
        return self.write()

    def set_link(self, name: str, **state) -> FakeNet:
        self.links[name].update(state)
        return self.write()

    def remove_link(self, name: str) -> FakeNet:
        del self.links[name]
        self.routes4 = [r for r in self.routes4 if r[0] != name]
        self.routes6 = [r for r in self.routes6 if r[0] != name]
        self.addresses = [a for a in self.addresses if a[0] != name]
        return self.write()

    def add_address(self, name: str, address: str, network: str | None = None) -> FakeNet:
        """An address; for IPv4, ``network`` adds the connected route as the kernel does."""
        self.addresses.append((name, address))
        if network and ipaddress.ip_address(address).version == 4 and name != "lo":
            self.routes4.append((name, network, None))
        return self.write()

    def add_default_route(self, name: str, gateway: str) -> FakeNet:
        if ipaddress.ip_address(gateway).version == 4:
            self.routes4.append((name, "0.0.0.0/0", gateway))
        else:
            self.routes6.append((name, "::/0", gateway, 0x00030003))
        return self.write()

    # -- files -----------------------------------------------------------------

    def write(self) -> FakeNet:
        net = self.root / "sys/class/net"
        net.mkdir(parents=True, exist_ok=True)
        for old in net.iterdir():
            if old.name not in self.links:
                for f in old.iterdir():
                    f.unlink()
                old.rmdir()
        for index, (name, link) in enumerate(self.links.items(), start=1):
            folder = net / name
            folder.mkdir(exist_ok=True)
            flags = (IFF_UP if link["up"] else 0) | (IFF_LOOPBACK if link["loopback"] else 0) | 0x1000
            (folder / "flags").write_text(f"{flags:#x}\n")
            (folder / "type").write_text("772\n" if link["loopback"] else "1\n")
            (folder / "ifindex").write_text(f"{index}\n")
            operstate = "unknown" if link["loopback"] else ("up" if link["up"] and link["carrier"] else "down")
            (folder / "operstate").write_text(operstate + "\n")
            carrier = folder / "carrier"
            if link["up"]:
                carrier.write_text("1\n" if link["carrier"] else "0\n")
            elif carrier.exists():
                carrier.unlink()  # the kernel refuses to read carrier of a down interface
        proc = self.root / "proc/net"
        proc.mkdir(parents=True, exist_ok=True)
        (proc / "route").write_text(self._route())
        (proc / "ipv6_route").write_text(self._ipv6_route())
        (proc / "if_inet6").write_text(self._if_inet6())
        (proc / "fib_trie").write_text(self._fib_trie())
        return self

    @staticmethod
    def _hex4(address: ipaddress.IPv4Address) -> str:
        return address.packed[::-1].hex().upper()

    def _route(self) -> str:
        lines = ["Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT"]
        for name, network, gateway in self.routes4:
            if name not in self.links or not self.links[name]["up"]:
                continue  # the kernel drops the routes of a down interface
            net = ipaddress.IPv4Network(network)
            via = ipaddress.IPv4Address(gateway or "0.0.0.0")
            flags = 0x1 | (0x2 if gateway else 0)
            lines.append(
                f"{name}\t{self._hex4(net.network_address)}\t{self._hex4(via)}\t{flags:04X}\t0\t0\t0\t"
                f"{self._hex4(net.netmask)}\t0\t0\t0"
            )
        return "\n".join(lines) + "\n"

    def _ipv6_route(self) -> str:
        lines = []
        for name, network, gateway, flags in self.routes6:
            if name not in self.links or not self.links[name]["up"]:
                continue
            net = ipaddress.IPv6Network(network)
            via = ipaddress.IPv6Address(gateway or "::")
            lines.append(
                f"{net.network_address.packed.hex()} {net.prefixlen:02x} {'0' * 32} 00 {via.packed.hex()} "
                f"00000400 00000001 00000000 {flags:08x} {name:>8}"
            )
        return "\n".join(lines) + "\n" if lines else ""

    def _if_inet6(self) -> str:
        lines = []
        for index, (name, address) in enumerate(self.addresses, start=1):
            ip = ipaddress.ip_address(address)
            if ip.version == 6 and self.links.get(name, {}).get("up"):
                lines.append(f"{ip.packed.hex()} {index:02x} 40 00 80 {name:>8}")
        return "\n".join(lines) + "\n" if lines else ""

    def _fib_trie(self) -> str:
        lines = ["Main:", "  +-- 0.0.0.0/0 3 0 5"]
        for name, address in self.addresses:
            ip = ipaddress.ip_address(address)
            if ip.version == 4 and self.links.get(name, {}).get("up"):
                lines += [f"     |-- {address}", "        /32 host LOCAL"]
        lines += ["     |-- 127.255.255.255", "        /32 link BROADCAST"]
        return "\n".join(lines) + "\n"


@pytest.fixture
def fakenet(tmp_path) -> FakeNet:
    return FakeNet(tmp_path / "root")
