"""The detector on a real kernel: inside a network namespace this test creates itself.

The namespace starts with loopback only (offline); then a veth pair is created
with *both* ends inside it, given an address in 10.254.0.0/24 and a default
route (a network); then the pair is deleted (offline again). No packet leaves
the namespace, and the test never sends any traffic itself. ``ip netns exec``
mounts a fresh /sys for the namespace, so the detector reads the namespace's
own /sys/class/net and /proc/net.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid

import pytest

IP = shutil.which("ip")

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces are Linux only"),
    pytest.mark.skipif(os.geteuid() != 0, reason="creating a network namespace needs root"),
    pytest.mark.skipif(IP is None, reason="the ip command (iproute2) is not installed"),
]


def ip(*args: str) -> None:
    subprocess.run([IP, *args], check=True, capture_output=True, text=True, timeout=20)


@pytest.fixture
def namespace():
    name = f"stemkiosk-test-{uuid.uuid4().hex[:8]}"
    try:
        ip("netns", "add", name)
    except subprocess.CalledProcessError as error:
        pytest.skip(f"cannot create a network namespace here: {error.stderr.strip()}")
    try:
        yield name
    finally:
        subprocess.run([IP, "netns", "delete", name], capture_output=True, timeout=20)


def detect_in(namespace: str) -> dict:
    result = subprocess.run(
        [IP, "netns", "exec", namespace, sys.executable, "-m", "kiosk.airgap"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert result.returncode == (1 if report["present"] else 0)
    return report


def test_detector_in_a_fresh_namespace_then_with_a_veth_pair(namespace):
    report = detect_in(namespace)
    assert report == {"present": False, "reasons": [], "checked_at": report["checked_at"]}

    ip("-n", namespace, "link", "set", "lo", "up")
    assert detect_in(namespace)["present"] is False  # loopback alone is no network

    ip("-n", namespace, "link", "add", "skveth0", "type", "veth", "peer", "name", "skveth1")
    ip("-n", namespace, "addr", "add", "10.254.0.1/24", "dev", "skveth0")
    ip("-n", namespace, "link", "set", "skveth0", "up")
    ip("-n", namespace, "link", "set", "skveth1", "up")
    ip("-n", namespace, "route", "add", "default", "via", "10.254.0.2", "dev", "skveth0")
    reasons = detect_in(namespace)["reasons"]
    assert {"code": "carrier", "params": {"name": "skveth0"}} in reasons
    assert {"code": "carrier", "params": {"name": "skveth1"}} in reasons
    assert {"code": "address", "params": {"name": "skveth0", "address": "10.254.0.1"}} in reasons
    assert {"code": "route_gateway", "params": {"interface": "skveth0", "gateway": "10.254.0.2"}} in reasons

    ip("-n", namespace, "link", "delete", "skveth0")  # takes its peer with it
    assert detect_in(namespace)["present"] is False
