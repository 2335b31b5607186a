"""A network report in few words: each interface once, whole sentences.

The detector gives one reason per fact ("interface eth0 is up with carrier",
"interface eth0 is up with address 10.0.0.5", "default route via eth0 ..."); read
one after the other they repeat the interface and do not fit a status line. Here
the facts are gathered per interface: the overview says which interfaces (one
short sentence), the air-gap screen gives one line per interface with its facts.
Reasons that name no interface are worded one by one (``describe``).
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.i18n import t
from kiosk.services import network
from kiosk.services.network import describe

#: The reasons that are facts about one interface, and the parameter naming it.
_INTERFACE_PARAMETER = {"carrier": "name", "address": "name", "route": "interface", "route_gateway": "interface"}

#: (code, parameters) of a detector reason; None for other text (the service reads the reasons).
parse = network.parse_reason


def grouped(reasons: Iterable[str]) -> tuple[dict[str, tuple[list[str], list[str]]], list[str]]:
    """Interface name -> (its facts in words, its addresses), each once and in order; and the
    other reasons in words."""
    interfaces: dict[str, tuple[list[str], list[str]]] = {}
    parsed = [(reason, parse(reason)) for reason in reasons]
    for _, found in parsed:
        if found and found[0] in _INTERFACE_PARAMETER:
            code, params = found
            facts, addresses = interfaces.setdefault(params[_INTERFACE_PARAMETER[code]], ([], []))
            fact = t(f"tui.network.fact.{code}", **params)
            if fact not in facts:
                facts.append(fact)
            if code == "address" and params["address"] not in addresses:
                addresses.append(params["address"])
    known = {address for _, addresses in interfaces.values() for address in addresses}
    others: list[str] = []
    for reason, found in parsed:
        if found and found[0] in _INTERFACE_PARAMETER:
            continue
        if found and found[0] == "ipv4" and found[1]["address"] in known:
            continue  # already named with its interface
        text = describe(reason)
        if text not in others:
            others.append(text)
    return interfaces, others


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _names(interfaces: dict[str, tuple[list[str], list[str]]]) -> str:
    """"eth0 (10.0.0.5), wlan0"."""
    return ", ".join(f"{name} ({', '.join(addresses)})" if addresses else name
                     for name, (_, addresses) in interfaces.items())


def interface_summary(reasons: Iterable[str]) -> str:
    """A few words for a list of reasons: the interfaces once each, else the first other reason."""
    interfaces, others = grouped(reasons)
    if interfaces:
        return _names(interfaces)
    if others:
        return others[0] + (t("tui.network.more", count=len(others) - 1) if len(others) > 1 else "")
    return t("tui.network.unknown")


def status_line(reasons: Iterable[str], *, enforced: bool) -> str:
    """The overview's line while a network is present: short, whole sentences."""
    reasons = list(reasons)
    interfaces, others = grouped(reasons)
    if interfaces:
        what = t("tui.network.via", interfaces=_names(interfaces))
    elif others:
        what = t("tui.network.because", reason=interface_summary(reasons))
    else:
        what = t("tui.network.unknown")
    effect = t("tui.network.blocked") if enforced else t("tui.network.demo")
    return f"{_sentence(t('tui.network.present', what=what))} {effect}"


def detail_lines(reasons: Iterable[str]) -> list[str]:
    """The air-gap screen: one sentence per interface with its facts, then the other reasons."""
    interfaces, others = grouped(reasons)
    lines = [_sentence(t("tui.network.interface", name=name, facts=", ".join(facts)))
             for name, (facts, _) in interfaces.items()]
    return lines + [_sentence(text) for text in others]
