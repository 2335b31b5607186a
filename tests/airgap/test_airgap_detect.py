"""The air-gap detector on fake /sys and /proc trees (and one probe on 127.0.0.1)."""

from __future__ import annotations

import json
import socket
import time
from datetime import datetime, timedelta, timezone

import pytest

from kiosk import airgap
from kiosk.airgap import NetworkReport, Probes, reason

T0 = datetime(2026, 3, 18, 21, 0, tzinfo=timezone.utc)


def clock():
    return T0


def detect(fakenet, **kwargs):
    return airgap.detect(fakenet.root, clock=clock, **kwargs)


def test_loopback_only_is_offline(fakenet):
    report = detect(fakenet)
    assert report == NetworkReport(False, (), T0)


def test_a_down_interface_or_one_up_without_carrier_or_address_is_offline(fakenet):
    fakenet.add_link("eth0", up=False)
    fakenet.add_link("wlan0", up=True, carrier=False)
    assert not detect(fakenet).present


def test_an_interface_up_with_carrier_is_named(fakenet):
    fakenet.add_link("eth0", up=True, carrier=True)
    report = detect(fakenet)
    assert report.present
    assert report.reasons == (reason("carrier", name="eth0"),)


def test_a_cable_in_a_down_interface_is_not_a_network(fakenet):
    fakenet.add_link("eth0", up=False, carrier=True)
    assert not detect(fakenet).present


def test_an_ipv4_address_names_its_interface_through_the_connected_route(fakenet):
    fakenet.add_link("eth0", up=True, carrier=False)
    fakenet.add_address("eth0", "192.0.2.7", "192.0.2.0/24")
    assert detect(fakenet).reasons == (reason("address", name="eth0", address="192.0.2.7"),)


def test_an_ipv4_address_without_a_connected_route_still_counts(fakenet):
    fakenet.add_link("eth0", up=True)
    fakenet.add_address("eth0", "198.51.100.9")  # e.g. noprefixroute
    assert detect(fakenet).reasons == (reason("ipv4", address="198.51.100.9"),)


def test_an_ipv6_address_on_an_up_interface_counts(fakenet):
    fakenet.add_link("usb0", up=True)
    fakenet.add_address("usb0", "fd00::2")
    assert detect(fakenet).reasons == (reason("address", name="usb0", address="fd00::2"),)


def test_default_routes_are_named_with_interface_and_gateway(fakenet):
    fakenet.add_link("eth0", up=True, carrier=True)
    fakenet.add_address("eth0", "192.0.2.7", "192.0.2.0/24")
    fakenet.add_default_route("eth0", "192.0.2.1")
    fakenet.add_default_route("eth0", "fd00::1")
    reasons = detect(fakenet).reasons
    assert reason("route_gateway", interface="eth0", gateway="192.0.2.1") in reasons
    assert reason("route_gateway", interface="eth0", gateway="fd00::1") in reasons
    assert reasons[0] == reason("carrier", name="eth0")


def test_the_kernels_unreachable_default_route_on_loopback_is_ignored(fakenet):
    assert f"{'0' * 32} 00 " in (fakenet.root / "proc/net/ipv6_route").read_text()  # the fake has it
    assert not detect(fakenet).present


def test_a_detector_that_cannot_read_sys_reports_a_network(fakenet):
    for folder in (fakenet.root / "sys/class/net").iterdir():
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    (fakenet.root / "sys/class/net").rmdir()
    report = detect(fakenet)
    assert report.present and report.reasons[0].code == "unreadable"
    assert report.reasons[0].params["path"] == str(fakenet.root / "sys/class/net")
    assert report.reasons[0].params["error"] == "No such file or directory"  # the system's own words, as data


def test_a_detector_that_cannot_read_the_routes_reports_a_network(fakenet):
    (fakenet.root / "proc/net/route").unlink()
    report = detect(fakenet)
    assert report.present and report.reasons[0].code == "unreadable"
    assert report.reasons[0].params["path"].endswith("proc/net/route")


def test_a_source_with_unexpected_content_reports_a_network(fakenet):
    (fakenet.root / "proc/net/route").write_text("Iface\tDestination\ngarbage ZZ 0 0 0 0 0 0\n")
    report = detect(fakenet)
    assert report.present and report.reasons[0].code == "unexpected"
    assert report.reasons[0].params["content"] == "garbage ZZ 0 0 0 0 0 0"


def test_missing_ipv6_files_mean_ipv6_is_off_not_unknown(fakenet):
    (fakenet.root / "proc/net/ipv6_route").unlink()
    (fakenet.root / "proc/net/if_inet6").unlink()
    assert not detect(fakenet).present


def test_staleness_after_sixty_seconds():
    report = NetworkReport(False, (), T0)
    assert not report.is_stale(T0 + timedelta(seconds=60))
    assert report.is_stale(T0 + timedelta(seconds=61))
    assert report.is_stale(T0 - timedelta(seconds=61))  # a clock far behind the report


def test_report_round_trips_through_json():
    report = NetworkReport.of([reason("carrier", name="eth0"), reason("carrier", name="eth0")], T0)
    assert report.reasons == (reason("carrier", name="eth0"),)
    assert NetworkReport.from_dict(json.loads(json.dumps(report.to_dict()))) == report
    broken = NetworkReport.from_dict({"present": True, "reasons": [], "checked_at": T0.isoformat()})
    assert broken.present and broken.reasons


def test_the_watcher_writes_reports_and_the_report_file_detector_reads_them(fakenet, tmp_path):
    out = tmp_path / "network.json"
    sleeps = []
    fakenet.add_link("eth0", up=True, carrier=True)
    airgap.watch(out, airgap.system_detector(fakenet.root, clock=clock), rounds=2, sleep=sleeps.append)
    assert sleeps == [30.0]
    read = airgap.report_file_detector(out, clock=clock)()
    assert read.present and read.reasons == (reason("carrier", name="eth0"),) and read.checked_at == T0
    assert json.loads(out.read_text())["reasons"] == [{"code": "carrier", "params": {"name": "eth0"}}]


def test_a_missing_or_broken_report_file_is_a_network(tmp_path):
    missing = airgap.report_file_detector(tmp_path / "nothing.json", clock=clock)()
    assert missing.present and missing.reasons[0].code == "no_report"
    assert missing.reasons[0].params == {"path": str(tmp_path / "nothing.json"), "error": "No such file or directory"}
    for junk in (
        "{",
        '{"present": false, "reasons": ["interface eth0 is up with carrier"], "checked_at": "x"}',
        '{"present": false, "reasons": [{"code": "gone", "params": {}}], "checked_at": "2026-03-18T21:00:00+00:00"}',
    ):
        (tmp_path / "broken.json").write_text(junk)
        broken = airgap.report_file_detector(tmp_path / "broken.json", clock=clock)()
        assert broken.present and broken.reasons[0].code == "bad_report", junk


def test_combined_takes_every_reason_and_the_oldest_time():
    old = NetworkReport.of([], T0 - timedelta(seconds=90))
    new = NetworkReport.of([reason("route", interface="eth0")], T0)
    report = airgap.combined(lambda: old, lambda: new)()
    assert report.present and report.reasons == (reason("route", interface="eth0"),)
    assert report.checked_at == old.checked_at


def test_default_detector_reads_the_report_file_when_configured(tmp_path):
    out = tmp_path / "network.json"
    airgap.write_report(out, NetworkReport.of([reason("carrier", name="eth1")], T0))
    report = airgap.default_detector({airgap.REPORT_FILE_ENV: str(out)}, clock=clock)()
    assert reason("carrier", name="eth1") in report.reasons


def test_a_bad_probe_setting_fails_closed():
    report = airgap.default_detector({airgap.PROBE_ENV: "no-port-here"}, clock=clock)()
    assert report.present and report.reasons == (reason("bad_setting", setting=airgap.PROBE_ENV, value="no-port-here"),)


def test_probe_settings_from_the_environment():
    probes = airgap.probes_from_environment(
        {airgap.PROBE_ENV: "127.0.0.1:9, [::1]:53", airgap.DNS_PROBE_ENV: "example.invalid"}
    )
    assert probes == Probes(tcp=(("127.0.0.1", 9), ("::1", 53)), dns=("example.invalid",))
    assert airgap.probes_from_environment({}) == Probes()


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 only: the probe is never pointed anywhere else."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    yield server.getsockname()[1]
    server.close()


def test_tcp_probe_reports_a_connection_to_a_local_listener(listener, fakenet):
    report = detect(fakenet, probes=Probes(tcp=(("127.0.0.1", listener),)))
    assert report.reasons == (reason("tcp", host="127.0.0.1", port=listener),)


def test_tcp_probe_to_a_closed_local_port_finds_nothing(listener):
    probe_port = listener
    # Close the listener's port by binding a fresh socket and closing it: nothing listens there.
    spare = socket.socket()
    spare.bind(("127.0.0.1", 0))
    closed_port = spare.getsockname()[1]
    spare.close()
    assert airgap.tcp_probe("127.0.0.1", closed_port) is None
    assert airgap.tcp_probe("127.0.0.1", probe_port) is not None


def test_dns_probe_uses_its_resolver_and_its_time_limit():
    found = airgap.dns_probe("kiesraad.example", resolve=lambda name: [("addr",)])
    assert found == reason("dns", name="kiesraad.example")

    def failing(name):
        raise socket.gaierror("no name")

    assert airgap.dns_probe("kiesraad.example", resolve=failing) is None
    started = time.monotonic()
    assert airgap.dns_probe("kiesraad.example", timeout=0.05, resolve=lambda name: time.sleep(1) or [1]) is None
    assert time.monotonic() - started < 0.5


def test_command_line_prints_the_report_and_exits_1_with_a_network(fakenet, capsys):
    assert airgap.main(["--root", str(fakenet.root)]) == 0
    assert json.loads(capsys.readouterr().out)["present"] is False
    fakenet.add_link("eth0", up=True, carrier=True)
    assert airgap.main(["--root", str(fakenet.root)]) == 1
    assert json.loads(capsys.readouterr().out)["reasons"] == [{"code": "carrier", "params": {"name": "eth0"}}]
