"""Every user-facing string, in Dutch (default) and English.

Strings live in catalogue modules in this package (``catalog_<area>.py``), each
defining ``MESSAGES = {"area.key": {"nl": "...", "en": "..."}}``. Code asks for
text with ``t("area.key", **params)``; the active language is process-wide
because a kiosk has one operator at a time.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

LANGUAGES = ("nl", "en")
_language = "nl"


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(LANGUAGES)}")
    _language = language


def language() -> str:
    return _language


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """All messages of all catalogue modules, checked for duplicates and gaps."""
    merged: dict[str, dict[str, str]] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if not module_info.name.startswith("catalog_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} is defined twice")
            missing = [lang for lang in LANGUAGES if lang not in texts]
            if missing:
                raise RuntimeError(f"message key {key!r} lacks {', '.join(missing)}")
            merged[key] = texts
    return merged


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the active language, with ``params`` filled in."""
    return text_in(_language, key, **params)


def text_in(language: str, key: str, **params: object) -> str:
    """The text for ``key`` in ``language`` whatever the active one (e.g. the Dutch words a record keeps)."""
    try:
        text = catalogue()[key][language]
    except KeyError:
        raise KeyError(f"no message {key!r}") from None
    return text.format(**params) if params else text


def refusal_text(error: Exception) -> str:
    """The words for a refusal that carries a code (``refusal.<code>``, or the code itself such as
    ``sheet.error.<name>``, in the catalogue), in the active language; its own message when the code has
    no entry. Lists among its parameters read "1, 2, 3"."""
    code = getattr(error, "code", None)
    params = {name: _param_text(value) for name, value in dict(getattr(error, "params", {}) or {}).items()}
    if "status" in params:
        try:
            params["status"] = t(f"tui.status.{params['status']}")
        except KeyError:
            pass
    for key in (f"refusal.{code}", code) if code else ():  # some areas word their refusals under the code itself
        try:
            return t(key, **params)
        except (KeyError, IndexError, ValueError):
            continue
    return str(error)


def _param_text(value: object) -> object:
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return ", ".join(str(item) for item in items) if items else t("refusal.none")
    return value
