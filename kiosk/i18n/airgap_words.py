"""The air gap in words: the detector's reasons (``kiosk.airgap.Reason``, a code and its parameters)
and the refusal of an action while a network is present, in the active language or another.

The reasons are kept as codes wherever they are kept (the audit log, the watcher's report file); they
become words only here (``airgap.reason.<code>``, ``catalog_airgap.py``). Their parameters come from
the machine (interface names, paths, the system's error text) and are neutralised
(``kiosk.i18n.untrusted``). An audit row written before the reasons were codes holds them as English
sentences: those are shown as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kiosk.airgap.reasons import Reason
from kiosk.i18n import catalogue, text_in
from kiosk.i18n import language as active_language
from kiosk.i18n.untrusted import neutralise


def recorded(item: object) -> Reason | str:
    """A reason as a record keeps it (``Reason.to_dict``) as a `Reason`; anything else (the English
    sentence of an older record) as its neutralised text."""
    if isinstance(item, Reason):
        return item
    if isinstance(item, Mapping):
        try:
            return Reason.from_dict(item)
        except (ValueError, TypeError, KeyError):
            pass
    return neutralise(str(item))


def reason_params(found: Reason) -> dict[str, str]:
    return {name: neutralise(value) for name, value in found.params.items()}


def reason_text(item: object, language: str | None = None) -> str:
    """One reason in words."""
    found = recorded(item)
    if isinstance(found, str):
        return found
    return text_in(language or active_language(), f"airgap.reason.{found.code}", **reason_params(found))


def reasons_text(items: Iterable[object], language: str | None = None) -> str:
    """Several reasons in words, on one line."""
    return "; ".join(reason_text(item, language) for item in items)


def action_name(action: str, language: str | None = None) -> str:
    """An action the guard refused (``airgap.action.<action>``; "this action" for one without words)."""
    key = f"airgap.action.{action}" if f"airgap.action.{action}" in catalogue() else "airgap.action.other"
    return text_in(language or active_language(), key)


def refusal_text(action: str, reasons: Iterable[object], language: str | None = None) -> str:
    """Why ``action`` is refused: a network was found, and what to do."""
    lang = language or active_language()
    return text_in(lang, "airgap.refused", action=action_name(action, lang), reasons=reasons_text(reasons, lang))
