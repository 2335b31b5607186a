"""Every user-facing string, in Dutch (default) and English.

Strings live in catalogue modules in this package (``catalog_<area>.py``), each
defining ``MESSAGES = {"area.key": {"nl": "...", "en": "..."}}``. Code asks for
text with ``t("area.key", **params)``; the active language is process-wide
because a kiosk has one operator at a time.

Refusals (``kiosk.domain.refusal.Refusal``: a ``code`` and ``params``, raised by the domain,
services, EML import, accounts, ...) become words only at the edges, with ``refusal_text``:
their words are the entry ``refusal.<code>``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from functools import cache
from pathlib import Path

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


# -- refusals: a code and parameters become words here, and only here ---------------------------
#
# A refusal (``kiosk.domain.refusal.Refusal``: ``code`` + ``params``) is worded from the catalogue
# entry ``refusal.<code>``. Words that cannot be made (no entry, a parameter the entry needs but
# the refusal lacks, a bad format) are a bug of the kiosk: under the tests they raise
# ``WordsFault`` so the bug fails a test; on the kiosk they go to the crash log and the operator
# reads a short sentence with the code (never a traceback, never a half-filled template).

#: None: strict while pytest runs (``pytest`` imported, or a test running in a parent process:
#: pytest sets PYTEST_CURRENT_TEST, which a CLI started by a test inherits). True/False: forced.
_strict: bool | None = None
_fault_home: Path | None = None

#: Parameters holding a code that has a name in the catalogue (an EML kind such as "110a", a
#: compared item, a payload element) get a translated companion "<param>_name", so the words can
#: say "EML 110a (verkiezingsdefinitie)". A code without a name shows as itself.
NAMED_PARAMS = {
    "kind": "eml.kind",
    "expected_kind": "eml.kind",
    "found_kind": "eml.kind",
    "declared_kind": "eml.kind",
    "item": "eml.item",
    "payload": "eml.payload",
}


def _network_words(language: str, params: dict[str, object]) -> str:
    from kiosk.i18n import airgap_words

    return airgap_words.refusal_text(str(params["action"]), params["reasons"], language)  # type: ignore[arg-type]


#: Refusals whose words are more than one template (the air gap's list of coded reasons):
#: code -> function(language, params) -> words.
COMPOSED = {
    "network_present": _network_words,
}


class WordsFault(Exception):
    """The words of a refusal or message cannot be made: a bug of the kiosk, not of the operator."""


def strict_words(enabled: bool | None) -> None:
    """Force (True/False) or restore the default (None) of what an unwordable refusal does."""
    global _strict
    _strict = enabled


def is_strict() -> bool:
    if _strict is not None:
        return _strict
    return "pytest" in sys.modules or "PYTEST_CURRENT_TEST" in os.environ


def report_faults_to(home: Path | None) -> None:
    """The data directory whose ``logs/errors.log`` receives words that could not be made
    (None: the system's temporary directory)."""
    global _fault_home
    _fault_home = home


def refusal_text(error: BaseException) -> str:
    """The words of a refusal (``code`` + ``params``) in the active language; lists among its
    parameters read "1, 2, 3", text parameters are shown neutralised."""
    return refusal_text_in(_language, error)


def refusal_text_in(language: str, error: BaseException) -> str:
    """The words of a refusal in ``language`` (see ``refusal_text``)."""
    code = getattr(error, "code", None)
    try:
        return _refusal_words(language, error)
    except WordsFault as fault:
        return _unworded(language, code, fault, f"words of {type(error).__name__} {code!r}")


def warning_text(warning: object, language: str | None = None) -> str:
    """The words of an EML import warning (``code`` + ``params``: ``eml.warning.<code>``)."""
    lang = language or _language
    code = getattr(warning, "code", None)
    params = dict(getattr(warning, "params", None) or ())
    try:
        return fill(lang, f"eml.warning.{code}", params)
    except WordsFault as fault:
        return _unworded(lang, code, fault, f"words of EML warning {code!r}")


def english(error: BaseException) -> str:
    """A refusal's English words, for ``str()`` and logs; raises WordsFault when it has none."""
    return _refusal_words("en", error)


class EnglishStr:
    """For a ``Refusal`` raised without a message: ``str()`` is its English words (the code and
    parameters when it has none), never the operator's language."""

    def english(self) -> str:
        try:
            return english(self)  # type: ignore[arg-type]
        except WordsFault:
            return super().english()  # type: ignore[misc]


def _refusal_words(language: str, error: BaseException) -> str:
    code = getattr(error, "code", None)
    if not isinstance(code, str) or not code:
        raise WordsFault(f"{type(error).__name__} carries no refusal code: {error!r}")
    params = dict(getattr(error, "params", None) or {})
    if code in COMPOSED:
        try:
            return COMPOSED[code](language, params)
        except Exception as failure:  # any failure here is a wording bug
            raise WordsFault(f"the composed words of {code!r} ({language}) failed: {failure!r}") from failure
    return fill(language, f"refusal.{code}", params)


def fill(language: str, key: str, params: dict[str, object]) -> str:
    """The words of ``key`` in ``language`` with ``params`` as ``shown_params`` shows them;
    WordsFault when the catalogue has no ``key`` or its text cannot be filled in."""
    texts = catalogue().get(key)
    if texts is None:
        raise WordsFault(f"no message {key!r} in the catalogue")
    try:
        return texts[language].format(**shown_params(language, params))
    except (KeyError, IndexError, ValueError, AttributeError, TypeError) as failure:
        raise WordsFault(f"{key} ({language}) cannot be filled in from {sorted(params)}: {failure!r}") from failure


def shown_params(language: str, params: dict[str, object]) -> dict[str, object]:
    """Parameters as words show them: text neutralised (a control or bidi character becomes a
    visible ``<U+XXXX>``), paths as their shown name, lists as "1, 2, 3" ("geen" when empty), an
    integrity report (``kiosk.services.integrity``) in words, a station ``status`` in words, and a
    translated ``<name>_name`` beside every ``NAMED_PARAMS`` code."""
    from kiosk.i18n import integrity_words
    from kiosk.i18n.untrusted import neutralise, shown_path

    def shown(value: object) -> object:
        if integrity_words.is_report(value):
            return integrity_words.report_text(value, language)
        if isinstance(value, str):
            return neutralise(value, keep_newlines=True)
        if isinstance(value, (bytes, os.PathLike)):
            return shown_path(value)
        if isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
            return ", ".join(str(shown(item)) for item in items) if items else text_in(language, "refusal.none")
        return value

    full = {name: shown(value) for name, value in params.items()}
    status = params.get("status")
    if isinstance(status, str) and f"tui.status.{status}" in catalogue():
        full["status"] = text_in(language, f"tui.status.{status}")
    for name, area in NAMED_PARAMS.items():
        if name in params and f"{name}_name" not in params:
            key = f"{area}.{params[name]}"
            full[f"{name}_name"] = text_in(language, key) if key in catalogue() else full[name]
    return full


def unworded(fault: WordsFault, context: str, fallback: str) -> str:
    """Words that could not be made: under the tests, raise ``fault``; on the kiosk, write it to
    the crash log (``kiosk.crashlog``) and return ``fallback``."""
    if is_strict():
        raise fault
    from kiosk import crashlog

    crashlog.write(fault, _fault_home, context=context)
    return fallback


def _unworded(language: str, code: object, fault: WordsFault, context: str) -> str:
    """A refusal without words: the operator reads that something was refused, with its code."""
    from kiosk.i18n.untrusted import neutralise

    return unworded(fault, context, text_in(language, "refusal.unworded", code=neutralise(str(code or "?"))))
