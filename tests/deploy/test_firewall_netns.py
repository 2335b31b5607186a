"""The appliance's nftables ruleset on a real kernel, between two namespaces this test creates.

"kiosk" gets the ruleset; "peer" listens on a TCP port. They are joined by a veth pair
(10.254.7.1 <-> 10.254.7.2): traffic only ever flows between these two namespaces.
Without the ruleset the kiosk can connect (the control); with it, it cannot, while
loopback inside the kiosk namespace still works.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

RULESET = Path(__file__).resolve().parents[2] / "deploy/mkosi/mkosi.extra/etc/nftables.conf"
IP, NFT = shutil.which("ip"), shutil.which("nft")

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux only"),
    pytest.mark.skipif(os.geteuid() != 0, reason="creating network namespaces needs root"),
    pytest.mark.skipif(IP is None, reason="the ip command (iproute2) is not installed"),
    pytest.mark.skipif(NFT is None, reason="nft is not installed (bash deploy/check.sh installs it)"),
]

CONNECT = """
import socket, sys
try:
    socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=0.5).close()
    print("connected")
except OSError as error:
    print("refused:", error)
"""

SERVE = """
import socket, sys
server = socket.socket()
server.bind((sys.argv[1], int(sys.argv[2])))
server.listen(8)
server.settimeout(10)
print("listening", flush=True)
try:
    while True:
        server.accept()[0].close()
except OSError:
    pass
"""


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), check=check, capture_output=True, text=True, timeout=30)


def in_ns(ns: str, *args: str) -> subprocess.CompletedProcess:
    return run(IP, "netns", "exec", ns, *args)


@pytest.fixture
def namespaces():
    tag = uuid.uuid4().hex[:6]
    kiosk, peer = f"sk-fw-kiosk-{tag}", f"sk-fw-peer-{tag}"
    created = []
    try:
        for name in (kiosk, peer):
            result = run(IP, "netns", "add", name, check=False)
            if result.returncode != 0:
                pytest.skip(f"cannot create a network namespace here: {result.stderr.strip()}")
            created.append(name)
        run(IP, "-n", kiosk, "link", "add", f"skfw{tag}", "type", "veth", "peer", "name", "skfwpeer", "netns", peer)
        run(IP, "-n", kiosk, "addr", "add", "10.254.7.1/24", "dev", f"skfw{tag}")
        run(IP, "-n", peer, "addr", "add", "10.254.7.2/24", "dev", "skfwpeer")
        for ns, link in ((kiosk, f"skfw{tag}"), (peer, "skfwpeer")):
            run(IP, "-n", ns, "link", "set", link, "up")
            run(IP, "-n", ns, "link", "set", "lo", "up")
        yield kiosk, peer
    finally:
        for name in created:
            run(IP, "netns", "delete", name, check=False)


@pytest.fixture
def servers(namespaces):
    kiosk, peer = namespaces
    started = [
        subprocess.Popen(
            [IP, "netns", "exec", ns, sys.executable, "-c", SERVE, host, "8631"], stdout=subprocess.PIPE, text=True
        )
        for ns, host in ((peer, "10.254.7.2"), (kiosk, "127.0.0.1"))
    ]
    try:
        for process in started:
            assert process.stdout.readline().strip() == "listening"
        yield namespaces
    finally:
        for process in started:
            process.kill()
            process.wait(timeout=10)


def connect(ns: str, host: str) -> str:
    return in_ns(ns, sys.executable, "-c", CONNECT, host, "8631").stdout.strip()


def test_the_ruleset_drops_everything_but_loopback(servers):
    kiosk, _ = servers
    assert connect(kiosk, "10.254.7.2") == "connected"  # control: the link works without the firewall

    in_ns(kiosk, NFT, "-f", str(RULESET))
    assert connect(kiosk, "10.254.7.2").startswith("refused")
    assert connect(kiosk, "127.0.0.1") == "connected"
    listed = in_ns(kiosk, NFT, "list", "ruleset").stdout
    assert listed.count("policy drop;") == 5
