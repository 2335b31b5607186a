"""The detector's reasons are codes and parameters (kept so in the audit log and the watcher's report)
and are worded only at the edge, in the UI's language (kiosk.i18n.airgap_words)."""

from __future__ import annotations

import string

import pytest

from kiosk import airgap, i18n
from kiosk.airgap import CODES, Reason, reason
from kiosk.i18n.airgap_words import reason_text, reasons_text, recorded, refusal_text
from kiosk.services import network

EXAMPLES = {
    "name": "wlp2s0",
    "address": "fd00::2",
    "interface": "eth0",
    "gateway": "192.0.2.1",
    "host": "[2001:db8::1]",
    "port": 443,
    "error": "Permission denied",
    "path": "/run/stemkiosk/network report.json",
    "content": "eth0 0000",
    "setting": "KIOSK_NETWORK_PROBE",
    "value": "no-port-here",
    "seconds": 61,
}


def parameters(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


@pytest.fixture(autouse=True)
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_reason_has_dutch_and_english_words_with_its_parameters(code):
    texts = i18n.catalogue()[f"airgap.reason.{code}"]
    assert parameters(texts["nl"]) == parameters(texts["en"]) == set(CODES[code])
    found = reason(code, **{name: EXAMPLES[name] for name in CODES[code]})
    dutch = reason_text(found)
    assert dutch == texts["nl"].format(**found.params)
    for value in found.params.values():
        assert value in dutch
    i18n.set_language("en")
    assert reason_text(found) == texts["en"].format(**found.params) != dutch
    assert reason_text(found, "nl") == dutch


def test_no_catalogue_entry_without_a_code():
    codes = {key.removeprefix("airgap.reason.") for key in i18n.catalogue() if key.startswith("airgap.reason.")}
    assert codes == set(CODES)


def test_a_reason_is_a_code_with_exactly_its_parameters_as_text():
    found = Reason("tcp", host="192.0.2.9", port=443)
    assert found == reason("tcp", port="443", host="192.0.2.9")
    assert hash(found) == hash(reason("tcp", host="192.0.2.9", port=443))
    assert found.params == {"host": "192.0.2.9", "port": "443"} and found.interface is None
    assert reason("route_gateway", interface="eth0", gateway="192.0.2.1").interface == "eth0"
    assert Reason.from_dict(found.to_dict()) == found
    with pytest.raises(ValueError):
        reason("no_such_code")
    with pytest.raises(ValueError):
        reason("carrier")  # without its interface
    with pytest.raises(ValueError):
        reason("carrier", name="eth0", address="10.0.0.5")
    for junk in (
        "interface eth0 is up with carrier",
        {"code": "carrier"},
        {"code": "carrier", "params": {"name": 7}},
        {"code": "nonsense", "params": {}},
        ["carrier"],
    ):
        with pytest.raises((ValueError, TypeError, KeyError)):
            Reason.from_dict(junk)


def test_words_are_made_only_at_the_edge():
    assert not hasattr(airgap, "REASONS") and not hasattr(network, "parse_reason") and not hasattr(network, "describe")
    report = airgap.NetworkReport.of([reason("carrier", name="eth0")], airgap.utc_now())
    assert report.to_dict()["reasons"] == [{"code": "carrier", "params": {"name": "eth0"}}]
    with pytest.raises(TypeError):
        airgap.NetworkReport.of(["interface eth0 is up with carrier"], airgap.utc_now())


def test_a_reason_with_a_gateway_is_worded_with_it():
    assert (
        reason_text(reason("route_gateway", interface="eth0", gateway="192.0.2.1"))
        == "er is een standaardroute via eth0 (gateway 192.0.2.1)"
    )


def test_recorded_reasons_come_back_as_codes_and_older_sentences_as_they_are():
    kept = reason("carrier", name="eth0").to_dict()
    assert recorded(kept) == reason("carrier", name="eth0")
    assert (
        reasons_text([kept, "interface eth1 is up with carrier"])
        == "netwerkaansluiting eth0 staat aan en heeft verbinding; interface eth1 is up with carrier"
    )
    assert (
        reason_text({"code": "carrier", "params": {"name": "eth0\u202e"}})
        == "netwerkaansluiting eth0<U+202E> staat aan en heeft verbinding"
    )  # a name from the machine, neutralised


def test_a_report_present_without_reasons_gets_one():
    report = airgap.NetworkReport.from_dict({"present": True, "reasons": [], "checked_at": "2026-03-18T21:00:00+00:00"})
    assert report.reasons == (reason("no_reason"),)
    assert reason_text(report.reasons[0]) == "er is een netwerk gemeld zonder reden"


def test_the_refusal_names_the_action_and_the_reasons():
    reasons = [reason("carrier", name="eth0")]
    assert refusal_text("print", reasons).startswith(
        "Afdrukken kan niet: er is een netwerk gevonden (netwerkaansluiting eth0 staat aan en heeft verbinding)"
    )
    assert refusal_text("some_new_action", reasons, "en").startswith(
        "This action is not allowed: a network was found (interface eth0 is up with carrier)"
    )
