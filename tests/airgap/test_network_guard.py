"""The network guard: entry and printing refused while a network is present, transitions audited."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta, timezone

import pytest

from kiosk import airgap, i18n
from kiosk.airgap import NetworkReport, reason
from kiosk.services import printing
from kiosk.services.entry import EntryRefused, EntryService
from kiosk.services.network import NETWORK_DETECTED, NETWORK_GONE, NetworkGuard, NetworkRefused
from kiosk.store import audit
from tests.support.entry import COORDINATOR, VERIFIER_1, paper

T0 = datetime(2026, 3, 18, 21, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self):
        self.now = T0

    def __call__(self):
        return self.now

    def advance(self, seconds: float):
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def guard_for(fakenet, clock):
    def make(store):
        return NetworkGuard(store, detector=airgap.system_detector(fakenet.root, clock=clock), clock=clock)

    return make


def network_rows(store):
    return [row for row in reversed(audit.rows(store.db)) if row["action"] in (NETWORK_DETECTED, NETWORK_GONE)]


def plug_in(fakenet):
    fakenet.add_link("eth0", up=True, carrier=True)
    fakenet.add_address("eth0", "192.0.2.7", "192.0.2.0/24")
    fakenet.add_default_route("eth0", "192.0.2.1")


def test_entry_is_refused_while_a_network_is_present_and_allowed_after_it_is_gone(
    demo_store, fakenet, guard_for, clock
):
    guard = guard_for(demo_store)
    service = EntryService(demo_store, network_guard=guard)
    values = paper(service, 1)

    guard.check()
    service.claim(VERIFIER_1, 1, 1)  # offline: allowed
    service.confirm(VERIFIER_1, 1, 1, "A", values["A"])

    plug_in(fakenet)
    clock.advance(30)
    report = guard.check()
    assert report.present and reason("route_gateway", interface="eth0", gateway="192.0.2.1") in report.reasons
    with pytest.raises(NetworkRefused) as refused:
        service.confirm(VERIFIER_1, 1, 1, "B", values["B"])
    assert isinstance(refused.value, EntryRefused) and refused.value.code == "network_present"
    assert "netwerkaansluiting eth0 staat aan en heeft verbinding" in str(refused.value)

    fakenet.remove_link("eth0")
    clock.advance(30)
    assert not guard.check().present
    service.confirm(VERIFIER_1, 1, 1, "B", values["B"])  # allowed again

    rows = network_rows(demo_store)
    assert [row["action"] for row in rows] == [NETWORK_DETECTED, NETWORK_GONE]
    assert {"code": "carrier", "params": {"name": "eth0"}} in rows[0]["details"]["reasons"]  # codes, not words
    assert rows[0]["actor"] == "system:airgap"
    assert audit.verify(demo_store.db).ok


def test_a_refused_action_writes_nothing(demo_store, fakenet, guard_for):
    guard = guard_for(demo_store)
    service = EntryService(demo_store, network_guard=guard)
    plug_in(fakenet)
    guard.check()
    before = audit.head(demo_store.db)
    with pytest.raises(NetworkRefused):
        service.claim(VERIFIER_1, 1, 1)
    assert audit.head(demo_store.db) == before


@pytest.mark.parametrize(
    "action, call",
    [
        ("claim", lambda s: s.claim(VERIFIER_1, 1, 1)),
        ("confirm", lambda s: s.confirm(VERIFIER_1, 1, 1, "A", 1)),
        ("acknowledge", lambda s: s.acknowledge(VERIFIER_1, 1, 1, None)),
        ("finish", lambda s: s.finish(VERIFIER_1, 1, 1)),
        ("resolve_differences", lambda s: s.resolve_differences(COORDINATOR, 1, "keep_first")),
        ("resolve_errors", lambda s: s.resolve_errors(COORDINATOR, 1, "discard")),
    ],
)
def test_every_entry_action_asks_the_guard_first(demo_store, action, call):
    class Refusing:
        asked = []

        def require_offline(self, name):
            self.asked.append(name)
            raise NetworkRefused(name, NetworkReport.of([reason("carrier", name="eth0")], T0))

    guard = Refusing()
    with pytest.raises(NetworkRefused):
        call(EntryService(demo_store, network_guard=guard))
    assert guard.asked == [action]


def test_an_unchanged_state_writes_no_audit_row(store, fakenet, guard_for, clock):
    guard = guard_for(store)
    for _ in range(3):
        guard.check()
        clock.advance(30)
    assert network_rows(store) == []  # offline from the start: nothing to record
    plug_in(fakenet)
    for _ in range(3):
        guard.check()
        clock.advance(30)
    fakenet.add_link("wlan0", up=True, carrier=True)  # other reasons, same state
    guard.check()
    assert [row["action"] for row in network_rows(store)] == [NETWORK_DETECTED]


def test_a_restarted_guard_continues_from_the_audit_log(store, fakenet, guard_for, clock):
    plug_in(fakenet)
    guard_for(store).check()
    guard_for(store).check()  # a new process, still networked: no second row
    fakenet.remove_link("eth0")
    guard_for(store).check()  # a new process, now offline: the network is gone
    assert [row["action"] for row in network_rows(store)] == [NETWORK_DETECTED, NETWORK_GONE]


def test_never_checked_or_stale_counts_as_a_network(store, fakenet, guard_for, clock):
    guard = guard_for(store)
    assert guard.status().present
    with pytest.raises(NetworkRefused):
        guard.require_offline("claim")
    guard.check()
    guard.require_offline("claim")
    clock.advance(60)
    assert guard.offline
    clock.advance(1)
    status = guard.status()
    assert status.present and status.reasons == (reason("stale", seconds=61),)
    with pytest.raises(NetworkRefused):
        guard.require_offline("claim")
    guard.check()
    assert guard.offline


def test_a_failing_detector_counts_as_a_network(store, clock):
    def broken():
        raise RuntimeError("sysfs gone")

    guard = NetworkGuard(store, detector=broken, clock=clock)
    report = guard.check()
    assert report.present and report.reasons == (reason("detector_failed", error="RuntimeError: sysfs gone"),)
    assert network_rows(store)[0]["action"] == NETWORK_DETECTED


def test_the_refusal_is_in_dutch_and_english(store, fakenet, guard_for):
    guard = guard_for(store)
    plug_in(fakenet)
    guard.check()
    with pytest.raises(NetworkRefused) as dutch:
        guard.require_offline("print")
    assert str(dutch.value).startswith(
        "Afdrukken kan niet: er is een netwerk gevonden (netwerkaansluiting eth0 staat aan en heeft verbinding"
    )
    i18n.set_language("en")
    with pytest.raises(NetworkRefused) as english:
        guard.require_offline("some_new_action")
    assert str(english.value).startswith(
        "This action is not allowed: a network was found (interface eth0 is up with carrier"
    )
    # The refusal carries codes and parameters, whatever the language of the screen; its words are made
    # when it is shown, in the language of that moment.
    carrier = {"code": "carrier", "params": {"name": "eth0"}}
    assert english.value.params["reasons"][0] == dutch.value.params["reasons"][0] == carrier
    assert english.value.params["action"] == "some_new_action"
    assert str(dutch.value).startswith("Printing is not allowed")


def test_the_default_guard_uses_the_real_detector(store, monkeypatch):
    seen = []
    monkeypatch.setattr(airgap, "default_detector", lambda: seen.append(1) or (lambda: NetworkReport.of([], T0)))
    assert NetworkGuard(store).detector() == NetworkReport.of([], T0)
    assert seen == [1]


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """An `lp` that only records that it ran."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    lp = bin_dir / "lp"
    lp.write_text(f"#!/bin/sh\necho \"$@\" >> {log}\necho 'request id is kiosk-1'\n")
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")

    def sheet(totals, folder=None, actor="kiosk"):
        path = printing.keep(
            (folder or printing.out_dir(totals.store)) / printing.sheet_name("ab" * 32), b"%PDF-1.4 sheet"
        )
        return printing.SheetFile(path, "ab" * 32, "cd" * 32, "ef" * 32, 7, 1)

    monkeypatch.setattr(printing, "write_totals_sheet", sheet)
    return log


def test_kiosk_print_is_refused_while_a_network_is_present(demo_store, fakenet, fake_lp, monkeypatch, capsys):
    from kiosk.cli import main

    monkeypatch.setattr(airgap, "default_detector", lambda: airgap.system_detector(fakenet.root))
    plug_in(fakenet)
    assert main(["--home", str(demo_store.home), "print"]) == 2
    err = capsys.readouterr().err
    assert "Afdrukken kan niet" in err and "bewaard als" in err
    assert not fake_lp.exists()

    fakenet.remove_link("eth0")
    assert main(["--home", str(demo_store.home), "print"]) == 0
    assert fake_lp.exists()
    actions = [row["action"] for row in network_rows(demo_store)]
    assert actions == [NETWORK_DETECTED, NETWORK_GONE]
