"""The detector's reasons are kept in English (audit log, watcher report) and shown in the UI's language."""

from __future__ import annotations

import string

import pytest

from kiosk import airgap, i18n
from kiosk.services.network import describe

EXAMPLES = {
    "name": "wlp2s0", "address": "fd00::2", "interface": "eth0", "gateway": "192.0.2.1",
    "host": "[2001:db8::1]", "port": 443, "error": "cannot read /proc/net/route: Permission denied",
    "path": "/run/stemkiosk/network report.json",
}


def parameters(words: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(words) if name}


@pytest.fixture(autouse=True)
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.mark.parametrize("code", sorted(airgap.REASONS))
def test_every_reason_is_shown_in_dutch_with_its_details(code):
    words = airgap.REASONS[code]
    params = {name: EXAMPLES[name] for name in parameters(words)}
    kept = airgap.reason(code, **params)
    shown = describe(kept)
    assert shown == i18n.t(f"airgap.reason.{code}", **params)
    assert shown != kept
    for value in params.values():
        assert str(value) in shown
    i18n.set_language("en")
    assert describe(kept) == kept


@pytest.mark.parametrize("code", sorted(airgap.REASONS))
def test_the_catalogue_has_the_same_parameters_as_the_reason(code):
    texts = i18n.catalogue()[f"airgap.reason.{code}"]
    assert texts["en"] == airgap.REASONS[code]
    assert parameters(texts["nl"]) == parameters(airgap.REASONS[code])


def test_no_catalogue_entry_without_a_reason():
    codes = {key.removeprefix("airgap.reason.") for key in i18n.catalogue() if key.startswith("airgap.reason.")}
    assert codes == set(airgap.REASONS)


def test_a_reason_with_a_gateway_is_not_read_as_one_without():
    assert describe("default route via eth0 (gateway 192.0.2.1)") == "er is een standaardroute via eth0 (gateway 192.0.2.1)"


def test_other_text_is_shown_as_it_is():
    for text in ("het netwerk is al 90 seconden niet gecontroleerd", "interface eth0 is down", ""):
        assert describe(text) == text


def test_the_detector_says_its_reasons_in_the_kept_words(tmp_path):
    report = airgap.NetworkReport.from_dict({"present": True, "reasons": [], "checked_at": "2026-03-18T21:00:00+00:00"})
    assert report.reasons == (airgap.REASONS["no_reason"],)
    assert describe(report.reasons[0]) == "er is een netwerk gemeld zonder reden"
