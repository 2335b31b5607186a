"""A network report in few words: each interface once, whole sentences.

The detector gives one reason per fact (``carrier`` of eth0, ``address`` 10.0.0.5 of eth0,
``route_gateway`` via eth0 ...: codes and parameters, ``kiosk.airgap.reasons``); worded one after
the other they would repeat the interface and not fit a status line. Here the facts are gathered
per interface: the overview says which interfaces (one short sentence), the air-gap screen gives one
line per interface with its facts. Reasons that name no interface are worded one by one
(``kiosk.i18n.airgap_words``). The reasons may come from a report (`Reason`) or from the audit log
(their dicts, or the English sentences of rows written before reasons were codes).
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.airgap import Reason
from kiosk.i18n import t
from kiosk.i18n.airgap_words import reason_params, reason_text, recorded
from kiosk.i18n.untrusted import neutralise


def grouped(reasons: Iterable[object]) -> tuple[dict[str, tuple[list[str], list[str]]], list[str]]:
    """Interface name -> (its facts in words, its addresses), each once and in order; and the
    other reasons in words."""
    found = [recorded(item) for item in reasons]
    facts_of = [r for r in found if isinstance(r, Reason) and r.interface is not None]
    interfaces: dict[str, tuple[list[str], list[str]]] = {}
    for item in facts_of:
        params = reason_params(item)
        facts, addresses = interfaces.setdefault(neutralise(item.interface), ([], []))
        fact = t(f"tui.network.fact.{item.code}", **params)
        if fact not in facts:
            facts.append(fact)
        if item.code == "address" and params["address"] not in addresses:
            addresses.append(params["address"])
    known = {address for _, addresses in interfaces.values() for address in addresses}
    others: list[str] = []
    for item in found:
        if isinstance(item, Reason) and item.interface is not None:
            continue
        if isinstance(item, Reason) and item.code == "ipv4" and reason_params(item)["address"] in known:
            continue  # already named with its interface
        text = reason_text(item)
        if text not in others:
            others.append(text)
    return interfaces, others


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _names(interfaces: dict[str, tuple[list[str], list[str]]]) -> str:
    """ "eth0 (10.0.0.5), wlan0"."""
    return ", ".join(
        f"{name} ({', '.join(addresses)})" if addresses else name for name, (_, addresses) in interfaces.items()
    )


def interface_summary(reasons: Iterable[object]) -> str:
    """A few words for a list of reasons: the interfaces once each, else the first other reason."""
    interfaces, others = grouped(reasons)
    if interfaces:
        return _names(interfaces)
    if others:
        return others[0] + (t("tui.network.more", count=len(others) - 1) if len(others) > 1 else "")
    return t("tui.network.unknown")


def status_line(reasons: Iterable[object], *, enforced: bool) -> str:
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


def detail_lines(reasons: Iterable[object]) -> list[str]:
    """The air-gap screen: one sentence per interface with its facts, then the other reasons."""
    interfaces, others = grouped(reasons)
    lines = [
        _sentence(t("tui.network.interface", name=name, facts=", ".join(facts)))
        for name, (facts, _) in interfaces.items()
    ]
    return lines + [_sentence(text) for text in others]
